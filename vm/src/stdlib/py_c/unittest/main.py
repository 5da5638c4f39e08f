"""The command-line front end: unittest.main (TestProgram)."""

import sys

from .loader import defaultTestLoader
from .runner import TextTestRunner

__unittest = True


_USAGE_OPTIONS = ['[-h]', '[-v]', '[-q]', '[--locals]', '[-f]', '[-c]', '[-b]',
                  '[-k TESTNAMEPATTERNS]']

_HELP_BODY = """
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""

_MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _wrap_parts(parts, indent, first_len, width=78):
    # Words laid out in lines of at most `width` columns, continuation
    # lines indented by `indent` (argparse's usage layout).
    lines = []
    line = []
    line_len = first_len - 1
    for part in parts:
        if line_len + 1 + len(part) > width and line:
            lines.append(line)
            line = []
            line_len = len(indent) - 1
        line.append(part)
        line_len += len(part) + 1
    if line:
        lines.append(line)
    return [' '.join(words) for words in lines]


def _usage(prog):
    """The usage line(s), laid out as argparse does for an 80-column terminal."""
    prefix = 'usage: '
    positional = ['[tests ...]']
    one = ' '.join([prog] + _USAGE_OPTIONS + positional)
    if len(prefix) + len(one) <= 78:
        return prefix + one + '\n'
    if len(prefix) + len(prog) <= 0.75 * 78:
        indent = ' ' * (len(prefix) + len(prog) + 1)
        lines = _wrap_parts([prog] + _USAGE_OPTIONS, indent, len(prefix))
        lines += _wrap_parts(positional, indent, len(indent))
        text = prefix + lines[0] + ''.join('\n' + indent + l for l in lines[1:])
    else:
        indent = ' ' * len(prefix)
        lines = _wrap_parts(_USAGE_OPTIONS + positional, indent, len(indent))
        if len(lines) > 1:
            lines = (_wrap_parts(_USAGE_OPTIONS, indent, len(indent)) +
                     _wrap_parts(positional, indent, len(indent)))
        text = prefix + prog + ''.join('\n' + indent + l for l in lines)
    return text + '\n'


class TestProgram:
    """A command-line program that runs a set of tests (unittest.main)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1]
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self):
        print(_usage(self.progName) + _HELP_BODY)
        print(_MAIN_EXAMPLES % {'prog': self.progName})

    def _usage_error(self, message):
        sys.stderr.write(_usage(self.progName))
        sys.stderr.write("%s: error: %s\n" % (self.progName, message))
        sys.exit(2)

    def parseArgs(self, argv):
        tests = []
        patterns = []
        args = list(argv[1:])
        i = 0
        while i < len(args):
            a = args[i]
            i += 1
            if a in ('-h', '--help'):
                self._print_help()
                sys.exit(0)
            elif a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a == '--locals':
                self.tb_locals = True
            elif a in ('-f', '--failfast'):
                self.failfast = True
            elif a in ('-c', '--catch'):
                self.catchbreak = True
            elif a in ('-b', '--buffer'):
                self.buffer = True
            elif a == '-k' or (a.startswith('-k') and len(a) > 2):
                if a == '-k':
                    if i >= len(args):
                        self._usage_error("argument -k: expected one argument")
                    value = args[i]
                    i += 1
                else:
                    value = a[2:]
                patterns.append(value if '*' in value else '*%s*' % value)
            elif a.startswith('-') and a != '-':
                self._usage_error("unrecognized arguments: %s" % a)
            else:
                tests.append(a)
        if patterns:
            self.testNamePatterns = patterns
        if tests:
            self.testNames = [t[:-3].replace('/', '.') if t.endswith('.py') else t
                              for t in tests]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                             buffer=self.buffer, warnings=self.warnings,
                                             tb_locals=self.tb_locals)
                except TypeError:
                    runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                             buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                runner = self.testRunner()
        else:
            runner = self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
