# open(): write then read a text file under /tmp, then delete it
import os
path = "/tmp/pyrs_prog_with_file_03_%d.txt" % os.getpid()
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth\n"])
    print("wrote", n)
print(f.closed)
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    rest = f.readlines()
    print(rest)
    print(repr(f.readline()))
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    print("appended via print", 42, file=f)
with open(path) as f:
    lines = f.read().splitlines()
print(lines)
with open(path, "w", encoding="utf-8") as f:
    f.write("unicode: héllo €\n")
with open(path, encoding="utf-8") as f:
    print(f.read().strip())
with open(path, "rb") as f:
    data = f.read()
print(data, len(data))
with open(path, "wb") as f:
    f.write(bytes(range(10)))
with open(path, "rb") as f:
    print(f.read(3), f.read(), f.read())
print(os.path.exists(path), os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    with open(path) as f:
        pass
except OSError as e:
    print(type(e).__name__, isinstance(e, OSError))
