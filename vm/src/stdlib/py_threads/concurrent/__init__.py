# Package for concurrent-execution modules (see concurrent.futures).
#
# Embedded in the binary: its submodules are found by their full dotted names, never on disk,
# so the search path is empty (not [''], which would search the current directory).
__path__ = []
