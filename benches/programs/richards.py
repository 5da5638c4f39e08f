"""A richards-style operating-system scheduler simulation: classes, method calls,
attribute access, linked lists of packets.

Usage: richards.py [THREADS] [RUNS]

Follows the task/packet protocol of Martin Richards' benchmark (an idle task, a worker,
two handlers and two devices exchanging packets by priority), written here as plain
classes whose state lives in one Scheduler object, so that independent schedulers can run
on different threads. RUNS schedulers are run in all, round-robin over THREADS threads;
each must end with the protocol's known counts (23246 packets queued, 9297 holds), and the
printed totals do not depend on THREADS. Prints one line.
"""
import sys
import threading

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4
IDLE_COUNT = 10000


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Append self at the end of the packet list `queue`; returns the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    """A task control block: queue of incoming packets, three state flags, priority."""

    def __init__(self, sched, ident, priority, queue, pending, waiting, holding):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = pending
        self.task_waiting = waiting
        self.task_holding = holding
        sched.task_list = self
        sched.tasks[ident] = self

    def holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def run(self):
        if self.waiting_with_packet():
            packet = self.input
            self.input = packet.link
            self.packet_pending = self.input is not None
            self.task_waiting = False
        else:
            packet = None
        return self.step(packet)

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old

    # Scheduler primitives, called by the running task.
    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.sched.tasks[ident]
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def send(self, packet):
        t = self.sched.tasks[packet.ident]
        self.sched.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return t.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, I_IDLE, 1, None, False, False, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(I_DEV_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, I_WORK, 1000, queue, True, True, False)
        self.destination = I_HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = I_HANDLER_B if self.destination == I_HANDLER_A else I_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True, False)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.send(work)
        dev = self.device_in
        if dev is None:
            return self.wait()
        self.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.send(dev)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True, False)
        self.pending = None

    def step(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.send(packet)
        self.pending = packet
        return self.hold()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 7
        self.queue_count = 0
        self.hold_count = 0

    def setup(self, idle_count):
        IdleTask(self, idle_count)
        queue = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
        WorkTask(self, queue)
        queue = Packet(Packet(Packet(None, I_DEV_A, K_DEV), I_DEV_A, K_DEV), I_DEV_A, K_DEV)
        HandlerTask(self, I_HANDLER_A, 2000, queue)
        queue = Packet(Packet(Packet(None, I_DEV_B, K_DEV), I_DEV_B, K_DEV), I_DEV_B, K_DEV)
        HandlerTask(self, I_HANDLER_B, 3000, queue)
        DeviceTask(self, I_DEV_A, 4000)
        DeviceTask(self, I_DEV_B, 5000)

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.holding_or_waiting():
                t = t.link
            else:
                t = t.run()


def one_run():
    s = Scheduler()
    s.setup(IDLE_COUNT)
    s.schedule()
    if s.queue_count != 23246 or s.hold_count != 9297:
        raise AssertionError("richards: wrong counts %d %d" % (s.queue_count, s.hold_count))
    return s.queue_count, s.hold_count


def main(threads, runs):
    results = [None] * runs

    def worker(tid):
        for k in range(tid, runs, threads):
            results[k] = one_run()

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("richards %d queued %d held %d" % (runs, sum(q for q, _ in results),
                                            sum(h for _, h in results)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 20)
