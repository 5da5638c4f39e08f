# print() with sep/end/file, sys.stdout.write, multiple forms
import sys
print()
print("a")
print("a", "b")
print("a", "b", sep="")
print("a", "b", sep="::")
print("a", "b", end="!\n")
print("a", end="")
print("b", end="")
print()
print(1, 2.0, None, True, [1], (2,), {3: 4}, "s", b"b", sep=" | ")
print(*range(5))
print(*range(5), sep=",")
print(*[], sep=",")
print("", "")
print("tab\tsep", "nl\\n literal")
print("unicode: é ü 日本 \u2603")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
print("to stdout", file=sys.stdout)
print("x", "y", sep=None, end=None)
print("multi\nline\nstring")
print("%s and %s" % ("this", "that"), "{} and {}".format(1, 2))
print(str(print.__name__), print is print)
class Custom:
    def __str__(self):
        return "Custom.__str__"
    def __repr__(self):
        return "Custom.__repr__"
print(Custom(), [Custom()], (Custom(),), {"k": Custom()})
print(f"{Custom()} {Custom()!r}")
lines = []
class Collector:
    def write(self, s):
        lines.append(s)
print("captured", 1, 2, file=Collector())
print("collected:", lines)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
print("a" * 50)
print("-" * 20, "end")
for i in range(3):
    print(i, end=" ")
print("<- inline")
print("flush", flush=True)
sys.stdout.flush()
print(end="only end\n")
print(sep="ignored")
