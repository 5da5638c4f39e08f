# case methods, padding, predicates
words = ["hello", "WORLD", "Python3", "snake_case", "Title Case", "mIxEd", "123", "", "  ", "ß", "o'neil's"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in words:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isupper(), w.islower(), w.istitle(), w.isidentifier(), w.isdecimal(), w.isnumeric(), w.isprintable(), w.isascii())
print("abc".center(9), "abc".center(9, "*"), "abc".center(8, "-"), "abc".center(2), "ab".center(5, "."))
print("abc".ljust(6, "."), "abc".rjust(6, "."), "abc".ljust(2), "42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "".zfill(3))
print("12".isdigit(), "\u00b2".isdigit(), "\u00b2".isdecimal(), "\u2155".isnumeric(), "\u0663".isdigit(), "3.5".isdigit())
print("hello world foo".title(), "they're bill's".title(), "HELLO".istitle(), "Hello World".istitle())
print("Straße".upper(), "İ".lower().__len__(), "ǅ".upper(), "ǅ".lower(), "ǅ".istitle())
print("\t".isprintable(), "a\nb".isprintable(), "é".isascii(), "~".isascii())
for i, w in enumerate(["a", "bb", "ccc", "dddd"]):
    print(f"[{w.rjust(5)}] [{w.ljust(5)}] [{w.center(5)}] [{w.center(6, '_')}]")
print("%s" % "abc".upper().lower().capitalize().swapcase())
def is_palindrome(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "abc", "a" * 3 == "aaa")
print(min(["pear", "apple", "fig"]), max(["pear", "apple", "fig"]), sorted("hello"), sorted(["b", "A", "a", "B"]))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["bb", "a", "ccc"], key=len, reverse=True))
