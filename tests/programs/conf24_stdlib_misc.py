import random, datetime as dt, calendar, pprint, difflib, heapq, bisect, struct, hashlib, base64, zlib, binascii, reprlib, shlex, argparse, logging, sys, os.path, fnmatch, uuid
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.choices("abc", weights=[1, 5, 1], k=6), random.randrange(0, 100, 7), random.gauss(0, 1), random.getrandbits(70))
r = random.Random("seed"); print(r.random(), r.triangular(), r.betavariate(2, 3), r.expovariate(1.5), r.normalvariate(), r.vonmisesvariate(1, 1))
d = dt.date(2024, 2, 29); t = dt.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(d, d + dt.timedelta(days=1), d.weekday(), d.isoweekday(), d.isocalendar(), d.strftime("%A %d %B %Y %j %U %a %b"), d.replace(year=2028), d.toordinal())
print(t, t + dt.timedelta(seconds=45), t.isoformat(), t.isoformat(sep=" ", timespec="milliseconds"), t.strftime("%Y-%m-%dT%H:%M:%S.%f %p %I"), repr(t))
print(dt.timedelta(days=-1, seconds=5), dt.timedelta(hours=25, microseconds=1), dt.timedelta(weeks=2) / dt.timedelta(days=3), dt.timedelta(seconds=3661).total_seconds(), repr(dt.timedelta(minutes=-5)))
print(dt.datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"), dt.date.fromisoformat("2020-01-31"), dt.datetime.fromisoformat("2020-01-31T10:00:00+02:00"))
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST"); a = dt.datetime(2020, 1, 1, 12, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.astimezone(dt.timezone.utc), a.timestamp(), dt.datetime.fromtimestamp(0, dt.timezone.utc))
print((dt.date(2025, 1, 1) - dt.date(2024, 1, 1)).days, dt.date(2024, 1, 1) < dt.date(2024, 1, 2), max(dt.time(1, 2), dt.time(0, 59)), dt.time(13, 5).strftime("%I:%M %p"))
print(calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0], calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 10))
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 30, "langs": list(range(12))}}, {"name": "bob", "roles": [], "meta": {}}], "count": 2, "tuple": (1, 2), "set": {3, 1, 2}}
pprint.pprint(data); pprint.pprint(data, width=40, compact=True); print(pprint.pformat(list(range(30)), width=50)); pprint.pprint(data, depth=2, sort_dicts=False)
a = "the quick brown fox\njumps over\nthe lazy dog\n".splitlines(True); b = "the quick red fox\njumps over\nthe lazy cat\nagain\n".splitlines(True)
sys.stdout.writelines(difflib.unified_diff(a, b, "a.txt", "b.txt")); sys.stdout.writelines(difflib.ndiff(a, b)); sys.stdout.writelines(difflib.context_diff(a, b))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.SequenceMatcher(None, "abxcd", "abcd").get_opcodes())
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, [(2, "b"), (1, "z")]), list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop(h, 0))
s = [1, 3, 3, 5]; print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4)); bisect.insort(s, 4); print(s, bisect.bisect_left(s, 10, key=lambda x: x * 2))
p = struct.pack("<hIq3sf?", -2, 7, -1, b"ab", 1.5, True); print(p, struct.unpack("<hIq3sf?", p), struct.calcsize("@ihq"), struct.calcsize("<ihq"), struct.pack(">H", 258), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
try: struct.pack("<h", 70000)
except struct.error as e: print("struct.error:", e)
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha256(b"abc").hexdigest()[:16], hashlib.sha1(b"").hexdigest(), hashlib.new("sha512", b"x").hexdigest()[:10], hashlib.blake2b(b"a", digest_size=8).hexdigest())
print(base64.b64encode(b"hello world!?"), base64.b64decode("aGk="), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"), base64.a85encode(b"test"))
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), len(zlib.compress(b"a" * 1000)), zlib.decompress(zlib.compress(b"round trip")), binascii.hexlify(b"\x00\xff", "-"), bytes.fromhex("de ad be ef").hex(":"))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
print(shlex.split('a "b c" d\\ e \'f g\''), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(os.path.join("a", "b", "/c", "d"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.normpath("a/./b/../c//d"), os.path.split("/x/y"), os.path.isabs("x"), os.path.commonprefix(["abc", "abd"]))
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("a?[bc]*"))
print(uuid.UUID("12345678123456781234567812345678"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x").version)


# --- argparse, logging, unittest, warnings ---
import argparse, logging, sys, unittest, io, warnings
p = argparse.ArgumentParser(prog="tool", description="A demo tool.", epilog="Bye.")
p.add_argument("files", nargs="*", help="input files")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--num", type=int, default=3, choices=[1, 2, 3], help="number (default: %(default)s)")
p.add_argument("--mode", required=False, metavar="M")
g = p.add_mutually_exclusive_group(); g.add_argument("--fast", action="store_true"); g.add_argument("--slow", action="store_false", dest="fast")
sub = p.add_subparsers(dest="cmd"); s1 = sub.add_parser("run", help="run it"); s1.add_argument("--times", type=float)
print(p.parse_args(["-vv", "-n", "2", "run"]))
print(p.parse_args(["--fast", "run", "--times", "1.5"]))
print(p.format_help())
print(p.format_usage())
for bad in [["-n", "5"], ["-n", "x"], ["--fast", "--slow"], ["--bogus"]]:
    err = io.StringIO(); old = sys.stderr; sys.stderr = err
    try: p.parse_args(bad)
    except SystemExit as e: print("exit", e.code)
    finally: sys.stderr = old
    print(err.getvalue())
ns, rest = p.parse_known_args(["-v", "--other=1"]); print(ns.files, rest)
class LastLine(logging.Formatter):
    # The traceback's file names are absolute (CPython's __main__.__file__): keep the
    # exception line, so the expected output does not depend on where the tests live.
    def formatException(self, ei): return super().formatException(ei).splitlines()[-1]
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
logging.getLogger().handlers[0].setFormatter(LastLine("%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("app.sub"); log.debug("debug %d", 1); log.info("info %s", "x"); log.warning("warn"); log.error("err %r", [1])
try: 1/0
except ZeroDivisionError: log.exception("failed")
log.setLevel(logging.ERROR); log.info("hidden"); log.critical("crit")
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("[%(name)s] %(message)s")); other = logging.getLogger("other"); other.addHandler(h); other.propagate = False; other.warning("to handler")
print(logging.getLevelName(30), logging.getLevelName("INFO"), log.getEffectiveLevel(), log.parent.name, logging.getLogger().level)
class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_err(self): raise KeyError("boom")
    def test_raises(self):
        with self.assertRaises(ValueError): int("x")
    @unittest.skip("nope")
    def test_skip(self): pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i): self.assertLess(i, 2)
    def test_dict(self): self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_almost(self): self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertIn(3, [1, 2], "custom msg")
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
import re
print(re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", re.sub(r'File "[^"\n]*/([^/"\n]+)"', r'File "\1"', stream.getvalue())))
print(r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped), r.testsRun)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always"); warnings.warn("careful", DeprecationWarning); warnings.warn("x")
    print([(str(x.message), x.category.__name__) for x in w])
warnings.warn("to stderr", UserWarning)
