# global, nonlocal, closures, LEGB
x = "global x"
def read_global():
    return x
def shadow():
    x = "local x"
    return x
def modify_global():
    global x
    x = "modified global"
print(read_global(), shadow(), x)
modify_global()
print(x)
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def outer():
    v = "outer"
    def middle():
        v = "middle"
        def inner():
            nonlocal v
            v = "changed by inner"
            return v
        r = inner()
        return r, v
    res = middle()
    return res, v
print(outer())
def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
def unbound2():
    total = 0
    def add():
        try:
            total += 1
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
    add()
unbound2()
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def del_local():
    z = 5
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(del_local())
counter = 0
def bump():
    global counter
    for _ in range(10):
        counter += 1
bump()
bump()
print(counter)
def closures():
    fs = []
    for i in range(4):
        def f(i=i):
            return i * i
        fs.append(f)
    late = [lambda: i for i in range(4)]
    return [f() for f in fs], [g() for g in late]
print(closures())
def g1():
    a = 1
    def g2():
        b = 2
        def g3():
            return a + b
        return g3
    return g2()()
print(g1())
import builtins
len_saved = len
def len(x):
    return "shadowed len"
print(len([1, 2]), builtins.len([1, 2]), len_saved("abc"))
del len
print(len([1, 2, 3]))
print(globals()["counter"], "bump" in globals(), sorted(k for k in locals() if k.startswith("g")))
