# RecursionError is catchable and the program continues normally
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RecursionError:
    print("caught")
def g():
    try:
        return g()
    except RecursionError:
        return "inner caught"
print(g())
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError:
    print("caught repr recursion")
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(900))
for attempt in range(3):
    try:
        f(0)
    except RecursionError as e:
        print("attempt", attempt, "caught", type(e).__name__)
print("done")
