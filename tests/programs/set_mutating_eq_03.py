# set.add / discard / remove / in with keys whose __eq__ changes the set during the lookup
# (clears it, adds to it, discards the key being compared).


class Key:
    def __init__(self, name, h, hook=None):
        self.name, self.h, self.hook = name, h, hook

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if self.hook:
            hook, self.hook = self.hook, None
            hook()
        return isinstance(other, Key) and self.h == other.h

    def __repr__(self):
        return self.name


s = set()
s.add(Key("stored", 7, hook=lambda: s.clear()))
s.add(Key("probe", 7))
print(sorted(map(repr, s)))

s = set()
s.add(Key("stored", 7, hook=lambda: s.clear()))
print(s.discard(Key("probe", 7)), s)

s = set()
s.add(Key("stored", 7, hook=lambda: s.update(range(50))))
print(Key("probe", 7) in s, len(s))

s = set()
stored = Key("stored", 7)
s.add(stored)
stored.hook = lambda: s.discard(stored)
try:
    s.remove(Key("probe", 7))
    print("removed", s)
except KeyError as e:
    print("KeyError", e, s)

s = set()
other = Key("other", 8)
stored = Key("stored", 7, hook=lambda: (s.discard(stored), s.add(other)))
s.add(stored)
s.discard(Key("probe", 7))
print(sorted(map(repr, s)))

s = {1, 2.0, "3"}
s.add(2)
s.discard(1.0)
print(sorted(map(repr, s)))
