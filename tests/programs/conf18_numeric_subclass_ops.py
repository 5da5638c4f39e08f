# Numeric subclasses: the built-in __pow__/__rpow__/__and__... compute by value
# (they must not dispatch back through the subclass).
class I(int):
    def __repr__(self):
        return f'I({int(self)})'
class F(float):
    pass
class C(complex):
    pass
print(I(2) ** 2, 2 ** I(3), pow(I(2), 3, 5), I(2) ** -1)
print(F(2.0) ** 2, 2 ** F(2.0), C(1j) ** 2)
print(I(6) & 3, I(6) | 1, I(6) ^ 2, True & I(1), I(5) >> 1)
print(I(7).__pow__(2), F(2.0).__rpow__(3), I(2).__rpow__(3), I(2).__pow__(3, 5))
print(I(2).__pow__('x'), F(1.0).__pow__(None))
print(type(I(2) ** 2).__name__, repr(I(3)), str(I(3)), -I(3))
try:
    pow(F(2.0), 2, 3)
except TypeError as e:
    print('TypeError', e)
