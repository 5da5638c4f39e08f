# argparse: -h prints help to stdout and exits 0
import argparse
p = argparse.ArgumentParser(prog="tool", description="Process some integers.", epilog="Bye.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
g = p.add_argument_group("extra", "Extra options.")
g.add_argument("-x", "--extra-long-option-name", metavar="VALUE", help="something extra")
args = p.parse_args()
print("not reached")
