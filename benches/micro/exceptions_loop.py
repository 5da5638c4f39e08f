# try/except in loops: raising, catching by class, finally, dict KeyError, int() ValueError.
class MyErr(Exception):
    pass
def f(i):
    if i % 3 == 0:
        raise MyErr(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i
tot = 0
d = {}
for i in range(300000):
    try:
        tot += f(i)
    except MyErr as e:
        tot += 1
    except KeyError:
        tot += 2
    finally:
        tot += 1
    try:
        d[i]
    except KeyError:
        pass
for s in ["1", "x", "2", "y"] * 20000:
    try:
        tot += int(s)
    except ValueError:
        tot -= 1
print(tot)
