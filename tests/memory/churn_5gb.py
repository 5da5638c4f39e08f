# Memory churn test (see vm/tests/memory.rs).
#
# Keeps roughly 50 MB of live objects (CPython object sizes) in a long-lived
# table of 400k small tuples, while allocating about 5 GB in total of
# short-lived objects: lists, tuples, strings, dicts, floats, big-ish ints and
# small reference cycles.  A fraction of the live table is replaced as the
# program runs, so old objects die too.  A checksum over everything computed
# is printed at the end so that the output can be compared with CPython.
#
# Nominal allocation per round, measured with sys.getsizeof on CPython 3.11
# (64-bit): list of 64 floats ~2.1 KB, list of 32 ints ~1.2 KB, 8 tuples of
# (int, float, str) with their lists ~1.0 KB, 8 small strings + joined string
# ~0.6 KB, a dict of 8 entries ~0.4 KB, a 2-list reference cycle ~0.2 KB, and
# every other round one replaced live tuple; about 5.84 KB per round.
# ROUNDS * 5.84 KB ~ 5.0e9 bytes allocated in total.
import sys

LIVE = 400_000
ROUNDS = 860_000
MOD = (1 << 61) - 1

live = [(i * 7919, "live-%d" % i) for i in range(LIVE)]

checksum = 0
for r in range(ROUNDS):
    base = r * 31 + 7
    floats = [(base + k) * 0.5 for k in range(64)]
    ints = [(base << 20) + k * 1_000_003 for k in range(32)]
    tuples = [(ints[k], floats[k], "t%d" % (base + k)) for k in range(8)]
    strs = ["%d:%d" % (base, k) for k in range(8)]
    joined = "|".join(strs)
    d = {strs[k]: tuples[k] for k in range(8)}
    a = [r]
    b = [a]
    a.append(b)  # short-lived reference cycle
    if r % 2 == 0:
        j = (r * 104729) % LIVE
        live[j] = (r, "new-%d" % r)
    checksum = (checksum * 1_000_003
                + int(floats[r % 64])
                + ints[r % 32] % 65_521
                + len(joined)
                + len(d)
                + len(tuples[r % 8][2])
                + a[1][0][0]) % MOD

live_sum = 0
for i, s in live:
    live_sum = (live_sum * 31 + i + len(s)) % MOD
print("rounds", ROUNDS)
print("live", len(live))
print("checksum", checksum)
print("live checksum", live_sum)
