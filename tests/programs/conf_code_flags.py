def f(a, b: int = 1, /, c=2, *args, d, e: str = "x", **kw) -> bool: pass
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_flags, f.__defaults__, f.__kwdefaults__, f.__annotations__, co.co_name, co.co_firstlineno)
def g(): yield 1
print(g.__code__.co_flags & 0x20, f.__code__.co_flags & 0x20)
import sys
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def h(): return sys._getframe(1).f_code.co_name
print(h())
