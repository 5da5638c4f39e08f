from collections import Counter, defaultdict, deque, ChainMap, namedtuple, OrderedDict
import heapq
import bisect
import json
import struct
import io


def counters():
    c = Counter("abracadabra")
    d = Counter(a=1, b=5, z=2)
    print(c, c.most_common(2), c["q"], sorted(c.elements())[:6])
    print(c + d, c - d, c & d, c | d)
    print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), c.total(), sorted((c - d).items()))
    c.update("aaz")
    c.subtract({"a": 10})
    print(c, c.most_common()[-1])
    print(Counter(x % 3 for x in range(10)) == Counter({0: 4, 1: 3, 2: 3}), repr(Counter()))


def defaults():
    dd = defaultdict(list)
    for w in "one two three four five six".split():
        dd[len(w)].append(w)
    print(dd, dict(dd), dd.default_factory)
    nested = defaultdict(lambda: defaultdict(int))
    nested["x"]["y"] += 2
    print({k: dict(v) for k, v in nested.items()}, "q" in nested, len(nested))
    try:
        defaultdict(None)["missing"]
    except KeyError as e:
        print("KeyError:", e)


def deques():
    d = deque(range(6), maxlen=5)
    print(d, d.maxlen)
    d.rotate(2)
    print(d)
    d.rotate(-3)
    print(d)
    d.appendleft(-1)
    d.extend([10, 11])
    print(d, d.count(10), d.index(11))
    d.extendleft("ab")
    print(d, d.pop(), d.popleft(), d[1], d[-1])
    e = deque()
    try:
        e.pop()
    except IndexError as ex:
        print("IndexError:", ex)
    print(deque("abc") == deque("abc"), list(reversed(deque([1, 2, 3]))), deque([1, 2]) + deque([3]))


def chain_and_tuples():
    defaults = {"color": "red", "size": "M"}
    user = {"size": "L"}
    cm = ChainMap(user, defaults)
    print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps[0])
    child = cm.new_child({"color": "blue"})
    child["extra"] = 1
    print(child["color"], child.maps[0], child.parents["color"], dict(child) == {"color": "blue", "size": "L", "extra": 1})
    Point = namedtuple("Point", "x y z", defaults=[0])
    p = Point(1, 2)
    print(p, p._replace(z=9), p._asdict(), Point._fields, Point._field_defaults, p.x + p[1])
    q = Point._make([4, 5, 6])
    x, y, z = q
    print(q, x * y * z, q == (4, 5, 6), q.count(4), q.index(6), p < q)
    try:
        Point(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        namedtuple("Bad", ["ok", "def"])
    except ValueError as e:
        print("ValueError:", e)
    R = namedtuple("R", "a a_b _c", rename=True)
    print(R._fields)
    od = OrderedDict.fromkeys("abcde")
    od.move_to_end("b")
    od.move_to_end("d", last=False)
    print(list(od), od.popitem(), od.popitem(last=False))


def heaps_bisect():
    h = [5, 1, 8, 3, 9, 2]
    heapq.heapify(h)
    print(h[0], [heapq.heappop(h) for _ in range(3)], h)
    heapq.heappush(h, 0)
    print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 7), sorted(h))
    print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
    print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])))
    tasks = []
    for pri, name in [(2, "write"), (1, "plan"), (2, "test"), (3, "ship")]:
        heapq.heappush(tasks, (pri, name))
    print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
    a = [1, 2, 4, 4, 4, 7]
    print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 8))
    bisect.insort(a, 5)
    bisect.insort_left(a, 4)
    print(a, bisect.bisect_left([(1, "a"), (3, "b")], 2, key=lambda t: t[0]))
    grades = [bisect.bisect([60, 70, 80, 90], s) for s in (55, 60, 85, 99)]
    print(["FDCBA"[g] for g in grades])


def jsons():
    data = {"name": "Widget", "tags": ["a", "b"], "price": 9.5, "stock": None, "ok": True, "n": 10 ** 20, "u": "é\n"}
    s = json.dumps(data)
    print(s)
    print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
    print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps({1: "x", 2.5: "y", None: 0}))
    back = json.loads(s)
    print(back == data, json.loads('{"a": [1, 2.0, -3e2, "\\u00e9"], "b": {}}'), json.loads("NaN") != json.loads("NaN"))
    for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
    try:
        json.dumps({"s": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({"s": {3, 1}}, default=sorted), json.loads("[1.5]", parse_float=str))
    buf = io.StringIO()
    json.dump({"k": [1]}, buf)
    print(buf.getvalue(), json.load(io.StringIO('"x"')))


def structs():
    packed = struct.pack("<hIf?", -2, 70000, 1.5, True)
    print(packed, len(packed), struct.unpack("<hIf?", packed), struct.calcsize("<hIf?"), struct.calcsize("hIf?"))
    print(struct.pack(">Q", 2 ** 40), struct.unpack(">2H", b"\x00\x01\x00\x02"), struct.pack("3s", b"abcdef"))
    print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.Struct("!i").size)
    try:
        struct.pack("b", 200)
    except struct.error as e:
        print("struct.error:", e)
    b = io.BytesIO(b"hello world")
    print(b.read(5), b.tell(), b.seek(0, 2), b.getvalue()[-5:])


counters()
defaults()
deques()
chain_and_tuples()
heaps_bisect()
jsons()
structs()
