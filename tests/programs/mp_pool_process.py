import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, Value, Array, Lock, Manager, Pipe
import time


def square(x):
    return x * x


def add(a, b):
    return a + b


def boom(x):
    if x == 3:
        raise ValueError("bad value %d" % x)
    return x


def worker(q, n):
    q.put(n * 10)


def incr(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def fill(arr, i):
    arr[i] = i * i


def sender(conn):
    conn.send([1, 2, 3])
    conn.send({"a": 1})
    conn.close()


def mgr_work(d, l, k):
    d[k] = k * 2
    l.append(k)


def exiter(code):
    import sys
    sys.exit(code)


def named():
    print("in child:", mp.current_process().name)


if __name__ == "__main__":
    print(mp.cpu_count() > 0)
    with Pool(4) as p:
        print(p.map(square, range(10)))
        print(p.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        r = p.apply_async(square, (7,))
        print(r.get(timeout=5), r.ready(), r.successful())
        print(p.apply(add, (2, 3)))
        print(sorted(p.imap_unordered(square, range(6))))
        print(list(p.imap(square, range(6))))
        try:
            p.map(boom, range(6))
        except ValueError as e:
            print("caught", e)
        res = p.map_async(square, [1, 2, 3], callback=lambda v: print("callback", v))
        res.wait()
        time.sleep(0.05)
        print(res.get())
        er = p.apply_async(boom, (3,), error_callback=lambda e: print("errcb", repr(e)))
        try:
            er.get()
        except ValueError as e:
            print("get raised", e)
    p2 = Pool(2)
    print(p2.map(square, []))
    p2.close()
    p2.join()
    try:
        p2.map(square, [1])
    except ValueError as e:
        print("closed:", e)
    try:
        Pool(0)
    except ValueError as e:
        print(e)
    p3 = Pool(2)
    try:
        p3.join()
    except ValueError as e:
        print(e)
    p3.terminate()
    p3.join()

    q = Queue()
    procs = [Process(target=worker, args=(q, i)) for i in range(4)]
    print(procs[0].name, procs[0].is_alive(), procs[0].exitcode)
    for pr in procs:
        pr.start()
    for pr in procs:
        pr.join()
    print(sorted(q.get() for _ in range(4)), q.empty())
    print([pr.exitcode for pr in procs], procs[0].is_alive())
    try:
        procs[0].start()
    except AssertionError as e:
        print("assert:", e)

    counter = Value('i', 0)
    lock = Lock()
    ps = [Process(target=incr, args=(counter, lock, 1000)) for _ in range(4)]
    for pr in ps: pr.start()
    for pr in ps: pr.join()
    print(counter.value)
    v = Value('d', 1.5)
    print(v.value, repr(Value('i', 7)), Value('i', 2**31).value)
    with v.get_lock():
        v.value += 1
    print(v.value)

    arr = Array('i', 5)
    ps = [Process(target=fill, args=(arr, i)) for i in range(5)]
    for pr in ps: pr.start()
    for pr in ps: pr.join()
    print(arr[:], list(arr), len(arr), arr[2])
    a2 = Array('d', [1.0, 2.5])
    print(a2[:], sum(a2))

    parent, child = Pipe()
    pr = Process(target=sender, args=(child,))
    pr.start()
    print(parent.recv(), parent.recv())
    pr.join()
    print(parent.poll(0.1))
    r, w = Pipe(duplex=False)
    w.send("one-way")
    print(r.recv())
    try:
        r.send(1)
    except OSError as e:
        print("OSError:", e)
    w.close()
    try:
        r.recv()
    except EOFError:
        print("EOFError")

    with Manager() as m:
        d = m.dict()
        l = m.list()
        ps = [Process(target=mgr_work, args=(d, l, k)) for k in range(5)]
        for pr in ps: pr.start()
        for pr in ps: pr.join()
        print(sorted(d.items()), sorted(l))
        ns = m.Namespace(x=1)
        ns.y = 2
        print(ns.x + ns.y)

    pe = Process(target=exiter, args=(3,))
    pe.start(); pe.join()
    print("exitcode", pe.exitcode)
    pn = Process(target=named, name="Worker-A")
    pn.start(); pn.join()
    print(mp.current_process().name, mp.parent_process())
    print(mp.get_start_method())
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print(e)
    ctx = mp.get_context("spawn")
    print(ctx.get_start_method())
    try:
        mp.get_context("nope")
    except ValueError as e:
        print(e)
    from multiprocessing.pool import ThreadPool
    with ThreadPool(3) as tp:
        print(tp.map(square, [4, 5]))
    from multiprocessing import dummy
    with dummy.Pool(2) as dp:
        print(dp.map(square, [6, 7]))
    try:
        Pool(2).apply_async(time.sleep, (1,)).get(timeout=0.01)
    except mp.TimeoutError:
        print("timeout")
    print(isinstance(mp.TimeoutError(), mp.ProcessError))
