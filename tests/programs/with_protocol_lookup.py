class A:
    def __enter__(self): return 1
class B:
    def __exit__(self, *a): return 1
for c in (A, B, int):
    try:
        with c():
            pass
    except TypeError as e:
        print(e)
class Sm:
    @staticmethod
    def __enter__(): return "static enter"
    def __exit__(self, *a): print("exit", a)
with Sm() as v: print(v)
class Cm:
    @classmethod
    def __enter__(cls): return cls.__name__
    __exit__ = lambda self, *a: None
with Cm() as v: print(v)
