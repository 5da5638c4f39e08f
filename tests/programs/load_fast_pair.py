# regen: full-stderr
def f(flag):
    if flag:
        b = 2
    a = 1
    return a + b
print(f(True))
try:
    f(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g(x, y):
    del x
    return x + y
try:
    g(1, 2)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h(a, b, c, d):
    return a * b + c * d, (a, b, c, d), [a, a, b, b]
print(h(1, 2, 3, 4))
def k(n):
    i = 0
    s = 0
    while i < n:
        s = s + i
        i = i + 1
    return s
print(k(100))
f(False)
