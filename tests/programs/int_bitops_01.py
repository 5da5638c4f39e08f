# Bitwise operations on small, big and negative ints
vals = [0, 1, 5, 12, 255, -1, -6, 1023, -1024]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a & 0xF, a | 0x10, a ^ 0xFF)
print()
for a in (5, -5):
    for b in (3, -3):
        print(a, b, a & b, a | b, a ^ b)
big = (1 << 100) | 0xDEADBEEF
print(big, hex(big))
print(big & 0xFFFF, big >> 96, hex(big ^ (1 << 100)))
print(-big & 0xFFFFFFFF, hex(-big >> 80))
print((1 << 200) - 1 == ~(-1 << 200))
print(bin(0b1011 & 0b0110), bin(0b1011 | 0b0110), bin(0b1011 ^ 0b0110))
print(bin(-10), oct(-10), hex(-255))
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -255, 2 ** 100, -(2 ** 100)]:
    print(n.bit_length(), end=" ")
print()
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
x = 0b1100
x &= 0b1010
print(x)
x |= 0b0001
print(x)
x ^= 0b1111
print(x)
x <<= 10
print(x)
x >>= 3
print(x)
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True & 2).__name__)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(20)])
print(sum(1 << i for i in range(0, 64, 3)))
