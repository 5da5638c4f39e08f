# Error messages name C types as CPython's tp_name does: module.Name.
import operator, threading, io, random, struct, array, re, functools, itertools, collections
for o in [operator.itemgetter(1), threading.Lock(), threading.RLock(), io.StringIO(), io.BytesIO(), random.Random(), array.array("i"), re.compile("a"), re.match("a","a"), functools.partial(int), itertools.count(), collections.deque(), iter(collections.deque()), collections.OrderedDict(), collections.defaultdict(), itertools.groupby([]), functools.lru_cache(int), operator.attrgetter("a"), operator.methodcaller("a")]:
    try: len(o)
    except TypeError as e: print(e)
    try: o.nonexistent_attr
    except AttributeError as e: print(e)
    try: o + 1
    except TypeError as e: print(e)
    except TypeError as e: print(e)
for o in [collections.deque(), collections.defaultdict(int), collections.OrderedDict()]:
    try: hash(o)
    except TypeError as e: print(e)
try: next(collections.deque())
except TypeError as e: print(e)
try: itertools.count()[0]
except TypeError as e: print(e)
class MyDeque(collections.deque): pass
try: hash(MyDeque())
except TypeError as e: print(e)
try: MyDeque().nope
except AttributeError as e: print(e)
for t in (collections.deque, itertools.count, collections.OrderedDict, MyDeque):
    try: t.zz
    except AttributeError as e: print(e)
