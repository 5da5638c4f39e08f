# finally with return/break/continue and generators
def a():
    try:
        return 1
    finally:
        print("a finally")
def b():
    try:
        raise ValueError
    finally:
        return "b overrides exception"
def c():
    x = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            x.append(i)
        finally:
            x.append("f%d" % i)
    return x
def d():
    try:
        try:
            return "inner"
        finally:
            print("d inner finally")
    finally:
        print("d outer finally")
def e():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("e finally")
print(a(), b(), c(), d(), e())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
g = gen()
print(next(g))
g.close()
print("closed")
def f_loop():
    total = 0
    i = 0
    while True:
        try:
            i += 1
            if i > 5:
                return total
            total += i
        finally:
            if i == 6:
                print("final finally, total", total)
print(f_loop())
def nested_return():
    for i in range(3):
        for j in range(3):
            try:
                if i * j == 2:
                    return (i, j)
            finally:
                pass
print(nested_return())
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def close(self):
        print("close", self.name)
def use(fail):
    r = Resource("r%d" % fail)
    try:
        if fail:
            raise RuntimeError("fail %d" % fail)
        return "ok"
    finally:
        r.close()
for fl in (0, 1):
    try:
        print(use(fl))
    except RuntimeError as err:
        print("caught", err)
