# nested format specs, dynamic widths, alignment tables, format() on many types
cols = [("name", "<", 10), ("qty", ">", 5), ("price", ">", 9), ("ok", "^", 4)]
rows = [("apple", 3, 1.25, True), ("watermelon", 12, 13.5, False), ("fig", 100, 0.333, True)]
print(" ".join(f"{h:{a}{w}}" for h, a, w in cols))
for r in rows:
    cells = []
    for (h, a, w), v in zip(cols, r):
        if isinstance(v, float):
            cells.append(f"{v:{a}{w}.2f}")
        elif isinstance(v, bool):
            cells.append(f"{'y' if v else 'n':{a}{w}}")
        else:
            cells.append(f"{v:{a}{w}}")
    print(" ".join(cells))
for width in range(3, 9, 2):
    for prec in (0, 2):
        print(f"[{3.14159:{width}.{prec}f}] [{'ab':*^{width}}] [{42:0{width}d}] [{-7:+{width}}]")
fill, align, width = "_", ">", 12
print(f"{'right':{fill}{align}{width}}|{'x':{'.'}{'^'}{7}}|")
spec = "{:" + "#>8.3f" + "}"
print(spec.format(2.71828), "{:{}{}}".format("z", ">", 5), "{0:{1}.{2}}".format(1.23456, 10, 3))
print(format(12345.678, "{},.{}f".format("", 1)), format(255, "#0{}x".format(8)))
vals = [0, 7, -7, 255, 1024, -65535]
for v in vals:
    print(f"{v:>8d} {v:>+8d} {v:>#10x} {v:>#12b} {v:>#8o} {v:>10,} {v:>10_}")
print(f"{'%':>3}", f"{'{}':^6}", f"{{{{}}}}", "{{}}".format(), "%%%d%%" % 5)
print(f"{123.456:e}", f"{123.456:.0e}", f"{0.000012:.2g}", f"{1e21:.3g}", f"{1e21:f}")
print(f"{True!s:>6}", f"{None!r:>6}", f"{[1, 2]!s:>8}", f"{(1,)!r:<6}|")
from datetime import date
d = date(2024, 2, 29)
print(f"{d}", f"{d:%Y/%m/%d}", f"{d:%d %b %Y}", d.isoformat(), d.weekday(), (d.replace(day=1) - date(2024, 1, 1)).days)
