# Handoffs through threading's synchronisation objects, all threads at once:
# a Condition passes a turn round-robin (thread t acts only when turn % T == t); a chain of
# Events hands a token from thread to thread; a Barrier with an action runs rounds; a
# Semaphore(2) and a BoundedSemaphore bound how many threads are inside a section.
# Invariants: the turn log is exactly 0, 1, ..., T-1 repeated; the Event chain visits threads in
# order; each Barrier round sees all T arrivals before its action and hands out each wait()
# index once; never more than 2 threads inside the semaphore section; over-releasing a
# BoundedSemaphore raises ValueError.
# stress: short=2x200 long=10x2000
import threading

from _harness import Run

run = Run("sync_handoffs")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail



def run_all(target):
    threads = [threading.Thread(target=target, args=(t,)) for t in range(T)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
        if th.is_alive():
            fail(f"{target.__name__}: a thread is still blocked after 120 s")


# 1. Condition: round-robin turns.
cond = threading.Condition()
turn = 0
turn_log = []
ROUNDS = max(1, N // 4)


def take_turns(t):
    global turn
    for _ in range(ROUNDS):
        with cond:
            while turn % T != t:
                cond.wait()
            turn_log.append(t)
            turn += 1
            cond.notify_all()


run_all(take_turns)
expected = list(range(T)) * ROUNDS
if turn_log != expected:
    at = next((i for i, (a, b) in enumerate(zip(turn_log, expected)) if a != b),
              min(len(turn_log), len(expected)))
    fail(f"Condition turn log leaves round-robin order at turn {at} ({len(turn_log)} turns)")

# 2. Event chain: event[t] set -> thread t appends and sets event[t + 1]; ROUNDS laps.
chain_log = []
LAPS = max(1, N // 8)
events = [[threading.Event() for _ in range(T + 1)] for _ in range(LAPS)]


def relay(t):
    for lap in range(LAPS):
        if not events[lap][t].wait(timeout=60):
            chain_log.append(("timeout", lap, t))
            return
        chain_log.append(t)
        events[lap][t + 1].set()
        if t == T - 1 and lap + 1 < LAPS:
            events[lap + 1][0].set()


events[0][0].set()
run_all(relay)
if chain_log != list(range(T)) * LAPS:
    fail(f"Event chain visited {chain_log[:12]!r}...")

# 3. Barrier rounds with an action.
arrivals = [[] for _ in range(N)]
indexes = [[] for _ in range(N)]
current = [0]
action_bad = []


def action():
    r = current[0]
    if sorted(arrivals[r]) != list(range(T)):
        action_bad.append((r, sorted(arrivals[r])))
    current[0] = r + 1


barrier = threading.Barrier(T, action=action)


def rounds(t):
    for r in range(N):
        arrivals[r].append(t)
        indexes[r].append(barrier.wait())


run_all(rounds)
if action_bad:
    fail(f"Barrier action ran before every thread arrived: {action_bad[:3]!r}")
if current[0] != N:
    fail(f"Barrier action ran {current[0]} times, expected {N}")
for r in range(N):
    if sorted(indexes[r]) != list(range(T)):
        fail(f"Barrier round {r} handed out wait() indexes {sorted(indexes[r])!r}")

# 4. Semaphores bound their sections: at most 2 threads inside the Semaphore(2) section, at most
# 3 inside the BoundedSemaphore(3) one.
sem = threading.Semaphore(2)
bsem = threading.BoundedSemaphore(3)
inside = {2: 0, 3: 0}
most = {2: 0, 3: 0}
inside_lock = threading.Lock()
entries = [0] * T


def section(t):
    for i in range(N):
        limit = 2 if i % 2 else 3
        with sem if limit == 2 else bsem:
            with inside_lock:
                inside[limit] += 1
                most[limit] = max(most[limit], inside[limit])
                if inside[limit] > limit:
                    fail(f"{inside[limit]} threads inside a section bounded by {limit}")
            entries[t] += sum(range(200)) // 19900   # some work inside the section
            with inside_lock:
                inside[limit] -= 1


run_all(section)
if sum(entries) != T * N or inside != {2: 0, 3: 0}:
    fail(f"semaphore sections entered {sum(entries)} times, expected {T * N}")
try:
    bsem.release()
    fail("BoundedSemaphore released above its initial value without ValueError")
except ValueError:
    pass
run.ok(turns=len(turn_log), relays=len(chain_log), barrier_rounds=current[0],
       max_inside=f"{most[2]}/{most[3]}")
