"""Further Decimal and Context operations for pyrs-nogil's decimal module.

The logical operations, next_minus/next_plus/next_toward, logb, number_class, rotate,
shift, remainder_near, the total orderings and compare_signal, max_mag/min_mag, and the
Context methods that apply a Decimal operation under that context. install() binds them
onto decimal.Decimal and decimal.Context; the semantics follow the General Decimal
Arithmetic specification as CPython's decimal module implements it.
"""

# Part of CPython's C decimal module: its frames are left out of tracebacks.
#@native *

_NAMES = ('Decimal', 'Context', '_make', '_nan', '_conv', 'getcontext', 'InvalidOperation',
          'DivisionByZero', 'DivisionImpossible', 'DivisionUndefined', 'Overflow', 'Underflow',
          'Subnormal', 'Inexact', 'Rounded', 'Clamped', 'ROUND_FLOOR', 'ROUND_CEILING')


def _quiet1(x, ctx):
    """The result of a one-operand operation on a NaN (None when x is not a NaN)."""
    if x._kind == 'N':
        ctx._signal([InvalidOperation])
        return _make(x._sign, x._int, 0, 'n')
    if x._kind == 'n':
        return x
    return None


def _invalid(ctx):
    ctx._signal([InvalidOperation])
    return _nan(0, 0, 'n')


def logb(self, context=None):
    ctx = context or getcontext()
    n = _quiet1(self, ctx)
    if n is not None:
        return n
    if self._kind == 'F':
        return _make(0, 0, 0, 'F')
    if not self._int:
        ctx._signal([DivisionByZero])
        return _make(1, 0, 0, 'F')
    return Decimal(self.adjusted())._fix(ctx)


def _is_logical(x):
    if x._is_special or x._sign or x._exp != 0:
        return False
    return all(ch in '01' for ch in str(x._int))


def _logical_digits(x, prec):
    s = str(x._int)
    if len(s) < prec:
        return '0' * (prec - len(s)) + s
    return s[len(s) - prec:]


def _logical(self, other, context, op):
    other = _conv(other, True)
    ctx = context or getcontext()
    if not _is_logical(self) or not _is_logical(other):
        return _invalid(ctx)
    a = _logical_digits(self, ctx.prec)
    b = _logical_digits(other, ctx.prec)
    digits = ''.join(str(op(int(x), int(y))) for x, y in zip(a, b))
    return _make(0, int(digits), 0)


def logical_and(self, other, context=None):
    return _logical(self, other, context, lambda x, y: x & y)


def logical_or(self, other, context=None):
    return _logical(self, other, context, lambda x, y: x | y)


def logical_xor(self, other, context=None):
    return _logical(self, other, context, lambda x, y: x ^ y)


def logical_invert(self, context=None):
    ctx = context or getcontext()
    return _logical(self, _make(0, int('1' * ctx.prec), 0), ctx, lambda x, y: x ^ y)


def _quiet_ctx(ctx, rounding):
    c = ctx.copy()
    c.rounding = rounding
    c.clear_traps()
    return c


def next_minus(self, context=None):
    ctx = context or getcontext()
    n = _quiet1(self, ctx)
    if n is not None:
        return n
    if self._kind == 'F':
        if self._sign:
            return self
        return _make(0, 10 ** ctx.prec - 1, ctx.Etop())
    c = _quiet_ctx(ctx, ROUND_FLOOR)
    fixed = self._fix(c)
    if fixed._cmp(self) != 0:
        return fixed
    return self.__sub__(_make(0, 1, ctx.Etiny() - 1), c)


def next_plus(self, context=None):
    ctx = context or getcontext()
    n = _quiet1(self, ctx)
    if n is not None:
        return n
    if self._kind == 'F':
        if not self._sign:
            return self
        return _make(1, 10 ** ctx.prec - 1, ctx.Etop())
    c = _quiet_ctx(ctx, ROUND_CEILING)
    fixed = self._fix(c)
    if fixed._cmp(self) != 0:
        return fixed
    return self.__add__(_make(0, 1, ctx.Etiny() - 1), c)


def next_toward(self, other, context=None):
    other = _conv(other, True)
    ctx = context or getcontext()
    if self.is_nan() or other.is_nan():
        return self._specials(other, ctx)
    c = self._cmp(other)
    if c == 0:
        return self.copy_sign(other)
    ans = next_plus(self, ctx) if c < 0 else next_minus(self, ctx)
    if ans._kind == 'F':
        ctx._signal([Overflow, Inexact, Rounded])
    elif ans.adjusted() < ctx.Emin:
        conds = [Underflow, Subnormal, Inexact, Rounded]
        if not ans._int:
            conds.append(Clamped)
        ctx._signal(conds)
    return ans


