# operator: functions, errors, itemgetter/attrgetter/methodcaller
import operator as o
for e in ["o.add(1)", "o.neg()", "o.not_()", "o.concat(1,2)", "o.indexOf([1],2)", "o.length_hint(3, \"a\")", "o.itemgetter()", "o.attrgetter(1)", "o.methodcaller()", "o.methodcaller(1)", "repr(o.itemgetter(1,\"a\"))", "repr(o.attrgetter(\"a.b\", \"c\"))", "repr(o.methodcaller(\"f\", 1, k=\"v\"))", "o.itemgetter(1)([1])", "o.abs(\"a\")", "o.index(1.5)", "o.countOf([1,1,2], 1)", "o.length_hint(iter([1,2,3]))", "o.call(len, [1])", "o.iconcat([1], (2,))", "o.concat([1], (2,))", "o.itemgetter(1)(1)","o.attrgetter(\"x\")(1)", "o.truth([])", "o.is_(None, None)", "o.pow(2, -1)","o.inv(5)", "o.getitem(\"abc\", slice(1, None))", "type(o.itemgetter(1))", "o.add.__name__", "o.__add__", "o.length_hint(x for x in [])", "o.itemgetter(1).__reduce__()", "o.lt(1, 'a')", "o.methodcaller('count', 'a')('banana')"]:
    try: print(e, eval(e))
    except BaseException as x: print(e, type(x).__name__, x)
try:
    class Sub(o.itemgetter):
        pass
except TypeError as e:
    print("TypeError")
