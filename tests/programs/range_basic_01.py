# range objects
r = range(10)
print(r, len(r), r[0], r[-1], r[3], list(r))
print(range(2, 20, 3), list(range(2, 20, 3)), len(range(2, 20, 3)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-5, 5, 3)), list(range(0, -10, -3)), len(range(0, -10, -3)), len(range(0, 10, -1)))
print(r[2:5], r[::2], r[::-1], r[-3:], list(r[1:8:3]), range(0, 20, 2)[3:7], list(range(0, 20, 2)[::-2]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, "a" in r)
print(range(0, 10, 3).index(6), range(0, 10, 3).count(6), range(0, 10, 3).count(7))
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 4, 3) if False else range(1, 4, 2) == range(1, 5, 2))
print(r.start, r.stop, r.step, range(1, 9, 2).stop)
big = range(10 ** 20)
print(len(range(0, 10 ** 6, 7)), big[-1], 10 ** 19 in big, big[10 ** 15], range(10 ** 20)[::10 ** 19])
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(10).index(11)
except ValueError as e:
    print("ValueError:", e)
print(sum(range(101)), sum(range(1, 100, 2)), max(range(7)), min(range(3, 10)), sorted(range(5, 0, -1)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(enumerate(range(3, 6))))
print(bool(range(0)), bool(range(1)), tuple(range(3)), set(range(3)), hash(range(3)) == hash(range(0, 3)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print([i for i in range(20)][::-3], list(range(20))[slice(2, None, 5)])
print(len(range(-10, 10, 3)), list(range(-10, 10, 3)), range(-10, 10, 3)[-1])
