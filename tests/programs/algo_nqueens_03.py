# backtracking: n-queens, permutations of a multiset, subset sum, maze solving
def queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    place(0)
    return sols
for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(8)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(8)))
def subset_sum(nums, target):
    res = []
    def go(i, cur, total):
        if total == target:
            res.append(cur[:])
            return
        if i == len(nums) or total > target:
            return
        cur.append(nums[i])
        go(i + 1, cur, total + nums[i])
        cur.pop()
        go(i + 1, cur, total)
    go(0, [], 0)
    return res
print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([1, 2, 3, 4, 5, 6], 10))
maze = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#..E",
]
def solve(maze):
    h, w = len(maze), len(maze[0])
    start = next((r, c) for r in range(h) for c in range(w) if maze[r][c] == "S")
    from collections import deque
    q = deque([start])
    prev = {start: None}
    while q:
        r, c = q.popleft()
        if maze[r][c] == "E":
            path = []
            cur = (r, c)
            while cur:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and maze[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = (r, c)
                q.append((nr, nc))
path = solve(maze)
print(len(path) - 1, path[:5])
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
