# regen: full-stderr
# Implicit chaining: exception raised while handling another one
def fetch(table, key, out):
    if key not in table:
        raise KeyError(key)
    out.append(table[key])


def lookup(table, key):
    out = []
    try:
        fetch(table, key, out)
    except KeyError:
        raise RuntimeError("lookup failed for " + key)
    print("found", out[0])


table = {"a": 1}
lookup(table, "a")
lookup(table, "b")
