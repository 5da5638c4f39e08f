# exceptions as control flow: parsing, retry, EAFP vs LBYL
def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError:
            try:
                out.append(float(s))
            except ValueError:
                out.append(None)
    return out
print(parse_all(["1", "2.5", "x", "-3", "1e3", "", " 7 ", "0x10", "nan"]))
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("try again #%d" % attempts)
    return "success after %d" % attempts
for i in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry:", e)
d = {"a": 1}
def get_eafp(k):
    try:
        return d[k]
    except KeyError:
        return "default"
print(get_eafp("a"), get_eafp("b"))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    except TypeError as e:
        return "TypeError: " + str(e)
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), ("a", 1), (1, None)]])
it = iter([1, 2, 3])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("value", v)
results = []
for v in [1, 0, "2", None, [3]]:
    try:
        results.append(10 // v)
    except ZeroDivisionError as e:
        results.append("ZDE")
    except TypeError as e:
        results.append(str(e))
print(results)
def validate(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
for a in [5, -1, "x", 3.5, 0]:
    try:
        print("valid", validate(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
count = 0
for i in range(1000):
    try:
        if i % 7 == 0:
            raise ValueError
        count += 1
    except ValueError:
        count -= 1
print(count)
