# Messages of attribute builtins, vars(), zip()/min()/max() keywords, type() and __slots__.
cases = [
    'getattr(1, 2)', 'getattr(1, 2, 3)', 'hasattr(1, 2)', 'setattr(1, 2, 3)', 'delattr(1, 2)',
    'vars(1)', 'vars("abc")', 'vars([])', 'sorted(vars(Point(1, 2)).items())',
    'zip(x=1)', 'list(zip([1], [2], strict=1))', 'zip([1], strict=True, x=2)',
    'max([1], key=None, default=2, x=3)', 'min([], default=None)', 'max([1], foo=1)',
    'type(1, (), {})', 'type("a", 1, {})', 'type("a", (), 1)', 'type("a", (), None)', 'type("a", (), {}, 1)',
    'type("Made", (Point,), {"z": 3})(1, 2).z',
]
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
for c in cases:
    try:
        print(c, '=', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__ + ':', e)

for slots in [('a', 'b'), ('a', '__dict__'), ('__weakref__',), 'a']:
    try:
        class C:
            __slots__ = slots
            a = 1
        print(slots, 'ok', sorted(k for k in vars(C) if not k.startswith('__')))
    except ValueError as e:
        print(slots, 'ValueError:', e)
class S:
    __slots__ = ('name', 'score')
    def __init__(self, name):
        self.name = name
s = S('x')
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    vars(s)
except TypeError as e:
    print('TypeError:', e)
