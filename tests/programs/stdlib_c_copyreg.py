import copyreg
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))


copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point, complex in copyreg.dispatch_table)
print(copyreg.pickle_complex(3 + 4j))
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print("TypeError:", e)

copyreg.add_extension("mod", "name", 250)
copyreg.add_extension("mod", "name", 250)
print(copyreg._extension_registry[("mod", "name")], copyreg._inverted_registry[250])
for args in [("mod", "other", 250), ("mod", "name", 251), ("m", "n", 0)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError:", e)
copyreg.remove_extension("mod", "name", 250)
try:
    copyreg.remove_extension("mod", "name", 250)
except ValueError as e:
    print("ValueError:", e)
copyreg.clear_extension_cache()


class Slotted:
    __slots__ = ("a", "__b")


class More(Slotted):
    __slots__ = ["c"]


print(copyreg._slotnames(More), copyreg._slotnames(Point))
print(copyreg.__newobj__(Point.__mro__[0].__mro__[1]) .__class__.__name__)
print(type(copyreg._reconstructor(Point, object, None)).__name__)
