# pow: integer, negative exponent, modular, modular inverse
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 400, 17), pow(-3, 3, 7))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(10, -1, 17), pow(2, -3, 11))
print(pow(38, -1, 97) * 38 % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(5, 3, -7), pow(-5, 3, -7))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, (-8.0) ** 2)
print(10 ** 30, 10.0 ** 30)
print(7 ** 77)
print(pow(7, 77) == 7 ** 77)
x = 3
x **= 5
print(x)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 ** 1000000, (-1) ** 1000001)
print(pow(0, 0), pow(0, 5), pow(5, 0, 1), pow(5, 0, 3))
print(type(2 ** -1).__name__, type(2 ** 1).__name__)
