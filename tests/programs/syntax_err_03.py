# regen: full-stderr
values = [1, 2, 3]
for v in values:
    print(v)
while True
    break
