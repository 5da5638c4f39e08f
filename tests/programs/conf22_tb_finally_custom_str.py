# regen: full-stderr
def f(n):
    if n == 0:
        raise RecursionError("custom") 
    return f(n - 1)
def g():
    try:
        f(3)
    except RecursionError as e:
        raise RuntimeError("wrapped") from None
try:
    g()
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
class E(Exception):
    def __str__(self):
        return "custom str with\nnewline"
def deep(): raise E()
def mid(): 
    try:
        deep()
    finally:
        print("finally runs")
mid()
