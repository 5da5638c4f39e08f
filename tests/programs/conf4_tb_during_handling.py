# regen: full-stderr
def parse(s):
    return int(s)
def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError:
            out.append(undefined_helper(it))
    return out
print(load(["1", "2"]))
load(["1", "x"])
