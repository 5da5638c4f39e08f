# __slots__ validation: duplicate/inherited __dict__ and __weakref__ slots, layout conflicts
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    pass

def mk(bases, slots, name='X'):
    return type(name, bases, {'__slots__': slots})

t(lambda: mk((A,), ('__dict__',)))
t(lambda: mk((), ('__dict__', '__dict__')))
t(lambda: mk((), ('__weakref__',)).__name__)
t(lambda: mk((A,), ('__weakref__',)))
t(lambda: mk((), ('__weakref__', '__weakref__')))
t(lambda: mk((int,), ('__weakref__',)))
t(lambda: mk((), ('a', '__dict__')).__name__)

class S1:
    __slots__ = ('a',)
class S1b(S1):
    pass
class S2:
    __slots__ = ('c',)
class S1c(S1):
    __slots__ = ('d',)
class Empty:
    __slots__ = ()
for bases in [(S1, S2), (S1b, S2), (S1c, S1), (S1b, S1c), (S1, int), (S2, Exception), (S1, Empty), (Empty, A)]:
    try:
        C = type('C', bases, {})
        print('ok', [b.__name__ for b in C.__mro__])
    except TypeError as e:
        print('TypeError', e)
for bases in [(int, str), (list, dict), (dict, set), (Exception, int)]:
    try:
        type('X', bases, {})
        print('ok')
    except TypeError as e:
        print('TypeError', e)
