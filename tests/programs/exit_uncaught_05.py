# uncaught KeyError from nested calls: exit status 1
def get(d, k):
    return d[k]
config = {"host": "example", "port": 8080}
print(get(config, "host"))
print(get(config, "port"))
print(get(config, "user"))
