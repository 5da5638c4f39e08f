# warnings: message format and source line, once-per-location, filters, catch_warnings
import io, os, sys, warnings
HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
class Out:
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))
    def flush(self):
        pass
sys.stderr = Out()
def f():
    warnings.warn("hello")
f(); f()
for i in range(3):
    warnings.warn("loop warning", RuntimeWarning)
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
def lib():
    warnings.warn("from lib", DeprecationWarning, stacklevel=2)
lib()
warnings.warn(UserWarning("instance msg"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1"); warnings.warn("rec1")
    warnings.warn("rec2", SyntaxWarning)
print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[0].lineno)
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now error")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("ignored")
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=ImportWarning)
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me"); warnings.warn("show me")
warnings.simplefilter("once")
warnings.warn("o"); warnings.warn("o")
warnings.filterwarnings("error", module="__ma")
try: warnings.warn("mod err")
except UserWarning as e: print("raised", e)
warnings.resetwarnings()
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  code  "))
try: warnings.warn("x", int)
except TypeError as e: print(e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("inside ignore")
warnings.warn("after ctx")
