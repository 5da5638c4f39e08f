# NameError / UnboundLocalError / AttributeError details
def f1():
    print(x)
    x = 1
try:
    f1()
except UnboundLocalError as e:
    print("UnboundLocalError:", e, isinstance(e, NameError))
try:
    f1()
except NameError as e:
    print("as NameError:", type(e).__name__)
def f2():
    return not_defined_anywhere
try:
    f2()
except NameError as e:
    print("NameError:", e, e.args)
def f3():
    for i in range(0):
        pass
    return i
try:
    f3()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def f4(flag):
    if flag:
        val = "set"
    return val
print(f4(True))
try:
    f4(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
class Foo:
    def __init__(self):
        self.a = 1
    def method(self):
        return self.b
try:
    Foo().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Foo().method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Foo.missing_class_attr
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Foo().a.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].append.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError:", e)
def closure_unbound():
    def inner():
        return v
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    v = 1
print(closure_unbound())
try:
    del undefined_global_name
except NameError as e:
    print("NameError:", e)
