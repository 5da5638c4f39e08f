# file IO, pathlib, tempfile, io, os
import os, io, tempfile, pathlib, shutil, glob, json, pickle, sys
d = tempfile.mkdtemp(prefix="conf24_")
try:
    p = pathlib.Path(d)
    f = p / "notes.txt"
    f.write_text("line one\nline two\n\nlast line no newline", encoding="utf-8")
    print(f.name, f.suffix, f.stem, f.parent == p, f.exists(), f.is_file(), p.is_dir(), f.stat().st_size)
    with open(f) as fh:
        print(repr(fh.readline()), repr(fh.readline(3)), fh.tell())
        print([l.rstrip("\n") for l in fh])
    with f.open("a") as fh:
        fh.write("\nappended\n"); print(fh.write("x" * 3))
    print(f.read_text().splitlines()[-2:], len(f.read_bytes()))
    with open(f, "rb") as fh:
        fh.seek(5); print(fh.read(3), fh.tell()); fh.seek(-4, 2); print(fh.read())
    with open(f, "r+") as fh:
        fh.seek(0); fh.write("LINE"); fh.seek(0); print(fh.readline())
    (p / "sub").mkdir(); (p / "sub" / "a.py").write_text("print(1)"); (p / "sub" / "b.json").write_text(json.dumps({"k": [1, 2]}))
    print(sorted(x.name for x in p.iterdir()), sorted(x.name for x in p.glob("**/*.py")), sorted(os.listdir(p / "sub")))
    print(sorted(os.path.basename(g) for g in glob.glob(os.path.join(d, "*", "*"))))
    for root, dirs, files in os.walk(d):
        print(os.path.relpath(root, d), sorted(dirs), sorted(files))
    with open(p / "sub" / "b.json") as fh: print(json.load(fh))
    pk = p / "data.pkl"
    obj = {"t": (1, 2), "s": {3}, "n": None, "f": 1.5, "b": b"x", "nested": [{"a": 1}]}
    with open(pk, "wb") as fh: pickle.dump(obj, fh)
    with open(pk, "rb") as fh: print(pickle.load(fh) == obj)
    os.rename(f, p / "renamed.txt"); print(f.exists(), (p / "renamed.txt").exists())
    shutil.copy(p / "renamed.txt", p / "copy.txt"); print((p / "copy.txt").read_text()[:8])
    os.remove(p / "copy.txt")
    try: open(p / "missing.txt")
    except FileNotFoundError as e: print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try: os.mkdir(p / "sub")
    except FileExistsError as e: print("FileExistsError", e.errno)
    try: open(p / "sub")
    except IsADirectoryError as e: print("IsADirectoryError", e.strerror)
    with open(p / "bin.dat", "wb") as fh: fh.write(bytes(range(256)))
    with open(p / "bin.dat", "rb") as fh: data = fh.read(); print(len(data), data[:5], data[-3:])
    with open(p / "enc.txt", "w", encoding="latin-1") as fh: fh.write("café")
    with open(p / "enc.txt", "rb") as fh: print(fh.read())
    try:
        with open(p / "enc.txt", encoding="utf-8") as fh: fh.read()
    except UnicodeDecodeError as e: print("UnicodeDecodeError:", e)
    with open(p / "enc.txt", encoding="utf-8", errors="replace") as fh: print(fh.read())
    with open(p / "nl.txt", "w", newline="") as fh: fh.write("a\r\nb\rc\n")
    with open(p / "nl.txt") as fh: print(repr(fh.read()))
    with open(p / "nl.txt", newline="") as fh: print(fh.readlines())
    print(pathlib.PurePosixPath("/a/b/c.tar.gz").suffixes, pathlib.PurePosixPath("a/b").parts, pathlib.PurePosixPath("/a/b/../c").as_posix(), pathlib.PurePosixPath("x.txt").with_suffix(".md"), pathlib.PurePosixPath("/a/b/c").relative_to("/a"))
    s = io.StringIO(); print("hello", file=s); s.write("world"); print(repr(s.getvalue()), s.tell())
    b = io.BytesIO(b"abcdef"); b.seek(2); print(b.read(2), b.getvalue(), b.read())
    fh = open(p / "closed.txt", "w"); fh.close(); print(fh.closed)
    try: fh.write("x")
    except ValueError as e: print("ValueError:", e)
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
