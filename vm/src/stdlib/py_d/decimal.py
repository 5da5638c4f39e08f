"""Decimal fixed-point and floating-point arithmetic (pyrs-nogil).

Written for pyrs-nogil from the General Decimal Arithmetic specification and the
documentation of CPython's decimal module. It covers: construction from str, int, float,
tuple and Decimal; + - * / // % divmod, unary ops, abs, integer powers and sqrt, all
correctly rounded to the context precision with its rounding mode; quantize, normalize,
to_integral_value, compare/max/min, comparisons and hashing consistent with int and
float; str, repr and format(); contexts (getcontext, setcontext, localcontext, flags and
traps); exp, ln, log10 and non-integer powers, correctly rounded (integer kernels in
_decimal_math.py); the logical, next_*, rotate/shift, total-order and remainder_near
operations and most Context methods (_decimal_ops.py). Not provided: three-argument powers
(they raise NotImplementedError rather than give a wrong answer).
"""

# CPython runs this module in C (_decimal): its frames are left out of tracebacks
# (vm/src/stdlib/source_map.rs).
#@native *

import math as _math
import numbers as _numbers
import threading as _threading
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# In the order CPython lists them in a context's repr and in a trapped exception's args.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
            Subnormal, Underflow]
# Conditions that are reported through the signal they belong to.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class _SignalDict(dict):
    """The flags or traps of a context: a dict from signal to bool that prints as a list."""

    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (s.__name__, v) for s, v in self.items()) + '}'


class Context(object):
    """The environment of arithmetic operations: precision, rounding, exponent limits,
    flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        if flags is not None:
            for s in (flags.keys() if isinstance(flags, dict) else flags):
                self.flags[s] = bool(flags[s]) if isinstance(flags, dict) else True
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        if traps is None:
            base = dc.traps if dc else {InvalidOperation: True, DivisionByZero: True, Overflow: True}
            for s, v in base.items():
                self.traps[s] = v
        else:
            for s in (traps.keys() if isinstance(traps, dict) else traps):
                self.traps[s] = bool(traps[s]) if isinstance(traps, dict) else True

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name not in ('flags', 'traps'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags[s]]
        traps = [s.__name__ for s in _SIGNALS if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def _signal(self, conditions):
        """Set the flags of `conditions`; raise the first trapped one."""
        trapped = []
        for c in conditions:
            sig = _SIGNAL_OF.get(c, c)
            self.flags[sig] = True
            if self.traps[sig]:
                trapped.append((sig, c))
        if trapped:
            trapped.sort(key=lambda sc: _SIGNALS.index(sc[0]))
            raise trapped[0][0]([c for _, c in trapped])

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        if d._is_special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def add(self, a, b):
        return _conv(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _conv(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _conv(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _conv(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _conv(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _conv(a, True).__mod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(b, modulo, context=self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(context=self)

    def exp(self, a):
        return _conv(a, True).exp(context=self)

    def ln(self, a):
        return _conv(a, True).ln(context=self)

    def log10(self, a):
        return _conv(a, True).log10(context=self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def compare(self, a, b):
        return _conv(a, True).compare(b, context=self)

    def normalize(self, a):
        return _conv(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _conv(a, True).to_integral_value(context=self)


_local = _threading.local()


def getcontext():
    """The current thread's context."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        _local.context = ctx
        return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    manager = _ContextManager(getcontext() if ctx is None else ctx)
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(manager.new_context, k, v)
    return manager



# ---------------------------------------------------------------------------------------
# Decimal numbers: sign (0 or 1), integer coefficient, exponent; or a special value
# ('F' infinity, 'n' quiet NaN, 'N' signalling NaN, whose coefficient is the payload).

def _rounds_away(mode, sign, coef_kept, dropped, half):
    """Whether rounding away the `dropped` digits (as an int, against `half` = 5 * 10**(n-1))
    increments the kept coefficient."""
    if dropped == 0:
        return False
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return sign == 0
    if mode == ROUND_FLOOR:
        return sign == 1
    if mode == ROUND_05UP:
        return coef_kept % 5 == 0
    if dropped > half:
        return True
    if dropped < half:
        return False
    if mode == ROUND_HALF_UP:
        return True
    if mode == ROUND_HALF_DOWN:
        return False
    return coef_kept % 2 == 1


