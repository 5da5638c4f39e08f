# formatting floats with various specs
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e-10, 6.02e23, 100.0, 0.5, 2.675]
for v in vals:
    print(f"{v} | {v:f} | {v:.2f} | {v:e} | {v:.3e} | {v:g} | {v:.3g} | {v:10.4f}| {v:<12.1f}| {v:+.1f} | {v:%}")
for v in vals:
    print("%f %.3f %e %.2E %g %G %10.3f| %-10.2f| %+.0f %s %r" % (v, v, v, v, v, v, v, v, v, v, v))
print(format(1234567.891, ","), format(1234567.891, ",.2f"), format(1234567.891, "_.3f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"))
print(format(1e16, ""), format(1e16, "g"), format(1e16, ".17g"), format(123.456, ".10g"))
print(format(0.1, ".20f"), format(0.1, ".17g"), format(1 / 3, ".15g"))
print(format(12345.6789, "e"), format(12345.6789, "E"), format(12345.6789, ".0e"))
print(format(0.0001, "g"), format(0.00001, "g"), format(123456, "g"), format(1234567, "g"))
print(format(1.0, "#g"), format(1.0, "#.3g"), format(1.0, "#.0f"), format(1.0, ".0f"))
print(format(3.0, ""), format(3.0, "n"), format(-0.0, ""), format(-0.0, ".1f"))
print(format(5.25, "08.2f"), format(-5.25, "08.2f"), format(5.25, "=+10.2f"), format(5.25, "*^12.3f"))
print(format(0.256, ".1%"), format(1, ".0%"), format(2 / 3, "10.2%"))
print(f"{12.5:{'>'}{10}.{3}}", f"{3.14159:.{2}f}", f"{2.71828:{8}.{3}}")
print(str(1.0), str(10.0), str(1e5), str(1e-4), repr(100000000000000000.0))
print("{:.2f} {:.2f} {:.2f} {:.2f}".format(0.125, 0.375, 0.625, 0.875))
print("{:.1f} {:.1f} {:.1f}".format(0.05, 0.15, 0.25))
print("{0:.3} {0:.6} {0:.12}".format(3.14159265358979))
