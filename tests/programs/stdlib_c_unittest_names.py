# regen: full-stderr
import time
import unittest

time.perf_counter = lambda: 0.0   # "Ran N tests in 0.000s" on every run


def setUpModule():
    print("setUpModule runs")


class A(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        self.assertIsNone("not none", "named test fails")


unittest.main()
