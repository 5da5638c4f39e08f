# helper module imported by import_* programs (not run as a test)
"""Shapes helper module."""
import math

PI_APPROX = 3.14
_private = "hidden"
__all__ = ["Circle", "Square", "area_sum", "PI_APPROX"]
load_count = 0
load_count += 1
print("mod_shapes loading, __name__ =", __name__)


class Shape:
    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.describe()})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def describe(self):
        return f"r={self.r}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def describe(self):
        return f"s={self.s}"


def area_sum(shapes):
    return sum(s.area() for s in shapes)


def helper():
    return "helper called"


if __name__ == "__main__":
    print("never printed when imported")
