# sorted/min/max with keys on records; reversed; enumerate start; zip unequal
people = [
    {"name": "ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Rome"},
    {"name": "cid", "age": 31, "city": "Bern"},
    {"name": "dee", "age": 19, "city": "Oslo"},
    {"name": "eve", "age": 25, "city": "Bern"},
]
by_age = sorted(people, key=lambda p: p["age"])
print([p["name"] for p in by_age])
print([p["name"] for p in sorted(people, key=lambda p: p["age"], reverse=True)])
print([p["name"] for p in sorted(people, key=lambda p: (p["city"], -p["age"]))])
print(min(people, key=lambda p: p["age"])["name"], max(people, key=lambda p: (p["age"], p["name"]))["name"])
cities = {}
for p in people:
    cities.setdefault(p["city"], []).append(p["name"])
for c in sorted(cities, key=lambda c: (-len(cities[c]), c)):
    print(c, cities[c])
for i, p in enumerate(reversed(by_age), start=1):
    print(i, p["name"], p["age"])
print(list(zip("abcd", range(2))), list(zip(range(3), range(10, 13), range(20, 30))))
import itertools
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
ages = [p["age"] for p in people]
print(sorted(ages), sorted(set(ages)), sum(ages) / len(ages), max(ages) - min(ages))
print(sorted(people, key=lambda p: p["name"], reverse=True)[0]["name"])
words = "delta Alpha charlie bravo echo Foxtrot".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(max(words, key=len), min(words, key=len), max(words), min(words))
nums = [5, 2, 8, 1, 9, 3]
idx = sorted(range(len(nums)), key=lambda i: nums[i])
print(idx, [nums[i] for i in idx])
print(sorted(enumerate(nums), key=lambda t: t[1], reverse=True)[:3])
