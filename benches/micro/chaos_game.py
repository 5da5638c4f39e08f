# chaos-like: random floats, small tuples, list indexing, min/max, dict of points.
import random
random.seed(1234)
pts = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.866)]
x, y = 0.3, 0.3
grid = {}
for i in range(300000):
    px, py = pts[random.randrange(3)]
    x = (x + px) / 2.0
    y = (y + py) / 2.0
    key = (int(x * 64), int(y * 64))
    grid[key] = grid.get(key, 0) + 1
print(len(grid), max(grid.values()), min(grid.values()))
