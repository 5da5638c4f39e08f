# regen: full-stderr
import time
import unittest

time.perf_counter = lambda: 0.0   # "Ran N tests in 0.000s" on every run


def helper(x):
    return 10 // x


class TestMath(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2, 3]), 6)

    def test_equal_fails(self):
        self.assertEqual(len("abc"), 4, "length check")

    def test_nested_error(self):
        helper(0)

    def test_chained(self):
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("converted") from e

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "xyz"):
            raise ValueError("abc")

    def test_not_raised(self):
        with self.assertRaises(TypeError):
            pass

    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    @unittest.skip("reason here")
    def test_skip(self):
        pass


class TestSetUpError(unittest.TestCase):
    def setUp(self):
        raise OSError("no resource")

    def test_x(self):
        pass


class TestZ(unittest.TestCase):
    def test_strings(self):
        self.assertEqual("first line\nsecond\n", "first line\nsecund\n")

    def test_subtests(self):
        for n in (1, 2, 3):
            with self.subTest(n=n):
                self.assertLess(n, 3)


if __name__ == "__main__":
    unittest.main()
