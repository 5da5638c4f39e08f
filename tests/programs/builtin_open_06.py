# open(): text file write/read/append/readlines/seek/tell, then delete
import os
path = "/tmp/pyrs_prog_builtin_open_06_%d.txt" % os.getpid()
f = open(path, "w")
print(f.write("alpha\nbeta\ngamma\n"), f.closed)
f.close()
print(f.closed)
f = open(path)
print(f.read(5), repr(f.read(1)), repr(f.readline()), f.readlines())
print(repr(f.read()))
f.seek(0)
print(f.tell(), repr(f.readline()), f.tell())
f.close()
with open(path, "a") as f:
    f.write("delta\n")
    print("epsilon", 5, sep="=", file=f)
with open(path) as f:
    lines = [l.rstrip("\n") for l in f]
print(lines, len(lines))
with open(path) as f:
    print(sum(1 for _ in f))
with open(path, "r+") as f:
    f.write("ALPHA")
    f.seek(0)
    print(f.readline().strip())
words = {}
with open(path) as f:
    for line in f:
        for ch in line.strip():
            words[ch] = words.get(ch, 0) + 1
print(sorted(words.items())[:8])
with open(path, "w") as f:
    for i in range(100):
        f.write(f"{i},{i * i},{i % 7}\n")
total = 0
with open(path) as f:
    for line in f:
        a, b, c = map(int, line.split(","))
        total += b * c
print("total", total)
with open(path, "x" if False else "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
os.remove(path)
print(os.path.exists(path))
try:
    open(path, "r")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    with open(path, "w") as f:
        f.write(123)
except TypeError as e:
    print("TypeError:", e)
finally:
    if os.path.exists(path):
        os.remove(path)
print(os.path.exists(path))
