# packages, relative imports inside package, circular imports
import mod_pkg
print(mod_pkg.PKG_NAME, mod_pkg.double(4))
from mod_pkg import sub
print(sub.VALUE, sub.both(5))
from mod_pkg.util import triple
print(triple(7))
import mod_pkg.util as u
print(u.double(u.triple(2)), u is mod_pkg.util)
import sys
print(sorted(k for k in sys.modules if k.startswith("mod_pkg")))
import mod_cycle_a
print(mod_cycle_a.from_a(), mod_cycle_a.mod_cycle_b.from_b())
import mod_cycle_b
print(mod_cycle_b.from_b(), mod_cycle_b.mod_cycle_a is mod_cycle_a)
print(mod_pkg.__name__, sub.__name__, mod_pkg.util.__name__)
