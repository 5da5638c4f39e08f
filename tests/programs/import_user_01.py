# importing user modules in different ways
import mod_shapes
print(mod_shapes.PI_APPROX, mod_shapes.load_count, mod_shapes.__name__)
import mod_shapes as ms
print(ms is mod_shapes)
import mod_shapes
print("second import does not reload:", mod_shapes.load_count)
from mod_shapes import Circle, Square as Sq, area_sum
shapes = [Circle(1), Sq(2), Circle(0.5), Sq(3)]
print(shapes)
print(round(area_sum(shapes), 6))
print([type(s).__name__ for s in shapes], isinstance(shapes[1], mod_shapes.Shape))
from mod_shapes import *
print(PI_APPROX, Square(4).area())
try:
    helper()
except NameError as e:
    print("NameError:", e)
print(mod_shapes.helper(), mod_shapes._private)
import sys
print("mod_shapes" in sys.modules, sys.modules["mod_shapes"] is mod_shapes)
print(mod_shapes.__doc__)
try:
    mod_shapes.Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from mod_shapes import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import mod_counter
import mod_counter as mc2
mod_counter.bump()
mc2.bump(5)
print(mod_counter.count, mod_counter.history)
from mod_counter import count
mod_counter.bump()
print(count, mod_counter.count)
mod_counter.reset()
print(mod_counter.count, mod_counter.history)
mod_counter.new_attr = "set from outside"
print(mc2.new_attr)
