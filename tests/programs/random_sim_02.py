# simulations with seeded random: dice histogram, random walk, monte carlo pi
import random
random.seed(2024)
counts = [0] * 13
for _ in range(6000):
    counts[random.randint(1, 6) + random.randint(1, 6)] += 1
for total in range(2, 13):
    print(f"{total:2d} {counts[total]:5d} {'*' * (counts[total] // 50)}")
pos = 0
maxpos = minpos = 0
for _ in range(1000):
    pos += random.choice((-1, 1))
    maxpos = max(maxpos, pos)
    minpos = min(minpos, pos)
print("walk", pos, maxpos, minpos)
inside = 0
N = 20000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi approx", 4 * inside / N)
pop = list(range(1, 21))
print(random.sample(pop, 4), random.choice(pop))
words = ["apple", "banana", "cherry", "date", "elder"]
random.shuffle(words)
print(words)
print([random.randrange(100) for _ in range(10)])
print([round(random.uniform(-1, 1), 6) for _ in range(4)])
rng = random.Random(5)
print([rng.randint(1, 6) for _ in range(20)])
rng2 = random.Random(5)
print([rng2.randint(1, 6) for _ in range(20)])
print(random.Random(1).random(), random.Random(1).random() == random.Random(1).random())
