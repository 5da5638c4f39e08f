import copy, pickle
class A: __slots__=('x',)
class B(A): pass
b=B(); b.x=1; print(b.__dict__)
b.y = 2; print(b.__dict__, vars(b), b.x, b.y)
del b.x
try: b.x
except AttributeError as e: print("AE", e)
try: del b.x
except AttributeError as e: print("AE", e)
b.x = 5
c = copy.copy(b); print(c.x, c.y, c.__dict__)
d = copy.deepcopy(b); print(d.x, d.y, d.__dict__)
p = pickle.loads(pickle.dumps(b)); print(p.x, p.y, p.__dict__)
class C: pass
class D(C): __slots__ = ('z',)
dd = D(); dd.z = 3; dd.w = 4; print(dd.__dict__, dd.z)
class E(B): __slots__=('q',)
e = E(); e.q = 1; e.x = 2; e.r = 3; print(e.__dict__, e.q, e.x)
print(hasattr(B(), 'x'), getattr(B(), 'x', 'dflt'))

