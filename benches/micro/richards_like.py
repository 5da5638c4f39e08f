# Task scheduler state machine (richards-like): linked objects, method dispatch, ints.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link; self.ident = ident; self.kind = kind; self.datum = 0
class Task:
    def __init__(self, ident, prio, queue):
        self.ident = ident; self.prio = prio; self.queue = queue; self.count = 0; self.next = None
    def run(self, pkt):
        self.count += 1
        if pkt is not None:
            pkt.datum = (pkt.datum + self.ident) & 0xffff
        return self.next
class Scheduler:
    def __init__(self, n):
        self.tasks = [Task(i, i % 5, None) for i in range(n)]
        for i, t in enumerate(self.tasks):
            t.next = self.tasks[(i + 1) % n]
        p = None
        for i in range(20):
            p = Packet(p, i, i % 3)
        self.pkts = p
    def schedule(self, steps):
        t = self.tasks[0]
        p = self.pkts
        for _ in range(steps):
            t = t.run(p)
            p = p.link or self.pkts
        return sum(t.count for t in self.tasks)
print(Scheduler(10).schedule(1000000))
