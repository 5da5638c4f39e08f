"""The registry of running results (Ctrl-C handling itself is not offered)."""


__unittest = True


_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    try:
        _results.remove(result)
        return True
    except ValueError:
        return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
