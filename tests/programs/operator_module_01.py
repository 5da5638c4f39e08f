# operator module
import operator as op
print(op.add(2, 3), op.sub(5, 8), op.mul(4, 6), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.neg(5), op.pos(-2), op.abs(-9))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(3, 1), op.ge(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(256, 2))
print(op.concat("ab", "cd"), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([5, 6], 1))
l = [1, 2, 3]
op.setitem(l, 0, 10)
op.delitem(l, 1)
print(l, op.index(7))
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("abc"), get02("abc"), get1({1: "one"}), get02([10, 20, 30]))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.5)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)), max(rows, key=op.itemgetter(2)))
class P:
    def __init__(self, name, age, addr):
        self.name, self.age, self.addr = name, age, addr
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
class A:
    def __init__(self, city):
        self.city = city
people = [P("zed", 30, A("Oslo")), P("amy", 25, A("Bern")), P("kim", 35, A("Lima"))]
print([p.name for p in sorted(people, key=op.attrgetter("age"))], op.attrgetter("name", "age")(people[0]))
print([op.attrgetter("addr.city")(p) for p in people], [p.name for p in sorted(people, key=op.attrgetter("addr.city"))])
hello = op.methodcaller("greet", "Hello")
hi = op.methodcaller("greet", "Hi", punct="?")
print([hello(p) for p in people], hi(people[1]))
print(list(map(op.methodcaller("upper"), ["a", "b"])), op.methodcaller("split", ",")("x,y,z"))
from functools import reduce
print(reduce(op.mul, range(1, 8)), reduce(op.add, ["x", "y", "z"]), list(map(op.mul, [1, 2, 3], [4, 5, 6])))
x = [1, 2]
x = op.iadd(x, [3])
print(x, op.iconcat([0], [1]), op.imul(3, 4), op.length_hint([1, 2, 3]))
print(op.itemgetter(slice(1, 3))("abcdef"), op.itemgetter(-1)([1, 2, 3]))
