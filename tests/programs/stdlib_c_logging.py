import io
import logging
import sys

# Nothing configured: the last-resort handler prints WARNING and up, bare.
sys.stderr = sys.stdout
logging.getLogger("quiet").info("not shown")
logging.getLogger("quiet").warning("last resort %s", "message")
print(logging.root.handlers)

# Module-level functions configure the root logger (stderr, BASIC_FORMAT).
logging.warning("root warning %d", 1)
logging.info("root info hidden")
logging.error("root error")
print(logging.root.handlers, logging.root.level, logging.getLogger().getEffectiveLevel())
logging.basicConfig(level=logging.DEBUG)   # no effect: handlers exist
logging.debug("still hidden")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s|%(name)s|%(message)s",
                    force=True, stream=sys.stdout)
logging.debug("now shown")
logging.critical("critical %s and %r", "args", "repr")
log = logging.getLogger("app.db")
log.info("from child: %(key)s", {"key": "mapping arg"})
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))
print(logging.getLevelName(logging.WARN), logging.getLevelName("WARN"), logging.FATAL)

# Hierarchy and propagation
parent = logging.getLogger("app")
print(log.parent is parent, parent.parent is logging.root, log.name, log.getChild("x").name)
deep = logging.getLogger("svc.a.b")
mid = logging.getLogger("svc.a")
print(deep.parent is mid, mid.parent is logging.root, logging.getLogger("svc.a.b") is deep)
print(repr(log), repr(logging.root), repr(mid))
parent.setLevel(logging.WARNING)
log.info("hidden by parent level")
log.warning("shown through parent level")
print(log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.ERROR))

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(name)s] %(levelname)s %(message)s (%(funcName)s:%(module)s)"))
parent.addHandler(h)
def work():
    log.error("in function")
work()
parent.propagate = False
log.error("not propagated to root")
print(buf.getvalue(), end="")
print(h, logging.NullHandler())
h.setLevel("ERROR")
print(h)
parent.removeHandler(h)
parent.propagate = True

# Filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
flog = logging.getLogger("filtered")
fbuf = io.StringIO()
fh = logging.StreamHandler(fbuf)
fh.addFilter(OnlyOdd())
flog.addHandler(fh)
flog.propagate = False
for i in range(5):
    flog.warning("n=%d", i)
flog.addFilter(lambda r: r.args[0] != 3)
for i in range(5):
    flog.warning("m=%d", i)
print(fbuf.getvalue().split())
f = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a", "x"]:
    print(name, bool(f.filter(logging.makeLogRecord({"name": name}))))

# Formatter styles
rec = logging.LogRecord("n", logging.INFO, "/p/mod.py", 42, "hello %s", ("world",), None, "fn")
print(rec, rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno, rec.funcName)
print(logging.Formatter().format(rec))
print(logging.Formatter("%(levelname)s:%(name)s:%(message)s").format(rec))
print(logging.Formatter("{levelname} - {message} - {lineno:>5}", style="{").format(rec))
print(logging.Formatter("$levelname / ${message}", style="$").format(rec))
print(logging.Formatter("%(message)s [%(custom)s]", defaults={"custom": "dflt"}).format(rec))
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
print(len(fmt.format(rec).split()[0]), fmt.usesTime(), logging.Formatter().usesTime())
for bad in [("%(message)", "%"), ("no fields", "{"), ("x", "$")]:
    try:
        logging.Formatter(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("x", style="^")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.Formatter("%(nope)s").format(rec)
except ValueError as e:
    print("ValueError:", e)

# Exceptions
ebuf = io.StringIO()
eh = logging.StreamHandler(ebuf)
eh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
elog = logging.getLogger("exc")
elog.propagate = False
elog.addHandler(eh)
try:
    1 / 0
except ZeroDivisionError:
    elog.exception("division failed")
try:
    int("x")
except ValueError as e:
    elog.error("with exc_info", exc_info=e)
elog.warning("extra: %(user)s", {"user": "u"}, extra={"ip": "1.2.3.4"})
import os
here = os.path.dirname(os.path.abspath(__file__)) + "/"
print(ebuf.getvalue().replace(here, "").replace("\n", "|\n"), end="")
try:
    elog.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError:", e)

# Levels and errors
for lv in ["DEBUG", 10, "INFO"]:
    l2 = logging.getLogger("lv")
    l2.setLevel(lv)
    print(l2.level, end=" ")
print()
try:
    logging.getLogger("lv").setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger("lv").setLevel(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger("lv").log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)

# Adapter
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs
adapter = Ctx(logging.getLogger("app.net"), {"conn": 7})
adapter.warning("adapted %d", 1)
print(adapter, adapter.name, adapter.isEnabledFor(logging.DEBUG))

# disable
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes")
logging.disable(logging.NOTSET)
logging.warning("enabled again")

# Bad arguments in a message go to handleError on stderr
logging.basicConfig(format="%(message)s", force=True, stream=sys.stdout, level=logging.INFO)
logging.info("%d items", 3)
print(logging.getLevelNamesMapping()["ERROR"])
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log", force=True)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print("ValueError:", e)

# FileHandler
path = "/tmp/stdlib_c_logging_%d.log" % os.getpid()
fhl = logging.getLogger("tofile")
fhl.propagate = False
fileh = logging.FileHandler(path, mode="w")
fileh.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
fhl.addHandler(fileh)
fhl.warning("line one")
fhl.error("line two")
fileh.close()
with open(path) as fp:
    print(fp.read(), end="")
print(repr(fileh).replace(path, "PATH"))
os.remove(path)
logging.shutdown()

# Caller information: funcName/lineno of the logging call, stacklevel goes outwards.
sbuf = io.StringIO()
sh = logging.StreamHandler(sbuf)
sh.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(module)s %(message)s"))
slog = logging.getLogger("stack")
slog.propagate = False
slog.addHandler(sh)
def helper_logs():
    slog.warning("level 1")
    slog.warning("level 2", stacklevel=2)
    slog.warning("too deep", stacklevel=50)
def caller_fn():
    helper_logs()
caller_fn()
slog.warning("module level")
print(sbuf.getvalue(), end="")
