# regen: full-stderr
x = 1
y = 2
if x == y print("equal")
