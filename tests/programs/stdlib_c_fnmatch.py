import fnmatch
names = ["a.txt", "b.py", "abc.TXT", ".hidden", "x/y.txt", "data1.csv", "data22.csv", "dat[a].csv", "a-b", "]x", "!x", "a\\b", "\n.txt"]
for pat in ["*.txt", "*.TXT", "?.py", "data?.csv", "data*.csv", "[ab]*", "[!ab]*", "*[0-9].csv", "dat[[]a].csv", "[]]x", "[!]]*", "[!!]*", "a[-]b", "a[z-a]b", "*", "**", "", "[", "a[", "x/*", "*.*", "a\\b", "[a-c]*.T?T", "*a*b*", "[\\]*", "[^a]*", "[a&&b]*"]:
    print(repr(pat), fnmatch.filter(names, pat), [fnmatch.fnmatchcase(n, pat) for n in names[:3]])
print(fnmatch.fnmatch("ABC", "abc"), fnmatch.fnmatch(b"abc.txt", b"*.txt"))
for pat in ["*.txt", "?", "a[bc]d", "[!x]", "x+y", "[a-z]", "*.py"]:
    print(fnmatch.translate(pat))
