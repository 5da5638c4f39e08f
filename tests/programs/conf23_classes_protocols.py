class Registry:
    plugins = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Registry.plugins[cls.key] = cls


class Alpha(Registry, key="a"):
    pass


class Beta(Registry):
    pass


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        delattr(obj, self.private)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


class Meta(type):
    order = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        Meta.order.append(name)
        cls.fields = [k for k in ns if not k.startswith("__")]
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

    def __repr__(cls):
        return f"<model {cls.__name__}>"

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": name}


class Model(metaclass=Meta):
    x = 1
    y = 2

    def method(self):
        return self.x


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __lt__(self, o):
        return tuple(self) < tuple(o)


class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class Audited:
    def __init__(self):
        self.log = []

    def __getattribute__(self, name):
        if name != "log" and not name.startswith("__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def ping(self):
        return "pong"


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "temperature in C"
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        self._c = 0

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)


def main():
    print(sorted(Registry.plugins), Alpha.key, Beta.key)
    p = Person("Ann", 30)
    print(p.name, p.age, vars(p), Person.name.public, Person.age.private)
    for bad in [("age", "x"), ("name", 5)]:
        try:
            setattr(p, *bad)
        except TypeError as e:
            print("TypeError:", e)
    del p.age
    print(p.age)
    m = Model()
    print(Model, Model.fields, m.created_by_meta, Model.prepared, Meta.order, type(Model).__name__)
    s = Slotted(1)
    print(s.a, hasattr(s, "__dict__"), Slotted.__slots__)
    try:
        s.c = 3
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        s.b
    except AttributeError as e:
        print("AttributeError:", e)
    v, w = Vec(1, 2), Vec(3, 4)
    print(v + w, v + 1, 1 + v, 2 * v, v * 3, v @ w, -v, bool(Vec(0, 0)), list(v), v[1], sum([v, w], Vec(0, 0)))
    print(sorted([w, v]), v == Vec(1, 2), v != w, len({v, Vec(1, 2)}), max(v, w))
    for expr in [lambda: v * v, lambda: v + "s", lambda: "s" + v, lambda: v < 3]:
        try:
            expr()
        except TypeError as e:
            print("TypeError:", e)
    lz = Lazy()
    print(lz.real, lz.auto_ok, getattr(lz, "missing", "dflt"), hasattr(lz, "nope"))
    try:
        lz.nope
    except AttributeError as e:
        print("AttributeError:", e)
    a = Audited()
    a.ping()
    _ = a.log
    a.ping
    print(a.log)
    t = Temp()
    t.celsius = 100
    print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
    try:
        t.celsius = -300
    except ValueError as e:
        print("ValueError:", e)
    try:
        t.fahrenheit = 3
    except AttributeError as e:
        print("AttributeError:", e)
    del t.celsius
    print(t.celsius, isinstance(Temp.celsius, property), Temp.celsius.fset.__name__)
    print([c.__name__ for c in Alpha.__mro__], issubclass(Alpha, Registry), isinstance(Model, Meta))


main()
