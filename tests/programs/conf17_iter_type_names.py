# Iterator type names of builtin containers, as CPython 3.11 names them: a bytearray's is
# 'bytearray_iterator', a range beyond a C long's is 'longrange_iterator'.
for x in [range(10), range(2**70), range(-2**63, 0), range(0, 2**63), bytearray(b'a'), b'a',
          'a', [1], (1,), {1}, frozenset(), {1: 2}, {1: 2}.keys(), {1: 2}.values(),
          {1: 2}.items(), reversed([1]), reversed(range(3)), reversed(range(2**70)),
          reversed({1: 2}), reversed({}.keys()), reversed({}.values()), reversed({}.items()),
          enumerate([]), zip(), map(str, [])]:
    print(type(iter(x)).__name__)
print(list(range(2**70, 2**70 + 3)), list(reversed(range(2**70, 2**70 + 3))), list(bytearray(b'xy')))
it = iter(range(2**64, 2**64 + 5))
next(it)
print(it.__length_hint__(), list(it))
