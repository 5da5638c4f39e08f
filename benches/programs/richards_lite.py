# An object-oriented task scheduler in the style of richards (classes, method calls,
# attribute access, dicts); prints a checksum.
import sys

class Task:
    def __init__(self, name, prio, work):
        self.name = name
        self.prio = prio
        self.work = work
        self.done = 0
    def step(self, sched):
        self.done += 1
        if self.done % 3 == 0:
            sched.post(self.name, self.done)
        return self.work - self.done

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.mail = {}
        self.ticks = 0
    def add(self, task):
        self.tasks.append(task)
    def post(self, name, value):
        self.mail[name] = self.mail.get(name, 0) + value
    def run(self, rounds):
        for _ in range(rounds):
            for t in self.tasks:
                if t.step(self) <= 0:
                    t.done = 0
                self.ticks += 1
        return self.ticks

s = Scheduler()
for i in range(10):
    s.add(Task("t%d" % i, i % 3, 50 + i))
rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
print(s.run(rounds), sum(s.mail.values()) % 1000003)
