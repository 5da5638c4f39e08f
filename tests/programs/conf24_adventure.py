# inventory / text adventure state machine
import random
from enum import Enum, auto
from dataclasses import dataclass, field

class State(Enum):
    IDLE = auto(); EXPLORING = auto(); FIGHTING = auto(); DEAD = auto(); WON = auto()

TRANSITIONS = {
    (State.IDLE, "go"): State.EXPLORING,
    (State.EXPLORING, "monster"): State.FIGHTING,
    (State.EXPLORING, "treasure"): State.EXPLORING,
    (State.EXPLORING, "exit"): State.WON,
    (State.FIGHTING, "win"): State.EXPLORING,
    (State.FIGHTING, "lose"): State.DEAD,
}

class InvalidTransition(Exception):
    def __init__(self, state, event):
        self.state, self.event = state, event
    def __str__(self):
        return f"cannot {self.event!r} while {self.state.name}"

@dataclass
class Player:
    name: str
    hp: int = 20
    gold: int = 0
    inventory: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)
    state: State = State.IDLE

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old.name}->{self.state.name}")
        return self.state

    def add(self, item, n=1):
        self.inventory[item] = self.inventory.get(item, 0) + n

    def use(self, item):
        try:
            count = self.inventory[item]
        except KeyError:
            raise LookupError(f"no {item} in inventory") from None
        if count == 1:
            del self.inventory[item]
        else:
            self.inventory[item] = count - 1

rng = random.Random(1234)
p = Player("Hero")
print(p)
p.fire("go")
rooms = ["hall", "cave", "crypt", "garden", "tower", "vault", "well", "keep"]
for turn in range(1, 30):
    if p.state in (State.DEAD, State.WON):
        break
    room = rng.choice(rooms)
    roll = rng.randint(1, 20)
    if p.state is State.EXPLORING:
        if roll > 17 and turn > 10:
            p.fire("exit"); print(f"turn {turn:2}: found the exit in the {room}")
        elif roll > 11:
            g = rng.randint(1, 50); p.gold += g; p.add(rng.choice(["potion", "key", "gem"]))
            p.fire("treasure"); print(f"turn {turn:2}: treasure in {room:<7} +{g:3d} gold -> {p.gold:>4}")
        else:
            p.fire("monster"); print(f"turn {turn:2}: monster in the {room}!")
    elif p.state is State.FIGHTING:
        dmg = rng.randint(0, 8); p.hp -= dmg
        if p.hp <= 0:
            p.fire("lose"); print(f"turn {turn:2}: slain (took {dmg})")
        elif roll % 3:
            p.fire("win"); print(f"turn {turn:2}: won the fight, hp={p.hp}")
        else:
            print(f"turn {turn:2}: still fighting, hp={p.hp:02d}")
            if "potion" in p.inventory:
                p.use("potion"); p.hp = min(20, p.hp + 5); print(f"         drank potion -> hp {p.hp}")
print(p)
print(p.log[:6], len(p.log))
print(sorted(p.inventory.items()), sum(p.inventory.values()))
for ev in ["go", "explode"]:
    try:
        p.fire(ev)
    except InvalidTransition as e:
        print("invalid:", e, e.args)
try:
    p.use("dragon")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
summary = {s.name: sum(1 for l in p.log if l.endswith(s.name)) for s in State}
print(summary)
width = max(map(len, summary))
for k, v in summary.items():
    print(f"{k:.<{width + 3}}{v:>3} {'#' * v}")
