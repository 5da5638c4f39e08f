# os and os.path: files and directories, walk, stat, environ, path manipulation, fds, errors
import os, os.path
from os import path as osp
base = os.path.join(os.getcwd(), "stdlib_a_os_tmp")
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for d in dirs: os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(base + "/a/b/c")
os.makedirs(base + "/a/b/c", exist_ok=True)
try: os.makedirs(base + "/a")
except FileExistsError as e: print("FileExistsError", e.errno, e.strerror, e.filename == base + "/a")
with open(base + "/a/f.txt", "w") as f: f.write("hello")
print(os.path.getsize(base + "/a/f.txt"), os.path.isfile(base + "/a/f.txt"), os.path.isdir(base + "/a"), os.path.exists(base + "/nope"))
print(sorted(os.listdir(base + "/a")))
os.rename(base + "/a/f.txt", base + "/a/g.txt")
print(sorted(os.listdir(base + "/a")))
for root, dirs, files in os.walk(base):
    print(root[len(base):], sorted(dirs), sorted(files))
try: os.remove(base + "/nope")
except FileNotFoundError as e: print(e.errno, e.filename == base + "/nope", type(e).__name__)
try: os.rmdir(base + "/a")
except OSError as e: print(type(e).__name__, e.errno, e.strerror)
try: os.listdir(base + "/a/g.txt")
except OSError as e: print(type(e).__name__, e.errno, e.strerror)
try: os.remove(base + "/a")
except OSError as e: print(type(e).__name__, e.errno, e.strerror)
os.unlink(base + "/a/g.txt")
print(osp.join("a", "b", "/c", "d"), osp.join("a/", "b"), osp.join("", "x"), osp.split("/a/b/c"), osp.split("/a"), osp.split("//a"), osp.split("a/"))
print(osp.splitext("a/b.tar.gz"), osp.splitext(".bashrc"), osp.splitext("a/..b"), osp.splitext("x."), osp.basename("/a/b/"), osp.dirname("/a/b/"), osp.dirname("a"))
print(osp.normpath("/a/./b/../../c//d/"), osp.normpath("../a/../../b"), osp.normpath("//x/y"), osp.normpath("///x"), osp.normpath(""), osp.normpath("a/.."))
print(osp.isabs("/x"), osp.abspath("/a/../b"), osp.relpath("/a/b/c", "/a/d"), osp.relpath("/a", "/a"), osp.commonpath(["/a/b/c", "/a/b/d"]), osp.commonprefix(["abc", "abd"]))
os.environ["PYRS_A_HOME"] = "/home/x"
print(osp.realpath("/tmp/../tmp/./"), osp.realpath("/nonexist/../tmp"), osp.expandvars("$PYRS_A_HOME/a ${PYRS_A_HOME} $NOPE_X $"))
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.pathsep, os.devnull, os.extsep)
print(type(os.getpid()), os.cpu_count() >= 1, len(os.urandom(8)), os.getcwd() == os.path.abspath("."))
os.environ["PYRS_TEST_V"] = "42"
print(os.getenv("PYRS_TEST_V"), os.environ.get("PYRS_TEST_NOPE", "dflt"), "PYRS_TEST_V" in os.environ, os.getenv("NOPE_NOPE"))
del os.environ["PYRS_TEST_V"]
print(os.getenv("PYRS_TEST_V"))
st = os.stat(base)
print(st.st_mode & 0o170000 == 0o040000, len(st), st[0] == st.st_mode, type(st.st_mtime), isinstance(st.st_mtime_ns, int))
print(os.fspath("x"), os.fsencode("x"), os.strerror(2))
class P:
    def __fspath__(self): return base
print(osp.exists(P()), isinstance(P(), os.PathLike), os.path.join(P(), "z")[-1])
with os.scandir(base + "/a") as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
fd = os.open(base + "/raw", os.O_WRONLY | os.O_CREAT, 0o644); os.write(fd, b"abc"); os.close(fd)
fd = os.open(base + "/raw", os.O_RDONLY); print(os.read(fd, 10)); os.close(fd)
try: osp.join("a", b"b")
except TypeError as e: print(e)
try: os.stat(12.5)
except TypeError as e: print(e)
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
