# function objects: attributes, __name__, __doc__, __qualname__, __defaults__, introspection
def documented(a, b=1):
    """Add two numbers.

    More text."""
    return a + b
print(documented.__name__, documented.__qualname__, documented.__doc__.splitlines()[0], documented.__defaults__)
documented.custom = "attr"
print(documented.custom, hasattr(documented, "custom"), getattr(documented, "missing", None))
class K:
    def method(self):
        "method doc"
        return 1
    class Inner:
        def deep(self):
            pass
print(K.method.__name__, K.method.__qualname__, K.Inner.deep.__qualname__, K.method.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
print(type(documented).__name__, type(len).__name__, type(K().method).__name__, type(lambda: 0).__name__)
bound = K().method
print(bound(), bound.__func__ is K.method, bound.__self__.__class__.__name__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc(), documented.__module__)
def gen_fn():
    yield 1
print(type(gen_fn()).__name__, callable(gen_fn))
def kwonly(a, *, b, c=3):
    pass
print(kwonly.__kwdefaults__, kwonly.__defaults__)
print(documented.__code__.co_name, documented.__code__.co_varnames, documented.__code__.co_argcount)
fns = {}
def register(f):
    fns[f.__name__] = f
    return f
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(fns), [fns[k]() for k in sorted(fns)])
f2 = documented
del documented
print(f2(5), f2.__name__)
def varfn(*args, **kwargs):
    pass
print(repr(None.__class__.__name__), (lambda: None)() is None)
