"""site (pyrs-nogil): the path-configuration values of CPython 3.11's `site`, computed from
sys.prefix and the user's home directory. pyrs-nogil loads no .pth files and adds no
site-packages directories to sys.path at start-up; addsitedir() appends a directory."""

import os
import sys

__all__ = ["ENABLE_USER_SITE", "PREFIXES", "USER_SITE", "USER_BASE", "getsitepackages",
           "getuserbase", "getusersitepackages", "addsitedir", "main"]

PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = True
USER_SITE = None
USER_BASE = None


def _pyver():
    return 'python%d.%d' % sys.version_info[:2]


def getuserbase():
    global USER_BASE
    if USER_BASE is None:
        env = os.environ.get("PYTHONUSERBASE")
        USER_BASE = env if env else os.path.expanduser("~/.local")
    return USER_BASE


def getusersitepackages():
    global USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        USER_SITE = os.path.join(userbase, 'lib', _pyver(), 'site-packages')
    return USER_SITE


def getsitepackages(prefixes=None):
    sitepackages = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        sitepackages.append(os.path.join(prefix, 'lib', _pyver(), 'site-packages'))
    return sitepackages


def addsitedir(sitedir, known_paths=None):
    if sitedir not in sys.path:
        sys.path.append(sitedir)
    return known_paths


def main():
    pass


getusersitepackages()
