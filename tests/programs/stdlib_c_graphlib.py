import graphlib
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = TopologicalSorter()
ts.add("D", "B", "C")
ts.add("C", "A")
ts.add("B", "A")
print(tuple(ts.static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter({"x": []}).static_order()), list(TopologicalSorter().static_order()))

ts = TopologicalSorter({"app": ["lib", "cfg"], "lib": ["core"], "cfg": ["core"], "test": ["app"]})
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))

ts = TopologicalSorter({1: [2], 2: [3]})
ts.prepare()
r = ts.get_ready()
print(r, ts.get_ready(), ts.is_active())
for bad in [lambda: ts.done(99), lambda: ts.done(1), lambda: ts.add(5),
            lambda: ts.prepare()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
ts.done(3)
try:
    ts.done(3)
except ValueError as e:
    print("ValueError:", e)
fresh = TopologicalSorter()
for bad in [fresh.get_ready, fresh.is_active, lambda: fresh.done(1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

for g in [{1: [2], 2: [1]}, {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}, {1: [1]},
          {1: [2], 2: [3], 3: [4], 4: [2]}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print("CycleError:", e.args[0], e.args[1], isinstance(e, ValueError))
ts = TopologicalSorter()
ts.add("a", "b", "b")
print(list(ts.static_order()))
print(TopologicalSorter[int])
