# sys.exit("msg"): message printed to stderr, exit status 1
import sys
def main():
    print("starting")
    try:
        sys.exit("fatal: configuration missing")
    finally:
        print("finally runs during SystemExit")
main()
print("never")
