# namedtuple in data processing
from collections import namedtuple, Counter, defaultdict
Employee = namedtuple("Employee", "name dept salary age")
staff = [
    Employee("ann", "eng", 120, 34), Employee("bob", "ops", 80, 45), Employee("cy", "eng", 135, 29),
    Employee("di", "sales", 70, 38), Employee("ed", "ops", 95, 52), Employee("flo", "eng", 110, 41),
]
print(staff[0], staff[0]._fields, staff[0]._asdict())
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept in sorted(by_dept):
    es = by_dept[dept]
    print(f"{dept:6} n={len(es)} avg_salary={sum(e.salary for e in es) / len(es):.1f} oldest={max(es, key=lambda e: e.age).name}")
raise_ = [e._replace(salary=round(e.salary * 1.1)) for e in staff if e.dept == "eng"]
print(raise_)
print(sorted(staff, key=lambda e: (-e.salary, e.name))[:3])
print(Counter(e.dept for e in staff).most_common())
Stats = namedtuple("Stats", ["mn", "mx", "mean"])
def stats(xs):
    return Stats(min(xs), max(xs), sum(xs) / len(xs))
s = stats([e.age for e in staff])
print(s, s.mean, s._replace(mean=0), tuple(s), Stats._make((1, 2, 3.0)))
Pt = namedtuple("Pt", "x y", defaults=(0,))
print(Pt(1), Pt(1, 2), Pt._field_defaults, Pt(x=5) == (5, 0))
print(isinstance(staff[0], tuple), len(staff[0]), staff[0][1], staff[0].count(120), staff[0] < staff[1])
name, dept, *rest = staff[2]
print(name, dept, rest)
print({e.name: e.age for e in staff if e.age > 40})
