# regen: full-stderr
import logging
import sys

log = logging.getLogger("app")
log.debug("hidden")
log.info("hidden")
log.warning("careful: %s", "last resort handler")
logging.warning("root configured now")
logging.info("still hidden at WARNING")
log.error("now through the root handler")
try:
    {}["k"]
except KeyError:
    logging.exception("lookup failed")
logging.critical("%d%% done", 50)
print("stdout line")
sys.exit(3)
