from unittest import mock
import unittest, os
m = mock.MagicMock(); n = mock.MagicMock()
d = {m: 1, n: 2}
print(d[m], d[n], len({m, n, m}), m in [n], m in [n, m], str(m).startswith("<MagicMock id="))
print(repr(mock.Mock(name="x").y.z()).split(" id=")[0], repr(mock.MagicMock()()).split(" id=")[0])
print(repr(mock.Mock(spec=int)).split(" id=")[0], repr(mock.Mock(spec_set=[1])).split(" id=")[0])
@mock.patch("os.getpid", return_value=5)
class C(unittest.TestCase):
    def test_a(self, p):
        self.assertEqual(os.getpid(), 5)
    def helper(self):
        return os.getpid() != 5
r = unittest.TestResult(); unittest.TestLoader().loadTestsFromTestCase(C).run(r)
print(r.wasSuccessful(), C("test_a").helper())
m = mock.Mock()
m.a.b.c(1)
m.a(2)
print(m.mock_calls, m.a.mock_calls, m.method_calls)
m.reset_mock(return_value=True)
p = mock.PropertyMock(return_value=3)
class K: pass
K.prop = p
k = K()
print(k.prop, p.call_args_list)
k.prop = 9
print(p.call_args_list)
mm = mock.MagicMock()
mm.__getitem__.return_value = "item"
mm["k"] = 4
print(mm["z"], mm.__setitem__.call_args, mm.__getitem__.call_args)
print(mm + 1 is mm.__add__.return_value, abs(mm) is mm.__abs__.return_value, round(1.5) )
with mock.patch.object(os, "getpid") as gp:
    gp.return_value = 77
    print(os.getpid())
print(os.getpid() != 77)
sm = mock.Mock()
sm.side_effect = StopIteration
try:
    sm()
except StopIteration:
    print("stop")
x = mock.Mock(return_value=None)
x(1, 2, a=3)
x.assert_called_once_with(1, 2, a=3)
print(x.call_args == mock.call(1, 2, a=3), x.call_args != mock.call(1))
print(mock.call(1) in x.call_args_list, [mock.call(1, 2, a=3)] == x.call_args_list)
