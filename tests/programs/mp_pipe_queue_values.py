import multiprocessing as mp
import re


def f(conn):
    conn.send("hello")
    conn.send(42)


def fails():
    raise KeyError("missing")


def show(x):
    return mp.current_process().name.startswith("ForkPoolWorker")


def clean(r):
    return re.sub(r" pid=\d+", "", re.sub(r"parent=\d+", "parent=P", r))


if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=f, args=(child,))
    print(clean(repr(p)))
    p.start()
    child.close()
    print(parent.recv(), parent.recv())
    p.join()
    print(clean(repr(p)))
    try:
        parent.recv()
    except EOFError:
        print("EOF after child ended")
    p2 = mp.Process(target=fails, name="Bad")
    p2.start()
    p2.join()
    print("exitcode", p2.exitcode)
    with mp.Pool(2) as pool:
        print(all(pool.map(show, range(4))))
    q = mp.Queue()
    try:
        q.get(timeout=0.01)
    except Exception as e:
        print(type(e).__name__, type(e).__module__)
    jq = mp.JoinableQueue()
    jq.put(1)
    print(jq.get())
    jq.task_done()
    jq.join()
    sq = mp.SimpleQueue()
    sq.put(5)
    print(sq.get(), sq.empty())
    d = mp.Process(target=print, args=("daemon run",), daemon=True)
    print(d.daemon)
    d.start(); d.join()
    print(len(mp.active_children()))
    ev = mp.Event()
    print(ev.is_set())
    print(mp.Value('b', 200).value, mp.Value('f', 0.1).value, mp.Value('c', b'x').value)
    ca = mp.Array('c', b'hello')
    print(ca.value, ca.raw, ca[1])
    try:
        mp.Value('i', 1.5)
    except TypeError as e:
        print("TypeError", e)
