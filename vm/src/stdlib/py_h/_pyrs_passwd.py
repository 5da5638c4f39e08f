"""The shared part of pyrs-nogil's `pwd` and `grp`: struct-sequence classes and a reader
of colon-separated database files (/etc/passwd, /etc/group; no NSS)."""


def struct_seq(module, name, fields, doc):
    """A tuple subclass with named read-only fields, printed as module.name(f=v, ...)."""
    n = len(fields)

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != n:
            raise TypeError(f"{module}.{name}() takes a {n}-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return f'{module}.{name}(' + ', '.join(f'{f}={v!r}' for f, v in zip(fields, self)) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          '__doc__': doc, '__module__': module, 'n_sequence_fields': n, 'n_fields': n,
          'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)


def read_db(path):
    """The lines of a colon-separated database file, split into fields."""
    rows = []
    try:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                line = line.rstrip('\n')
                if line and not line.startswith('#'):
                    rows.append(line.split(':'))
    except OSError:
        pass
    return rows
