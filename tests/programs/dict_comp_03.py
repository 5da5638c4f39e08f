# dict-heavy processing: nested comprehension, inverted index, sorting by values, get/setdefault/pop
docs = {
    1: "the cat sat on the mat",
    2: "the dog ate the cat food",
    3: "a bird sat on a wire",
    4: "dogs and cats are pets",
}
index = {}
for doc_id, text in docs.items():
    for pos, word in enumerate(text.split()):
        index.setdefault(word, []).append((doc_id, pos))
for word in sorted(index)[:10]:
    print(word, index[word])
print({w: len(p) for w, p in index.items() if len(p) > 1})
df = {w: len({d for d, _ in p}) for w, p in index.items()}
print(sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
def search(*words):
    sets = [{d for d, _ in index.get(w, [])} for w in words]
    return sorted(set.intersection(*sets)) if sets else []
print(search("the"), search("the", "cat"), search("sat", "on"), search("zebra"))
lengths = {d: len(t.split()) for d, t in docs.items()}
print(lengths, max(lengths, key=lengths.get), sorted(lengths, key=lengths.get))
inv = {}
for d, n in lengths.items():
    inv.setdefault(n, []).append(d)
print(inv)
counts = {}
for t in docs.values():
    for ch in t.replace(" ", ""):
        counts[ch] = counts.get(ch, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
cfg = {"a": 1, "b": {"c": 2, "d": {"e": 3}}}
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
flat = flatten(cfg)
print(flat)
def unflatten(f):
    out = {}
    for k, v in f.items():
        cur = out
        *parents, last = k.split(".")
        for p in parents:
            cur = cur.setdefault(p, {})
        cur[last] = v
    return out
print(unflatten(flat) == cfg, unflatten({"x.y.z": 1, "x.w": 2}))
popped = [flat.pop(k) for k in list(flat) if k.startswith("b.")]
print(popped, flat, flat.pop("zz", None))
