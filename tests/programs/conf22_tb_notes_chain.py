# regen: full-stderr
class ConfigError(Exception):
    pass

def parse_value(raw):
    return int(raw)

def load(entries):
    out = {}
    for k, v in entries:
        try:
            out[k] = parse_value(v)
        except ValueError as exc:
            err = ConfigError(f"bad value for {k!r}")
            err.add_note(f"raw value was {v!r}")
            err.add_note("hint: use digits only")
            raise err from exc
    return out

def main():
    print(load([("a", "1"), ("b", "2")]))
    data = [("x", "10"), ("y", "ten")]
    transform = lambda d: load(d)
    return [transform(data) for _ in range(1)]

main()
