# str.find/index/rfind/count with start/end on ASCII and non-ASCII text: char indices, and a
# find loop over a long string stays linear.
samples = ["abcabc", "héllo wörld héllo", "日本語のテキスト日本", "a\U0001F600b\U0001F600c", "x" * 50 + "é" + "x" * 50]
for s in samples:
    for sub in ["l", "é", "本", "\U0001F600", "x", "abc", "", "zz"]:
        r = []
        for start, end in [(None, None), (1, None), (3, 10), (-5, None), (0, -2), (20, 5)]:
            args = [a for a in (start, end) if a is not None] if end is not None or start is not None else []
            if start is None and end is not None:
                args = [0, end]
            r.append((s.find(sub, *args), s.rfind(sub, *args), s.count(sub, *args)))
        print(repr(s[:12]), repr(sub), r)
s = "abc" * 200000
n, i = 0, s.find("c")
while i != -1:
    n += 1
    i = s.find("c", i + 1)
print(n)
t = "é" + "abc" * 100000
n, i = 0, t.find("c")
while i != -1 and n < 2000:
    n += 1
    i = t.find("c", i + 1)
print(n, i, t.index("b", 50000), t.rindex("a", 0, 1000))
