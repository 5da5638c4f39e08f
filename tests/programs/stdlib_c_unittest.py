import sys
import time
import unittest

import os

time.perf_counter = lambda: 0.0   # "Ran N tests in 0.000s" on every run


class Out:
    """stdout with this directory cut from file names (CPython's are absolute)."""
    here = os.path.dirname(os.path.abspath(__file__)) + "/"

    def write(self, s):
        sys.stdout.write(s.replace(self.here, ""))

    def flush(self):
        sys.stdout.flush()


out = Out()


class Checks(unittest.TestCase):
    def check(self, name, fn, *args, **kwargs):
        try:
            fn(*args, **kwargs)
        except self.failureException as e:
            print("%s: %s" % (name, e))
        else:
            print("%s: passed" % name)


t = Checks("check")
t.check("eq int", t.assertEqual, 1, 2)
t.check("eq ok", t.assertEqual, [1, 2], [1, 2])
t.check("eq msg", t.assertEqual, 1, 2, "custom")
t.check("eq str", t.assertEqual, "hello", "help")
t.check("eq multiline", t.assertEqual, "a\nb\nc\n", "a\nB\nc\n")
t.check("eq list", t.assertEqual, [1, 2, 3], [1, 2, 4])
t.check("eq list longer", t.assertEqual, [1, 2, 3, 4], [1, 2])
t.check("eq list shorter", t.assertEqual, [1], [1, 5, 6])
t.check("eq tuple", t.assertEqual, (1, "a"), (1, "b"))
t.check("eq dict", t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
t.check("eq set", t.assertEqual, {1, 2, 3}, {2, 3, 4})
t.check("eq mixed", t.assertEqual, [1], (1,))
t.check("eq long", t.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
t.check("eq long list", t.assertEqual, list(range(100)), list(range(99)) + [1000])
t.maxDiff = None
t.check("eq long list full", t.assertEqual, list(range(30)), list(range(29)) + [1000])
t.check("ne", t.assertNotEqual, 3, 3)
t.check("true", t.assertTrue, 0)
t.check("true msg", t.assertTrue, [], "should be non-empty")
t.check("false", t.assertFalse, "x")
t.check("in", t.assertIn, 4, [1, 2, 3])
t.check("not in", t.assertNotIn, 2, [1, 2, 3])
t.check("is", t.assertIs, 1, None)
t.check("is not", t.assertIsNot, None, None)
t.check("is none", t.assertIsNone, 0)
t.check("is not none", t.assertIsNotNone, None)
t.check("isinstance", t.assertIsInstance, 1, str)
t.check("not isinstance", t.assertNotIsInstance, 1, int)
t.check("almost", t.assertAlmostEqual, 1.0, 1.1)
t.check("almost ok", t.assertAlmostEqual, 1.0, 1.00000001)
t.check("almost places", t.assertAlmostEqual, 1.0, 1.01, places=3)
t.check("almost delta", t.assertAlmostEqual, 10, 12, delta=1)
t.check("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
t.check("not almost delta", t.assertNotAlmostEqual, 10, 11, delta=2)
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print("TypeError:", e)
t.check("greater", t.assertGreater, 1, 2)
t.check("greater equal", t.assertGreaterEqual, 1, 2)
t.check("less", t.assertLess, 2, 1)
t.check("less equal", t.assertLessEqual, 2, 1)
t.check("count", t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
t.check("count ok", t.assertCountEqual, "abc", "cab")
t.check("count unhashable", t.assertCountEqual, [[1], [2]], [[2], [2]])
t.check("regex", t.assertRegex, "hello world", r"^world")
t.check("not regex", t.assertNotRegex, "hello world", r"o w")
t.check("seq", t.assertSequenceEqual, "abc", "abd")
t.check("dict type", t.assertDictEqual, [], {})
t.check("fail", t.fail, "boom")
t.check("fail none", t.fail)


def raises_value(x):
    raise ValueError("bad value %d" % x)


t.check("raises callable", t.assertRaises, ValueError, raises_value, 3)
t.check("raises none", t.assertRaises, ValueError, lambda: None)
t.check("raises none named", t.assertRaises, KeyError, len, [])
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("caught:", type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print("ctx:", e)
try:
    with t.assertRaises(KeyError, msg="extra"):
        pass
except AssertionError as e:
    print("ctx msg:", e)
try:
    with t.assertRaises(KeyError):
        raise IndexError("other")
except IndexError as e:
    print("passes through:", repr(e))
with t.assertRaises((KeyError, IndexError)):
    [][0]
t.check("raises regex", t.assertRaisesRegex, ValueError, r"value \d", raises_value, 5)
t.check("raises regex no match", t.assertRaisesRegex, ValueError, r"^good", raises_value, 5)
with t.assertRaisesRegex(TypeError, "unsupported"):
    1 + "a"
try:
    t.assertRaises("notatype")
except TypeError as e:
    print("TypeError:", e)
try:
    t.assertRaises(ValueError, foo=1)
except TypeError as e:
    print("TypeError:", e)

import warnings
with t.assertWarns(UserWarning) as wcm:
    warnings.warn("careful", UserWarning)
print("warned:", wcm.warning)
t.check("warns none", t.assertWarns, UserWarning, lambda: None)

t.longMessage = False
t.check("short msg", t.assertEqual, 1, 2, "only this")
t.longMessage = True


class Arith(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.log.append("setUp " + self._testMethodName)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown " + self._testMethodName)

    def test_add(self):
        """Addition works."""
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(2 * 2, 5)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never")
    def test_skip_unless_runs(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 3, 0)
        with self.subTest("labelled", k="v"):
            raise RuntimeError("in subtest")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Other(unittest.TestCase):
    def runTest(self):
        pass

    def helper(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Arith))
suite = loader.loadTestsFromTestCase(Arith)
print(suite.countTestCases(), type(suite).__name__)
print([str(x) for x in loader.loadTestsFromTestCase(Other)])
print(Arith("test_add").id(), Arith("test_add").shortDescription(), repr(Arith("test_add")))
print(Arith("test_add") == Arith("test_add"), Arith("test_add") == Arith("test_fail"))
try:
    Arith("no_such")
except ValueError as e:
    print("ValueError:", str(e).replace(__name__, "M"))

runner = unittest.TextTestRunner(stream=out, verbosity=2)
result = runner.run(suite)
print(result)
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors),
      len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
print([(str(test), reason) for test, reason in result.skipped])
print("\n".join(Arith.log))

print("-- dots")
result = unittest.TextTestRunner(stream=out).run(
    unittest.TestSuite([Arith("test_add"), Arith("test_fail"), Arith("test_skipped"),
                        Skipped("test_a")]))
print("-- quiet")
result = unittest.TextTestRunner(stream=out, verbosity=0).run(
    unittest.TestSuite([Arith("test_add"), Arith("test_add")]))
print(result.wasSuccessful())

print("-- failfast")
result = unittest.TextTestRunner(stream=out, failfast=True).run(
    loader.loadTestsFromTestCase(Arith))
print(result.testsRun)


def plain_test():
    assert 1 == 1


def plain_fail():
    """A plain function that fails."""
    raise AssertionError("plain failure")


print("-- FunctionTestCase")
ftc = unittest.FunctionTestCase(plain_fail)
print(str(ftc).replace(__name__, "M"), ftc.id(), ftc.shortDescription())
result = unittest.TextTestRunner(stream=out, verbosity=2).run(
    unittest.TestSuite([unittest.FunctionTestCase(plain_test), ftc]))


class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")

    def test_never(self):
        print("never runs")


print("-- setUpClass error")
result = unittest.TextTestRunner(stream=out).run(loader.loadTestsFromTestCase(Broken))
print(len(result.errors), str(result.errors[0][0]))

# TestResult used directly
res = unittest.TestResult()
Arith("test_fail").run(res)
Arith("test_add").run(res)
print(res, res.failures[0][0], res.failures[0][1].splitlines()[-1])
print(unittest.TestSuite([Arith("test_add")]), repr(unittest.TestSuite()))
try:
    unittest.TestSuite().addTest(Arith)
except TypeError as e:
    print("TypeError:", e)
try:
    unittest.TestSuite().addTest(5)
except TypeError as e:
    print("TypeError:", e)

# debug() raises instead of recording
try:
    Arith("test_error").debug()
except KeyError as e:
    print("debug raised KeyError", e)

# Buffered output
class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden output")

    def test_loud_fail(self):
        print("shown output")
        self.fail("noisy")

print("-- buffer")
sys.stdout.flush()
result = unittest.TextTestRunner(stream=out, buffer=True).run(
    loader.loadTestsFromTestCase(Noisy))
print(len(result.failures))
