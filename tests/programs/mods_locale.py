# locale: the C locale's settings, conventions and helpers.
import locale
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_NUMERIC, "C"), locale.setlocale(locale.LC_TIME, "POSIX"))
print(sorted(locale.localeconv().items()))
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.str(1.5), locale.str(1/3), locale.str(1e20), locale.format_string('%d|%.2f|%s', (1234567, 1234.5, 'x'), grouping=True))
print(locale.format_string('%(a)s-%(b)d', {'a': 'x', 'b': 3}), locale.atof("3.25"), locale.atoi("42"), locale.atof("2", int))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("x", "x"), locale.strxfrm("abc"))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm), locale.delocalize("1.5"), locale.localize("1.5"))
print(locale.normalize('en_US.utf8'), locale.normalize('de_DE'), locale.normalize('C'), locale.normalize('fr_FR.ISO-8859-1'), locale.normalize('xx_YY.utf8'))
print(locale.getlocale(locale.LC_NUMERIC), locale.CHAR_MAX, locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_COLLATE)
for bad in [lambda: locale.setlocale(locale.LC_ALL, "xx_XX.BOGUS"), lambda: locale.currency(1.5),
            lambda: locale.setlocale(99), lambda: locale.strcoll(1, "a")]:
    try:
        print(bad())
    except (locale.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(locale.Error, Exception))
