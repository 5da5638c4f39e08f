# regen: full-stderr
import time
import unittest

time.perf_counter = lambda: 0.0   # "Ran N tests in 0.000s" on every run


class Gamma(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        pass

    def test_gamma_fail(self):
        self.assertGreater(1, 2)


class Delta(unittest.TestCase):
    def test_alpha_delta(self):
        pass


unittest.main()
