"""A small text adventure driven by a scripted command list."""


class GameError(Exception):
    pass


class InvalidMove(GameError):
    def __init__(self, direction, room):
        super().__init__(f"cannot go {direction} from {room}")
        self.direction = direction


class LockedDoor(InvalidMove):
    pass


class Room:
    def __init__(self, name, description, items=()):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = {}
        self.locked = set()

    def connect(self, direction, other, back=None, locked=False):
        self.exits[direction] = other
        if locked:
            self.locked.add(direction)
        if back:
            other.exits[back] = self

    def __repr__(self):
        return f"Room({self.name!r})"

    def __str__(self):
        extra = f" Items: {', '.join(sorted(self.items))}." if self.items else ""
        ways = ", ".join(sorted(self.exits))
        return f"== {self.name} ==\n{self.description}{extra}\nExits: {ways}"


class Player:
    MAX_ITEMS = 3

    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.history = [start.name]

    def go(self, direction):
        if direction not in self.room.exits:
            raise InvalidMove(direction, self.room.name)
        if direction in self.room.locked:
            if "key" not in self.inventory:
                raise LockedDoor(direction, self.room.name)
            self.room.locked.discard(direction)
            print("You unlock the door with the key.")
        self.room = self.room.exits[direction]
        self.moves += 1
        self.history.append(self.room.name)

    def take(self, item):
        if item not in self.room.items:
            raise GameError(f"there is no {item} here")
        if len(self.inventory) >= self.MAX_ITEMS:
            raise GameError("your hands are full")
        self.room.items.remove(item)
        self.inventory.append(item)

    def drop(self, item):
        try:
            self.inventory.remove(item)
        except ValueError:
            raise GameError(f"you do not have {item}") from None
        self.room.items.append(item)


class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty hall.", ["lamp"])
        library = Room("Library", "Shelves of old books.", ["book", "key"])
        vault = Room("Vault", "Gold glitters everywhere.", ["gold"])
        garden = Room("Garden", "Overgrown and quiet.", ["rose", "stone"])
        hall.connect("north", library, back="south")
        hall.connect("east", garden, back="west")
        library.connect("down", vault, back="up", locked=True)
        self.player = Player(hall)
        self.state = "playing"
        self.score = 0
        self.handlers = {
            "go": self.cmd_go, "take": self.cmd_take, "drop": self.cmd_drop,
            "look": self.cmd_look, "inv": self.cmd_inv, "quit": self.cmd_quit,
        }

    def cmd_go(self, arg):
        self.player.go(arg)
        print(self.player.room)
        if self.player.room.name == "Vault":
            self.score += 50

    def cmd_take(self, arg):
        self.player.take(arg)
        self.score += {"gold": 100, "key": 5}.get(arg, 1)
        print(f"Taken: {arg}")

    def cmd_drop(self, arg):
        self.player.drop(arg)
        print(f"Dropped: {arg}")

    def cmd_look(self, arg):
        print(self.player.room)

    def cmd_inv(self, arg):
        inv = self.player.inventory
        print("You carry:", ", ".join(inv) if inv else "nothing")

    def cmd_quit(self, arg):
        self.state = "quit"

    def run(self, script):
        for line in script:
            if self.state != "playing":
                break
            verb, _, arg = line.strip().partition(" ")
            print(f"> {line}")
            handler = self.handlers.get(verb)
            if handler is None:
                print(f"I don't know how to {verb!r}.")
                continue
            try:
                handler(arg)
            except LockedDoor as e:
                print(f"Locked! {e} ({type(e).__mro__[1].__name__})")
            except InvalidMove as e:
                print(f"You can't: {e}; tried {e.direction!r}")
            except GameError as e:
                print(f"Hmm: {e}")
            else:
                if "gold" in self.player.inventory and self.state == "playing":
                    self.state = "won"
        return self.state


script = [
    "look", "go west", "go north", "take book", "take key", "go down",
    "dance", "take lamp", "go south", "take lamp", "take rose", "inv",
    "drop book", "drop book", "go north", "go down", "take gold", "go up", "quit",
]
g = Game()
result = g.run(script)
p = g.player
print(f"Result: {result}; score={g.score}; moves={p.moves}")
print("Path:", " -> ".join(p.history))
print("Inventory:", sorted(p.inventory))
summary = {}
for name in p.history:
    summary[name] = summary.get(name, 0) + 1
for name, count in sorted(summary.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {name:<8}{count:>3}")
