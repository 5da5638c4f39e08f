import os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
eg = ExceptionGroup("g", [ValueError("a"), KeyError("b")])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__mro__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))
print(repr(BaseExceptionGroup("x", [ValueError(1)])), type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("x",), ("x", []), (1, [ValueError()]), ("x", [1]), ("x", 5)]:
    try: ExceptionGroup(*args)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e: print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message, excs)
e = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(e.split(TypeError)), isinstance(e, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup[int])
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(repr(nested.split(ValueError)))
try:
    raise nested
except ExceptionGroup as x:
    print(x.exceptions[1].message)
import traceback, sys
try:
    raise nested
except Exception as x:
    print(traceback.format_exc().replace(HERE, ""))
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError("t")])
try:
    f()
except Exception as ex:
    print("".join(traceback.format_exception(ex)).replace(HERE, ""))
