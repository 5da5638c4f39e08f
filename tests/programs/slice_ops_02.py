# slicing semantics over strings/lists in algorithms
def rotate(l, k):
    k %= len(l)
    return l[-k:] + l[:-k]
for k in range(-2, 6):
    print(k, rotate([1, 2, 3, 4, 5], k))
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks(list(range(11)), 3), chunks("abcdefgh", 3), chunks((1, 2, 3, 4), 2))
def windows(seq, n):
    return [seq[i:i + n] for i in range(len(seq) - n + 1)]
print(windows([1, 2, 3, 4, 5], 3), windows("hello", 2))
s = "0123456789"
for start in (None, 2, -3):
    for stop in (None, 7, -1):
        for step in (None, 2, -1, -3):
            print(repr(s[start:stop:step]), end=" ")
    print()
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([row[1:3] for row in m[:2]], [row[::-1] for row in m], m[::-1][0][::-2])
lst = list(range(12))
lst[::3] = [x * 100 for x in lst[::3]]
print(lst)
del lst[-4::2]
print(lst)
lst[2:2] = "ab"
print(lst)
lst[:] = lst[::-1]
print(lst)
print(slice(1, 2, 3), slice(5), slice(None), slice(1, 2).start, slice(1, 2).step, slice(0, 10, 3) == slice(0, 10, 3))
for sl in [slice(None, None, 2), slice(-3, None), slice(10, 0, -4), slice(-100, 100, 7)]:
    print(sl.indices(12), list(range(12))[sl])
