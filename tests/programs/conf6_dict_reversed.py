# reversed() over dicts and their views: CPython's dict_reverse*iterator types, which walk
# the live table (not a copy) and notice size changes.
d = {'a': 1, 'b': 2, 'c': 3}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())

# Deleted entries are skipped; a later insertion is seen only by a new iterator.
d = dict.fromkeys(range(8))
del d[3], d[6]
print(list(reversed(d)))
d[100] = None
print(list(reversed(d))[:3])

# Changing the size while iterating raises, as forward iteration does.
d = {1: 'x', 2: 'y'}
it = reversed(d)
print(next(it))
d[3] = 'z'
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
# The error is sticky: the iterator keeps raising rather than ending.
for _ in range(2):
    try:
        print(list(it))
    except RuntimeError as e:
        print('again:', e)
# An exhausted iterator stays exhausted even if the dict grows.
d = {1: 1}
it = reversed(d)
print(list(it))
d[2] = 2
print(list(it), next(iter(it), 'empty'))
s = {1, 2}
it = iter(s)
print(sorted(it))
s.add(3)
print(list(it))
it = iter(s)
next(it)
s.add(4)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('set:', e)

# Replacing a value keeps the size: the iterator sees the new value.
d = {'k1': 1, 'k2': 2}
it = reversed(d.items())
d['k1'] = 'new'
print(list(it))

# Empty dicts and iterators used twice.
e = reversed({})
print(list(e), list(e))
it = reversed({'only': 0}.values())
print(next(it), next(it, 'done'))

# Subclasses and OrderedDict keep their own __reversed__.
class D(dict):
    pass
print(list(reversed(D(x=1, y=2))), type(reversed(D(x=1))).__name__)
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
od.move_to_end('a')
print(list(reversed(od)), list(reversed(od.items())))

# Enumerating a reversed view, sorted-by-insertion tricks.
log = {}
for word in "the quick brown fox jumps over the lazy dog".split():
    log[word] = log.get(word, 0) + 1
print([f"{i}:{w}" for i, w in enumerate(reversed(log))])
print(dict(reversed(log.items())))
