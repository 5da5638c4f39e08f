# operator dispatch between built-in types and user classes
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __radd__(self, o): return f"radd({o!r})"
    def __rmul__(self, o): return f"rmul({o!r})"
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    __hash__ = None
class W:
    pass
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for left in ["s", [1], (1,), b"b", bytearray(b"x"), 3, 2.5, 1j, {1}, {"k": 1}]:
    t(lambda: left + V(1))
    t(lambda: left * V(1))
    t(lambda: left + W())
    t(lambda: W() + left)
    t(lambda: left * W())
    t(lambda: left == V(1))
    t(lambda: left < W())
    t(lambda: W() >= left)
t(lambda: sorted([V(3), V(1), V(2)]))
t(lambda: max(V(3), V(5)))
t(lambda: [V(1)].index(V(1)))
t(lambda: V(1) in [V(2), V(1)])
t(lambda: (1).__add__(1.5))
t(lambda: (1.5).__add__(1))
t(lambda: (1.5).__radd__(1))
t(lambda: int.__add__("a", 1))
t(lambda: float.__mul__(1, 2.0))
t(lambda: int.__lt__(1.5, 2))
t(lambda: True & False)
t(lambda: True | 0)
t(lambda: False ^ True)
t(lambda: type(True & True).__name__)
t(lambda: 1 + True)
t(lambda: [1] * True)
t(lambda: "ab" * 2 ** 70)
t(lambda: [1, 2] * -3)
