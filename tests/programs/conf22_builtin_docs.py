import math
for f in [len, ''.join, math.sqrt, list.__len__, [].append, dict.fromkeys, int.__new__, True.bit_length, (5).bit_length, str.upper, "x".upper, {}.get, sorted, max, abs, [].__len__, object.__init__, math.floor, b"".hex]:
    print(repr(f.__doc__))
