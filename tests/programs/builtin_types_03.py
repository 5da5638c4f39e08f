# type(), type conversions and constructors
values = [0, 1, -1, 2.5, "", "0", "abc", [], [0], (), (1, 2), {}, {"a": 1}, None, True, False, b"", b"a"]
for v in values:
    print(f"{v!r:12} type={type(v).__name__:9} bool={bool(v)!s:5} str={str(v)!r}")
print(int(True), int(2.9), int("  12 "), int(b"12") if False else int("12"), float("1.5"), float(3), float(" -2 "))
print(str(1), str(1.0), str(True), str(None), str([1, "a"]), str((1,)), str({1: "a"}), str(b"x"))
print(list("hi"), list((1, 2)), list({3: 4}), list(range(2)), list(b"ab"), list({"k": 1}.items()))
print(tuple("hi"), tuple([1]), tuple(range(3)), tuple({1: 2}), tuple(x for x in "ab"))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip(range(3), "abc")), dict.fromkeys("ab", 0))
print(sorted(set("hello")), sorted(frozenset([3, 1])), set(), set([1, 2, 2]), set(range(4)))
print(bool([]), bool([[]]), bool(0.0), bool("0"), bool(None), bool(range(0)))
print(complex(1, 2), complex("3+4j"), complex(2), abs(complex(3, 4)), (1 + 2j).real, (1 + 2j).imag, (1 + 2j).conjugate())
print(bytes(3), bytes([1, 2]), bytes("ab", "ascii"), bytearray(2), bytearray(b"x"), bytes(bytearray(b"yz")))
print(type(1) == int, type(True) == bool, type(True) == int, type(1.0) is float, type([]) is list)
print(type("abc")("xyz"), type(5)("6"), type([])((1, 2)), type({})(a=1))
T = type("T", (), {"x": 1, "hello": lambda self: "hi"})
t = T()
print(T.__name__, t.x, t.hello(), type(t).__name__, type(T).__name__, T.__bases__[0].__name__)
print(int.__name__, float.__qualname__, type(int.__add__).__name__ if False else "ok", object.__name__)
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), issubclass(type, object))
for conv, arg in [(int, "0b101"), (int, "1e3"), (float, "1e3"), (int, 1e3), (bool, "no"), (list, None), (str, b"b")]:
    try:
        print(conv.__name__, repr(arg), "->", repr(conv(arg)))
    except (TypeError, ValueError) as e:
        print(conv.__name__, repr(arg), "->", type(e).__name__, e)
print(int("-0b101", 0), int("0o17", 0), int("0x1F", 0), float("-inf"), float("  nan  ") != float("nan"))
print(chr(0), repr(chr(0)), repr(chr(127)), repr(chr(128)), repr(chr(0xa0)), repr(chr(0xad)))
