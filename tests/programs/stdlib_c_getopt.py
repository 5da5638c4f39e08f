import getopt

args = '-a -b -cfoo -d bar a1 a2'.split()
print(getopt.getopt(args, 'abc:d:'))
s = '--condition=foo --testing --output-file abc.def -x a1 a2'
print(getopt.getopt(s.split(), 'x', ['condition=', 'output-file=', 'testing']))
print(getopt.getopt(['-ab', '-cval', 'rest', '-a'], 'abc:'))
print(getopt.getopt(['-a', '--', '-b'], 'ab'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.getopt(['--cond=1', '--te'], '', ['condition=', 'testing']))
print(getopt.getopt(['--help'], '', 'help'))
print(getopt.getopt([], 'a'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--long', 'z', '-bval', '--', '-c'], 'ab:', ['long']))
print(getopt.gnu_getopt(['x', '-a'], '+a'))
for argv, short, long in [(['-z'], 'a', []), (['-c'], 'c:', []), (['--nope'], '', ['yes']),
                          (['--out'], '', ['out=']), (['--flag=1'], '', ['flag']),
                          (['--t'], '', ['test', 'toast']), (['--out'], '', ['output', 'outer='])]:
    try:
        getopt.getopt(argv, short, long)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "| opt =", repr(e.opt), "| msg =", e.msg, e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
