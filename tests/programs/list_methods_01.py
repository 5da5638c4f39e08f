# list methods
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[0], l[-1], l[2:5], l[::-1])
l.append(5)
print(l)
l.extend([3, 5])
print(l)
l.insert(0, 100)
l.insert(-1, 200)
l.insert(1000, 300)
l.insert(-1000, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1)
print(l, l.count(5), l.count(1), l.count(42), l.index(5), l.index(5, 5))
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
c = words.copy()
c.clear()
print(c, words)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, 2 * [1, 2])
m = [1, 2, 3]
m += [4]
m *= 2
print(m)
print(m == [1, 2, 3, 4, 1, 2, 3, 4], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100])
print(5 in m, 9 in m, sum(m), min(m), max(m), sorted(m), list(reversed(m)))
try:
    l[100]
except IndexError as e:
    print("IndexError:", e)
try:
    l[100] = 1
except IndexError as e:
    print("IndexError:", e)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({1: 2, 3: 4}), list(map(str, [1, 2])))
nested = [[1, 2], [3, 4], [5]]
flat = [x for sub in nested for x in sub]
print(flat, [len(s) for s in nested], sum(nested, []))
stack = []
for x in "abc":
    stack.append(x)
print(stack.pop(), stack.pop(), stack)
print([1, [2, 3]].index([2, 3]), [None, 0, False].count(0), [1, 1.0, True].count(1))
