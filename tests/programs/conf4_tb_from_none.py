# regen: full-stderr
def rec(n):
    return rec(n + 1) + 1
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
class ExcA(Exception): pass
try:
    raise ExcA("first")
except ExcA:
    try:
        raise KeyError("second")
    except KeyError as k:
        raise ExcA("third") from None
