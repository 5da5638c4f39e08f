# s += piece builds views into shared append buffers (objmodel str_append.rs): results
# must stay immutable and independent, for unicode and for threads extending one prefix.
import threading
def build(n):
    s = ""
    for i in range(n): s += str(i)
    return s
s = build(300000)
print(len(s), hash(s) == hash("".join(str(i) for i in range(300000))), s[-20:])
# aliasing: old strings unchanged
a = "x" * 300
b = a + "y"
c = a + "z"
print(b[-3:], c[-3:], len(a), a[-2:], b == a + "y", c == a + "z")
d = b + "1"; e = b + "2"; f = d + "3"
print(d[-4:], e[-4:], f[-5:], b[-2:])
# unicode
u = "é" * 200
for k in range(100): u += "ü€" + str(k)
print(len(u), u[-10:], u.count("€"))
# threads appending to shared prefix
base = "p" * 400
res = []
def w(k):
    s = base
    for i in range(2000): s += chr(97 + k)
    res.append((k, len(s), s.count(chr(97+k)), s[:400] == base))
ts = [threading.Thread(target=w, args=(k,)) for k in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(res))
d = {}
key = "k" * 300
key2 = key + "a"
d[key2] = 1
print(d[("k"*300) + "a"], key2 in d)
