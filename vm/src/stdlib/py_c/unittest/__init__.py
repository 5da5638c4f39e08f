"""Unit testing framework (pyrs-nogil's implementation of CPython 3.11's
`unittest`, written from its documentation; the same submodules as CPython's:
case, result, runner, suite, loader, main, signals, util, mock).

Offered: TestCase (fixtures, cleanups, subTest, the assert* methods with
CPython's failure messages), FunctionTestCase, SkipTest, skip/skipIf/
skipUnless/expectedFailure, TestSuite, TestLoader (defaultTestLoader),
TestResult, TextTestResult, TextTestRunner, main/TestProgram (-v -q -f -b -k
and test names on the command line), module and class fixtures
(setUpModule/tearDownModule, setUpClass/tearDownClass, class and module
cleanups).

`unittest.mock` is a submodule (see its docstring for what it offers).

Not offered: IsolatedAsyncioTestCase, test discovery
(`python -m unittest discover`), -c/--catch (accepted, no signal handler).

Report text follows CPython: the tracebacks in failure reports leave out the
frames of this package, as CPython leaves out those of its own.
"""

from .util import safe_repr, strclass, three_way_cmp
from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, doModuleCleanups, enterModuleContext)
from .result import TestResult
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, getTestCaseNames, makeSuite,
                     findTestCases)
from .runner import TextTestResult, TextTestRunner
from .signals import installHandler, registerResult, removeResult, removeHandler
from .main import main, TestProgram

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult',
           'installHandler', 'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases', 'BaseTestSuite']

__unittest = True
