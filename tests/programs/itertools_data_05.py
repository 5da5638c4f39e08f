# data processing with itertools + groupby on sorted records
import itertools as it
sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "east", 40), ("2024-03", "north", 150),
    ("2024-03", "east", 60), ("2024-03", "south", 70),
]
for month, rows in it.groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])
by_region = sorted(sales, key=lambda r: r[1])
for region, rows in it.groupby(by_region, key=lambda r: r[1]):
    amounts = [r[2] for r in rows]
    print(f"{region:6} n={len(amounts)} total={sum(amounts)} running={list(it.accumulate(amounts))}")
months = sorted({r[0] for r in sales})
regions = sorted({r[1] for r in sales})
table = {(m, r): 0 for m, r in it.product(months, regions)}
for m, r, v in sales:
    table[(m, r)] += v
print("month   " + "".join(f"{r:>7}" for r in regions))
for m in months:
    print(m + " " + "".join(f"{table[(m, r)]:>7}" for r in regions))
print(list(it.compress(months, [table[(m, "east")] > 0 for m in months])))
pairs = list(it.combinations(regions, 2))
print(pairs)
for a, b in pairs:
    diff = [table[(m, a)] - table[(m, b)] for m in months]
    print(a, b, diff, sum(diff))
top = sorted(sales, key=lambda r: -r[2])
print([r[2] for r in it.islice(top, 3)])
print(list(it.dropwhile(lambda r: r[2] < 100, sales))[:2])
print(list(it.starmap(lambda m, r, v: f"{r[0].upper()}{v}", sales)))
print(max(it.chain.from_iterable([r[2]] for r in sales)), list(it.zip_longest(months, regions[:2], fillvalue="?")))
