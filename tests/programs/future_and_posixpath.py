# `from __future__ import annotations` and the __future__ module; posixpath imported directly.
from __future__ import annotations

import __future__
import posixpath


def f(x: NotDefined, *, y: list[Undefined] = None) -> Missing:
    return x


class C:
    attr: SomeType
    other: int = 3


print(f.__annotations__)
print(C.__annotations__)
print(annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.annotations.getOptionalRelease())
print(sorted(__future__.all_feature_names))
print(__future__.division.compiler_flag == __future__.CO_FUTURE_DIVISION)
print(posixpath.join("a", "b", "/c", "d"), posixpath.sep, posixpath.curdir, posixpath.splitext("x.tar.gz"))
import os.path
print(os.path is posixpath)
for src in ["from __future__ import braces\n", "from __future__ import nosuch\n",
            "x = 1\nfrom __future__ import annotations\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
