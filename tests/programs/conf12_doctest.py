"""doctest: testmod (quiet and verbose), the runner's failure reports and summary,
option flags, expected exceptions, the parser, script_from_examples, DocTestSuite.

>>> 1 + 1
2
"""
import doctest
import unittest
import io
import sys


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(20)]   # doctest: +ELLIPSIS
    [0, 2, ..., 38]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> add(True, 0)
    1
    """
    return a + b


def boom():
    """
    >>> boom()
    Traceback (most recent call last):
      ...
    ValueError: bad value
    >>> boom()  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: whatever
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> None
    >>> x = 5
    >>> x
    5
    >>> skipped()  # doctest: +SKIP
    """
    raise ValueError("bad value")


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()


def nodoc():
    pass


print(doctest.testmod())
print(doctest.testmod(verbose=True))

# Failure reports, through tests with an explicit file name.
text = '''
>>> 2 * 3
7
>>> print('hello')
>>> 1/0
Traceback (most recent call last):
ZeroDivisionError: division by zero
>>> [1, 2, 3]
[1, 2,
 3]
>>> y = 10
>>> y // 3
3
'''
parser = doctest.DocTestParser()
test = parser.get_doctest(text, {}, "demo", "demo.py", 10)
print(test, len(test.examples), [e.lineno for e in test.examples])
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test))
print(runner.summarize())
print(runner.summarize(verbose=True))

long_text = '''
>>> for i in range(4): print(i)
0
1
5
3
'''
for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    r = doctest.DocTestRunner(verbose=False, optionflags=flag)
    r.run(parser.get_doctest(long_text, {}, "diffs", "diffs.py", 0))

r = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print(r.run(parser.get_doctest(text, {}, "first", "first.py", 0)))
r = doctest.DocTestRunner(verbose=False, optionflags=doctest.FAIL_FAST)
print(r.run(parser.get_doctest(text, {}, "fast", "fast.py", 0)))

out = io.StringIO()
r = doctest.DocTestRunner(verbose=True)
r.run(parser.get_doctest(">>> 40 + 2\n42\n", {}, "ok", None, 0), out=out.write)
print(repr(out.getvalue()))

doctest.run_docstring_examples(add, {"add": add}, name="add")
print(doctest.script_from_examples(add.__doc__))
ex = parser.get_examples(">>> x = 1\n>>> x\n1\n")
print(len(ex), repr(ex[1].source), repr(ex[1].want), ex[1].lineno)
try:
    parser.get_examples(">>>x")
except ValueError as e:
    print(e)
try:
    parser.get_examples(">>> x  # doctest: +BOGUS")
except ValueError as e:
    print(e)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))

# DocTestSuite under unittest.
suite = doctest.DocTestSuite()
print(suite.countTestCases())
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(res.testsRun, len(res.failures), len(res.errors))
