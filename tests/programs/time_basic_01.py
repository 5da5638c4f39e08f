# time module: only differences / non-negativity are printed
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(100000):
    total += i
time.sleep(0.05)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(total)
print("time diff >= 0:", t1 - t0 >= 0)
print("perf_counter diff >= 0.04:", p1 - p0 >= 0.04)
print("monotonic non-decreasing:", m1 >= m0)
print("time is float:", isinstance(t0, float), "perf is float:", isinstance(p0, float))
print("time after 2020:", t0 > 1577836800)
ns0 = time.perf_counter_ns()
ns1 = time.perf_counter_ns()
print("ns int:", isinstance(ns0, int), ns1 >= ns0)
time.sleep(0)
print("sleep(0) ok")
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.gmtime(1700000000)[:6])
