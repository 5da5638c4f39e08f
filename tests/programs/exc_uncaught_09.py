# program that ends with an uncaught exception (exit 1, traceback on stderr)
def compute(values):
    total = 0
    for v in values:
        total += 100 // v
        print("partial", total)
    return total
print("start")
print(compute([1, 2, 5]))
print(compute([4, 0, 3]))
print("never reached")
