# regen: full-stderr
def validate(items):
    errors = []
    for i, it in enumerate(items):
        try:
            if it < 0:
                raise ValueError(f"negative at {i}: {it}")
            if it == 0:
                raise ZeroDivisionError(f"zero at {i}")
            1 / it
        except (ValueError, ZeroDivisionError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    validate([1, -2, 0, 3, -5])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
    raise
except* ZeroDivisionError as eg:
    print("zeros:", eg.exceptions)
