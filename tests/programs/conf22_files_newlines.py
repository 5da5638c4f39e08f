import os, tempfile, pathlib, shutil, io, glob, fnmatch, filecmp, stat
with tempfile.TemporaryDirectory() as td:
    base = pathlib.Path(td)
    (base / "sub" / "deep").mkdir(parents=True)
    p = base / "notes.txt"
    n = p.write_text("line one\nline two\n\nline four\n", encoding="utf-8")
    print(n, p.read_text().splitlines(), p.stat().st_size, p.suffix, p.stem, p.name, p.parent == base)
    with open(p, "a") as f:
        print("appended", file=f)
        f.write("more\n")
    with open(p) as f:
        for i, line in enumerate(f, 1):
            print(i, repr(line))
    with open(p, "rb") as f:
        print(f.read(8), f.tell(), f.seek(-5, 2), f.read())
    with open(p, "r+") as f:
        f.seek(5); f.write("ONE"); f.seek(0); print(f.readline(), end="")
    (base / "sub" / "a.py").write_bytes(b"print('hi')\n")
    (base / "sub" / "deep" / "b.txt").write_text("caf\u00e9", encoding="latin-1")
    try:
        (base / "sub" / "deep" / "b.txt").read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e.reason, e.start)
    print((base / "sub" / "deep" / "b.txt").read_text(encoding="utf-8", errors="replace"))
    for root, dirs, files in sorted(os.walk(td)):
        dirs.sort()
        print(os.path.relpath(root, td), sorted(dirs), sorted(files))
    print(sorted(str(q.relative_to(base)) for q in base.rglob("*")))
    print(sorted(os.path.basename(g) for g in glob.glob(os.path.join(td, "**", "*.*"), recursive=True)))
    print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.filter(["x.txt", "y.py"], "*.txt"), pathlib.PurePosixPath("/a/b/c.tar.gz").suffixes)
    shutil.copy(p, base / "copy.txt"); print(filecmp.cmp(p, base / "copy.txt", shallow=False))
    shutil.move(str(base / "copy.txt"), str(base / "sub" / "moved.txt")); print(sorted(os.listdir(base / "sub")))
    shutil.rmtree(base / "sub" / "deep"); print((base / "sub" / "deep").exists(), (base / "sub").is_dir(), p.is_file())
    try:
        open(base / "nope.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(base / "sub")
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        open(base / "sub")
    except IsADirectoryError as e:
        print("IsADirectoryError:", e.strerror)
    os.rename(p, base / "renamed.txt"); print(sorted(os.listdir(td)))
    os.remove(base / "renamed.txt"); print(os.path.exists(base / "renamed.txt"))
    with open(base / "x.bin", "wb") as f:
        f.write(bytes(range(256)))
    print(os.path.getsize(base / "x.bin"), stat.S_ISREG(os.stat(base / "x.bin").st_mode))
    with open(base / "nl.txt", "w", newline="") as f:
        f.write("a\r\nb\rc\n")
    with open(base / "nl.txt") as f:
        print(repr(f.read()), f.newlines)
    with open(base / "nl.txt", newline="") as f:
        print(f.readlines())
    f = open(base / "closed.txt", "w"); f.close()
    try:
        f.write("x")
    except ValueError as e:
        print("ValueError:", e)
    print(f.closed, f.name.endswith("closed.txt"), f.mode)
    with open(base / "w.txt", "w") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
print(os.path.join("a", "b", "/c"), os.path.splitext("x.tar.gz"), os.path.split("/a/b/"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.sep, os.path.dirname("/a/b.txt"))
p = pathlib.PurePath("/home/user/docs/report.final.pdf")
print(p.parts, p.with_suffix(".txt"), p.with_name("x.md"), p.parent.parent, p.match("*.pdf"), pathlib.PurePath("a") / "b" / "c", str(pathlib.PurePath("a/b/../c")))
