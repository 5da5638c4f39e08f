# printf-style % formatting
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%e %E %f %F %g %G" % (12345.678, 12345.678, 1.5, 2.5, 0.00001234, 1e20))
print("%.2f %.0f %10.3f|%-10.1f|%+.2e" % (3.14159, 2.5, 2.0, 1.25, 12345))
print("%s %r %a" % ("hi", "hi", "h\u00e9"))
print("%s %s %s" % (1, 2.5, None), "%s" % [1, 2], "%s" % ((1, 2),))
print("%c%c%c" % (72, "i", 33))
print("%%d literal, %d%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%(x)5.1f|%(x)-8.3f|" % {"x": 3.14159})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 3.14159))
print("%10s|%-10s|%.2s|%10.3s|" % ("abc", "abc", "abc", "abcdef"))
print("%r" % (1, ), "%r" % "it's", "%r" % 'say "hi"', "%r" % "both ' and \"")
print("%d" % 3.99, "%x" % 3 if True else "", "%d" % True, "%s" % True)
print("%5s|%-6r|" % (None, None))
print("%i items" % 10 ** 20, "%x" % 2 ** 70, "%o" % -64)
print("%.3g %.3g %.3g %g %g" % (1234.5, 0.00012345, 1.0, 100000, 1000000))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(a)s" % {"b": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
b = b"%s and %d and %x" % (b"bytes", 5, 255)
print(b)
print(b"%5s|%-5s|" % (b"ab", b"cd"), b"%c" % 65, b"%%")
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in rows:
    print("%-8s %4d %8.2f %10.3e" % (name, qty, price, qty * price))
print("total: %.2f" % sum(q * p for _, q, p in rows))
