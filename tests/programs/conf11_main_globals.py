# The __main__ module's implicit globals, in CPython's order, with __cached__ None.
x = 1
print(list(globals().keys()))
print(__name__, __doc__, __package__, __spec__, __cached__, __annotations__)
y: int = 2
print(__annotations__, list(globals())[-2:])
