# Iterators of dicts and OrderedDicts stopped by changes: CPython 3.11's messages,
# including the same-size change ("keys changed") and OrderedDict's own message.
from collections import OrderedDict


def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except RuntimeError as e:
        print(label, type(e).__name__, e)


def keys_replaced():
    d = {'a': 1, 'b': 2}
    for k in d:
        v = d.pop(k)
        d[k] = v


def grow():
    d = {'a': 1}
    for k in d:
        d['z'] = 0


def shrink_items():
    d = {'a': 1, 'b': 2}
    for k, v in d.items():
        del d['b']


def set_existing():
    d = {'a': 1, 'b': 2}
    for k in d:
        d[k] = 5
    return d


attempt("keys replaced", keys_replaced)
attempt("grow", grow)
attempt("shrink items", shrink_items)
attempt("set existing", set_existing)


def od_case(name, mutate, view=lambda od: od):
    def run():
        od = OrderedDict(a=1, b=2, c=3)
        for _ in view(od):
            mutate(od)
    attempt(name, run)


od_case("od add", lambda od: od.__setitem__('z', 0))
od_case("od del", lambda od: od.pop('c', None))
od_case("od move_to_end", lambda od: od.move_to_end('a'))
od_case("od values re-add", lambda od: (od.pop('a', None), od.__setitem__('a', 1)), lambda od: od.values())
od_case("od items", lambda od: od.__setitem__('q', 1), lambda od: od.items())
od_case("od keys", lambda od: od.popitem(), lambda od: od.keys())
od_case("od reversed", lambda od: od.__setitem__('q', 1), lambda od: reversed(od))
od_case("od set existing", lambda od: od.__setitem__('a', 9))

it = iter({'x': 1})
d2 = {'x': 1}
it2 = iter(d2)
d2['y'] = 2
for n in range(2):
    try:
        next(it2)
    except RuntimeError as e:
        print("sticky", n, e)
print(list(it))

# OrderedDict views print under CPython's odict_* names; a plain dict's do not.
od = OrderedDict(a=1, b=2)


class SubOD(OrderedDict):
    pass


print(od.keys(), od.values(), od.items(), OrderedDict().keys())
print(SubOD(z=0).items(), {'p': 1}.keys(), list(reversed(od.keys())))
