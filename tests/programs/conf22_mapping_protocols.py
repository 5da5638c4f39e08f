import collections, string
class D(dict):
    def __missing__(self, k): return f"<{k}>"
class M(collections.abc.Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
print("%(a)s %(b)s" % D(a=1))
print("{a}".format(**M(a=5)), dict(M(x=1)), {**M(y=2)})
def f(**kw): return kw
print(f(**M(q=1)), f(**D(r=2)))
ns = D(x=10)
print(eval("x + 1", {}, ns), eval("y", {}, ns))
exec("z = x * 2", {}, ns); print(ns["z"])
class Loud(dict):
    def __getitem__(self, k):
        print("getitem", k); return super().__getitem__(k)
print("{a}".format_map(Loud(a=1)))
print(string.Template("$a $b").substitute(D(a=1)))
print(collections.UserDict(a=1) | {"b": 2}, collections.UserList([3, 1, 2]).sort() , sorted(collections.UserList([3, 1, 2])), collections.UserString("abc").upper())
c = collections.Counter(a=3); print(c["missing"], c)
dd = collections.defaultdict(lambda: "dflt"); print(dd["k"], dict(dd), dd.get("other"))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1,2])), iter(Seq()).__class__.__name__)
class Idx:
    def __index__(self): return 2
print([1, 2, 3, 4][Idx()], "abcd"[Idx():], bin(Idx()), range(Idx()), hex(Idx()), (5).__pow__(Idx()))
class Fmt:
    def __format__(self, spec): return f"Fmt[{spec}]"
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
try: format(object(), "x")
except TypeError as e: print("TypeError:", e)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
    def __reversed__(self): return iter("REV")
print(list(reversed(Rev())), "b" in Rev())
class M:
    def __getitem__(self, k): return k.upper()
print("{a}{b}".format_map(M()))
try: print("{0}".format_map({}))
except Exception as e: print(type(e).__name__, e)
try: print("{}".format_map({}))
except Exception as e: print(type(e).__name__, e)
try: print("{a}".format_map(5))
except Exception as e: print(type(e).__name__, e)
