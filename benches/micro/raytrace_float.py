# Float-heavy vector class arithmetic with operator overloading (raytrace-like).
import math
class Vec:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, k): return Vec(self.x * k, self.y * k, self.z * k)
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self):
        m = math.sqrt(self.dot(self))
        return self.scale(1.0 / m)

def sphere_hit(orig, d, center, r):
    oc = orig - center
    b = oc.dot(d)
    c = oc.dot(oc) - r * r
    disc = b * b - c
    if disc < 0:
        return None
    return -b - math.sqrt(disc)

def render(w, h):
    eye = Vec(0.0, 0.0, -5.0)
    spheres = [(Vec(0.0, 0.0, 0.0), 1.0), (Vec(1.5, 0.5, 1.0), 0.7), (Vec(-1.2, -0.3, 0.5), 0.5)]
    light = Vec(-1.0, 1.0, -1.0).norm()
    acc = 0.0
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (j - h / 2) / h, 1.0).norm()
            best = None
            for center, r in spheres:
                t = sphere_hit(eye, d, center, r)
                if t is not None and t > 0 and (best is None or t < best[0]):
                    best = (t, center)
            if best:
                p = eye + d.scale(best[0])
                n = (p - best[1]).norm()
                acc += max(0.0, n.dot(light))
    return acc

print(round(render(160, 120), 6))
