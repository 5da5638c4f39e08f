# fileinput over several files and stdin ('-'), line counters, in-place editing with a
# backup, openhook, errors.
import fileinput, os, sys, tempfile

d = tempfile.mkdtemp()
a = os.path.join(d, "a.txt")
b = os.path.join(d, "b.txt")
with open(a, "w") as f:
    f.write("alpha\nbeta\n")
with open(b, "w") as f:
    f.write("gamma\ndelta\nepsilon")

for line in fileinput.input([a, b]):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
fileinput.close()

with fileinput.input(files=(a, "-", b)) as f:
    for line in f:
        name = f.filename()
        print(name if f.isstdin() else os.path.basename(name), f.lineno(), line.rstrip())
        if f.filelineno() == 1 and not f.isstdin() and name == a:
            f.nextfile()

with fileinput.FileInput(a, inplace=True, backup=".orig") as f:
    for line in f:
        print(line.upper(), end="")
print(open(a).read(), open(a + ".orig").read(), sep="|")

with fileinput.input(b, mode="rb") as f:
    print(list(f))
with fileinput.input(b, openhook=fileinput.hook_encoded("ascii")) as f:
    print(f.readline(), f.lineno())

fileinput.input([a])
try:
    fileinput.input([b])
except RuntimeError as e:
    print("RuntimeError", e)
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    fileinput.FileInput(a, mode="w")
except ValueError as e:
    print("ValueError", e)
try:
    for line in fileinput.input(os.path.join(d, "missing.txt")):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
fileinput.close()
