# for/while with else, break, continue
for i in range(5):
    if i == 3:
        print("break at", i)
        break
    print("i =", i)
else:
    print("for-else not reached")
for i in range(3):
    print("j =", i)
else:
    print("for-else reached")
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
else:
    print("while-else not reached")
k = 3
while k:
    k -= 1
else:
    print("while-else reached, k =", k)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))
for x in range(2, 30):
    for d in range(2, x):
        if x % d == 0:
            break
    else:
        print(x, end=" ")
print()
count = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
print("count", count)
result = []
i = 0
while True:
    i += 1
    if i > 20:
        break
    if i % 3 == 0:
        continue
    result.append(i)
print(result)
for ch in "hello":
    pass
print("last ch", ch)
for i in []:
    print("never")
else:
    print("empty loop else")
total = 0
for i in range(1, 4):
    for j in range(1, 4):
        for k in range(1, 4):
            if i == j == k:
                continue
            total += i * j * k
print(total)
it = iter([1, 2, 3, 4, 5, 6])
for x in it:
    if x == 2:
        print("skip next", next(it))
    print("x", x)
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x + 10)
print(lst)
