# CPython-conformance probes: write() argument/closed-state checks, UTF-16/UTF-32 decode
# error codec names, strptime field ranges, Decimal corner cases.
import io
import os
import tempfile


def t(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


# --- write() order of checks
d = tempfile.mkdtemp()
fn = os.path.join(d, "f.txt")
f = open(fn, "w")
t("text write int", lambda: f.write(1))
t("text write str", lambda: f.write("a"))
f.close()
t("closed text write int", lambda: f.write(1))
t("closed text write str", lambda: f.write("a"))
f = open(fn, "r")
t("ro text write int", lambda: f.write(1))
f.close()
fb = open(fn, "wb")
t("bin write int", lambda: fb.write(1))
fb.close()
t("closed bin write int", lambda: fb.write(1))
s = io.StringIO()
t("stringio write int", lambda: s.write(1))
s.close()
t("closed stringio write int", lambda: s.write(1))
t("closed stringio write str", lambda: s.write("a"))
bio = io.BytesIO()
t("bytesio write int", lambda: bio.write(1))
bio.close()
t("closed bytesio write int", lambda: bio.write(1))
os.unlink(fn)
os.rmdir(d)

# --- UTF-16 / UTF-32 decode errors name the byte order
cases = [
    (b"\x00\xd8", "utf-16-le"),
    (b"\x00\xd8\x00", "utf-16-le"),
    (b"\xd8\x00\x00\x00", "utf-16-be"),
    (b"\xff\xfe\x00\xd8", "utf-16"),
    (b"\xfe\xff\xd8\x00", "utf-16"),
    (b"\x00\xd8", "utf-16"),
    (b"abc", "utf-16"),
    (b"\x00\xdc\x00\x00", "utf16"),
    (b"\x00\x00\x11\x00", "utf-32-le"),
    (b"\x00\x00\x11\x00", "utf-32"),
    (b"\x00\x00\xfe\xff\x00\x11\x00\x00", "utf-32"),
    (b"\x00\x00\x11", "utf-32-be"),
    (b"\x00\xd8\x00\x00", "utf-32"),
]
for data, enc in cases:
    t("decode %s %r" % (enc, data), lambda: data.decode(enc))
    t("decode replace %s %r" % (enc, data), lambda: data.decode(enc, "replace"))

# --- strptime: out-of-range fields do not match
import time
import datetime

for s, fmt in [
    ("2020-02-30", "%Y-%m-%d"),
    ("2020-13-01", "%Y-%m-%d"),
    ("2020-01-01x", "%Y-%m-%d"),
    ("2020-1-1 25:00", "%Y-%m-%d %H:%M"),
    ("2020-1-1 23:59:61", "%Y-%m-%d %H:%M:%S"),
    ("2020-1-1 23:59:62", "%Y-%m-%d %H:%M:%S"),
    ("12:61", "%H:%M"),
    ("13:00 PM", "%I:%M %p"),
    ("2020 366", "%Y %j"),
    ("2020 367", "%Y %j"),
    ("2021 366", "%Y %j"),
    ("2021 060", "%Y %j"),
    ("2020 000", "%Y %j"),
    ("99", "%y"),
    ("9", "%y"),
    ("20201", "%Y"),
    ("32/01/2020", "%d/%m/%Y"),
    ("2021-02-29", "%Y-%m-%d"),
    ("abc", "%Y"),
]:
    t("strptime %s %s" % (s, fmt), lambda: datetime.datetime.strptime(s, fmt))
    t("time.strptime %s %s" % (s, fmt), lambda: time.strptime(s, fmt)[:6])

# --- Decimal
from decimal import Decimal, Context, getcontext, InvalidOperation, Rounded, Inexact, Subnormal, Underflow, localcontext

for args in [(3, 4, 5), (2, 10, 7), ("-3", 3, 7), ("-3", 2, 7), ("2.5", 2, 7), (2, -1, 7), (2, 3, 0),
             (0, 0, 7), ("4.00", "3.0", 5), (2, 3, "1e30"), ("NaN", 1, 5), (2, "sNaN", 5), (7, 2, "-5")]:
    a, b, m = (Decimal(x) for x in args)
    t("pow3 %s %s %s" % args, lambda: pow(a, b, m))
    with localcontext() as ctx:
        ctx.traps[InvalidOperation] = False
        t("pow3 untrapped %s %s %s" % args, lambda: pow(a, b, m))
t("pow3 int mod", lambda: pow(Decimal(3), 4, 5))
t("context.power", lambda: Context().power(Decimal(3), Decimal(4), Decimal(5)))


def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)


c = getcontext()
t("sub nan", lambda: c.subtract(Decimal("2.50"), Decimal("NaN")))
t("sub -nan", lambda: c.subtract(Decimal("2.50"), Decimal("-NaN")))
t("sub nan payload", lambda: Decimal("1") - Decimal("-NaN12"))
t("sub nan first", lambda: Decimal("NaN1") - Decimal("-NaN2"))
for s in ["1.0", "0.0", "1.5", "-0.00", "10.00", "0E-3"]:
    c = Context()
    r = c.to_integral_exact(Decimal(s))
    print("to_integral_exact", s, r, flags(c))
for a, b in [("1e-5", "3"), ("1e-9", "3"), ("7e-9", "3e-9"), ("-1e-9", "7")]:
    c = Context(prec=5, Emin=-5, Emax=5)
    print("divide_int", a, b, c.divide_int(Decimal(a), Decimal(b)), flags(c))
    c = Context(prec=5, Emin=-5, Emax=5)
    print("remainder", a, b, c.remainder(Decimal(a), Decimal(b)), flags(c))
    c = Context(prec=5, Emin=-5, Emax=5)
    print("divmod", a, b, c.divmod(Decimal(a), Decimal(b)), flags(c))
