# The entries type() adds to a class dict: __dict__/__weakref__ descriptors for a plain class,
# none for subclasses or slotted classes, and __doc__ (None without a docstring).
class Plain:
    x = 1

    def f(self):
        pass


class Documented:
    """Has a doc."""


class Sub(Plain):
    pass


class Slotted:
    __slots__ = ('a',)


print(list(Plain.__dict__))
print(list(Documented.__dict__), Documented.__doc__)
print(list(Sub.__dict__), Sub.__doc__, Plain.__doc__)
print('a' in Slotted.__dict__, '__dict__' in Slotted.__dict__, '__weakref__' in Slotted.__dict__)
print(Plain.__dict__['__dict__'], Plain.__dict__['__weakref__'])
p = Plain()
p.y = 2
print(p.__dict__, vars(p), p.__weakref__)
p.__dict__ = {'z': 3}
print(p.z, sorted(vars(p)))
print([n for n in dir(p) if not n.startswith('__')], '__dict__' in dir(p), '__weakref__' in dir(p))
