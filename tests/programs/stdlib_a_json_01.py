# json: dumps formatting options, escapes, floats, errors; loads values, hooks, error positions
import json
data = {"name": "Zoë", "n": [1, 2.5, 1e20, 1e-7, -0.0, 3.0, 10**20], "ok": True, "none": None, "nested": {"a": [], "b": {}}, "t": (1, "x"), 5: "int key", 2.5: "fk", None: 1, False: 0}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent="\t", sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps("é\n\t\"\\\x01😀"), json.dumps("é😀", ensure_ascii=False))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
try: json.dumps(float("nan"), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps({1: set()})
except TypeError as e: print(e)
try: json.dumps({(1, 2): 3})
except TypeError as e: print(e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps(set([1]), default=list), json.dumps({"x": 1+2j}, default=lambda c: [c.real, c.imag]))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=E), E(indent=1).encode([1]))
try: json.dumps(sorted, cls=E)
except TypeError as e: print(e)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {}}'))
print(json.loads("  [1 , 2 ]  "), json.loads('"\\/"'), json.loads("123"), json.loads("-0"), json.loads("1.0"), json.loads("12345678901234567890123"), json.loads("NaN"), json.loads("-Infinity"))
for bad in ["", "[1,]", "{\"a\" 1}", "{\"a\": 1,}", "{'a': 1}", "[1 2]", "\"abc", "\"a\\qb\"", "\"a\x01\"", "[1] x", "nul", "{\"a\":}", "\n\n  [\n1,,]", "\"\\u12\"", "-", "01"]:
    try: print(repr(json.loads(bad)))
    except json.JSONDecodeError as e: print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p), json.loads('{"a": 1}', object_hook=lambda d: ("hooked", d)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads(b'{"x": 1}'), json.loads('"a\x01b"', strict=False))
import io
buf = io.StringIO(); json.dump({"k": [1, 2]}, buf, indent=1); print(repr(buf.getvalue()))
print(json.load(io.StringIO('[{"z": null}]')))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'), json.decoder.JSONDecodeError is json.JSONDecodeError)
class IntSub(int): pass
class FloatSub(float): pass
print(json.dumps([IntSub(5), FloatSub(2.5), True]))
print(json.dumps({"a": 1, "b": 2}, sort_keys=True, indent=0))
