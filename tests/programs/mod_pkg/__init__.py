# helper package (not a test)
PKG_NAME = "mod_pkg"
from .util import double
print("mod_pkg init")
