# Big integer arithmetic basics
a = 2 ** 200
print(a)
print(a + 1, a - 1)
print(-a)
print(a * a)
print(a // 3, a % 3)
b = 3 ** 150
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(b // 7, b % 7)
print(divmod(a, b))
print(divmod(-a, b))
print(divmod(a, -b))
print(divmod(-a, -b))
print(abs(-a) == a)
print(a > b, a < b, a == 2 ** 200, a != b)
print(len(str(a)), len(str(a * a * a)))
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(f // (2 ** 47))
print(f % 1000000007)
x = 10 ** 40 + 7
y = 10 ** 20 + 3
print(x * y)
print(x // y, x % y)
print((x * y) // y == x)
print(hex(a), oct(2 ** 70), bin(2 ** 70 + 5))
print(int(str(a)) == a)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1)
print((2 ** 64) * (2 ** 64))
print(sum(range(10 ** 6)))
print(sum(i * i for i in range(1000)) ** 3)
n = 1
for i in range(100):
    n = n * 31 + i
print(n)
print(n.bit_length(), a.bit_length(), (a - 1).bit_length())
