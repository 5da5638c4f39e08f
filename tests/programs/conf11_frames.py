# sys._getframe()/inspect frames of running frames: live f_lineno, f_back chain, f_locals.
import sys
import inspect


def who():
    return sys._getframe(1).f_code.co_name


def caller():
    return who()


print(caller())


def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name)
    print(sorted(fr.f_locals))
    x = 1
    print(inspect.currentframe().f_code.co_name, [i.function for i in inspect.stack()])
    print(sorted(fr.f_locals), fr.f_lineno)
    return fr


fr = f()
print(fr.f_code.co_name)


def g():
    a = 5
    return h()


def h():
    up = sys._getframe(1)
    return up.f_locals.get("a"), up.f_back.f_back


print(g())


def chain():
    names = []
    fr = sys._getframe()
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names


def outer():
    return [chain() for _ in range(1)]


print(outer())
print(sys._getframe().f_back, sys._getframe().f_globals is globals())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
