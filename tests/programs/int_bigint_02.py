# Fibonacci, factorials and big-number mixes
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

for n in (10, 50, 90, 100, 200, 300):
    print(n, fib(n))

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(30))
print(fact(100))
print(str(fact(100)).count("0"))
s = str(fact(200))
print(len(s), s[:20], s[-10:])
print(sum(int(c) for c in str(2 ** 1000)))
# negatives with big numbers
big = -(10 ** 30) - 17
print(big // 10, big % 10)
print(big // -10, big % -10)
print(big // 7, big % 7, -big // 7)
print(divmod(big, 12345678901234567890))
# mixing small and big
print(2 ** 100 + 1 - 2 ** 100)
print((2 ** 100) // (2 ** 99))
print(2 ** 100 == 2.0 ** 100)
print(2 ** 100 < 2 ** 100 + 1)
print(max(2 ** 70, 2 ** 69, -(2 ** 80)), min(2 ** 70, 2 ** 69, -(2 ** 80)))
print(sorted([2 ** 65, -5, 10 ** 20, 0, -(10 ** 25)]))
print(abs(-(2 ** 90)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(-1), hash(10 ** 30))
print(pow(2, 300) % (10 ** 9 + 7))
print(int("1" * 50) * 9)
print(int("-" + "9" * 40) + 1)
c = 1 << 128
print(c, c >> 64, c >> 127, c >> 200)
print(-c >> 1, -c >> 200, (-c - 1) >> 3)
