# uncaught custom exception with chained cause
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("missing port setting") from e
print("loading", load({"port": 80}))
print("loading", load({}))
