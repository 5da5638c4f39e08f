# OO constraint-propagation style: small classes, method calls, attribute traffic, lists.
class Strength:
    def __init__(self, s, name):
        self.strength = s
        self.name = name
    def stronger(self, other):
        return self.strength < other.strength
REQUIRED = Strength(0, "required"); STRONG = Strength(1, "strong"); WEAK = Strength(5, "weak")

class Variable:
    def __init__(self, name, value=0):
        self.name = name; self.value = value; self.constraints = []; self.determined_by = None
        self.walk_strength = WEAK; self.stay = True; self.mark = 0
    def add_constraint(self, c):
        self.constraints.append(c)

class Constraint:
    def __init__(self, strength):
        self.strength = strength
    def is_satisfied(self):
        return self.satisfied

class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength):
        super().__init__(strength)
        self.v1 = v1; self.v2 = v2; self.satisfied = False
        v1.add_constraint(self); v2.add_constraint(self)
    def execute(self):
        self.v2.value = (self.v1.value * 2 + 1) & 0xffff
    def choose(self, mark):
        if self.v1.mark == mark:
            return self.v2
        return self.v1

class Planner:
    def __init__(self):
        self.current_mark = 0
    def new_mark(self):
        self.current_mark += 1
        return self.current_mark
    def propagate(self, vars_):
        total = 0
        for rnd in range(60):
            mark = self.new_mark()
            for v in vars_:
                v.mark = mark
                for c in v.constraints:
                    out = c.choose(mark)
                    if c.strength.stronger(out.walk_strength):
                        c.execute()
                        c.satisfied = True
                    total += out.value & 7
        return total

def chain(n):
    vs = [Variable("v%d" % i, i) for i in range(n)]
    cs = [BinaryConstraint(vs[i], vs[i + 1], STRONG if i % 2 else REQUIRED) for i in range(n - 1)]
    return Planner().propagate(vs) + len(cs)

print(chain(3000))
