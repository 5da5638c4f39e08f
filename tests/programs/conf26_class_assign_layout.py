def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
class A: pass
class B: pass
class C(A): pass
class S1: __slots__ = ('x',)
class S2: __slots__ = ('x',)
class S3: __slots__ = ('y',)
class S4(S1): pass
class S5(S1): __slots__ = ()
class E: __slots__ = ()
class D(dict): pass
class L(list): pass
attempt(A(), B); attempt(A(), C); attempt(C(), B)
s = S1(); s.x = 5; attempt(s, S2); print(s.x)
attempt(S1(), S3); attempt(S1(), S4); attempt(S1(), S5); attempt(S5(), S1)
attempt(A(), E); attempt(E(), A); attempt(A(), S1)
attempt(D(), L); attempt(D(), type("D2", (dict,), {}))
attempt(1, A); attempt(A(), int)
class Mixed(S1): pass
m = Mixed(); m.x = 1; m.y = 2
class Mixed2(S1): pass
attempt(m, Mixed2); print(m.x, m.__dict__)
class A:
    __slots__ = ('x', '__dict__')
a = A(); a.x = 1; a.y = 2; print(a.__dict__, a.x, vars(a))
class B(A):
    __slots__ = ('z',)
b = B(); b.z = 3; b.x = 4; b.w = 5; print(b.__dict__, b.z, b.x, sorted(dir(b))[-4:])
class P: pass
class Q(P): __slots__ = ('s',)
q = Q(); q.s = 1; q.t = 2
print(q.__dict__)
import copy; print(copy.copy(q).s, copy.deepcopy(q).__dict__)
class R(Q): pass
r = R(); r.s = 9; print(r.__dict__, r.s)
del r.s
print(hasattr(r, 's'))
attempt(b, A)
