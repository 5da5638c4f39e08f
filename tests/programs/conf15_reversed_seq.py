# reversed() over the sequence protocol (__len__ + __getitem__, no __reversed__) is a lazy
# `reversed` object, as are reversed(tuple) and reversed(str).
class Seq:
    def __init__(self, n):
        self.n = n
        self.calls = []

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Seq(4)
r = reversed(s)
print(type(r).__name__, s.calls)
print(next(r), s.calls)
print(r.__length_hint__(), list(r), s.calls)
print(list(r), next(r, 'done'))
print(type(reversed((1, 2, 3))).__name__, list(reversed((1, 2, 3))))
print(type(reversed('abc')).__name__, ''.join(reversed('abc')))
print(type(reversed([1])).__name__, type(reversed(range(3))).__name__)


class Shrinks:
    # __getitem__ ending early stops the iteration (IndexError), like CPython's reversed.
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i


print(list(reversed(Shrinks())))


class Fails:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(reversed(Fails()))
except KeyError as e:
    print('KeyError', e)
for bad in (5, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
