# regen: full-stderr
import traceback, warnings, sys, logging, os


def clean(s):
    # Printed paths without the directory the test runs from.
    return s.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


_format_warning = warnings.formatwarning


def format_warning(message, category, filename, lineno, line=None):
    # Warnings name the file without its directory (the expected output must not depend on it).
    import linecache
    if line is None:
        line = linecache.getline(filename, lineno)
    return _format_warning(message, category, os.path.basename(filename), lineno, line)


warnings.formatwarning = format_warning


def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x)
def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        raise LookupError(f"lookup of {x!r} failed") from e
try:
    level1("zz")
except LookupError:
    traceback.print_exc()
    print("----")
    et, ev, tb = sys.exc_info()
    print("".join(traceback.format_exception_only(et, ev)), end="")
    print(len(traceback.extract_tb(tb)), traceback.extract_tb(tb)[-1].name, traceback.extract_tb(tb)[-1].line)
    s = traceback.format_exc()
    print(s.count("\n"), s.splitlines()[-1])
warnings.warn("this is deprecated", DeprecationWarning)
warnings.warn("user warning here")
def old():
    warnings.warn("old() is old", DeprecationWarning, stacklevel=2)
old()
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("started %d", 5)
log.debug("hidden")
log.warning("careful")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("math failed")
stack = traceback.format_stack()
print(len(stack) >= 1, clean(stack[-1]).strip().splitlines()[0][:20])
class Bad:
    def __init__(self):
        self.setup()
    def setup(self):
        raise NotImplementedError("subclass must implement")
def make():
    items = [Bad() for _ in range(2)]
try:
    make()
except NotImplementedError as e:
    tb = e.__traceback__
    print([f.f_code.co_name for f, _ in traceback.walk_tb(tb)])
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
traceback.print_exception(ZeroDivisionError("no tb"))
print(traceback.format_exception_only(SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n"))))
e = ValueError("noted"); e.add_note("note one"); e.add_note("note two")
traceback.print_exception(e)
eg = ExceptionGroup("group", [ValueError("v"), ExceptionGroup("inner", [TypeError("t")])])
traceback.print_exception(eg)
def g():
    yield 1
    raise KeyError("from gen")
sys.stderr.write("final\n")
list(g())
