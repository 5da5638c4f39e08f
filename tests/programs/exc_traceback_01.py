# regen: full-stderr
# Uncaught exception through several frames; lines chosen so that CPython
# prints no caret lines (each failing line is a whole call or raise statement).
def validate(n):
    if n < 0:
        raise ValueError(f"negative value: {n}")
    print("valid", n)


def process(items):
    for item in items:
        validate(item)


def main():
    print("processing")
    process([3, 1, -4, 1])


main()
