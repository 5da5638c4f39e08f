# sys.stdin.read() whole input, word frequency
import sys
data = sys.stdin.read()
print(len(data), data.count("\n"))
freq = {}
for w in data.lower().split():
    w = w.strip(".,;!?")
    if w:
        freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(w, c)
print(sys.stdin.read() == "")
