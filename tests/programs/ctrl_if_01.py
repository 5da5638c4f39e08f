# if/elif/else, truthiness, conditional expressions, boolean ops short-circuit
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), "truthy" if v else "falsy", bool(v), not v)
def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t(None) or t(0) or t("last"))
print(t(1) and t(0) and t(2))
print(not t([]), not t([1]))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] or {} or 0, None and 1)
x = 15
r = "fizzbuzz" if x % 15 == 0 else "fizz" if x % 3 == 0 else "buzz" if x % 5 == 0 else str(x)
print(r)
out = []
for i in range(1, 16):
    out.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i)
print(out)
a, b = 5, 10
if a < b and b < 20 or a == 0:
    print("compound true")
if not (a > b) and not a == b:
    print("not works")
if a:
    if b:
        if a + b > 14:
            print("nested true")
grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print([grade(s) for s in (95, 85, 75, 65, 90, 80)])
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class Always:
    pass
print(bool(Falsy()), bool(Sized()), bool(Always()), "yes" if Sized() else "no")
if 1 < 2 < 3 < 4:
    print("chain ok")
if 1 < 3 > 2 == 2 != 5:
    print("mixed chain ok")
y = 7
print(0 < y < 10, 0 < y > 10, y == 7 == 7.0, 3 < y <= 7 < 8)
