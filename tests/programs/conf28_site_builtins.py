# The names the site module adds to builtins: help, copyright, credits, license.
import sys

print(type(help).__name__, type(license).__name__, type(copyright).__name__, type(credits).__name__)
print(type(help).__module__, type(license).__module__)
print(repr(help))
print(repr(credits))
print(repr(copyright) == sys.copyright)
print(callable(license), callable(help), callable(credits))
credits()
print(isinstance(repr(license), str))
try:
    credits(1)
except TypeError as e:
    print("TypeError")


def area(width, height=1, *, unit="m"):
    """Return the area.

    Multiplies width by height."""
    return width * height


help(area)
help(len)
help([].append)
help(lambda x, y=2: x)


async def fetch(url):
    "Fetch url."


help(fetch)


class Shape:
    """A shape with sides."""

    kind = "polygon"

    def __init__(self, sides):
        self.sides = sides

    def perimeter(self, length):
        "Perimeter for equal sides."
        return self.sides * length

    @property
    def name(self):
        "The shape's name."
        return "shape"

    @classmethod
    def triangle(cls):
        return cls(3)

    @staticmethod
    def unit():
        "The unit."
        return 1


class Square(Shape):
    def __init__(self):
        super().__init__(4)

    def diagonal(self):
        return 1.4142


help(Shape)
help(Square)
help(Square())
help(Shape.perimeter)
help(Shape(3).perimeter)