def number_class(self, context=None):
    ctx = context or getcontext()
    if self._kind == 'N':
        return 'sNaN'
    if self._kind == 'n':
        return 'NaN'
    sign = '-' if self._sign else '+'
    if self._kind == 'F':
        return sign + 'Infinity'
    if not self._int:
        return sign + 'Zero'
    if self.adjusted() < ctx.Emin:
        return sign + 'Subnormal'
    return sign + 'Normal'


def _shift_amount(self, other, ctx):
    """The NaN result or the validated integer amount of rotate/shift."""
    if self.is_nan() or other.is_nan():
        return self._specials(other, ctx), None
    if other._is_special or other._exp != 0:
        return _invalid(ctx), None
    k = -other._int if other._sign else other._int
    if not -ctx.prec <= k <= ctx.prec:
        return _invalid(ctx), None
    if self._kind == 'F':
        return self, None
    return None, k


def rotate(self, other, context=None):
    other = _conv(other, True)
    ctx = context or getcontext()
    res, k = _shift_amount(self, other, ctx)
    if res is not None:
        return res
    digits = _logical_digits(self, ctx.prec)
    rotated = digits[k:] + digits[:k]
    return _make(self._sign, int(rotated), self._exp)


def shift(self, other, context=None):
    other = _conv(other, True)
    ctx = context or getcontext()
    res, k = _shift_amount(self, other, ctx)
    if res is not None:
        return res
    digits = _logical_digits(self, ctx.prec)
    if k < 0:
        shifted = digits[:k]
    else:
        shifted = (digits + '0' * k)[-ctx.prec:]
    return _make(self._sign, int(shifted or '0'), self._exp)


_RANK = {'': 0, 'F': 1, 'N': 2, 'n': 3}


