"""Fraction: exact rational numbers (pyrs-nogil).

Values are kept in lowest terms with a positive denominator; arithmetic with ints and
Fractions is exact, mixing with floats or complex numbers falls back to those types, and
hashing agrees with int and float for equal values, as in CPython 3.11.
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

_DIGITS = frozenset('0123456789')


def _digits_value(text):
    """int(text) for a run of digits with single underscores between them, else None."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    for ch in text:
        if ch not in _DIGITS and ch != '_':
            return None
    return int(text)


def _parse(s):
    """(numerator, denominator) of a Fraction literal, or None if malformed."""
    t = s.strip()
    sign = 1
    if t[:1] in ('+', '-'):
        if t[0] == '-':
            sign = -1
        t = t[1:]
    if not t or not (t[0] in _DIGITS or (t[0] == '.' and t[1:2] in _DIGITS)):
        return None
    if '/' in t:
        num, _, den = t.partition('/')
        n = _digits_value(num)
        d = _digits_value(den)
        if n is None or d is None:
            return None
        return sign * n, d
    mantissa, exp = t, 0
    for marker in ('e', 'E'):
        if marker in mantissa:
            mantissa, _, e = mantissa.partition(marker)
            esign = 1
            if e[:1] in ('+', '-'):
                if e[0] == '-':
                    esign = -1
                e = e[1:]
            ev = _digits_value(e)
            if ev is None:
                return None
            exp = esign * ev
            break
    whole, dot, frac = mantissa.partition('.')
    n = _digits_value(whole) if whole else 0
    if n is None:
        return None
    d = 1
    if dot:
        if frac:
            f = _digits_value(frac)
            if f is None:
                return None
            scale = 10 ** len(frac.replace('_', ''))
            n = n * scale + f
            d = scale
        elif not whole:
            return None
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


class Fraction(numbers.Rational):
    """Fraction(numerator=0, denominator=None): a rational number in lowest terms.

    Accepts two Rationals, a single Rational, a float (converted exactly) or a string such
    as '3/7', '-1.25' or '1e-3'."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, (int, complex)):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an int)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls._raw(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an int)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not hasattr(dec, 'as_integer_ratio'):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls._raw(*dec.as_integer_ratio())

    @classmethod
    def _raw(cls, n, d):
        # n/d already in lowest terms with d > 0
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q of self until q would exceed the
        # bound, then pick the better of the last convergent and the best semiconvergent.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        # semiconvergent (p_prev + k p) / (q_prev + k q) and convergent p / q
        if 2 * d * (q_prev + k * q) <= self._denominator:
            return Fraction._raw(p, q)
        return Fraction._raw(p_prev + k * p, q_prev + k * q)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: each operator is built from an exact Fraction op plus the float/complex
    # fallbacks, the way numbers.Rational implementations are expected to do it.

    def _operator_fallbacks(monomorphic, fallback, name):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic(a, b)
            if isinstance(b, int):
                return monomorphic(a, Fraction._raw(b, 1))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + name + '__'
        forward.__doc__ = monomorphic.__doc__

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + name + '__'
        reverse.__doc__ = monomorphic.__doc__
        return forward, reverse

    # Knuth 4.5.1: take gcds of the (usually small) denominators and cross terms instead of
    # normalising the (usually big) full result.

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._raw(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction._raw(t, s * db)
        return Fraction._raw(t // g2, s * (db // g2))

    __add__, __radd__ = _operator_fallbacks(_add, operator.add, 'add')

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._raw(na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction._raw(t, s * db)
        return Fraction._raw(t // g2, s * (db // g2))

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub, 'sub')

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._raw(na * nb, db * da)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul, 'mul')

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * db))
        na, da = a._numerator, a._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._raw(n, d)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv, 'truediv')

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv, 'floordiv')

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, 'divmod')

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod, 'mod')

    def __pow__(a, b):
        """a ** b: exact for integral b, else a float (or complex) power."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._raw(a._numerator ** power, a._denominator ** power)
                if a._numerator > 0:
                    return Fraction._raw(a._denominator ** -power, a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                return Fraction._raw((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._raw(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._raw(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._raw(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]): halves go to the even neighbour."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """The numeric hash: equal to hash(int) and hash(float) for equal values."""
        d = self._denominator
        if d % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            inverse = pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _operator_fallbacks
