# exception hierarchy checks and catching by base classes
tree = {}
def add(cls):
    for base in cls.__bases__:
        tree.setdefault(base.__name__, []).append(cls.__name__)
classes = [Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError, LookupError,
           IndexError, KeyError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, TypeError,
           NameError, UnboundLocalError, AttributeError, RuntimeError, RecursionError, NotImplementedError,
           OSError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, TimeoutError,
           ConnectionError, BrokenPipeError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
           ImportError, ModuleNotFoundError, AssertionError, EOFError, MemoryError, BufferError, SyntaxError,
           IndentationError, TabError]
for c in classes:
    add(c)
def show(name, depth=0):
    print("  " * depth + name)
    for ch in tree.get(name, []):
        show(ch, depth + 1)
show("BaseException")
def catch(exc):
    for base in (ArithmeticError, LookupError, OSError, ValueError, Exception, BaseException):
        try:
            raise exc
        except base:
            return base.__name__
        except BaseException:
            continue
for exc in [ZeroDivisionError(), KeyError(), FileNotFoundError(), UnicodeDecodeError("utf-8", b"", 0, 0, ""), RecursionError(), KeyboardInterrupt(), SystemExit(), GeneratorExit()]:
    print(type(exc).__name__, "caught by", catch(exc))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, IndexError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError), issubclass(IndentationError, SyntaxError))
print(isinstance(ValueError(), (TypeError, ValueError)), isinstance(KeyError(), LookupError))
try:
    raise OSError(2, "No such file or directory")
except FileNotFoundError as e:
    print("OSError(2) constructs FileNotFoundError:", type(e).__name__, e)
try:
    raise OSError(17, "exists")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
