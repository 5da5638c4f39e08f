import contextvars
import threading
from contextvars import ContextVar, copy_context, Context, Token

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")
print(request_id.name, request_id.get(), user.get("fallback"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)

tok = request_id.set("r1")
print(request_id.get(), tok.var is request_id, tok.old_value is Token.MISSING, Token.MISSING)
tok2 = request_id.set("r2")
print(request_id.get(), tok2.old_value)
request_id.reset(tok2)
print(request_id.get())
try:
    request_id.reset(tok2)
except RuntimeError:
    print("RuntimeError: token used twice")
try:
    user.reset(tok)
except ValueError:
    print("ValueError: token of another variable")
request_id.reset(tok)
print(request_id.get())

# Copies see a snapshot; run() isolates changes.
user.set("alice")
ctx = copy_context()
user.set("bob")
print(ctx[user], user.get(), user in ctx, len(ctx) >= 1)

def in_ctx(x):
    user.set("carol")
    return user.get(), x
print(ctx.run(in_ctx, 5), user.get(), ctx[user], ctx.get(user), ctx.get(request_id, "dflt"))
print(sorted(v.name for v in ctx.keys()), [ctx[k] for k in ctx if k is user])

def nested():
    ctx.run(lambda: None)
try:
    ctx.run(nested)
except RuntimeError:
    print("RuntimeError: context already entered")

def reset_elsewhere(t):
    user.reset(t)
t = user.set("dave")
try:
    copy_context().run(reset_elsewhere, t)
except ValueError:
    print("ValueError: token from a different context")
user.reset(t)
print(user.get())

empty = Context()
print(len(empty), list(empty), empty.run(lambda: request_id.get()), empty.run(user.get, "no"))

try:
    ctx["not a var"]
except TypeError:
    print("TypeError: key must be a ContextVar")
try:
    ContextVar(5)
except TypeError as e:
    print("TypeError:", e)

# Each thread starts with an empty context.
seen = []
def worker():
    seen.append(user.get("unset in thread"))
    user.set("thread value")
    seen.append(user.get())
th = threading.Thread(target=worker)
th.start()
th.join()
print(seen, user.get())

# A copied context can be run in another thread.
ctx2 = copy_context()
out = []
th = threading.Thread(target=lambda: out.append(ctx2.run(user.get)))
th.start()
th.join()
print(out)
