# A dict iterator that meets more entries than the dict had when it started, at the same
# size (keys deleted and others added), raises "dictionary keys changed during iteration",
# and stops afterwards, as CPython's does.
d = {1: 1, 2: 2}
it = iter(d)
try:
    for k in it:
        del d[k]
        d[k + 100] = 1
except RuntimeError as e:
    print(e)
print(list(it), d)
d = {'a': 1, 'b': 2, 'c': 3}
seen = []
try:
    for k, v in d.items():
        seen.append(k)
        d.pop(k)
        d[k * 2] = v
except RuntimeError as e:
    print(e, seen)
# Replacing values only, or deleting and re-adding the same key count, is fine.
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
