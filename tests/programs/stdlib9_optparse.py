import sys
from optparse import OptionParser, OptionGroup, OptionValueError

p = OptionParser(usage="usage: %prog [options] FILE", version="%prog 1.2", prog="tool",
                 description="Process some files and report what was found in them.")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-n", "--num", type="int", default=3, help="how many [default: %default]")
p.add_option("-x", type="float", dest="ratio")
p.add_option("-m", "--mode", type="choice", choices=["fast", "slow"], default="fast")
p.add_option("-v", action="count", dest="level")
p.add_option("-I", action="append", dest="includes")
p.add_option("--pair", nargs=2, type="int")
p.add_option("--secret", help=None)
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)

opts, args = p.parse_args(["-f", "out.txt", "-q", "a.txt", "-n", "0x10", "-vvv", "-I", "x", "-Iy",
                           "--pair", "1", "2", "--mode=slow", "-x2.5", "b.txt", "--", "-z"])
print(sorted(vars(opts).items()))
print(args)
opts, args = p.parse_args([])
print(opts)
print(p.get_usage(), end='')
p.print_help()
p.print_version()
print(p.has_option('-f'), p.get_option('--num').dest, p.get_option('--num').type)


def check(argv):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)


sys.stderr = sys.stdout
check(["-z"])
check(["-n", "abc"])
check(["-n"])
check(["--mode", "medium"])
check(["--nu", "5"])
check(["--quiet=1"])
check(["--version"])


def cb(option, opt, value, parser):
    print('callback', opt, value)
    parser.values.cb = value * 2


q = OptionParser(prog="cbtool", add_help_option=False)
q.add_option("-c", action="callback", callback=cb, type="int")
q.add_option("--const", action="store_const", const=42)
o, a = q.parse_args(["-c", "21", "--const", "rest"])
print(o.cb, o.const, a)
q.print_help()
