# reading stdin line by line (see stdin_lines_01.stdin)
import sys
total = 0
words = 0
lines = []
for line in sys.stdin:
    line = line.rstrip("\n")
    lines.append(line)
    words += len(line.split())
    for tok in line.split():
        if tok.lstrip("-").isdigit():
            total += int(tok)
print("lines:", len(lines))
print("words:", words)
print("sum of numbers:", total)
for i, l in enumerate(lines, 1):
    print(f"{i:3}: {l[::-1]}")
