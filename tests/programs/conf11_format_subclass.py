# format() and f-strings with an empty spec call str() on int/float/complex/str subclasses (CPython format_obj)
class I(int):
    def __repr__(self): return f"I({int(self)})"
class I2(int):
    def __str__(self): return "I2-str"
class F(float):
    def __repr__(self): return "F!"
class C(complex):
    def __str__(self): return "C!"
class S(str):
    def __str__(self): return "S!"
class S2(str): pass
for v in [I(5), I2(6), F(1.5), C(1j), S("x"), S2("y"), True, False]:
    print(f"{v}", format(v), "{}".format(v), f"{v:}", f"{v!s}", f"{v!r}", "%s" % (v,))
print(f"{I(5):d}", f"{F(1.5):.2f}", f"{S('ab'):>4}", format(I2(3), "03"))