def _total_cmp(a, b):
    """-1, 0 or 1 comparing a and b in the specification's total order."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    ra, rb = _RANK[a._kind], _RANK[b._kind]
    if ra != rb:
        return s if ra > rb else -s
    if a._kind in ('N', 'n'):
        return s * ((a._int > b._int) - (a._int < b._int))
    if a._kind == 'F':
        return 0
    c = a.copy_abs()._cmp(b.copy_abs())
    if c:
        return s * c
    return s * ((a._exp > b._exp) - (a._exp < b._exp))


def compare_total(self, other, context=None):
    other = _conv(other, True)
    return Decimal(_total_cmp(self, other))


def compare_total_mag(self, other, context=None):
    other = _conv(other, True)
    return Decimal(_total_cmp(self.copy_abs(), other.copy_abs()))


def compare_signal(self, other, context=None):
    other = _conv(other, True)
    ctx = context or getcontext()
    if self.is_nan() or other.is_nan():
        ctx._signal([InvalidOperation])
        for x in (self, other):
            if x._kind == 'N':
                return _make(x._sign, x._int, 0, 'n')
        return self if self._kind == 'n' else other
    return Decimal(self._cmp(other))


def _mag_pick(self, other, context, want):
    other = _conv(other, True)
    ctx = context or getcontext()
    if self.is_nan() or other.is_nan():
        if self._kind == 'n' and not other.is_nan():
            return other._fix(ctx)
        if other._kind == 'n' and not self.is_nan():
            return self._fix(ctx)
        return self._specials(other, ctx)
    c = self.copy_abs()._cmp(other.copy_abs())
    if c == 0:
        return self.max(other, ctx) if want > 0 else self.min(other, ctx)
    return (self if c == want else other)._fix(ctx)


def max_mag(self, other, context=None):
    return _mag_pick(self, other, context, 1)


def min_mag(self, other, context=None):
    return _mag_pick(self, other, context, -1)


def remainder_near(self, other, context=None):
    other = _conv(other, True)
    ctx = context or getcontext()
    if self.is_nan() or other.is_nan():
        return self._specials(other, ctx)
    if self._kind == 'F':
        return _invalid(ctx)
    if not other._int and other._kind != 'F':
        if self._int:
            return _invalid(ctx)
        ctx._signal([DivisionUndefined])
        return _nan(0, 0, 'n')
    if other._kind == 'F':
        return self._fix(ctx)
    ideal = min(self._exp, other._exp)
    if not self._int:
        return _make(self._sign, 0, ideal)._fix(ctx)
    expdiff = self.adjusted() - other.adjusted()
    if expdiff >= ctx.prec + 1:
        ctx._signal([DivisionImpossible])
        return _nan(0, 0, 'n')
    if expdiff <= -2:
        return _make(self._sign, self._int * 10 ** (self._exp - ideal), ideal)._fix(ctx)
    a = self._int * 10 ** (self._exp - ideal)
    b = other._int * 10 ** (other._exp - ideal)
    q, r = divmod(a, b)
    if 2 * r + (q & 1) > b:
        r -= b
        q += 1
    if q >= 10 ** ctx.prec:
        ctx._signal([DivisionImpossible])
        return _nan(0, 0, 'n')
    sign = self._sign
    if r < 0:
        sign = 1 - sign
        r = -r
    return _make(sign, r, ideal)._fix(ctx)


_DECIMAL_METHODS = (logb, logical_and, logical_or, logical_xor, logical_invert, next_minus,
                    next_plus, next_toward, number_class, rotate, shift, compare_total,
                    compare_total_mag, compare_signal, max_mag, min_mag, remainder_near)

# Context methods: name -> (Decimal method, number of Decimal operands, passes context).
_UNARY_CTX = ('abs', 'exp', 'ln', 'log10', 'logb', 'logical_invert', 'minus', 'next_minus',
              'next_plus', 'normalize', 'number_class', 'plus', 'sqrt', 'to_eng_string',
              'to_integral', 'to_integral_exact', 'to_integral_value', 'is_normal',
              'is_subnormal')
_UNARY_PLAIN = ('copy_abs', 'copy_negate', 'is_finite', 'is_infinite', 'is_nan',
                'is_qnan', 'is_signed', 'is_snan', 'is_zero')
_BINARY_CTX = ('add', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag',
               'copy_sign', 'divide', 'divide_int', 'divmod', 'logical_and', 'logical_or',
               'logical_xor', 'max', 'max_mag', 'min', 'min_mag', 'multiply', 'next_toward',
               'quantize', 'remainder', 'remainder_near', 'rotate', 'same_quantum', 'scaleb',
               'shift', 'subtract')
_DUNDER = {'abs': '__abs__', 'minus': '__neg__', 'plus': '__pos__', 'add': '__add__',
           'subtract': '__sub__', 'multiply': '__mul__', 'divide': '__truediv__',
           'divide_int': '__floordiv__', 'divmod': '__divmod__', 'remainder': '__mod__',
           'to_integral': 'to_integral_value'}


def _unary(name, with_ctx):
    meth = _DUNDER.get(name, name)

    def op(self, a):
        a = _conv(a, True)
        f = getattr(a, meth)
        if name == 'to_eng_string':
            return a.__str__(eng=True, context=self)
        return f(context=self) if with_ctx else f()
    op.__name__ = name
    return op


def _binary(name):
    meth = _DUNDER.get(name, name)

    def op(self, a, b):
        a = _conv(a, True)
        b = _conv(b, True)
        return getattr(a, meth)(b, context=self)
    op.__name__ = name
    return op


def _ctx_to_sci_string(self, a):
    a = _conv(a, True)
    return a.__str__(context=self)


def _ctx_canonical(self, a):
    if not isinstance(a, Decimal):
        raise TypeError('argument must be a Decimal')
    return a.canonical()


def _ctx_is_canonical(self, a):
    if not isinstance(a, Decimal):
        raise TypeError('argument must be a Decimal')
    return a.is_canonical()


def _ctx_copy_decimal(self, a):
    return _conv(a, True)


def _ctx_radix(self):
    return Decimal(10)


def _ctx_fma(self, a, b, c):
    a = _conv(a, True)
    return a.fma(b, c, context=self)


def _ctx_power(self, a, b, modulo=None):
    a = _conv(a, True)
    b = _conv(b, True)
    if modulo is not None:
        modulo = _conv(modulo, True)
    return a.__pow__(b, modulo, context=self)


def install(ns):
    g = globals()
    for n in _NAMES:
        g[n] = ns[n]
    dec, ctx = ns['Decimal'], ns['Context']
    for f in _DECIMAL_METHODS:
        setattr(dec, f.__name__, f)
    for n in _UNARY_CTX:
        setattr(ctx, n, _unary(n, True))
    for n in _UNARY_PLAIN:
        setattr(ctx, n, _unary(n, False))
    for n in _BINARY_CTX:
        setattr(ctx, n, _binary(n))
    ctx.to_sci_string = _ctx_to_sci_string
    ctx.canonical = _ctx_canonical
    ctx.is_canonical = _ctx_is_canonical
    ctx.copy_decimal = _ctx_copy_decimal
    ctx.radix = _ctx_radix
    ctx.fma = _ctx_fma
    ctx.power = _ctx_power
