"""CSV reading and writing (pyrs-nogil): CPython 3.11's `csv` module in Python.

reader, writer, DictReader, DictWriter, dialects (excel, excel-tab, unix), the QUOTE_*
constants, register_dialect/get_dialect/list_dialects, field_size_limit and Error.
"""

import re
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'unix_dialect', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'field_size_limit', 'DictReader', 'DictWriter',
           'Sniffer', '__version__']

__version__ = '1.0'
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_field_limit = 131072


class Error(Exception):
    pass


class Dialect:
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


class _Params:
    __slots__ = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                 'lineterminator', 'quoting', 'strict')

    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in self.__slots__:
            setattr(self, name, kw.get(name, getattr(dialect, name, None)))
        if self.delimiter is None:
            self.delimiter = ','
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.doublequote is None:
            self.doublequote = True
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


def register_dialect(name, dialect=excel, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    d = type(name, (dialect if isinstance(dialect, type) else excel,), dict(fmtparams))
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class _Reader:
    def __init__(self, f, dialect='excel', **kw):
        self._it = iter(f)
        self.dialect = _Params(dialect, kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start'
        quoted = False
        while True:
            line = next(self._it)
            self.line_num += 1
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if state == 'start':
                    if c in '\r\n':
                        if not fields and not field and not quoted:
                            i += 1
                            continue
                        break
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted = True
                    elif c == d.delimiter:
                        fields.append(self._value(field, quoted))
                        field, quoted = [], False
                    elif c == ' ' and d.skipinitialspace and not field:
                        pass
                    elif c == d.escapechar:
                        state = 'escape'
                    else:
                        field.append(c)
                        state = 'field'
                elif state == 'field':
                    if c in '\r\n':
                        break
                    if c == d.delimiter:
                        fields.append(self._value(field, quoted))
                        field, quoted, state = [], False, 'start'
                    elif c == d.escapechar:
                        state = 'escape'
                    else:
                        field.append(c)
                elif state == 'escape':
                    field.append(c)
                    state = 'field'
                elif state == 'quoted':
                    if c == d.quotechar:
                        state = 'quote_in_quoted'
                    elif c == d.escapechar:
                        state = 'escape_in_quoted'
                    else:
                        field.append(c)
                elif state == 'escape_in_quoted':
                    field.append(c)
                    state = 'quoted'
                elif state == 'quote_in_quoted':
                    if c == d.quotechar and d.doublequote:
                        field.append(c)
                        state = 'quoted'
                    elif c == d.delimiter:
                        fields.append(self._value(field, quoted))
                        field, quoted, state = [], False, 'start'
                    elif c in '\r\n':
                        state = 'start'
                        break
                    elif d.strict:
                        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                    else:
                        field.append(c)
                        state = 'field'
                i += 1
            else:
                if state in ('quoted', 'escape_in_quoted'):
                    continue
                if state == 'escape':
                    field.append('\n')
                    state = 'field'
                    continue
            if state in ('quoted', 'escape_in_quoted'):
                field.append('\n')
                continue
            if not fields and not field and not quoted and state == 'start' and i >= n:
                return []
            fields.append(self._value(field, quoted))
            return fields

    def _value(self, chars, quoted):
        s = ''.join(chars)
        if len(s) > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s:
            return float(s)
        return s


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    def __init__(self, f, dialect='excel', **kw):
        self._f = f
        self.dialect = _Params(dialect, kw)

    def _field(self, v):
        d = self.dialect
        if v is None:
            s = ''
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        if d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not isinstance(v, (int, float))):
            quote = True
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            quote = (s == '' and False) or any(ch in s for ch in (d.delimiter, d.quotechar, '\r', '\n')) \
                or (s[:1] == ' ' and False)
        if d.quoting == QUOTE_NONE:
            if d.escapechar:
                for ch in (d.escapechar, d.delimiter, d.quotechar):
                    if ch:
                        s = s.replace(ch, d.escapechar + ch)
            elif any(ch in s for ch in (d.delimiter, '\r', '\n')):
                raise Error('need to escape, but no escapechar set')
            return s
        if d.quotechar and d.quotechar in s:
            if d.doublequote:
                s = s.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar:
                s = s.replace(d.quotechar, d.escapechar + d.quotechar)
            else:
                raise Error('need to escape, but no escapechar set')
        if quote:
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        if len(items) == 1 and (items[0] == '' or items[0] is None):
            if self.dialect.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = self.dialect.quotechar * 2
        else:
            line = self.dialect.delimiter.join(self._field(v) for v in items)
        return self._f.write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, **fmtparams)


# CPython's reader and writer types and Error come from `_csv`: their names show in reprs and
# in the last line of a traceback.
_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Reader.__module__ = _Writer.__module__ = Error.__module__ = '_csv'


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def has_header(self, sample):
        rows = list(reader(StringIO(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:]
        def numeric(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        return any(not numeric(h) and all(numeric(r[i]) for r in body if i < len(r))
                   for i, h in enumerate(header))
