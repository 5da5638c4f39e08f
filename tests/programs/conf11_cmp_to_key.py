# regen: full-stderr
# functools.cmp_to_key returns a functools.KeyWrapper (a C type: no traceback frames of its own)
import functools
k = functools.cmp_to_key(lambda a, b: a - b)
print(type(k), type(k(1)), k(1) < k(2), k(1).obj, k(obj=5).obj)
try: k(1) < 3
except TypeError as e: print(e)
try: k()
except TypeError as e: print(e)
try: k(1, 2)
except TypeError as e: print(e)
print(k(1) == k(1), k(2) >= k(1), k(2) != k(2), k.__class__.__name__, hasattr(functools, "KeyWrapper"))
try: hash(k(1))
except TypeError as e: print(e)
words = ["apple", "Banana", "cherry"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(sorted([3, 1, 2], key=k), min([3, 1], key=k), repr(k)[:22])
sorted([1, "a"], key=k)
