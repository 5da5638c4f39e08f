# importing standard modules in various forms
import math
import math as m
from math import sqrt, pi as PI
from os import path as osp
import os.path
import collections.abc
print(math.sqrt(16), m.floor(2.7), sqrt(2), PI)
print(osp.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"))
print(os.path.splitext("archive.tar.gz"), os.path.split("/usr/lib/file"), os.path.isabs("/a"), os.path.isabs("a"))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), isinstance(iter([]), collections.abc.Iterator))
def local_import():
    import string
    from itertools import count
    c = count(5)
    return string.ascii_uppercase[:3], next(c), next(c)
print(local_import())
import sys
print(type(sys).__name__, type(math).__name__, math.__name__, sys.__name__)
print(hasattr(math, "tau"), getattr(math, "nope", "default"), math.tau == 2 * math.pi)
import importlib
mm = importlib.import_module("math")
print(mm is math, mm.gcd(12, 18))
import json
s = json.dumps({"a": [1, 2, {"b": None}], "c": True, "d": 1.5, "e": "x\"y"})
print(s)
print(json.loads(s), json.loads("[1, 2.5, \"s\", null, false]"))
print(json.dumps([1, 2], indent=2))
print(json.dumps({"z": 1, "a": 2}, sort_keys=True), json.dumps("é"), json.dumps("é", ensure_ascii=False))
import re
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", " ", "a   b \t c"), re.split(r"[,;]", "a,b;c"))
mt = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(mt.group(0), mt.group(1), mt.groups(), mt.span())
print(re.search(r"o+", "fooo bar").group(), re.fullmatch(r"\d{3}", "123") is not None, re.fullmatch(r"\d{3}", "1234"))
