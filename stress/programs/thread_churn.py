# Thread creation and joining: ITERATIONS threads in all (10,000 in both modes), started in waves
# of at most THREADS*8 alive at once, in every style (target with args/kwargs, a Thread subclass,
# daemon threads, a thread that starts and joins a child); one wave in four meets at a Barrier so
# its threads are alive together. Invariants: every thread ran exactly once with its own
# arguments; threads alive together have distinct idents and native ids; after each join
# is_alive() is false; at the end only the main thread is left.
# stress: short=1x10000 long=5x10000
import threading

from _harness import Run

run = Run("thread_churn")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
WAVE = T * 8



ran = [0] * N
results = [None] * N
lock = threading.Lock()
count = 0


def body(idx, scale=1, meet=None, ids=None):
    global count
    if meet is not None:
        ids.append((threading.get_ident(), threading.current_thread().native_id))
        meet.wait()
    results[idx] = idx * scale
    with lock:
        ran[idx] += 1
        count += 1


class Sub(threading.Thread):
    def __init__(self, idx):
        super().__init__(name=f"sub-{idx}")
        self.idx = idx

    def run(self):
        body(self.idx, scale=3)


def parent(idx, child_idx):
    child = threading.Thread(target=body, args=(child_idx,), kwargs={"scale": 5})
    child.start()
    child.join()
    if child.is_alive():
        fail(f"child {child_idx} alive after join")
    body(idx, scale=5)


scale_of = [1] * N
started = 0
wave_no = 0
while started < N:
    size = min(WAVE, N - started)
    meet = threading.Barrier(size) if wave_no % 4 == 3 else None
    ids = []
    wave = []
    idx = started
    while idx < started + size:
        style = idx % 5
        if meet is not None or style == 0:
            th = threading.Thread(target=body, args=(idx,), kwargs={"meet": meet, "ids": ids})
        elif style == 1:
            th = threading.Thread(target=body, args=(idx, 2))
            scale_of[idx] = 2
        elif style == 2:
            th = Sub(idx)
            scale_of[idx] = 3
        elif style == 3:
            th = threading.Thread(target=body, args=(idx,), daemon=True)
        elif idx + 1 < started + size and meet is None:
            th = threading.Thread(target=parent, args=(idx, idx + 1))
            scale_of[idx] = scale_of[idx + 1] = 5
            idx += 1            # the child takes the next index
        else:
            th = threading.Thread(target=body, args=(idx,))
        wave.append(th)
        idx += 1
    for th in wave:
        th.start()
    for th in wave:
        th.join()
        if th.is_alive():
            fail(f"{th.name} alive after join")
    if meet is not None:
        if len(set(i for i, _ in ids)) != size or len(set(n for _, n in ids)) != size:
            fail(f"wave {wave_no}: {size} live threads share idents or native ids")
    started += size
    wave_no += 1

if count != N:
    fail(f"{count} thread bodies ran, expected {N}")
for idx in range(N):
    if ran[idx] != 1:
        fail(f"thread {idx} ran {ran[idx]} times")
    if results[idx] != idx * scale_of[idx]:
        fail(f"thread {idx} result {results[idx]!r}, expected {idx * scale_of[idx]}")
if threading.active_count() != 1 or threading.enumerate() != [threading.main_thread()]:
    fail(f"threads left at the end: {threading.enumerate()!r}")
run.ok(created=N, waves=wave_no, max_alive=WAVE)
