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
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s")
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
print(re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", re.sub(r'File ".*?([^/]+)"', r'File "\1"', stream.getvalue())))
print(r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped), r.testsRun)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always"); warnings.warn("careful", DeprecationWarning); warnings.warn("x")
    print([(str(x.message), x.category.__name__) for x in w])
warnings.warn("to stderr", UserWarning)
