# input() with a prompt-less protocol, and EOFError at the end (see .stdin)
n = int(input())
rows = []
for _ in range(n):
    a, b = map(int, input().split())
    rows.append((a, b))
print("pairs:", rows)
print("sums:", [a + b for a, b in rows])
name = input("name? ")
print()
print("hello,", name)
try:
    while True:
        extra = input()
        print("extra:", extra)
except EOFError:
    print("EOF reached")
