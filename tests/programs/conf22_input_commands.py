# regen: full-stderr
import sys
total = 0
names = []
while True:
    try:
        line = input("> ")
    except EOFError:
        print("\nEOF reached")
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    cmd, _, arg = line.partition(" ")
    if cmd == "add":
        total += int(arg)
    elif cmd == "name":
        names.append(arg.title())
    elif cmd == "show":
        print(f"total={total} names={names}")
    elif cmd == "fail":
        raise SystemExit(int(arg))
    else:
        print(f"unknown command: {cmd!r}", file=sys.stderr)
print("done", total)
x = input("last? ")
