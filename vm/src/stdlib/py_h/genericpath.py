"""genericpath (pyrs-nogil): the path functions shared by posixpath and ntpath in CPython,
taken here from `posixpath`."""

import os
import stat
from posixpath import (exists, isfile, isdir, getsize, getmtime, getatime, getctime,
                       commonprefix, samefile, sameopenfile, samestat)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']
