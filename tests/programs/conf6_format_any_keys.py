# str.format reads its keyword dict directly, so `**mapping` may hold non-str keys there
# (they can never name a field); every other call refuses them.
print("{}".format(1, **{1: 2}))
print("{a}-{0}".format('p', **{'a': 'A', 2: 'two', (1,): 0}))
try:
    print("{}".format(**{1: 2}))
except IndexError as e:
    print('IndexError:', e)
fmt = "{x}{y}".format
print(fmt(**{'x': 1, 'y': 2, 3: 4}))
try:
    print(str.format("{k}", **{'k': 'v', None: 1}))
except TypeError as e:
    print('unbound str.format:', e)
print("{0[1]}".format_map({1: 'unused'}) if False else "{a}".format_map({'a': 1, 2: 3}))

def f(**kw):
    return kw
class C:
    def __init__(self, **kw):
        self.kw = kw
for call in (lambda: f(**{1: 2}), lambda: dict(**{1: 2}), lambda: C(**{1: 2}),
             lambda: print(**{1: 2}), lambda: {}.update(**{1: 2}),
             lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(a=1, **{'a': 2}),
             lambda: "{}".format(**{'a': 1}, **{'a': 2})):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
