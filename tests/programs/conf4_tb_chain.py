# regen: full-stderr
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

def process(accounts, ops):
    for name, amt in ops:
        accounts[name].withdraw(amt)

accts = {"a": Account(10), "b": Account(5)}
try:
    process(accts, [("a", 3), ("c", 1)])
except KeyError as e:
    print("missing", e)
data = {"x": [1, 2, {"y": None}]}
def deep(d):
    return d["x"][2]["y"]["z"]
try:
    deep(data)
except TypeError as e:
    print(e)
def outer():
    try:
        return inner()
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
def inner():
    values = [1, 2, 0]
    return sum(10 / v for v in values)
outer()
