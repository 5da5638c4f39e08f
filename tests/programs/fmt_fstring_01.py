# f-strings: expressions, conversions, specs, nesting, debugging '='
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"a": 1, "b": 2}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2:5d} {n:>8} {n:<8}| {n:^8}| {n:08.3f}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e} {pi:g} {pi:.3}")
cafe = "caf\u00e9"
print(f"{name!r} {name!s} {name!a} {cafe!a} {cafe!r}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {sum(items)}")
print(f"{d['a']} {d}")
print(f"{'nested quotes'} {'x' if False else 'y'}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{pi:<{width}}] [{name:^{width}}]")
print(f"{n=} {pi=:.2f} {name=!r} {n + 1 = }")
print(f"{1_000_000:,} {1_000_000:_} {255:#x} {255:#b} {-255:x} {0.5:%} {0.123:.1%}")
print(f"{{braces}} {{{n}}}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|")
print(f"{3 + 4j}", f"{(1, 2)}", f"{None}", f"{True:d}", f"{True}")
print(f"{[x * x for x in range(5)]}")
print(f"{'a' if n > 40 else 'b'}")
print(f"{(lambda x: x * 2)(21)}")
print(f"multi {n}" f" parts {pi:.1f}" " plain")
for i in range(1, 4):
    print(f"{i:>3}: {i ** 2:<4}| {i ** 3:03d} {'*' * i:>5}")
s = f"{n:{'>'}{10}}"
print(s, len(s))
val = 12345.6789
for spec in [",", ",.2f", "_.3f", "+,.1f", ">15,.2f", "015,.2f", ".2e", ".4g", "g"]:
    print(spec, f"{val:{spec}}")
class C:
    def __format__(self, spec):
        return f"C<{spec}>"
    def __repr__(self):
        return "C()"
print(f"{C()} {C():xyz} {C()!r}")
x = 10
print(f"{x if x > 5 else -x} {x:{'+' if x > 0 else ''}d}")
print(f"{'abc'[1]}{'abc'[::-1]}", f"{d.get('z', 'missing')}")
print(f"""triple {n}
second line {pi:.1f}""")
print(rf"raw \n {n}", fr"\t{x}")
