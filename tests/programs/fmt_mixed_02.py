# Formatting in loops; report generation with alignment
data = {
    "alpha": [3, 5, 8, 13],
    "beta": [21, 34],
    "gamma": [],
    "delta": [1, 1, 2, 3, 5, 8, 13, 21, 34, 55],
}
print("%-8s|%6s|%8s|%10s" % ("name", "count", "sum", "mean"))
for k, v in data.items():
    mean = sum(v) / len(v) if v else float("nan")
    print("%-8s|%6d|%8d|%10.3f" % (k, len(v), sum(v), mean))
print()
print("{:<8}|{:>6}|{:>8}|{:>10}".format("name", "count", "sum", "mean"))
for k, v in sorted(data.items(), key=lambda kv: -sum(kv[1])):
    mean = sum(v) / len(v) if v else 0
    print("{:<8}|{:>6}|{:>8}|{:>10.4g}".format(k, len(v), sum(v), mean))
print()
def bar(n, scale=2):
    return "#" * (n // scale)
for k, v in data.items():
    print(f"{k:>6} {sum(v):4d} {bar(sum(v)):<40}|")
print()
matrix = [[i * j for j in range(1, 8)] for i in range(1, 8)]
for row in matrix:
    print(" ".join(f"{x:3d}" for x in row))
print()
for i in range(0, 17, 4):
    print(f"{i:2d} {i:#06b} {i:#04x} {i:#05o} {2 ** i:>8,} {1 / (i + 1):.5f}")
print()
nums = [0.5, 12.25, 100, 1e6, 1.23456e-3]
print(", ".join("%.3g" % x for x in nums))
print(", ".join("{:.3g}".format(x) for x in nums))
print(", ".join(f"{x:10.2e}" for x in nums))
s = "The quick brown fox"
for w in s.split():
    print(f"[{w:^9}] [{w:>9}] [{w:<9}] [{w!r:^11}]")
print(f"{'end':=^30}")
