# __doc__ of built-in types as CPython 3.11 gives them.
import collections, functools, io, itertools, operator, re, types
print(object.__doc__)
print(type.__doc__)
print(property.__doc__.splitlines()[0], staticmethod.__doc__.splitlines()[0], classmethod.__doc__.splitlines()[0])
for t in (int, str, list, dict, types.FunctionType, types.MethodType, collections.deque,
          collections.OrderedDict, collections.defaultdict, functools.partial, io.StringIO,
          io.BytesIO, re.Pattern, re.Match, itertools.count, itertools.chain, operator.itemgetter,
          types.GenericAlias, types.UnionType):
    print(t.__name__, repr(t.__doc__.splitlines()[0]))
class A:
    pass
class B:
    "B's doc"
print(A.__doc__, B.__doc__, A().__doc__, B().__doc__)
def f():
    "f's doc"
print(f.__doc__, len.__doc__.splitlines()[0], [].append.__doc__)
p = property(lambda self: 1, doc="the prop")
print(p.__doc__)
