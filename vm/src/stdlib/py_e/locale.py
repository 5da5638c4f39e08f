"""Locale services (pyrs-nogil): the runtime always runs in the "C" locale (UTF-8 text), so
setlocale() accepts only "C", "POSIX" and "" (the user default, which is "C" here) and the
formatting helpers follow the C locale's conventions (decimal point '.', no grouping, no
currency symbol). The API follows CPython 3.11's locale module."""

import builtins as _builtins
import os as _os

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "delocalize", "localize"]

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL)


class Error(Exception):
    pass


def setlocale(category, locale=None):
    """Set (or, with locale None, query) the locale of category. Only the C locale exists
    here: "C", "POSIX" and "" select it; anything else raises locale.Error."""
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category not in _CATEGORIES:
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtins.str):
        # A (language code, encoding) pair, as getlocale() returns.
        locale = _build_localename(locale)
    if locale is None or locale in ("", "C", "POSIX"):
        return "C"
    raise Error("unsupported locale setting")


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def getencoding():
    """The locale encoding: UTF-8 here."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding used for text data: UTF-8 here."""
    return 'UTF-8'


def strcoll(a, b):
    """Compare two strings by the C locale's collation (code point order): negative, zero
    or positive."""
    for pos, arg in ((1, a), (2, b)):
        if not isinstance(arg, _builtins.str):
            raise TypeError("strcoll() argument %d must be str, not %s"
                            % (pos, type(arg).__name__))
    return (a > b) - (a < b)


def strxfrm(string):
    """A key whose ordering matches strcoll(): the string itself in the C locale."""
    if not isinstance(string, _builtins.str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category: (None, None) in the C locale."""
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(setlocale(category))


def resetlocale(category=LC_ALL):
    """Set category to the default locale (the C locale)."""
    setlocale(category, "")


_ALIASES = {'c': 'C', 'posix': 'C', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
            'en_gb': 'en_GB.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
            'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'c.utf8': 'C.UTF-8',
            'en_us.utf8': 'en_US.UTF-8', 'ja_jp': 'ja_JP.eucJP'}
_ENCODINGS = {'utf8': 'UTF-8', 'iso88591': 'ISO8859-1', 'latin1': 'ISO8859-1',
              'iso885915': 'ISO8859-15', 'ascii': 'ISO8859-1', 'eucjp': 'eucJP'}


def normalize(localename):
    """A normalized locale code (language_TERRITORY.ENCODING) for the names in this
    module's alias table, a small subset of CPython's; other names are returned unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    lookup = langname
    if encoding:
        norm_encoding = encoding.replace('-', '').replace('_', '')
        lookup = langname + '.' + norm_encoding
        if lookup in _ALIASES:
            return _ALIASES[lookup] + ('@' + modifier if modifier else '')
    if lookup in _ALIASES or langname in _ALIASES:
        base = _ALIASES.get(lookup) or _ALIASES[langname]
        if encoding:
            enc = _ENCODINGS.get(encoding.replace('-', '').replace('_', ''))
            if enc is None:
                return localename
            base = base.split('.')[0] + '.' + enc
        return base + ('@' + modifier if modifier else '')
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the first of envvars that is set."""
    for variable in envvars:
        localename = _os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def format_string(f, val, grouping=False, monetary=False):
    """Format val with the %-format f under the locale's conventions (the C locale's here:
    grouping adds no separators)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Format val as currency: impossible in the C locale (ValueError)."""
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """Convert a float to a string like str() (the C locale's decimal point)."""
    return "%.12g" % val


def delocalize(string):
    """Parse a localized number string into a normalized one (a no-op in the C locale)."""
    return string


def localize(string, grouping=False, monetary=False):
    """Localize a normalized number string (a no-op in the C locale)."""
    return string


def atof(string, func=float):
    """Parse a localized number with func (float by default)."""
    return func(delocalize(string))


def atoi(string):
    """Parse a localized integer."""
    return int(delocalize(string))
