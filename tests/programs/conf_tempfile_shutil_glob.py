import tempfile, shutil, glob, os
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tmp"))
    for name in ["a.txt", "b.txt", "c.log"]:
        with open(os.path.join(d, name), "w") as f:
            f.write(name * 3)
    os.makedirs(os.path.join(d, "sub", "deep"))
    with open(os.path.join(d, "sub", "deep", "x.txt"), "w") as f: f.write("x")
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "*.txt"))))
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, "**", "*.txt"), recursive=True)))
    print(sorted(glob.glob("*.txt", root_dir=d)), glob.has_magic("a*"), glob.escape("a[b]*"))
    shutil.copy(os.path.join(d, "a.txt"), os.path.join(d, "sub"))
    print(sorted(os.listdir(os.path.join(d, "sub"))))
    shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "sub2"))
    print(sorted(os.listdir(os.path.join(d, "sub2"))), open(os.path.join(d, "sub2", "a.txt")).read())
    shutil.move(os.path.join(d, "c.log"), os.path.join(d, "moved.log"))
    shutil.rmtree(os.path.join(d, "sub"))
    print(sorted(os.listdir(d)))
    try: shutil.copyfile(os.path.join(d, "a.txt"), os.path.join(d, "a.txt"))
    except shutil.SameFileError as e: print("SameFileError")
    saved = d
print(os.path.exists(saved))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=True) as f:
    f.write("hello\nworld\n"); f.flush(); f.seek(0)
    print(f.read().splitlines(), f.name.endswith(".txt"), os.path.exists(f.name))
    n = f.name
print(os.path.exists(n))
fd, path = tempfile.mkstemp(prefix="pre_"); os.write(fd, b"data"); os.close(fd)
print(open(path).read(), os.path.basename(path).startswith("pre_")); os.remove(path)
dd = tempfile.mkdtemp(); print(os.path.isdir(dd)); os.rmdir(dd)
print(tempfile.gettempdir() == os.path.abspath(tempfile.gettempdir()))
with tempfile.TemporaryFile() as tf:
    tf.write(b"bytes"); tf.seek(0); print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sp:
    sp.write("spool"); sp.seek(0); print(sp.read())
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-cmd-xyz"))
