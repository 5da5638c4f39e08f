# except with tuples, base classes, ordering, exception objects attributes
errors = [ZeroDivisionError, OverflowError, FloatingPointError, KeyError, IndexError, ValueError, UnicodeError, TypeError, AttributeError, NameError, UnboundLocalError, RecursionError, NotImplementedError, FileNotFoundError, PermissionError, StopIteration, AssertionError, ImportError, ModuleNotFoundError, EOFError]
for cls in errors:
    try:
        raise cls("msg")
    except ArithmeticError:
        kind = "arith"
    except LookupError:
        kind = "lookup"
    except (TypeError, AttributeError):
        kind = "type/attr"
    except NameError:
        kind = "name"
    except RuntimeError:
        kind = "runtime"
    except OSError:
        kind = "os"
    except ImportError:
        kind = "import"
    except ValueError:
        kind = "value"
    except Exception:
        kind = "exception"
    print(f"{cls.__name__:20} {kind:10} bases={[b.__name__ for b in cls.__bases__]}")
def mro_names(c):
    return [k.__name__ for k in c.__mro__]
print(mro_names(ZeroDivisionError))
print(mro_names(UnicodeDecodeError))
print(mro_names(FileNotFoundError))
print(mro_names(KeyboardInterrupt), mro_names(SystemExit), mro_names(GeneratorExit))
print(mro_names(ModuleNotFoundError), mro_names(RecursionError), mro_names(StopAsyncIteration))
print(issubclass(KeyError, LookupError), issubclass(bool, int), issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__, repr(e))
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("Exception does not catch SystemExit")
except SystemExit as e:
    print("SystemExit code", e.code)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), e.args)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.start, e.end, e.reason, str(e))
e = StopIteration(42)
print(e.value, e.args)
e = SystemExit(3)
print(e.code, SystemExit().code, SystemExit("m").code)
e = KeyError("k")
print(str(e), repr(e), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("a", "b")))
print(str(ValueError()), repr(ValueError()), str(ValueError(1)), repr(ValueError("x", 2)))
