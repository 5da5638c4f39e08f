# exit() and quit(), which CPython's site module puts in builtins.
import builtins
print(repr(exit), str(quit), type(exit).__name__, type(exit).__module__)
print(hasattr(builtins, 'exit'), callable(quit))
for f, arg in [(exit, ()), (quit, (5,)), (exit, ('bye',)), (quit, (None,))]:
    try:
        f(*arg)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
try:
    exit(1, 2)
except TypeError as e:
    print('TypeError', e)
def main():
    print('working')
    exit(3)
    print('not reached')
try:
    main()
finally:
    print('cleanup runs')
