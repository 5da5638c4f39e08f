# A logging call whose message cannot be formatted: the handler reports it on stderr with
# the traceback, the "Call stack:" of the logging call, the message and its arguments.
import io
import logging
import re
import sys

err = io.StringIO()
sys.stderr = err
log = logging.getLogger("app")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log.addHandler(h)
log.propagate = False


def caller():
    log.warning("%s and %s", "only one")


caller()
log.warning("fine %d", 3)
h.setFormatter(logging.Formatter("%(nosuchfield)s"))
log.error("bad format")
sys.stderr = sys.__stderr__
for line in err.getvalue().splitlines():
    # CPython's library directory differs between installations.
    print(re.sub(r'File ".*/(logging/__init__\.py|conf19_logging_error\.py)"', r'File "\1"', line))
