# regen: full-stderr
def gen():
    yield 1
    d = {}
    yield d["missing"]

def consume():
    try:
        return sum(gen())
    except KeyError:
        cleanup = None
        cleanup.close()

consume()
