import io
import logging
import logging.config
import logging.handlers
import os
import queue
import sys

early = logging.getLogger("early.bird")
early_child_parent = logging.getLogger("kept")
kept_child = logging.getLogger("kept.child")
kept_child.setLevel(logging.ERROR)

config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "braces": {"format": "{name}: {message}", "style": "{"},
    },
    "filters": {
        "only_app": {"name": "app"},
    },
    "handlers": {
        "out": {
            "class": "logging.StreamHandler",
            "formatter": "brief",
            "level": "INFO",
            "stream": "ext://sys.stdout",
        },
        "out2": {
            "class": "logging.StreamHandler",
            "formatter": "braces",
            "stream": "ext://sys.stdout",
            "filters": ["only_app"],
        },
        "mem": {
            "class": "logging.handlers.MemoryHandler",
            "capacity": 2,
            "target": "out2",
        },
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out2"], "propagate": True},
        "kept": {"level": "WARNING"},
        "buffered": {"handlers": ["mem"], "propagate": False, "level": "DEBUG"},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
}
logging.config.dictConfig(config)
print(type(config["formatters"]["brief"]).__name__)   # the caller's dict is unchanged
logging.getLogger("app").debug("app debug (out2 only: root handler is INFO)")
logging.getLogger("app.sub").info("app.sub info")
logging.getLogger("other").warning("other warning")
logging.getLogger("other").info("other info hidden")
early.warning("disabled existing logger")
print(early.disabled, kept_child.disabled, kept_child.level, logging.getLogger("kept").level)
kept_child.warning("child of a configured logger")
buffered = logging.getLogger("buffered")
buffered.info("buffered one")
print("-- nothing yet")
buffered.info("buffered two")
print([h.name for h in logging.getLogger().handlers], [h.name for h in logging.getLogger("app").handlers])

for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
            {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
            {"version": 1, "formatters": {"f": {"format": "%(message)", "validate": True}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)

# Incremental: levels only
logging.config.dictConfig({
    "version": 1,
    "formatters": {"f": {"format": "%(message)s"}},
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                       "formatter": "f"}},
    "root": {"handlers": ["h"], "level": "INFO"},
})
logging.info("fresh config")
logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"h": {"level": "ERROR"}}})
logging.warning("hidden by handler level")
logging.error("shown")

# '()' factories and cfg:// references
class Tagged(logging.Filter):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "tags": {"main": "T1"},
    "formatters": {"f": {"()": logging.Formatter, "fmt": "[%(tag)s] %(message)s"}},
    "filters": {"t": {"()": Tagged, "tag": "cfg://tags.main"}},
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                       "formatter": "f", "filters": ["t"], ".": {"terminator": " <\n"}}},
    "root": {"handlers": ["h"], "level": "DEBUG"},
})
logging.debug("factories")
print(early.disabled)

# Rotating file handler
base = "/tmp/stdlib_c_rot_%d.log" % os.getpid()
rot = logging.handlers.RotatingFileHandler(base, maxBytes=30, backupCount=2)
rot.setFormatter(logging.Formatter("%(message)s"))
rl = logging.getLogger("rot")
rl.propagate = False
rl.addHandler(rot)
for i in range(6):
    rl.warning("line number %d", i)
rot.close()
for suffix in ["", ".1", ".2", ".3"]:
    p = base + suffix
    if os.path.exists(p):
        with open(p) as f:
            print(repr(suffix), f.read().splitlines())
        os.remove(p)
    else:
        print(repr(suffix), "absent")

# Queue handler and listener
q = queue.Queue()
qbuf = io.StringIO()
target = logging.StreamHandler(qbuf)
target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, target)
ql = logging.getLogger("queued")
ql.propagate = False
ql.addHandler(logging.handlers.QueueHandler(q))
listener.start()
for i in range(3):
    ql.warning("queued %d", i)
listener.stop()
print(qbuf.getvalue().splitlines())

mem_target = logging.StreamHandler(sys.stdout)
mh = logging.handlers.MemoryHandler(10, flushLevel=logging.ERROR, target=mem_target)
ml = logging.getLogger("memory")
ml.propagate = False
ml.addHandler(mh)
ml.warning("held")
print("-- before error")
ml.error("flushes all")
mh.close()
