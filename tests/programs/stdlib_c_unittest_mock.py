from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, patch, PropertyMock
import unittest

def show(label, fn, *a, **k):
    try:
        r = fn(*a, **k)
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e))

m = Mock()
m(1)
show("called_with", m.assert_called_with, 2)
show("called_with ok", m.assert_called_with, 1)
show("once_with child", m.foo.assert_called_once_with, 2)
m.foo(3); m.bar.baz(4, k=5)
print(m.mock_calls, m.method_calls)
show("has_calls", m.assert_has_calls, [call.foo(4)])
show("has_calls ok", m.assert_has_calls, [call.foo(3), call.bar.baz(4, k=5)])
show("has_calls any", m.assert_has_calls, [call.bar.baz(4, k=5), call(1)], any_order=True)
show("has_calls any bad", m.assert_has_calls, [call(7)], any_order=True)
show("any_call", m.foo.assert_any_call, 9)
show("not_called", m.foo.assert_not_called)
show("called", Mock().assert_called)
show("called_once", m.assert_called_once)
show("never with", Mock(name="named").assert_called_with, 1, x=2)
show("typo", getattr, m, "assert_called_onse")
print(m.call_count, m.called, m.call_args, m.call_args.args, m.call_args.kwargs, m.call_args_list)
args, kwargs = m.bar.baz.call_args
print(args, kwargs, m.bar.baz.call_args == call(4, k=5), m.bar.baz.call_args == ((4,), {"k": 5}))
print(m.return_value is m(), m.foo.return_value is m.foo(), m.foo.bar is m.foo.bar)

r = Mock(return_value=42)
print(r(), r(1, 2))
s = Mock(side_effect=[1, 2, KeyError("k")])
print(s(), s())
show("side iter exc", s)
show("side exhausted", s)
s2 = Mock(side_effect=lambda x: x * 2)
print(s2(21))
s3 = Mock(side_effect=ValueError("boom"))
show("side exc", s3)
s4 = Mock(side_effect=lambda: DEFAULT, return_value=7)
print(s4())
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)
cfg = Mock(**{"method.return_value": 3, "attr": "value", "other.side_effect": KeyError})
print(cfg.method(), cfg.attr)
show("cfg side", cfg.other)
spec_m = Mock(spec=["alpha", "beta"])
print(spec_m.alpha is spec_m.alpha)
show("spec missing", getattr, spec_m, "gamma")
class Thing:
    x = 1
    def meth(self): pass
st = Mock(spec=Thing)
print(isinstance(st, Thing), st.meth is st.meth)
show("spec missing 2", getattr, st, "nope")
ss = Mock(spec_set=Thing)
show("spec_set", setattr, ss, "nope", 1)
ss.x = 5
print(ss.x)

m.reset_mock()
print(m.call_count, m.mock_calls, m.foo.call_count)
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "child")
child(1)
print(parent.mock_calls)
del m.gone
show("deleted", getattr, m, "gone")

mm = MagicMock()
print(len(mm), list(mm), 3 in mm, int(mm), bool(mm), float(mm), mm.__getitem__.call_args)
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), list(mm), mm[4], "x" in mm, mm == mm, mm != mm, mm == 3)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__exit__.call_count, mm.__enter__.called)
mm2 = MagicMock()
mm2.__str__.return_value = "custom str"
print(str(mm2))
mm2.__eq__.return_value = True
print(mm2 == 1)
print(mm.__iter__.call_count, mm.__contains__.call_args, mm.__len__.called)
cm = MagicMock()
cm.method(1).chained(2)
print(cm.mock_calls, cm.method.return_value.chained.call_args)
print(call.method(1).chained(2).call_list())
print(cm.mock_calls == call.method(1).chained(2).call_list())

print(repr(call(1, a=2)), call.x.y(3), sentinel.foo, sentinel.foo is sentinel.foo, ANY, DEFAULT)
print(call(1, ANY) == call(1, "whatever"), [call(ANY)] == [call(5)])

class Conf:
    @property
    def value(self):
        return "real"
with patch.object(Conf, "value", new_callable=PropertyMock) as pm:
    pm.return_value = "mocked"
    print(Conf().value, pm.call_count)
print(Conf().value)

import os.path
with patch("os.path.exists", return_value=True) as pe:
    print(os.path.exists("/nope"), pe.call_args)
print(os.path.exists("/nope"))

@patch("os.getcwd")
@patch("os.getpid", return_value=99)
def decorated(extra, m_pid, m_cwd):
    m_cwd.return_value = "/fake"
    return os.getpid(), os.getcwd(), extra, m_pid.call_count
print(decorated("x"))
print(os.getcwd() != "/fake")

d = {"a": 1}
with patch.dict(d, {"b": 2}):
    print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
@patch.dict(os.environ, {"PYRS_TEST_VAR": "set"})
def env():
    return os.environ.get("PYRS_TEST_VAR")
print(env(), os.environ.get("PYRS_TEST_VAR"))

p = patch("os.sep", "!")
p.start()
print(os.sep)
p.stop()
print(os.sep)
try:
    patch("os.no_such_thing").start()
except AttributeError as e:
    print("missing attr", str(e).endswith("does not have the attribute 'no_such_thing'"))
with patch("os.no_such_thing", create=True, new=3):
    print(os.no_such_thing)
print(hasattr(os, "no_such_thing"))

with patch.multiple(os, sep="#", curdir="@") as vals:
    print(os.sep, os.curdir, vals)
with patch.multiple("os", getpid=DEFAULT) as vals:
    print(sorted(vals), os.getpid is vals["getpid"])

mo = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", mo):
    with open("f.txt") as f:
        print(f.read())
    with open("f.txt") as f:
        print(f.readline(), f.readlines())
    with open("g.txt", "w") as f:
        f.write("data")
print(mo.call_args_list)
mo().write.assert_called_once_with("data")

class T(unittest.TestCase):
    @patch("os.getpid", return_value=1)
    def test_patched(self, mp):
        self.assertEqual(os.getpid(), 1)
        mp.assert_called_once_with()
r = unittest.TestResult()
T("test_patched").run(r)
print(r.wasSuccessful(), r.testsRun)

