# Argument errors of builtins parsed by Argument Clinic with positional-only parameters
# (sum, exec), by the old tuple parser (eval) and by clinic with keywords (memoryview).
calls = [
    'sum()', 'sum(iterable=[1])', 'sum([1], 2, 3)', 'sum([1], start=10)', 'sum([1], foo=1)',
    'sum([1], 2, start=3)', "sum(['a'], '')", "sum([b'a'], b'')", "sum([[1]], bytearray())",
    'exec()', 'exec(source="1")', 'exec("1", {}, {}, 1)', 'exec("1", x=1)', 'exec(1)',
    'exec("1", closure=None)', 'exec("1", globals={})',
    'eval()', 'eval("1", {}, {}, 1)', 'eval(source="1")', 'eval("1", x=1)', 'eval(1)',
    'compile(1, "f", "exec")',
    'memoryview()', 'memoryview(object=b"ab")', 'memoryview(b"a", 1)', 'memoryview(obj=1)',
    'memoryview("abc")', 'memoryview(b"a", object=b"b")',
    'enumerate()', 'enumerate([], start="a")', 'enumerate([], x=1)',
]
for c in calls:
    try:
        r = eval(c)
        if isinstance(r, memoryview):
            r = r.tobytes()
        print(c, '=', r)
    except Exception as e:
        print(c, '->', type(e).__name__ + ':', e)

def total(*groups, start=0):
    try:
        return sum(groups, start)
    except TypeError as e:
        return f"cannot: {e}"
print(total([1], [2], start=[]), total('a', 'b', start=''))
