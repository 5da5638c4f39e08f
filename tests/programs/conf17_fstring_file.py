# regen: full-stderr
# A backslash in an f-string expression is a SyntaxError for the whole file.
y = ["a", "b"]
print(f"{'\n'.join(y)}")
