# regen: full-stderr
import sys
import time
import unittest

time.perf_counter = lambda: 0.0   # "Ran N tests in 0.000s" on every run


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class Alpha(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("Alpha.setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("Alpha.tearDownClass")

    def test_one(self):
        """First test: checks a sum."""
        self.assertEqual(1 + 2, 3)

    def test_two(self):
        self.assertIn("b", "abc")

    def test_three_fails(self):
        self.assertTrue(isinstance(1, str), "1 is not a str")

    @unittest.skipUnless(sys.platform == "nonexistent", "needs another platform")
    def test_four(self):
        pass


class Beta(unittest.TestCase):
    def test_sub(self):
        for word in ["ok", "bad", "fine"]:
            with self.subTest(word=word):
                self.assertNotEqual(word, "bad")

    def test_cleanup_order(self):
        self.addCleanup(print, "cleanup 1")
        self.addCleanup(print, "cleanup 2")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 0)


unittest.main(verbosity=2)
