"""Integer kernels for Decimal.exp, ln, log10 and non-integer powers (pyrs-nogil).

A fixed-point value at scale W is an int v standing for v / 10**W. exp halves its argument
eight times, sums the Taylor series and squares back; ln runs Newton's iteration
y += 2(m - e^y) / (m + e^y) (cubic) from the float logarithm. Each kernel's result is within
a few hundred units of its last digit; decimal.py rounds it with a margin and asks again
with more digits when the margin straddles a rounding boundary (Ziv's strategy), so the
results are correctly rounded, as CPython's libmpdec gives them.
"""

# Part of CPython's C decimal module: its frames are left out of tracebacks.
#@native *

import math as _math

_HALVINGS = 8
# Digits lost to the 2**8-fold growth of the error in the squarings and to truncation.
_EXTRA = 6


def exp_fixed(r, W):
    """exp(r / 10**W) at scale W, for |r| <= 3 * 10**W."""
    wx = W + _EXTRA
    one = 10 ** wx
    y = (r * 10 ** _EXTRA) >> _HALVINGS
    total = term = one
    k = 1
    while term:
        term = term * y // (one * k)
        total += term
        k += 1
    for _ in range(_HALVINGS):
        total = total * total // one
    return total // 10 ** _EXTRA


def ln_fixed(m, W):
    """ln(m / 10**W) at scale W, for m / 10**W in [0.05, 20]."""
    est = _math.log(m / 10 ** W)
    if W >= 16:
        y = int(est * 10 ** 16) * 10 ** (W - 16)
    else:
        y = int(est * 10 ** W)
    for _ in range(40):
        e = exp_fixed(y, W)
        d = 2 * (m - e) * 10 ** W // (m + e)
        y += d
        # The error after a step is about the cube of the step: once the step is below
        # 10**(-2W/3), the remaining error is below a unit (and the error of exp_fixed).
        if abs(d) < 10 ** (2 * W // 3):
            break
    return y


_LN10 = {}


def ln10(W):
    """ln(10) at scale W (cached: every exp and ln with a decimal exponent needs it)."""
    v = _LN10.get(W)
    if v is None:
        v = ln_fixed(10 ** (W + 1), W)
        _LN10[W] = v
    return v


def _digits(n):
    return len(str(abs(n)))


def exp_scaled(z, wz, P):
    """exp(z / 10**wz) as (a, e), a * 10**e, with a of about P + 2 digits.
    |z / 10**wz| must stay below about 10**9 (the caller signals overflow beyond)."""
    dn = _digits(int(z / 10 ** wz / 2.302585092994046)) + 2
    ws = wz + dn
    L = ln10(ws)
    zs = z * 10 ** dn
    n = zs // L
    r = zs - n * L
    W = P + 2
    if ws >= W:
        r //= 10 ** (ws - W)
    else:
        r *= 10 ** (W - ws)
    return exp_fixed(r, W), n - W


def _scaled_int(c, e, W):
    """c * 10**e at scale W (truncated)."""
    s = e + W
    return c * 10 ** s if s >= 0 else c // 10 ** -s


def exp_decimal(sign, c, e, P):
    """exp(+-c * 10**e) as (a, e) with a of about P + 2 digits."""
    wz = P + 4
    z = _scaled_int(c, e, wz)
    return exp_scaled(-z if sign else z, wz, P)


def _ln_magnitude(c, e):
    """An exponent k with 10**k <= |ln(c * 10**e)| (c * 10**e != 1)."""
    if e >= 0:
        num = c * 10 ** e - 1
        adj = _digits(num) - 1
    else:
        num = c - 10 ** -e
        adj = _digits(num) - 1 + e
    return min(adj, 0) - 1


def ln_decimal(c, e, W):
    """ln(c * 10**e) at scale W, for c * 10**e > 0."""
    d = _digits(c)
    k = e + d
    m = _scaled_int(c, -d, W)
    y = ln_fixed(m, W)
    if k:
        dk = _digits(k) + 1
        y += k * ln10(W + dk) // 10 ** dk
    return y


def ln_result(c, e, P):
    """ln(c * 10**e) as (y, e): y * 10**e with |y| of about P + 2 digits or more."""
    W = P + 2 - _ln_magnitude(c, e)
    return ln_decimal(c, e, W), -W


def log10_result(c, e, P):
    """log10(c * 10**e) as (y, e), like ln_result."""
    W = P + 3 - _ln_magnitude(c, e)
    y = ln_decimal(c, e, W + 1)
    return y * 10 ** (W + 1) // ln10(W + 1) // 10, -W


def power_result(xc, xe, ysign, yc, ye, P):
    """(xc * 10**xe) ** (+-yc * 10**ye) for a positive base, as (a, e); None when
    |y * ln x| passes 10**9, where the caller overflows or underflows."""
    # |ln x| times |y| must come out with P + 4 digits after the point.
    y_int_digits = max(_digits(yc) + ye, 0)
    W = P + 6 + y_int_digits
    lnx = ln_decimal(xc, xe, W)
    z = lnx * yc
    wz = W
    if ye >= 0:
        z *= 10 ** ye
    else:
        wz = W - ye
    if ysign:
        z = -z
    if abs(z) >= 10 ** (wz + 9):
        return None
    return exp_scaled(z, wz, P)
