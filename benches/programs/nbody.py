"""n-body: float arithmetic on small lists, the classic Jovian-planets simulation.

Usage: nbody.py [THREADS] [STEPS]

The work is SYSTEMS independent planetary systems (the same five bodies, each system
with Jupiter nudged by a different deterministic amount), each advanced STEPS steps.
THREADS threads take the systems round-robin, so the total work does not depend on
THREADS, and neither does the checksum (each system's energies are combined in system
order by the main thread). Prints one checksum line.
"""
import sys
import threading

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
SYSTEMS = 8


def make_bodies(k):
    """The sun and the four giants; system k moves Jupiter by k * 1e-3 AU in x."""
    return [
        [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS],
        [[4.84143144246472090e+00 + k * 1e-3, -1.16032004402742839e+00, -1.03622044471123109e-01],
         [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
          -6.90460016972063023e-05 * DAYS_PER_YEAR],
         9.54791938424326609e-04 * SOLAR_MASS],
        [[8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
         [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
          2.30417297573763929e-05 * DAYS_PER_YEAR],
         2.85885980666130812e-04 * SOLAR_MASS],
        [[1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
         [2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
          -2.96589568540237556e-05 * DAYS_PER_YEAR],
         4.36624404335156298e-05 * SOLAR_MASS],
        [[1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
         [2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
          -9.51592254519715870e-05 * DAYS_PER_YEAR],
         5.15138902046611451e-05 * SOLAR_MASS],
    ]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for (r, [vx, vy, vz], m) in bodies:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    v = bodies[0][1]
    v[0] = px / SOLAR_MASS
    v[1] = py / SOLAR_MASS
    v[2] = pz / SOLAR_MASS


def advance(bodies, dt, n):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(n):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for (r, [vx, vy, vz], m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


def energy(bodies):
    e = 0.0
    for i, ((x1, y1, z1), v1, m1) in enumerate(bodies):
        e += m1 * (v1[0] * v1[0] + v1[1] * v1[1] + v1[2] * v1[2]) / 2.0
        for ((x2, y2, z2), v2, m2) in bodies[i + 1:]:
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    return e


def simulate(k, steps):
    bodies = make_bodies(k)
    offset_momentum(bodies)
    e0 = energy(bodies)
    advance(bodies, 0.01, steps)
    return e0, energy(bodies)


def main(threads, steps):
    results = [None] * SYSTEMS

    def worker(tid):
        for k in range(tid, SYSTEMS, threads):
            results[k] = simulate(k, steps)

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    before = sum(e0 for e0, _ in results)
    after = sum(e1 for _, e1 in results)
    print("nbody %d %.9f %.9f" % (steps, before, after))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 25000)
