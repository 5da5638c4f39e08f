# n-queens by backtracking (recursion, integer bit operations, lists); prints the count.
import sys

def solve(n):
    count = 0
    cols = [0] * n
    def place(row, used_cols, d1, d2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if used_cols & (1 << c) or d1 & (1 << (row + c)) or d2 & (1 << (row - c + n)):
                continue
            cols[row] = c
            place(row + 1, used_cols | (1 << c), d1 | (1 << (row + c)), d2 | (1 << (row - c + n)))
    place(0, 0, 0, 0)
    return count

n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
print(n, solve(n))
