# sys.exit inside nested functions with try/finally and with-statements
import sys
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None, getattr(ev, "code", None))
        return False
def inner():
    with CM():
        try:
            print("calling sys.exit(4)")
            sys.exit(4)
        finally:
            print("inner finally")
def outer():
    try:
        inner()
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("outer finally")
outer()
print("never")
