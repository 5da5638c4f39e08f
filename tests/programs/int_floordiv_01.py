# Floor division and modulo with every sign combination
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 3), (-1, 3),
         (1, -3), (-1, -3), (100, 7), (-100, 7), (100, -7), (-100, -7), (6, 3), (-6, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a:5} {b:3} | // {a // b:4} % {a % b:4} divmod {q, r} ok={q * b + r == a}")
print()
for a, b in pairs:
    print(a, b, a / b)
print(-7 // 2.0, -7 % 2.0, 7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5 % 3, -5 % 3, 5 % -3, -5 % -3)
print(2 ** 100 % 3, -(2 ** 100) % 3, 2 ** 100 % -3)
print(-(2 ** 100) // 3, (2 ** 100) // -3)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 17
x //= 5
print(x)
x %= 2
print(x)
y = -17
y //= 5
print(y)
y %= 3
print(y)
print(True // 1, True % 2, False // True)
