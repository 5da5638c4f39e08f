# try/except/else/finally ordering
def f(x):
    try:
        print("  try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("  except", type(e).__name__, e)
        r = None
    else:
        print("  else", r)
    finally:
        print("  finally", x)
    return r
for x in (2, 0):
    print("result", f(x))
def g(kind):
    try:
        if kind == "key":
            {}["k"]
        elif kind == "index":
            [][0]
        elif kind == "type":
            1 + "a"
        elif kind == "value":
            int("z")
        elif kind == "attr":
            None.foo
        return "no error"
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__ + " " + repr(e)
    except TypeError as e:
        return "type: " + str(e)
    except Exception as e:
        return "other: " + type(e).__name__ + ": " + str(e)
for kind in ("key", "index", "type", "value", "attr", "none"):
    print(kind, "->", g(kind))
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def finally_swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            print("last iteration, swallowing via break")
            break
    return "swallowed"
print(finally_swallow())
def order():
    log = []
    try:
        log.append("try")
        try:
            log.append("inner try")
            raise KeyError("x")
        except KeyError:
            log.append("inner except")
            raise ValueError("from handler")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append("outer except " + str(e))
    finally:
        log.append("outer finally")
    return log
print(order())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees n =", n)
print(counter())
try:
    try:
        raise TypeError("inner")
    finally:
        print("cleanup runs before propagation")
except TypeError as e:
    print("caught", e)
e = "before"
try:
    raise ValueError("bound")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    pass
except Exception:
    print("never")
else:
    print("else with no exception")
finally:
    print("finally always")
