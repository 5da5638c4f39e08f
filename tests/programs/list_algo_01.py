# sorting algorithms implemented on lists
def bubble(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def quick(a):
    if len(a) <= 1:
        return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        k = a[i]
        j = i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
print(data)
r = sorted(data)
print(r)
for f in (bubble, merge_sort, quick, insertion):
    out = f(data)
    print(f.__name__, out == r, out[:5], out[-5:])
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
for x in (-500, 0, r[10], 499, 1000):
    i = bsearch(r, x)
    print(x, i, r[i] if i < len(r) else None)
import bisect
print(bisect.bisect_left(r, 0), bisect.bisect_right(r, r[10]), bisect.bisect(r, 10 ** 6))
ins = [1, 3, 5]
bisect.insort(ins, 4)
bisect.insort(ins, 0)
print(ins)
print(sorted(data, key=abs)[:10], sorted(data, key=lambda x: (x % 7, x))[:8])
pairs = [(x % 5, i) for i, x in enumerate(data[:15])]
print(sorted(pairs, key=lambda p: p[0]))
