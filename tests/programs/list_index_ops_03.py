# Index and slice operations of list (normalisation, bounds, error messages), list.remove
# with __eq__ that mutates the list, and list.sort: native keys, key functions, mutation
# during a sort.

lst = list(range(10))
print(lst[-1], lst[-10], lst[0], lst[9])
for i in (10, -11, 2**70, -(2**70)):
    try:
        lst[i]
    except IndexError as e:
        print("get", type(i).__name__, e)
    except OverflowError as e:
        print("get overflow", e)
lst[-1] = "last"
lst[-10] = "first"
print(lst)
for i in (10, -11):
    try:
        lst[i] = 0
    except IndexError as e:
        print("set", i, e)
    try:
        del lst[i]
    except IndexError as e:
        print("del", i, e)
del lst[-1]
del lst[0]
print(lst)

# pop: both messages, negative indices, big ints
lst = [1, 2, 3, 4]
print(lst.pop(-2), lst.pop(0), lst.pop(), lst)
for i in (5, -5):
    try:
        lst.pop(i)
    except IndexError as e:
        print("pop", i, e)
print(lst.pop(-1), lst)
try:
    lst.pop()
except IndexError as e:
    print("pop empty:", e)
try:
    lst.pop(3)
except IndexError as e:
    print("pop(3) of empty:", e)
try:
    [1].pop(2**70)
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)

# insert clamps at both ends
lst = [1, 2, 3]
for i, x in ((-1, "a"), (-100, "b"), (100, "c"), (0, "d"), (2, "e")):
    lst.insert(i, x)
    print(i, lst)

# slices: negative bounds, steps, assignment sizes
lst = list(range(12))
print(lst[-3:], lst[:-9], lst[::-3], lst[-2:-8:-2], lst[100:], lst[-100:2])
lst[-3:] = ["x"]
print(lst)
lst[1:1] = [7, 7]
print(lst)
lst[::4] = "ABC"
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(e)
del lst[-4::2]
print(lst)
del lst[::-3]
print(lst)
del lst[:]
print(lst, len(lst))


class Index:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


lst = list(range(8))
print(lst[Index(-2)], lst[Index(1):Index(-1):Index(3)])
lst[Index(-1)] = 99
del lst[Index(0)]
print(lst)


# remove: the first equal item, with __eq__ that looks at (or changes) the list
class Eq:
    log = []

    def __init__(self, v, hook=None):
        self.v = v
        self.hook = hook

    def __eq__(self, other):
        Eq.log.append((self.v, getattr(other, "v", other)))
        if self.hook:
            h, self.hook = self.hook, None
            h()
        return isinstance(other, Eq) and self.v == other.v

    def __repr__(self):
        return f"Eq({self.v})"


lst = [Eq(1), Eq(2), Eq(3), Eq(2)]
lst.remove(Eq(2))
print(lst, Eq.log)
Eq.log.clear()
lst = [Eq(1, hook=lambda: lst.append(Eq(9))), Eq(2), Eq(3)]
lst.remove(Eq(3))
print(lst)
lst = [Eq(1, hook=lambda: lst.insert(0, Eq(0))), Eq(2), Eq(3)]
lst.remove(Eq(3))
print(lst)
lst = [Eq(1, hook=lambda: lst.pop()), Eq(2), Eq(3)]
try:
    lst.remove(Eq(3))
except ValueError as e:
    print(e, lst)
try:
    [Eq(1)].remove(Eq(5))
except ValueError as e:
    print(e)
lst = [1, 2.0, "3", None, 2]
lst.remove(2)
lst.remove("3")
print(lst, lst.index(2.0), 2 in lst, lst.count(None))

# sort: native key types, reverse stability, key functions, errors, mutation during sort
print(sorted([3, -1, 2**70, 0]), sorted([2.5, -0.0, 1e300]), sorted(["b", "", "ab"]))
lst = [5, 1, 4, 1, 5, 9, 2, 6]
lst.sort(reverse=True)
print(lst)
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
lst = [3, "a", 1]
try:
    lst.sort()
except TypeError as e:
    print(e, sorted(map(str, lst)))
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print(e, lst)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.clear() or x)
except ValueError as e:
    print("clear:", e)
print(lst)
seen = []
lst = [3, 1, 2]
lst.sort(key=lambda x: seen.append(len(lst)) or x)
print(lst, seen)
