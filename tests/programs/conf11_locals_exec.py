# locals()/vars()/dir() in functions and class bodies; exec/eval without dicts see the
# caller's locals (and exec's assignments stay in the frame's locals dict).
class A:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals()["__qualname__"])
    print(sorted(vars()), dir())
    print(eval("x * 3"))
    exec("z = 9")
print(A.z)
print(eval("locals()", {"g": 1}, {"l": 2}))


def outer():
    cv = 10

    def f(a, b=2, *args, **kw):
        c = a + b
        d = cv

        def inner():
            return c
        if False:
            unbound = 1
        print({k: v for k, v in locals().items() if k != "inner"})
        print(sorted(vars()), dir())
        e = 3
        print(list(locals()))
        return inner
    f(1, 3, 4, z=5)


outer()


def g(x):
    return [sorted(locals()) for y in range(1)]


print(g(1))


def h():
    a = 1
    exec("b = a + 1")
    l1 = locals()
    l1["extra"] = 5
    return sorted(locals()), l1 is locals()


print(h())


def fmt(name, n):
    return "{name} has {n}".format(**locals())


print(fmt("x", 3))


def f2(a):
    b = a * 2
    print(eval("a + b"))
    exec("print(a, b)")
    print(eval("[i * 2 for i in range(a)]"))
    print(eval("q", {"q": 1}))
    print(eval("a", None, {"a": 99}))


f2(3)


def cellarg(n):
    def inner():
        return n
    return sorted(locals())


print(cellarg(1))
