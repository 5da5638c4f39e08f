# argparse: parse sys.argv; a bad value exits 2 with usage and "prog: error:" on stderr
# regen: full-stderr
import argparse
p = argparse.ArgumentParser(prog="tool", description="Process some integers.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
p.add_argument("--mode", choices=["a", "b"], default="a")
print("parsing")
args = p.parse_args()
print(args.accumulate(args.integers))
