# time: struct_time, gmtime, strftime, asctime, clocks' types and monotonicity, sleep errors
import time
st = time.gmtime(0)
print(st, len(st), st.tm_year, st[0], st[-1], tuple(st)[:3], st.tm_wday, st.tm_yday)
t = time.gmtime(1700000000.75)
print(t, time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %%", t), time.asctime(t))
print(time.strftime("%d/%m/%y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.gmtime(-86400)[:6], time.gmtime(2 ** 33)[:6], time.gmtime(86400 * 365.25 * 30)[:3])
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_hour, s == (2020, 1, 2, 3, 4, 5, 6, 7, 0), isinstance(s, tuple))
for bad in [(1, 2), "abc"]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
for f in (time.time, time.monotonic, time.perf_counter, time.process_time):
    a = f(); b = f()
    print(f.__name__, type(a).__name__, b >= a)
for f in (time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns):
    a = f(); b = f()
    print(f.__name__, type(a).__name__, b >= a)
t0 = time.perf_counter(); time.sleep(0.02); print(time.perf_counter() - t0 >= 0.015)
for bad in [-1, float("nan"), "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(time.localtime()).__name__, len(time.localtime()), type(time.ctime()).__name__, len(time.ctime()))
