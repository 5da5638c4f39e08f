# colorsys: every conversion and its inverse on a grid and on seeded random colors; results
# must agree with CPython to the last bit (repr of the floats).
import colorsys
import random

grid = [i / 4 for i in range(5)]
for r in grid:
    for g in grid:
        for b in grid:
            hls = colorsys.rgb_to_hls(r, g, b)
            hsv = colorsys.rgb_to_hsv(r, g, b)
            yiq = colorsys.rgb_to_yiq(r, g, b)
            print((r, g, b), hls, hsv, yiq)
            print("  ", colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv), colorsys.yiq_to_rgb(*yiq))
random.seed(7)
for _ in range(40):
    c = (random.random(), random.random(), random.random())
    print(colorsys.rgb_to_hls(*c), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*c)))
    print(colorsys.rgb_to_hsv(*c), colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*c)))
    print(colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*c)))
for h in [0.0, 0.1, 1 / 6, 0.5, 2 / 3, 0.99, 1.0, 1.25, -0.2]:
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.6), colorsys.hls_to_rgb(h, 0.3, 0.7), colorsys.hls_to_rgb(h, 0.75, 0.5))
print(colorsys.yiq_to_rgb(1.0, 0.9, -0.9), colorsys.yiq_to_rgb(0.0, -0.5, 0.5))
