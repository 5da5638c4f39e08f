# Module-level and class-body name loads and stores go through per-site entry hints
# (interp/helpers.rs load_name_at / store_name_at). A hint is only a guess: deletions,
# re-insertions, namespace rebuilds, globals() writes and shadowing builtins must all be seen.
total = 0
for i in range(50):
    total = total + i
print("sum", total)

# The same load site sees a name deleted and re-created (at another entry index).
x = 1
seen = []
for step in range(6):
    try:
        seen.append(x)
    except NameError as e:
        seen.append(str(e))
    if step == 1:
        del x
    elif step == 3:
        for k in range(40):          # grow the namespace so x lands elsewhere
            globals()["filler_%d" % k] = k
        x = "back"
print(seen)

# Writes through globals() are seen by a hinted load site, and vice versa.
y = 0
for k in range(5):
    globals()["y"] = y + 10
    y = y + 1
print("y", y)

# A module-level name shadowing a builtin, then removed: the site falls back to builtins.
out = []
for k in range(4):
    out.append(len("abc"))
    if k == 0:
        len = lambda s: -1
    elif k == 2:
        del len
print(out)


# Class bodies: the namespace is the class's own dict while the body runs.
class C:
    a = 1
    for j in range(3):
        a = a + j
    b = a * 2
    try:
        print(undefined_in_class)
    except NameError as e:
        print("class body:", e)


print(C.a, C.b, sorted(k for k in vars(C) if not k.startswith("__")))

# A namespace that is not an exact dict (exec with a dict subclass) keeps the general path.
class Loud(dict):
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return dict.__getitem__(self, k)


ns = Loud()
exec("r = []\nfor q in range(3):\n    r.append(magic + q)\n", {}, ns)
print(ns["r"])
try:
    exec("print(nothing_here)")
except NameError as e:
    print("NameError:", e)
