# argparse with arguments from argv_argparse_02.args
import argparse
p = argparse.ArgumentParser(prog="demo")
p.add_argument("files", nargs="+")
p.add_argument("-n", "--count", type=int, default=1)
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("--sep", default=",")
ns = p.parse_args()
print(ns.files, ns.count, ns.verbose, repr(ns.sep))
for f in ns.files:
    print((f + ns.sep) * ns.count)
