# printf-style integer, str and char conversions with flags, widths and precisions, small and
# big ints, bools and floats; non-ASCII %s padding and truncation.
vals = [0, 1, -1, 7, -255, 2**62, -2**63, 2**64, -2**70, True, False, 3.7, -2.5]
fmts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.4d", "%x", "%#x", "%#X", "%#o", "%o", "%X", "%#08x", "%+#x", "%-#8o|", "%i", "%u", "%s", "%r", "%5s", "%.2s", "%-6s|", "%c"]
for f in fmts:
    row = []
    for v in vals:
        try:
            row.append(f % v)
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(f, row)
print("%s é %5s|%-4s|%.1s" % ("ñandú", "é", "żx", "ü"))
print("%(a)s %(b)05d %%" % {"a": "x", "b": 42})
print("%*d|%-*d|%.*f" % (5, 3, 4, 2, 2, 3.14159))
