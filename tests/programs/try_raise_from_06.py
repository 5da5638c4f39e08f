# raise ... from ..., __cause__/__context__ chains walked manually
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, msg):
        super().__init__(f"{table}: {msg}")
        self.table = table
def db():
    raise DBError("users", "connection lost")
def service():
    try:
        db()
    except DBError as e:
        raise AppError("service unavailable") from e
def api():
    try:
        service()
    except AppError as e:
        raise RuntimeError("api failure")
try:
    api()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        how = "cause" if cur.__cause__ is not None else ("context" if cur.__context__ is not None else "root")
        chain.append(f"{type(cur).__name__}({cur}) via {how}")
        cur = cur.__cause__ or cur.__context__
    for c in chain:
        print(c)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__)
try:
    try:
        raise ValueError("original")
    except ValueError as orig:
        raise TypeError("new") from orig
except TypeError as e:
    print(e.__cause__ is e.__context__, e.__cause__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e = DBError("t", "m")
print(e.table, e.args, str(e), isinstance(e, AppError), isinstance(e, Exception))
try:
    raise DBError("orders", "locked")
except AppError as err:
    print("caught as AppError:", type(err).__name__, err)
def cleanup_error():
    try:
        raise ValueError("body")
    finally:
        pass
try:
    cleanup_error()
except ValueError as e:
    print("finally passthrough", e, e.__context__)
try:
    try:
        1 / 0
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print("finally exception replaces:", repr(e), "context:", repr(e.__context__))
