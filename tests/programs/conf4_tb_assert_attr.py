# regen: full-stderr
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
check(1)
try:
    check(-1)
except AssertionError as e:
    print("AE", e)
print(1, 2, sep="")
obj = None
obj.attribute.other
