# json dumps/loads of nested dicts/lists/strs/floats.
import json
data = {"users": [{"id": i, "name": "user%d" % i, "score": i * 1.5, "tags": ["a", "b", "c%d" % (i % 7)],
                   "active": i % 3 == 0, "meta": {"x": None, "y": [1, 2, 3]}} for i in range(200)]}
n = 0
for i in range(60):
    s = json.dumps(data)
    d = json.loads(s)
    n += len(s) + len(d["users"])
print(n)
