import heapq, bisect, operator, pprint, datetime, collections
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [(2, "b"), (1, "z"), (1, "a")]), heapq.heappushpop(h, 0), h)
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
a = [1, 3, 3, 5, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10), bisect.insort(a, 4), a, bisect.bisect_left(a, 5, key=None))
recs = [{"n": "b", "a": 3}, {"n": "a", "a": 3}, {"n": "c", "a": 1}]
print(sorted(recs, key=operator.itemgetter("a", "n")), sorted(recs, key=lambda r: (-r["a"], r["n"])))
P = collections.namedtuple("P", "name age")
ps = [P("x", 3), P("y", 1), P("z", 3)]
print(sorted(ps, key=operator.attrgetter("age")), operator.methodcaller("upper")("abc"), list(map(operator.neg, [1, -2])))
print(sorted([3, 1, 2], reverse=True), sorted("Hello World".split(), key=str.casefold), sorted([(1, "b"), (1, "a"), (0, "z")]))
data = {"users": [{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"k": list(range(i))}} for i in range(4)], "total": 4, "flags": {"a": True, "b": None}}
pprint.pprint(data)
pprint.pprint(list(range(40)), width=60)
print(pprint.pformat({"z": 1, "a": [1, 2, {"q": (1, 2)}]}, indent=2, width=20))
pprint.pprint({"long_key_" + str(i): "value " * 3 for i in range(4)}, sort_dicts=False)
d = datetime.date(2024, 2, 29)
print(d, d.isoformat(), d.weekday(), d.isoweekday(), d + datetime.timedelta(days=1), d.replace(year=2025, day=28), d.strftime("%Y/%m/%d %A %B %j %a %b"), d.toordinal())
dt = datetime.datetime(2023, 12, 31, 23, 59, 58, 123456)
print(dt, repr(dt), dt + datetime.timedelta(seconds=3), dt.isoformat(), dt.strftime("%H:%M:%S.%f %p %I %y"), dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else "naive")
td = datetime.timedelta(days=1, hours=25, minutes=-5, seconds=3.5)
print(td, repr(td), td.total_seconds(), -td, td * 2, td // 3, datetime.timedelta(microseconds=1), abs(-td), str(datetime.timedelta(0)))
print(datetime.datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"), datetime.date.fromisoformat("2020-01-02"), datetime.datetime.fromisoformat("2020-01-02T03:04:05"))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
aware = datetime.datetime(2020, 1, 1, 12, tzinfo=tz)
print(aware, aware.utcoffset(), aware.astimezone(datetime.timezone.utc), aware.tzname(), datetime.timezone.utc, aware.isoformat())
print(datetime.date(2020, 1, 1) < datetime.date(2020, 1, 2), (datetime.date(2020, 3, 1) - datetime.date(2020, 2, 1)).days, datetime.date.min, datetime.time(12, 30))
print(sorted([datetime.date(2020, 5, 1), datetime.date(2019, 1, 1)]), datetime.datetime(2020, 1, 1) == datetime.datetime(2020, 1, 1, 0, 0))
