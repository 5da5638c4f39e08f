# copy: shallow/deep copies of builtins, instances, slots, reduce, memo, recursion
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x): self.x = x; self.l = [x]
    def __repr__(self): return f"P({self.x}, {self.l})"
p = P(1); q = copy.copy(p); r = copy.deepcopy(p)
p.l.append(2)
print(q, r, q.l is p.l)
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
rec = [1]; rec.append(rec)
d = copy.deepcopy(rec); print(d[1] is d, d is not rec)
t = (1, [2]); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[1] is t[1]); t3 = (1, 2); print(copy.deepcopy(t3) is t3)
class L(list): pass
l = L([1, [2]]); l.tag = "t"
l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
class D(dict): pass
dd = D(a=[1]); dd2 = copy.copy(dd); print(type(dd2).__name__, dd2, dd2["a"] is dd["a"])
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, "b"))
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): self.v = st["v"] + 1
print(copy.copy(G()).v)
e = ValueError("bad", 2); e2 = copy.copy(e); print(repr(e2), e2 is e)
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1,2)), copy.deepcopy({1, 2}), copy.copy(frozenset([1])))
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a,))
print(copy.deepcopy(R([5])).a)
m = {}; x = [1]; y = copy.deepcopy([x, x], m); print(y[0] is y[1], id(x) in m)
class St(set): pass
ss = St([1, 2]); print(type(copy.copy(ss)).__name__, sorted(copy.deepcopy(ss)))
