# text processing: word frequency, caesar cipher, run-length encoding
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:12} {c}")
print(len(text), len(words), len(freq), text.count("\n"), text.count("it"), text.lower().count("it"))
def caesar(s, k):
    out = []
    for c in s:
        if c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3), caesar("abc", 29))
def rle(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d} {line.strip().upper()[:30]:<30} {len(line.split()):>3} words")
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "snake_case_name".split("_"), "".join(p.capitalize() for p in "snake_case_name".split("_")))
camel = "parseHttpResponseCode"
out = ""
for c in camel:
    out += "_" + c.lower() if c.isupper() else c
print(out)
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print(sorted("the quick brown fox jumps over the lazy dog".split(), key=lambda w: (len(w), w)))
import string
print(string.capwords("hello   wide  world"), string.ascii_lowercase[:5], string.digits, string.ascii_uppercase[-3:])
