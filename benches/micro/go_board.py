# go-like board: list-of-lists grid, neighbour loops, sets, small methods.
import random
random.seed(5)
N = 19
class Board:
    def __init__(self):
        self.cells = [[0] * N for _ in range(N)]
    def neighbours(self, x, y):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < N and 0 <= ny < N:
                yield nx, ny
    def group(self, x, y):
        color = self.cells[y][x]
        seen = {(x, y)}
        stack = [(x, y)]
        libs = set()
        while stack:
            cx, cy = stack.pop()
            for nx, ny in self.neighbours(cx, cy):
                c = self.cells[ny][nx]
                if c == 0:
                    libs.add((nx, ny))
                elif c == color and (nx, ny) not in seen:
                    seen.add((nx, ny)); stack.append((nx, ny))
        return seen, libs
    def play(self, x, y, color):
        if self.cells[y][x]:
            return False
        self.cells[y][x] = color
        for nx, ny in list(self.neighbours(x, y)):
            if self.cells[ny][nx] == -color:
                g, libs = self.group(nx, ny)
                if not libs:
                    for gx, gy in g:
                        self.cells[gy][gx] = 0
        return True

total = 0
for game in range(12):
    b = Board()
    color = 1
    for m in range(500):
        if b.play(random.randrange(N), random.randrange(N), color):
            color = -color
    total += sum(sum(r) for r in b.cells)
print(total)