def _round_off(sign, coef, n, mode):
    """Drop the last `n` digits of `coef` with rounding `mode`: (new coef, inexact)."""
    if n <= 0:
        return coef, False
    p = 10 ** n
    kept, dropped = divmod(coef, p)
    if _rounds_away(mode, sign, kept, dropped, p // 2):
        kept += 1
    return kept, dropped != 0


def _ndigits(c):
    return len(str(c)) if c else 1


_WHITESPACE = ' \t\n\r\x0b\x0c'


def _parse(s):
    """(sign, coef, exp, special) from a numeric string, or None."""
    s = s.strip(_WHITESPACE)
    # Like CPython's C implementation, underscores are simply dropped.
    s = s.replace('_', '')
    if not s or not s.isascii():
        if s and all(ch.isdigit() or ch in '+-.eE' for ch in s):
            s = ''.join(str(int(ch)) if ch.isdigit() else ch for ch in s)
        else:
            return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, int(payload or '0'), 0, kind
    mant, e, exp_part = s.partition('E') if 'E' in s else s.partition('e')
    if e:
        if not exp_part or not (exp_part.lstrip('+-').isdigit() and exp_part[1:].lstrip('0123456789') == ''
                                and exp_part.count('+') + exp_part.count('-') <= 1
                                and exp_part.lstrip('+-') == exp_part[1 if exp_part[0] in '+-' else 0:]):
            return None
        exp = int(exp_part)
    else:
        exp = 0
    intpart, dot, frac = mant.partition('.')
    if not (intpart or frac) or (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    return sign, int(intpart + frac or '0'), exp - len(frac), ''


def _conv(other, strict=False):
    """`other` as a Decimal for arithmetic: Decimal and int only (NotImplemented otherwise,
    or TypeError when `strict`)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return NotImplemented


def _binop_error(op, a, b):
    def name(x):
        return 'decimal.Decimal' if isinstance(x, Decimal) else type(x).__name__
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, name(a), name(b)))


class Decimal(object):
    """Floating-point decimal number."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special', '_kind')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._kind = ''
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                ctx = context if context is not None else getcontext()
                ctx._signal([ConversionSyntax])
                return _nan(0, 0, 'n', cls)
            self._sign, self._int, self._exp, self._kind = p
        elif isinstance(value, bool) or isinstance(value, int):
            v = int(value)
            self._sign, self._int, self._exp = (1 if v < 0 else 0), abs(v), 0
        elif isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._kind = value._sign, value._int, value._exp, value._kind
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx.flags[FloatOperation] = True
            if ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            d = cls.from_float(value)
            self._sign, self._int, self._exp, self._kind = d._sign, d._int, d._exp, d._kind
        elif isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp in ('F', 'n', 'N'):
                self._kind = exp
                self._exp = 0
            elif isinstance(exp, int):
                self._exp = exp
            else:
                raise ValueError('exponent must be an integer')
            coef = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coef = coef * 10 + d
            self._sign, self._int = sign, (0 if exp == 'F' else coef)
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        self._is_special = self._kind != ''
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if _math.isinf(f):
            return cls('-Infinity' if f < 0 else 'Infinity')
        if _math.isnan(f):
            return cls('-NaN' if _math.copysign(1.0, f) < 0 else 'NaN')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return cls((sign, tuple(map(int, str(n * 5 ** k))), -k))

    # -- inspection ----------------------------------------------------------------------

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._kind == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, str(self._int))) if self._int or not self._kind else ()
        return DecimalTuple(self._sign, digits, self._kind or self._exp)

    def as_integer_ratio(self):
        if self._kind == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._is_special:
            raise ValueError('cannot convert NaN to integer ratio')
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = _math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    def is_nan(self):
        return self._kind in ('n', 'N')

    def is_qnan(self):
        return self._kind == 'n'

    def is_snan(self):
        return self._kind == 'N'

    def is_infinite(self):
        return self._kind == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        ctx = context or getcontext()
        return not self._is_special and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return not self._is_special and self._int != 0 and self.adjusted() < ctx.Emin

    def is_canonical(self):
        return True

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        return _make(_conv(other, True)._sign, self._int, self._exp, self._kind)

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    # -- strings -------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._kind == 'F':
            return sign + 'Infinity'
        if self._kind:
            return sign + ('sNaN' if self._kind == 'N' else 'NaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        if leftdigits == dotplace:
            expstr = ''
        else:
            capitals = (context or getcontext()).capitals
            expstr = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + expstr

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # -- rounding to a context -----------------------------------------------------------

    def _fix(self, ctx):
        """Round to the context's precision and exponent limits, signalling as needed."""
        if self._is_special:
            return self
        sign, coef, exp = self._sign, self._int, self._exp
        etiny, etop = ctx.Etiny(), ctx.Etop()
        if coef == 0:
            exp_max = etop if ctx.clamp else ctx.Emax
            new_exp = min(max(exp, etiny), exp_max)
            if new_exp != exp:
                ctx._signal([Clamped])
                return _make(sign, 0, new_exp)
            return self
        nd = _ndigits(coef)
        exp_min = exp + nd - ctx.prec
        conditions = []
        if exp_min > etop:
            return _overflow(sign, ctx)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            coef, inexact = _round_off(sign, coef, exp_min - exp, ctx.rounding)
            exp = exp_min
            if _ndigits(coef) > ctx.prec:
                coef //= 10
                exp += 1
                if exp > etop:
                    return _overflow(sign, ctx)
            if subnormal:
                conditions.append(Subnormal)
                if inexact:
                    conditions.append(Underflow)
                if coef == 0:
                    conditions.append(Clamped)
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
        elif subnormal:
            conditions.append(Subnormal)
        if ctx.clamp and exp > etop:
            coef *= 10 ** (exp - etop)
            exp = etop
            conditions.append(Clamped)
        if conditions:
            ctx._signal(conditions)
        return _make(sign, coef, exp)

    # -- arithmetic ----------------------------------------------------------------------

    def _specials(self, other, ctx):
        """The result when an operand is a NaN (None when neither is)."""
        for x in (self, other):
            if x._kind == 'N':
                ctx._signal([InvalidOperation])
                return _make(x._sign, x._int, 0, 'n')
        for x in (self, other):
            if x._kind == 'n':
                return x
        return None

    def __add__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('+', self, other)
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            n = self._specials(other, ctx)
            if n is not None:
                return n
            if self._kind == 'F' and other._kind == 'F' and self._sign != other._sign:
                ctx._signal([InvalidOperation])
                return _nan(0, 0, 'n')
            return self if self._kind == 'F' else other
        a, b = self, other
        if a._int and b._int and a._exp != b._exp:
            hi, lo = (a, b) if a._exp > b._exp else (b, a)
            # A much smaller operand only matters as a sticky digit below the rounding point.
            floor = hi.adjusted() - ctx.prec - 3
            if lo.adjusted() < floor and lo._exp < floor:
                lo = _make(lo._sign, 1, floor)
            a, b = hi, lo
        exp = min(a._exp, b._exp)
        va = a._int * 10 ** (a._exp - exp) * (-1 if a._sign else 1)
        vb = b._int * 10 ** (b._exp - exp) * (-1 if b._sign else 1)
        total = va + vb
        if total == 0:
            if a._sign == b._sign == 1 and not (a._int or b._int):
                sign = 1
            elif a._sign != b._sign or (a._int == 0 and b._int == 0):
                sign = 1 if (ctx.rounding == ROUND_FLOOR and (a._sign or b._sign) and
                             not (a._sign == b._sign == 0)) else 0
                if a._sign == b._sign == 1:
                    sign = 1
            else:
                sign = 0
            return _make(sign, 0, exp)._fix(ctx)
        return _make(1 if total < 0 else 0, abs(total), exp)._fix(ctx)

    def __radd__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('+', other, self)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('-', self, other)
        other = _conv(other)
        if other is NotImplemented:
            return other
        # A NaN operand keeps its sign (mpd_qsub propagates it unchanged).
        return self.__add__(other if other._kind in ('n', 'N') else other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('-', other, self)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('*', self, other)
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            n = self._specials(other, ctx)
            if n is not None:
                return n
            if (self._kind == 'F' and other.is_zero()) or (other._kind == 'F' and self.is_zero()):
                ctx._signal([InvalidOperation])
                return _nan(0, 0, 'n')
            return _make(sign, 0, 0, 'F')
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    def __rmul__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('*', other, self)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('/', self, other)
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            n = self._specials(other, ctx)
            if n is not None:
                return n
            if self._kind == 'F' and other._kind == 'F':
                ctx._signal([InvalidOperation])
                return _nan(0, 0, 'n')
            if self._kind == 'F':
                return _make(sign, 0, 0, 'F')
            ctx._signal([Clamped])
            return _make(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                ctx._signal([DivisionUndefined])
                return _nan(0, 0, 'n')
            ctx._signal([DivisionByZero])
            return _make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make(sign, 0, ideal)._fix(ctx)
        shift = _ndigits(other._int) - _ndigits(self._int) + ctx.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _make(sign, q, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('/', other, self)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_int(self, other, ctx, want_rem=True):
        """(integer quotient truncated toward zero, remainder) as Decimals, or None after a
        signal for the special and impossible cases (the caller returns NaN). Without
        `want_rem` the remainder is None: rounding it would raise its flags (Subnormal,
        Underflow) on a `//` that CPython's mpd_qdivint never raises."""
        sign = self._sign ^ other._sign
        if other._int == 0:
            return None
        expdiff = self.adjusted() - other.adjusted()
        if self._int == 0 or expdiff <= -2:
            if not want_rem:
                return _make(sign, 0, 0), None
            e = min(self._exp, other._exp)
            return _make(sign, 0, 0), _make(self._sign, self._int * 10 ** (self._exp - e), e)._fix(ctx)
        if expdiff > ctx.prec + 1:
            ctx._signal([DivisionImpossible])
            return False
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx.prec:
            ctx._signal([DivisionImpossible])
            return False
        if not want_rem:
            return _make(sign, q, 0), None
        return _make(sign, q, 0), _make(self._sign, r, e)._fix(ctx)

    def _intdiv(self, other, context, want):
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            n = self._specials(other, ctx)
            if n is not None:
                return (n, n) if want == 2 else n
            if self._kind == 'F':
                nan = _nan(0, 0, 'n')
                if other._kind == 'F' or want != 0:
                    ctx._signal([InvalidOperation])
                if other._kind == 'F':
                    return (nan, nan) if want == 2 else nan
                q = _make(self._sign ^ other._sign, 0, 0, 'F')
                return (q, nan) if want == 2 else (q if want == 0 else nan)
            q = _make(self._sign ^ other._sign, 0, 0)
            if want == 0:
                return q
            r = self._fix(ctx)
            return (q, r) if want == 2 else r
        if other._int == 0:
            if self._int == 0 or want == 1:
                ctx._signal([DivisionUndefined] if self._int == 0 else [InvalidOperation])
                nan = _nan(0, 0, 'n')
                return (nan, nan) if want == 2 else nan
            inf = _make(self._sign ^ other._sign, 0, 0, 'F')
            if want == 2:
                ctx._signal([DivisionByZero, InvalidOperation])
                return inf, _nan(0, 0, 'n')
            ctx._signal([DivisionByZero])
            return inf
        res = self._divide_int(other, ctx, want != 0)
        if res is False:
            nan = _nan(0, 0, 'n')
            return (nan, nan) if want == 2 else nan
        return res if want == 2 else res[want]

    def __floordiv__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('//', self, other)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self._intdiv(other, context, 0)

    def __rfloordiv__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('//', other, self)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other._intdiv(self, context, 0)

    def __mod__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('%', self, other)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self._intdiv(other, context, 1)

    def __rmod__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('%', other, self)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other._intdiv(self, context, 1)

    def __divmod__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('divmod()', self, other)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self._intdiv(other, context, 2)

    def __rdivmod__(self, other, context=None):
        if isinstance(other, float):
            raise _binop_error('divmod()', other, self)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other._intdiv(self, context, 2)

    def __pow__(self, other, modulo=None, context=None):
        if isinstance(other, float):
            raise _binop_error('** or pow()', self, other)
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            return self._pow_modulo(other, _conv(modulo, True), ctx)
        if self._is_special or other._is_special or other._exp < 0 and other._int % 10 ** -other._exp:
            n = self._specials(other, ctx)
            if n is not None:
                return n
            return self._pow_general(other, ctx)
        n = other._int * 10 ** other._exp if other._exp >= 0 else other._int // 10 ** -other._exp
        if other._sign:
            n = -n
        if n == 0:
            if self._int == 0:
                ctx._signal([InvalidOperation])
                return _nan(0, 0, 'n')
            return _make(0, 1, 0)
        sign = self._sign if n % 2 else 0
        if self._int == 0:
            if n > 0:
                return _make(sign, 0, 0)._fix(ctx)
            return _make(sign, 0, 0, 'F')
        if abs(n) * _ndigits(self._int) > 100000 or abs(n * self._exp) > 10 ** 7:
            raise NotImplementedError('Decimal powers this large are not available in pyrs-nogil')
        exact = _make(sign, self._int ** abs(n), self._exp * abs(n))
        if n > 0:
            return exact._fix(ctx)
        return _make(0, 1, 0).__truediv__(exact, ctx)

    def _pow_modulo(self, other, modulo, ctx):
        """pow(self, other, modulo) (mpd_qpowmod): all three integers, other >= 0, modulo
        nonzero with at most prec digits; the result is exact, with exponent 0."""
        for x in (self, other, modulo):
            if x._kind == 'N':
                ctx._signal([InvalidOperation])
                return _make(x._sign, x._int, 0, 'n')
        for x in (self, other, modulo):
            if x._kind == 'n':
                return x

        def integral(x):
            if x._kind:
                return None
            if x._exp >= 0:
                return x._int * 10 ** x._exp
            q, r = divmod(x._int, 10 ** -x._exp)
            return None if r else q

        a, e, m = integral(self), integral(other), integral(modulo)
        if (a is None or e is None or m is None or (other._sign and e) or m == 0
                or modulo.adjusted() >= ctx.prec or (a == 0 and e == 0)):
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        sign = self._sign if e % 2 else 0
        return _make(sign, pow(a, e, m), 0)

    def __rpow__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            n = self._specials(self, ctx)
            if n is not None:
                return n
        if self._int == 0 and not self._is_special and ctx.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)._fix(ctx)
        return self.copy_negate()._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            n = self._specials(self, ctx)
            if n is not None:
                return n
        if self._int == 0 and not self._is_special and ctx.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)._fix(ctx)
        return self._fix(ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = context or getcontext()
        if self._is_special:
            n = self._specials(self, ctx)
            if n is not None:
                return n
        return self.copy_abs()._fix(ctx)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            n = self._specials(self, ctx)
            if n is not None:
                return n
            if self._sign == 0:
                return self
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        if self._int == 0:
            return _make(self._sign, 0, self._exp // 2)._fix(ctx)
        if self._sign == 1:
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        # Scale so that the integer square root has prec + 1 digits, then round once; an
        # exact root is brought back toward the ideal exponent exp // 2.
        prec = ctx.prec
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        shift = prec + 1 - (_ndigits(c) + 1) // 2
        if shift >= 0:
            c *= 10 ** (2 * shift)
        else:
            c //= 10 ** (-2 * shift)
        r = _math.isqrt(c)
        root_exp = e // 2 - shift
        exact = r * r == c and (shift >= 0 or self._int % 10 ** (-2 * shift) == 0)
        if not exact:
            if r % 5 == 0:
                r += 1
        else:
            ideal = self._exp // 2
            while root_exp < ideal and r % 10 == 0:
                r //= 10
                root_exp += 1
        ctx2 = ctx.copy()
        ctx2.rounding = ROUND_HALF_EVEN
        ctx2.traps = ctx.traps
        ctx2.flags = ctx.flags
        return _make(0, r, root_exp)._fix(ctx2)

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            n = self._specials(self, ctx)
            if n is not None:
                return n
            return _make(0, 0, 0) if self._sign else self
        if self._int == 0:
            return _make(0, 1, 0)
        p = ctx.prec
        adj = self.adjusted()
        if adj < -(p + 3):
            # e**x is 1 +- less than a unit two digits below the last kept one.
            one = 10 ** (p + 2)
            return _make(0, one - 1 if self._sign else one + 1, -(p + 2))._fix(_half_even(ctx))
        if adj >= 9:
            return _out_of_range(self._sign == 0, _half_even(ctx))
        return _ziv(ctx, lambda P: _dmath().exp_decimal(self._sign, self._int, self._exp, P))

    def _log_special(self, ctx):
        """ln/log10 of a NaN, an infinity, zero or a negative number (None otherwise)."""
        if self._is_special:
            n = self._specials(self, ctx)
            if n is not None:
                return n
        if self._int == 0 and not self._is_special:
            return _make(1, 0, 0, 'F')
        if self._sign:
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        if self._is_special:
            return self
        return None

    def ln(self, context=None):
        ctx = context or getcontext()
        n = self._log_special(ctx)
        if n is not None:
            return n
        if self._exp <= 0 and self._int == 10 ** -self._exp:
            return _make(0, 0, 0)
        return _ziv(ctx, lambda P: _dmath().ln_result(self._int, self._exp, P))

    def log10(self, context=None):
        ctx = context or getcontext()
        n = self._log_special(ctx)
        if n is not None:
            return n
        digits = str(self._int)
        if digits.rstrip('0') == '1':
            # log10 of a power of ten is an integer: exact (rounded only to the precision).
            k = self._exp + len(digits) - 1
            return _make(1 if k < 0 else 0, abs(k), 0)._fix(ctx)
        return _ziv(ctx, lambda P: _dmath().log10_result(self._int, self._exp, P))

    def _pow_general(self, other, ctx):
        """self ** other when an operand is infinite or other is not an integer
        (neither a NaN)."""
        if other._kind == 'F':
            if self._sign and (self._int or self._is_special):
                ctx._signal([InvalidOperation])
                return _nan(0, 0, 'n')
            if not self._is_special and self._exp <= 0 and self._int == 10 ** -self._exp:
                # 1 ** +-inf: 1 to full precision, inexact
                p = ctx.prec
                ctx._signal([Inexact, Rounded])
                return _make(0, 10 ** (p - 1), 1 - p)
            above_one = self._is_special or (self._int != 0 and self.adjusted() >= 0)
            if above_one == (other._sign == 0):
                return _make(0, 0, 0, 'F')
            return _make(0, 0, 0)
        integral = other._exp >= 0 or other._int % 10 ** -other._exp == 0
        if self._kind == 'F':
            if other._int == 0:
                return _make(0, 1, 0)
            sign = 0
            if self._sign:
                if not integral:
                    ctx._signal([InvalidOperation])
                    return _nan(0, 0, 'n')
                n = other._int * 10 ** other._exp if other._exp >= 0 else other._int // 10 ** -other._exp
                sign = n % 2
            return _make(sign, 0, 0, 'F') if other._sign == 0 else _make(sign, 0, 0)
        # a finite base and a finite, non-integer exponent
        if self._int == 0:
            return _make(0, 0, 0) if other._sign == 0 else _make(0, 0, 0, 'F')
        if self._sign:
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        dm = _dmath()
        if dm.power_result(self._int, self._exp, other._sign, other._int, other._exp, 8) is None:
            # |y * ln x| >= 10**9: far beyond every exponent limit
            return _out_of_range((other._sign == 0) == (self.adjusted() >= 0), ctx)
        return _ziv(ctx, lambda P: dm.power_result(self._int, self._exp, other._sign, other._int,
                                                   other._exp, P), True)

    # -- rounding operations -------------------------------------------------------------

    def _rescale(self, exp, rounding):
        """This value at exponent `exp` (rounded with `rounding`): (Decimal, inexact)."""
        if self._exp >= exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp), False
        coef, inexact = _round_off(self._sign, self._int, exp - self._exp, rounding)
        return _make(self._sign, coef, exp), inexact

    def quantize(self, exp, rounding=None, context=None):
        exp = _conv(exp, True)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        if self._is_special or exp._is_special:
            n = self._specials(exp, ctx)
            if n is not None:
                return n
            if self._kind == 'F' and exp._kind == 'F':
                return self
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        if not ctx.Etiny() <= exp._exp <= ctx.Emax:
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        if self._int == 0:
            return _make(self._sign, 0, exp._exp)._fix(ctx)
        res, inexact = self._rescale(exp._exp, rounding)
        if _ndigits(res._int) > ctx.prec or res.adjusted() > ctx.Emax:
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        conditions = []
        if res._exp > self._exp:
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
        if res._int and res.adjusted() < ctx.Emin:
            conditions.append(Subnormal)
        if conditions:
            ctx._signal(conditions)
        return res

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self._kind == other._kind == 'F')
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._is_special:
            n = self._specials(self, ctx)
            return n if n is not None else self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx.rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._is_special or self._exp >= 0:
            return self.to_integral_value(rounding, ctx)
        if self._int == 0:
            # Nothing discarded: mpd_qround_to_intx raises no Rounded for a zero.
            return _make(self._sign, 0, 0)
        res, inexact = self._rescale(0, rounding or ctx.rounding)
        ctx._signal(([Inexact] if inexact else []) + [Rounded])
        return res

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            n = self._specials(self, ctx)
            return n if n is not None else self
        d = self._fix(ctx)
        if d._is_special or d._int == 0:
            return _make(d._sign, 0, 0) if not d._is_special else d
        coef, exp = d._int, d._exp
        exp_max = ctx.Etop() if ctx.clamp else ctx.Emax
        while coef % 10 == 0 and exp < exp_max:
            coef //= 10
            exp += 1
        return _make(d._sign, coef, exp)

    def scaleb(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            n = self._specials(other, ctx)
            if n is not None:
                return n
        if other._exp != 0 or other._is_special:
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        k = -other._int if other._sign else other._int
        if abs(k) > 2 * (ctx.Emax + ctx.prec):
            ctx._signal([InvalidOperation])
            return _nan(0, 0, 'n')
        if self._is_special:
            return self
        return _make(self._sign, self._int, self._exp + k)._fix(ctx)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_make(0, 1, -n))
        if self._kind == 'F':
            raise OverflowError('cannot round an infinity')
        if self._is_special:
            raise ValueError('cannot round a NaN')
        return int(self._rescale(0, ROUND_HALF_EVEN)[0])

    def __floor__(self):
        self._check_integral_conversion()
        return int(self._rescale(0, ROUND_FLOOR)[0]) if self._exp < 0 else int(self)

    def __ceil__(self):
        self._check_integral_conversion()
        return int(self._rescale(0, ROUND_CEILING)[0]) if self._exp < 0 else int(self)

    def _check_integral_conversion(self):
        if self._kind == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._is_special:
            raise ValueError('cannot convert NaN to integer')

    # -- conversions ---------------------------------------------------------------------

    def __int__(self):
        self._check_integral_conversion()
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind == 'F':
            return float('-inf' if self._sign else 'inf')
        if self._kind:
            if self._kind == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._is_special or self._int != 0

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # -- comparison ----------------------------------------------------------------------

    def _cmp(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals."""
        if self._kind == 'F' or other._kind == 'F':
            a = 0 if self._kind != 'F' else (-1 if self._sign else 1)
            b = 0 if other._kind != 'F' else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a or b:
                if a and b:
                    return -1 if a < b else 1
                if a:
                    return a
                return -b
        if not self._int and not other._int:
            return 0
        if not self._int:
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        s = -1 if self._sign else 1
        ea, eb = self.adjusted(), other.adjusted()
        if ea != eb:
            return s if ea > eb else -s
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        return 0 if a == b else (s if a > b else -s)

    def _compare_operand(self, other, op):
        """`other` as a Decimal for a comparison, exactly (floats and Rationals included);
        None for NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            if op not in ('==', '!=') and ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        return None

    def _richcmp(self, other, op):
        if isinstance(other, _numbers.Rational) and not isinstance(other, (int, Decimal)):
            if self._is_special:
                other = Decimal(0)
            else:
                n, d = self.as_integer_ratio()
                a, b = n * other.denominator, other.numerator * d
                c = (a > b) - (a < b)
                return _OPS[op](c)
        o = self._compare_operand(other, op)
        if o is None:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            if op in ('==', '!='):
                if self._kind == 'N' or o._kind == 'N':
                    getcontext()._signal([InvalidOperation])
                return op == '!='
            getcontext()._signal([InvalidOperation])
            return False
        return _OPS[op](self._cmp(o))

    def __eq__(self, other):
        return self._richcmp(other, '==')

    def __ne__(self, other):
        return self._richcmp(other, '!=')

    def __lt__(self, other):
        return self._richcmp(other, '<')

    def __le__(self, other):
        return self._richcmp(other, '<=')

    def __gt__(self, other):
        return self._richcmp(other, '>')

    def __ge__(self, other):
        return self._richcmp(other, '>=')

    def compare(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            n = self._specials(other, ctx)
            return n
        return Decimal(self._cmp(other))

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding (the product is exact)."""
        other = _conv(other, True)
        third = _conv(third, True)
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            return self.__mul__(other, ctx).__add__(third, ctx)
        product = _make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return product.__add__(third, ctx)

    def max(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self._kind == 'n' and not other.is_nan():
                return other._fix(ctx)
            if other._kind == 'n' and not self.is_nan():
                return self._fix(ctx)
            return self._specials(other, ctx)
        c = self._cmp(other)
        if c == 0:
            c = (self._sign == 0) - (other._sign == 0) or ((self._exp > other._exp) - (self._exp < other._exp)) * (-1 if self._sign else 1)
        return (self if c > 0 else other)._fix(ctx)

    def min(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self._kind == 'n' and not other.is_nan():
                return other._fix(ctx)
            if other._kind == 'n' and not self.is_nan():
                return self._fix(ctx)
            return self._specials(other, ctx)
        c = self._cmp(other)
        if c == 0:
            c = (self._sign == 0) - (other._sign == 0) or ((self._exp > other._exp) - (self._exp < other._exp)) * (-1 if self._sign else 1)
        return (self if c < 0 else other)._fix(ctx)

    def __hash__(self):
        if self._kind == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == 'n':
            return object.__hash__(self)
        if self._kind == 'F':
            return -314159 if self._sign else 314159
        modulus = 2 ** 61 - 1
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, modulus) % modulus
        else:
            h = self._int * pow(10, -self._exp * (modulus - 2), modulus) % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # -- formatting ----------------------------------------------------------------------

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_OPS = {
    '==': lambda c: c == 0, '!=': lambda c: c != 0, '<': lambda c: c < 0,
    '<=': lambda c: c <= 0, '>': lambda c: c > 0, '>=': lambda c: c >= 0,
}

_numbers.Number.register(Decimal)


def _make(sign, coef, exp, kind=''):
    d = object.__new__(Decimal)
    d._sign, d._int, d._exp, d._kind = sign, coef, exp, kind
    d._is_special = kind != ''
    return d


def _nan(sign, payload, kind, cls=Decimal):
    d = _make(sign, payload, 0, kind)
    if cls is not Decimal:
        return cls(d)
    return d


def _dmath():
    """The integer kernels of exp, ln, log10 and non-integer powers (loaded on first use)."""
    import _decimal_math
    return _decimal_math


def _half_even(ctx):
    """ctx rounding half-even, sharing its flags and traps."""
    ctx2 = ctx.copy()
    ctx2.rounding = ROUND_HALF_EVEN
    ctx2.traps = ctx.traps
    ctx2.flags = ctx.flags
    return ctx2


def _ziv(ctx, kernel, directed=False):
    """A transcendental result correctly rounded to ctx's precision: with ctx's rounding
    when `directed` (non-integer powers), else half-even whatever ctx's rounding (libmpdec
    rounds exp, ln and log10 so). kernel(P) gives (a, e),
    a * 10**e within 1000 units of a of the true value, a with about P + 2 digits. When
    a +- 1000 round alike the true value rounds the same way; otherwise ask again with
    more digits."""
    p = ctx.prec
    rounding = ctx.rounding if directed else ROUND_HALF_EVEN
    exact_ctx = _half_even(ctx)
    if not directed:
        ctx = exact_ctx
    for guard in (12, 30, 80, 200):
        a, e = kernel(p + guard)
        sign = 1 if a < 0 else 0
        a = abs(a)
        drop = _ndigits(a) - p
        lo = _round_off(sign, a - 1000, drop, rounding)[0]
        hi = _round_off(sign, a + 1000, drop, rounding)[0]
        if lo == hi:
            adjusted = e + drop + p - 1
            if adjusted > ctx.Emax + 1 or adjusted < ctx.Etiny() - 2:
                # Far outside the exponent limits: a stand-in rounds (overflows or
                # underflows) alike without _fix shifting by millions of digits.
                return _out_of_range(adjusted > 0, ctx)
            # the appended 1 makes the rounding see the (nonzero) rest of the value
            return _make(sign, a * 10 + 1, e - 1)._fix(ctx)
    # On a rounding boundary at every precision: the value is an exact p-digit number (a
    # power such as 4 ** 0.5), which rounding to nearest finds.
    return _make(sign, a, e)._fix(exact_ctx)


def _out_of_range(overflow, ctx):
    """A positive result far above (overflow) or below every exponent limit."""
    if overflow:
        return _make(0, 1, ctx.Emax + 1)._fix(ctx)
    return _make(0, 1, ctx.Etiny() - 2)._fix(ctx)


def _overflow(sign, ctx):
    ctx._signal([Overflow, Inexact, Rounded])
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _make(sign, 0, 0, 'F')
    return _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _format(d, spec):
    """format(Decimal, spec): [[fill]align][sign][z][#][0][width][,_][.prec][type]."""
    import re as _re
    m = _re.fullmatch(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<z>z)?(?P<alt>#)?'
                      r'(?P<zero>0)?(?P<width>\d+)?(?P<thousands>,)?(?:\.(?P<prec>\d+))?'
                      r'(?P<type>[eEfFgGn%])?', spec, _re.S)
    if m is None:
        raise ValueError('invalid format string')
    fill = m.group('fill') or (' ' if not m.group('zero') or m.group('align') else '0')
    align = m.group('align') or ('=' if m.group('zero') and not m.group('fill') else '>')
    if m.group('zero') and not m.group('fill') and not m.group('align'):
        fill = '0'
    sign_opt = m.group('sign') or '-'
    width = int(m.group('width') or 0)
    thousands = m.group('thousands') or ''
    prec = m.group('prec')
    prec = int(prec) if prec is not None else None
    typ = m.group('type')
    ctx = getcontext()
    rounding = ctx.rounding
    sign = '-' if d._sign else ''
    if d._is_special:
        body = str(d.copy_abs())
        if d._kind == 'F':
            body = 'Infinity'
        # libmpdec keeps the case of Infinity/NaN, appends the '%' and pads them with
        # spaces even under '0'.
        if typ == '%':
            body += '%'
        if m.group('zero') and not m.group('fill') and not m.group('align'):
            fill, align = ' ', '>'
        frac = ''
        intpart = body
        exp_str = ''
        dot = ''
    else:
        if typ == '%':
            d = _make(d._sign, d._int, d._exp + 2)
        if typ is None and prec is not None:
            typ_eff = 'g' if ctx.capitals == 0 else 'G'
        elif typ is None:
            typ_eff = None
        elif typ == 'n':
            typ_eff = 'g'
        else:
            typ_eff = typ
        if prec is not None and typ_eff in ('e', 'E'):
            d = _round_sig(d, prec + 1, rounding)
        elif prec is not None and typ_eff in ('f', 'F', '%'):
            d = d._rescale(-prec, rounding)[0]
        elif prec is not None and typ_eff in ('g', 'G'):
            d = _round_sig(d, prec or 1, rounding)
        digits = str(d._int)
        leftdigits = d._exp + len(digits)
        if typ_eff in ('e', 'E') or (typ_eff is None and not (d._exp <= 0 and leftdigits > -6)):
            dotplace = 1
        elif typ_eff in ('f', 'F', '%'):
            dotplace = leftdigits
        elif typ_eff in ('g', 'G'):
            dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
        else:
            dotplace = leftdigits
        if typ_eff in ('e', 'E') and d._int == 0 and prec is None:
            dotplace = 1
        if dotplace <= 0:
            intpart = '0'
            frac = '0' * (-dotplace) + digits
        elif d._int == 0 and dotplace >= len(digits):
            intpart = '0'
            frac = ''
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            frac = ''
        else:
            intpart = digits[:dotplace]
            frac = digits[dotplace:]
        if typ_eff in ('e', 'E') and prec is not None and len(frac) < prec:
            frac += '0' * (prec - len(frac))
        exp = leftdigits - dotplace
        if typ_eff in ('e', 'E') and d._int == 0 and prec is not None:
            exp = d._exp + prec
        if typ_eff in ('e', 'E') or ((typ_eff in ('g', 'G') or typ_eff is None) and exp != 0):
            echar = 'e' if typ_eff in ('e', 'g') or (typ_eff is None and not ctx.capitals) else 'E'
            exp_str = '%s%+d' % (echar, exp)
        else:
            exp_str = ''
        dot = '.' if frac or m.group('alt') else ''
        if typ == '%':
            exp_str = '%'
        if m.group('z') and d._int == 0:
            sign = ''
    if sign_opt == '+' and not sign:
        sign = '+'
    elif sign_opt == ' ' and not sign:
        sign = ' '
    if thousands and not d._is_special:
        groups = []
        s = intpart
        while len(s) > 3:
            groups.insert(0, s[-3:])
            s = s[:-3]
        groups.insert(0, s)
        intpart = thousands.join(groups)
    body = intpart + dot + frac + exp_str
    total = len(sign) + len(body)
    pad = max(0, width - total)
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '^':
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    return sign + fill * pad + body


def _round_sig(d, n, rounding):
    """`d` rounded to `n` significant digits."""
    nd = _ndigits(d._int)
    if d._int == 0 or nd <= n:
        return d
    coef, _ = _round_off(d._sign, d._int, nd - n, rounding)
    exp = d._exp + nd - n
    if _ndigits(coef) > n:
        coef //= 10
        exp += 1
    return _make(d._sign, coef, exp)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                                                               InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_default_ready = True

import _decimal_ops
_decimal_ops.install(globals())
del _decimal_ops
