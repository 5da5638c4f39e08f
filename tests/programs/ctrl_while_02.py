# while-based algorithms: gcd, binary digits, newton, digit sums, game of life step
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print([gcd(a, b) for a, b in [(12, 18), (17, 5), (100, 75), (0, 9), (270, 192)]])
def to_bin(n):
    if n == 0:
        return "0"
    s = ""
    while n > 0:
        s = str(n % 2) + s
        n //= 2
    return s
print([to_bin(n) for n in (0, 1, 5, 10, 255, 1024)])
def digit_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n
print([digit_root(n) for n in (0, 9, 38, 12345, 99999999)])
def life_step(cells, w, h):
    new = set()
    for y in range(h):
        for x in range(w):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if (dx or dy) and ((x + dx) % w, (y + dy) % h) in cells:
                        n += 1
            if n == 3 or (n == 2 and (x, y) in cells):
                new.add((x, y))
    return new
def show(cells, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in cells else "." for x in range(w)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
gen = 0
while gen < 4:
    g = life_step(g, 6, 6)
    gen += 1
show(g, 6, 6)
print(sorted(g))
i, j = 0, 100
steps = 0
while i < j:
    i += 3
    j -= 4
    steps += 1
print(i, j, steps)
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    if n > 50 or n in seen:
        continue
    seen.append(n)
    queue.extend([n * 2, n * 3])
print(seen)
n = 600851475143
f = 2
factors = []
while f * f <= n:
    while n % f == 0:
        factors.append(f)
        n //= f
    f += 1
if n > 1:
    factors.append(n)
print(factors)
