# collections combined: word ladder BFS with deque, inventory with Counter, grouping with defaultdict
from collections import deque, Counter, defaultdict, OrderedDict
words = {"hit", "hot", "dot", "dog", "cog", "lot", "log", "hog", "cot"}
def ladder(start, end):
    q = deque([[start]])
    seen = {start}
    while q:
        path = q.popleft()
        w = path[-1]
        if w == end:
            return path
        for i in range(len(w)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                nw = w[:i] + c + w[i + 1:]
                if nw in words and nw not in seen:
                    seen.add(nw)
                    q.append(path + [nw])
    return None
print(ladder("hit", "cog"), ladder("hit", "hog"), ladder("hit", "xyz"))
inv = Counter(apple=5, pear=2)
orders = [Counter(apple=2), Counter(pear=1, plum=1), Counter(apple=4)]
for o in orders:
    missing = o - inv
    if missing:
        print("cannot fill", dict(o), "missing", dict(missing))
    else:
        inv -= o
        print("filled", dict(o), "left", dict(inv))
anagrams = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    anagrams["".join(sorted(w))].append(w)
for k in sorted(anagrams):
    print(k, anagrams[k])
recent = OrderedDict()
for page in ["home", "about", "home", "blog", "contact", "about", "home"]:
    recent.pop(page, None)
    recent[page] = True
    while len(recent) > 3:
        recent.popitem(last=False)
print(list(recent))
hist = deque(maxlen=4)
for cmd in ["ls", "cd /", "pwd", "ls -la", "echo hi", "exit"]:
    hist.append(cmd)
print(list(hist), hist[0])
