"""`_pickle`: CPython's C accelerator of `pickle`; here the names that `pickle` defines for it
(the classes whose `__module__` is `_pickle`) and the functions."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                    dump, dumps, load, loads)
