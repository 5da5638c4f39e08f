"""Resource usage information (pyrs-nogil): CPython 3.11's `resource` module on Linux, over
the C library's getrusage/getrlimit/setrlimit (native `_pyrs_proc`).

Offers getrusage (struct_rusage), getrlimit, setrlimit, getpagesize, the RLIMIT_*/RUSAGE_*
constants and `error` (OSError). Not offered: prlimit."""
#@native *

import _pyrs_proc

error = OSError

RLIMIT_CPU = 0
RLIMIT_FSIZE = 1
RLIMIT_DATA = 2
RLIMIT_STACK = 3
RLIMIT_CORE = 4
RLIMIT_RSS = 5
RLIMIT_NPROC = 6
RLIMIT_NOFILE = 7
RLIMIT_OFILE = 7
RLIMIT_MEMLOCK = 8
RLIMIT_AS = 9
RLIMIT_LOCKS = 10
RLIMIT_SIGPENDING = 11
RLIMIT_MSGQUEUE = 12
RLIMIT_NICE = 13
RLIMIT_RTPRIO = 14
RLIMIT_RTTIME = 15
RLIM_INFINITY = -1
RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1

_RUSAGE_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
                  'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock',
                  'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage."""
    n_sequence_fields = 16
    n_fields = 16
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 16:
            raise TypeError(f"resource.struct_rusage() takes a 16-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'resource.struct_rusage(' + ', '.join(
            f'{n}={v!r}' for n, v in zip(_RUSAGE_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


for _i, _n in enumerate(_RUSAGE_FIELDS):
    setattr(struct_rusage, _n, property(lambda self, _i=_i: self[_i]))
del _i, _n


def getrusage(who):
    return struct_rusage(_pyrs_proc.getrusage(who))


def getrlimit(resource):
    return _pyrs_proc.getrlimit(resource)


def setrlimit(resource, limits):
    _pyrs_proc.setrlimit(resource, limits)


def getpagesize():
    return _pyrs_proc.getpagesize()
