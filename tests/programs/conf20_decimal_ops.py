# Decimal logical/next/rotate/shift/total-order/remainder_near ops and Context methods.
from decimal import (Decimal, Context, getcontext, localcontext, InvalidOperation,
                     DivisionByZero, Overflow, ROUND_HALF_EVEN, ROUND_DOWN)
import decimal

VALS = ['0', '-0', '1', '-1', '1.0', '1.00', '12.345', '-0.001', '1E+5', '1E-1000000',
        '9.999E+999999', 'Inf', '-Inf', 'NaN', 'NaN12', '-NaN3', 'sNaN', '-sNaN7',
        '101', '1101', '7', '-2.5', '0E-3', '3', '-3', '1E-999999', '123456789']
# The binary operations take pairs of a smaller set (the suite runs this three times).
PAIRS = ['0', '-0', '1', '-1', '1.00', '12.345', '1E+5', '9.999E+999999', 'Inf', 'NaN12',
         '-sNaN7', '1101', '-2.5']
INTS = ['0', '1', '-1', '3', '-3', '9', '-9', '10', '1.5', 'Inf', 'NaN', 'sNaN2']


def show(f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = '%s %s' % (type(e).__name__, e)
    flags = sorted(s.__name__ for s, v in ctx.flags.items() if v)
    return '%r %s' % (r, ','.join(flags))


def run(ctx):
    decimal.setcontext(ctx)
    print('==', ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax)
    for a in VALS:
        x = Decimal(a)
        for m in ('logb', 'logical_invert', 'next_minus', 'next_plus', 'number_class'):
            print(a, m, show(lambda: getattr(x, m)()))
        for b in (PAIRS if a in PAIRS else PAIRS[:4]):
            y = Decimal(b)
            for m in ('logical_and', 'logical_or', 'logical_xor', 'next_toward',
                      'compare_total', 'compare_total_mag', 'compare_signal', 'max_mag',
                      'min_mag', 'remainder_near'):
                print(a, b, m, show(lambda: getattr(x, m)(y)))
        for b in INTS:
            y = Decimal(b)
            for m in ('rotate', 'shift', 'scaleb'):
                print(a, b, m, show(lambda: getattr(x, m)(y)))


quiet = Context(prec=9, Emin=-99, Emax=99, traps=[])
run(quiet)
run(Context(prec=4, rounding=ROUND_DOWN, Emin=-9, Emax=9, traps=[]))
trapping = Context(prec=9, Emin=-99, Emax=99)
decimal.setcontext(trapping)
for f in (lambda: Decimal(0).logb(), lambda: Decimal(2).logical_and(3),
          lambda: Decimal('sNaN').next_plus(), lambda: Decimal(1).remainder_near(0),
          lambda: Decimal('9.99999999E+99').next_toward(Decimal('Inf')),
          lambda: Decimal(1).rotate(10), lambda: Decimal('NaN').compare_signal(1)):
    print(show(f))

decimal.setcontext(Context())
c = Context(prec=5, Emin=-20, Emax=20, traps=[])
names1 = ['abs', 'canonical', 'copy_abs', 'copy_decimal', 'copy_negate', 'exp',
          'is_canonical', 'is_finite', 'is_infinite', 'is_nan', 'is_normal', 'is_qnan',
          'is_signed', 'is_snan', 'is_subnormal', 'is_zero', 'ln', 'log10', 'logb',
          'logical_invert', 'minus', 'next_minus', 'next_plus', 'normalize', 'number_class',
          'plus', 'sqrt', 'to_eng_string', 'to_integral',
          'to_integral_value', 'to_sci_string']
names2 = ['add', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag',
          'copy_sign', 'divide', 'divmod', 'logical_and', 'logical_or',
          'logical_xor', 'max', 'max_mag', 'min', 'min_mag', 'multiply', 'next_toward',
          'power', 'quantize', 'remainder', 'remainder_near', 'rotate', 'same_quantum',
          'scaleb', 'shift']
ARGS = [Decimal('2.50'), Decimal('-7'), 3, Decimal('1E-21'), Decimal('123456.7'), Decimal('NaN'),
        Decimal('-Inf'), Decimal('0.0'), 1.5, 'x', Decimal('110')]
for n in names1:
    for a in ARGS:
        c.clear_flags()
        try:
            r = getattr(c, n)(a)
        except Exception as e:
            r = '%s %s' % (type(e).__name__, e)
        print('ctx', n, repr(a), repr(r), sorted(s.__name__ for s, v in c.flags.items() if v))
for n in names2:
    for a in ARGS[:8]:
        for b in ARGS:
            c.clear_flags()
            try:
                r = getattr(c, n)(a, b)
            except Exception as e:
                r = '%s %s' % (type(e).__name__, e)
            print('ctx', n, repr(a), repr(b), repr(r),
                  sorted(s.__name__ for s, v in c.flags.items() if v))
print(c.radix(), c.fma(2, 3, 4), c.fma(Decimal('1.23456'), 10, Decimal('0.00001')),
      c.create_decimal_from_float(0.1), c.Etiny(), c.Etop())
