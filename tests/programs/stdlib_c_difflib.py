import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
print(s.find_longest_match(0, 5, 0, 4))

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)

a = "qabxcd"
b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))

# Sequences of other things.
s = difflib.SequenceMatcher(None, [1, 2, 3, 4, 5, 6], [1, 3, 4, 7, 6])
print(s.get_opcodes(), s.ratio())
print(difflib.SequenceMatcher(None, "", "").ratio())
print(difflib.SequenceMatcher(None, "abc", "").get_opcodes())

# Autojunk: popular elements in long sequences.
long_a = "a" * 100 + "b" + "a" * 100
long_b = "a" * 99 + "c" + "a" * 101
s = difflib.SequenceMatcher(None, long_a, long_b)
print(s.get_matching_blocks()[:3], round(s.ratio(), 4))
s = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(s.get_matching_blocks()[:3], round(s.ratio(), 4))
print(sorted(difflib.SequenceMatcher(None, "x", long_b).bpopular))

# Grouped opcodes.
a = [str(i) for i in range(30)]
b = a[:5] + ["x"] + a[6:20] + a[21:] + ["end"]
for g in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(g)

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("ab", ["abc", "abd", "abe", "xyz"], n=2, cutoff=0.3))

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print("".join(result), end="")
delta = list(difflib.ndiff(text1, text2))
print("".join(difflib.restore(delta, 1)) == "".join(text1))
print("".join(difflib.restore(delta, 2)) == "".join(text2))

print("\n".join(difflib.ndiff(["one", "two", "three"], ["ore", "tree", "emu"])))
print("\n".join(difflib.ndiff(["[1, 2, 3]"], ["[1, 2, 4, 5]"])))
print("".join(difflib.ndiff(["abc\n", "same\n", "def\n"], ["same\n", "xyz\n"])), end="")
print("\n".join(difflib.ndiff(["\tindent x"], ["\tindent y"])))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print("".join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
print("".join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
for line in difflib.unified_diff("one two three four".split(), "zero one tree four".split(),
                                 'Original', 'Current', '2005-01-26 23:30:50',
                                 '2010-04-02 10:20:52', lineterm=''):
    print(line)
a = ["line %d\n" % i for i in range(20)]
b = list(a)
b[3] = "changed 3\n"
b[15:17] = []
b.append("new tail\n")
print("".join(difflib.unified_diff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, n=0)), end="")
print("".join(difflib.context_diff(a, b, n=1)), end="")
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
print(list(difflib.unified_diff([], ["new\n"])))
print(list(difflib.context_diff(["old\n"], [])))
try:
    list(difflib.unified_diff([b"x"], [b"y"]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print("ValueError:", e)
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("x"))
m = difflib.Match(1, 2, 3)
print(m, m.size)
