import time, unittest
time.perf_counter = lambda: 0.0
class A(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): self.fail("x")
unittest.main()
