# else clause interplay, exceptions in else/finally, with loops
def run(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("x1")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
        if x == 2:
            raise KeyError("from else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for x in (0, 1, 2):
    try:
        print(x, run(x))
    except KeyError as e:
        print(x, "KeyError escaped from else:", e)
def loop_else():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
        except IndexError as e:
            out.append(f"err{e}")
            continue
        else:
            out.append(f"ok{i}")
        finally:
            out.append(f"fin{i}")
    else:
        out.append("loop-else")
    return out
print(loop_else())
def exc_in_except_and_finally():
    try:
        try:
            raise ValueError("A")
        except ValueError:
            raise TypeError("B")
        finally:
            print("finally runs while TypeError propagates")
    except TypeError as e:
        return f"{type(e).__name__}:{e} ctx={e.__context__!r}"
print(exc_in_except_and_finally())
def multiple_handlers(v):
    try:
        return {"a": 1}[v] / (1 if v == "a" else 0)
    except KeyError:
        return "no key"
    except ZeroDivisionError:
        return "zero"
    finally:
        print("mh finally", v)
print(multiple_handlers("a"), multiple_handlers("b"))
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        return deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(4)
except LookupError as e:
    print("caught", e)
