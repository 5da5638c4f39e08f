# custom exception hierarchies and handling patterns
class BankError(Exception):
    """Base for bank errors."""
class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount
        self.shortfall = amount - balance
class AccountLocked(BankError):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.locked = False
        self.history = []
    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(f"account of {self.owner} is locked")
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.history.append(-amount)
        return self.balance
acct = Account("ann", 100)
for amt in [30, 50, 40, -5, 20]:
    try:
        left = acct.withdraw(amt)
        print(f"withdrew {amt}, left {left}")
    except InsufficientFunds as e:
        print(f"InsufficientFunds: {e} (short {e.shortfall})")
    except BankError as e:
        print("BankError:", e)
    except ValueError as e:
        print("ValueError:", e)
acct.locked = True
try:
    acct.withdraw(1)
except BankError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, AccountLocked), BankError.__doc__)
print(acct.history, [c.__name__ for c in InsufficientFunds.__mro__])
class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")
def validate(rec):
    errs = []
    if not rec.get("name"):
        errs.append("name required")
    if not isinstance(rec.get("age"), int):
        errs.append("age must be int")
    elif rec["age"] < 0:
        errs.append("age must be >= 0")
    if errs:
        raise ValidationError(errs)
    return True
for rec in [{"name": "x", "age": 3}, {"age": -1}, {"name": "", "age": "3"}]:
    try:
        print(validate(rec))
    except ValidationError as e:
        print(e, e.errors)
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
    def __str__(self):
        return f"gave up after {self.attempts} attempts"
try:
    raise Retry(3)
except Retry as e:
    print(e, repr(e), e.args)
def convert(values):
    out = []
    errors = []
    for v in values:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            errors.append((v, type(e).__name__))
    return out, errors
print(convert(["1", "x", None, 4, "5", [1]]))
class ContextError(Exception):
    pass
try:
    try:
        raise KeyError("original")
    except KeyError as ke:
        raise ContextError("wrapped") from ke
except ContextError as ce:
    print(ce, "<-", repr(ce.__cause__))
