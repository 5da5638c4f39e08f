# regen: full-stderr
# An expression spanning several lines: the traceback marks its first line from the
# expression's start to the last non-blank character, without operator anchors.
import sys
def add(a, b):
    return (a +
            b)
def call_chain(data):
    return data["key"][
        "missing"]
for f in (lambda: add(1, "x"), lambda: call_chain({"key": {}})):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)
x = 1
y = "a"
z = x + \
    y
