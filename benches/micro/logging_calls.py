# logging: logger calls filtered by level and emitted to a StringIO handler with a formatter.
import logging, io
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log = logging.getLogger("bench")
log.addHandler(h)
log.setLevel(logging.INFO)
log.propagate = False
for i in range(20000):
    log.debug("skip %d", i)
    log.info("value %d of %s", i, "x")
    if i % 10 == 0:
        log.warning("warn %s", i)
print(len(buf.getvalue()))
