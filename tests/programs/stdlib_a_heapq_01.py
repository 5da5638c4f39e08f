# heapq and bisect: exact heap layouts, nsmallest/nlargest/merge ordering, key=
import bisect, heapq, random
random.seed(3)
for n in [0, 1, 2, 5, 17, 100, 3000]:
    data = [random.randrange(50) for _ in range(n)]
    h = list(data); heapq.heapify(h); print(n, h[:20])
    h2 = []
    for x in data: heapq.heappush(h2, x)
    print(h2[:20], [heapq.heappop(h2) for _ in range(min(n, 10))])
    if n: print(heapq.heapreplace(h, -1), heapq.heappushpop(h, 7), h[:10])
    print(heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nsmallest(3, iter(data), key=lambda x: -x), heapq.nlargest(4, iter(data), key=lambda x: x % 7))
pairs = [(random.randrange(5), i) for i in range(40)]
print(heapq.nsmallest(6, pairs, key=lambda p: p[0]), heapq.nlargest(6, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 6])), list(heapq.merge()), list(heapq.merge([3, 2, 1], [4, 0], reverse=True)))
print(list(heapq.merge(["a1", "b1"], ["a2", "b2"], key=lambda s: s[0])), list(heapq.merge(["b1", "a1"], ["b2", "a2"], key=lambda s: s[0], reverse=True)))
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heappush((), 1)
except TypeError as e: print(e)
h = []; heapq.heappush(h, (2, "b")); heapq.heappush(h, (1, "a")); print(heapq.heappop(h), h)
print(heapq.nsmallest(2, {3: 'a', 1: 'b', 2: 'c'}), heapq.nlargest(10, [1, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(1, [], key=abs))
heapq._heapify_max(h := [3, 1, 4, 1, 5, 9, 2, 6]); print(h, heapq._heappop_max(h), h)
a = [1, 2, 2, 2, 5, 7]
print([bisect.bisect_left(a, x) for x in range(9)], [bisect.bisect_right(a, x) for x in range(9)], bisect.bisect(a, 2), bisect.bisect(a, 2, 2, 3))
b = []
for x in [5, 1, 4, 1, 3]: bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect([1], 1, -1)
except ValueError as e: print(e)
print(bisect.bisect("abcdef", "c"), bisect.bisect_left(range(100), 37), bisect.bisect_right([1,2], 1, hi=None))
try: bisect.bisect([1])
except TypeError as e: print(e)
