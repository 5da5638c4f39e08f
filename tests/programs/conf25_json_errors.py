# JSON decoding errors as a student meets them: messages, positions, and the frames of the
# traceback (file base names, line numbers, functions and source lines, as CPython reports).
import io
import json
import os
import traceback


def frames(exc):
    out = []
    for fs in traceback.extract_tb(exc.__traceback__):
        out.append(f"{os.path.basename(fs.filename)}:{fs.lineno}:{fs.name}: {fs.line}")
    return out


docs = ['', '  ', '[1,', '{"a": }', '{"a": 1} x', '[1, 2', '"abc', '{"a" 1}', 'nul',
        '[1,]', '{"a":1,}', '\ufeff[]', 5, b'[1]', '[NaN, -Infinity]',
        '{"a": [1, {"b": null}]}', '  [1]  ', '{"k": "v\\x"}', '[1e5, -0.0, 12345678901234567890]']
for doc in docs:
    try:
        print(repr(doc)[:30], '->', repr(json.loads(doc)))
    except Exception as e:
        print(repr(doc)[:30], '->', type(e).__name__, e, getattr(e, 'pos', None),
              getattr(e, 'lineno', None), getattr(e, 'colno', None))
        for f in frames(e)[1:]:
            print('   ', f)
        print('    cause:', repr(e.__cause__), 'suppress:', e.__suppress_context__)

print(json.loads('{"x": 1.5}', object_hook=lambda d: sorted(d.items()), parse_float=str))
print(json.JSONDecoder().raw_decode('[1] tail'), json.decoder.WHITESPACE.pattern)
try:
    json.JSONDecoder().raw_decode('x')
except json.JSONDecodeError as e:
    print(e, frames(e)[1:])
try:
    json.load(io.StringIO('{\n  "k": tru\n}'))
except json.JSONDecodeError as e:
    print(e, e.lineno, e.colno, len(frames(e)))
    for f in frames(e)[1:]:
        print('   ', f)


class PairsDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=lambda p: p, **kw)


print(json.loads('{"b": 1, "a": 2}', cls=PairsDecoder))
try:
    json.loads('{"b": [1, }', cls=PairsDecoder)
except ValueError as e:
    print(type(e).__mro__[1].__name__, e)
    for f in frames(e)[1:]:
        print('   ', f)


def hook_fails(d):
    raise KeyError("hook saw " + ",".join(d))


try:
    json.loads('{"z": {"y": 1}}', object_hook=hook_fails)
except KeyError as e:
    print("KeyError", e)
    for f in frames(e)[1:]:
        print('   ', f)

config = '{"name": "run-7", "layers": [64, 32], "lr": 0.001, "tags": {"a": true, "b": null}}'
cfg = json.loads(config)
print(cfg["name"], sum(cfg["layers"]), cfg["lr"] * 10, cfg["tags"])
print(json.dumps(cfg, sort_keys=True, indent=2))
print(json.dumps([1.0, float("inf"), "é", {"k": (1, 2)}], ensure_ascii=True))
for bad in [{1: {2}}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
