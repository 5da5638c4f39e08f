# simulations: elementary cellular automaton, bank queue, inventory with events
def rule(n):
    bits = [(n >> i) & 1 for i in range(8)]
    def step(cells):
        w = len(cells)
        return [bits[(cells[(i - 1) % w] << 2) | (cells[i] << 1) | cells[(i + 1) % w]] for i in range(w)]
    return step
for r in (30, 90, 110):
    cells = [0] * 31
    cells[15] = 1
    step = rule(r)
    print(f"rule {r}")
    for _ in range(8):
        print("".join("#" if c else "." for c in cells))
        cells = step(cells)
import random
random.seed(7)
queue_len = 0
served = 0
waits = []
q = []
for minute in range(120):
    if random.random() < 0.45:
        q.append(minute)
    if q and random.random() < 0.5:
        arrived = q.pop(0)
        waits.append(minute - arrived)
        served += 1
print("served", served, "left", len(q), "avg wait", round(sum(waits) / len(waits), 3), "max wait", max(waits))
stock = {"widget": 10, "gadget": 5}
events = [("sell", "widget", 3), ("sell", "gadget", 6), ("restock", "gadget", 10), ("sell", "gadget", 6), ("sell", "doohickey", 1), ("restock", "widget", 2)]
for kind, item, qty in events:
    if kind == "sell":
        have = stock.get(item)
        if have is None:
            print(f"unknown item {item}")
        elif have < qty:
            print(f"cannot sell {qty} {item}, only {have}")
        else:
            stock[item] = have - qty
            print(f"sold {qty} {item}, left {stock[item]}")
    else:
        stock[item] = stock.get(item, 0) + qty
        print(f"restocked {item} to {stock[item]}")
print(stock)
