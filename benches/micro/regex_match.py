# re: compile once, search/findall/sub over log-like lines.
import re
lines = ["2024-01-%02d 12:%02d:%02d INFO user%d logged in from 10.0.%d.%d" % (i % 28 + 1, i % 60, (i * 7) % 60, i, i % 256, (i * 3) % 256)
         for i in range(2000)]
ip = re.compile(r"(\d+)\.(\d+)\.(\d+)\.(\d+)")
ts = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)")
word = re.compile(r"\buser\d+\b")
tot = 0
for rep in range(15):
    for l in lines:
        m = ip.search(l)
        tot += int(m.group(4))
        t = ts.match(l)
        tot += int(t.group(5))
        tot += len(word.findall(l))
        tot += len(word.sub("U", l))
print(tot)
