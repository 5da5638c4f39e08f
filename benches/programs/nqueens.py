"""n-queens: recursion, small-int bit operations and loops.

Usage: nqueens.py [THREADS] [N]

Counts the placements of N non-attacking queens by backtracking. The search is split into
one task per legal placement of the first two rows (about N*N tasks); THREADS threads take
the tasks round-robin and the counts are summed, so the result does not depend on THREADS.
Prints one line.
"""
import sys
import threading


def count_from(n, row, cols, d1, d2):
    """Solutions below a board whose first `row` rows are placed (bit sets of attacked
    columns and diagonals)."""
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if cols & (1 << c) or d1 & (1 << (row + c)) or d2 & (1 << (row - c + n)):
            continue
        total += count_from(n, row + 1, cols | (1 << c), d1 | (1 << (row + c)),
                            d2 | (1 << (row - c + n)))
    return total


def first_two_rows(n):
    tasks = []
    for c0 in range(n):
        for c1 in range(n):
            if abs(c0 - c1) > 1:
                tasks.append((c0, c1))
    return tasks


def solve_task(n, task):
    c0, c1 = task
    cols = (1 << c0) | (1 << c1)
    d1 = (1 << c0) | (1 << (1 + c1))
    d2 = (1 << (n - c0)) | (1 << (1 - c1 + n))
    return count_from(n, 2, cols, d1, d2)


def main(threads, n):
    tasks = first_two_rows(n)
    counts = [0] * len(tasks)

    def worker(tid):
        for k in range(tid, len(tasks), threads):
            counts[k] = solve_task(n, tasks[k])

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("nqueens %d solutions %d" % (n, sum(counts)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 12)
