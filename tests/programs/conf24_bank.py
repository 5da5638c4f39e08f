# Bank simulation with custom exceptions, context managers and chained errors.
import traceback


class BankError(Exception):
    """Base for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"account {account.number} short by {needed:.2f}")
        self.account = account
        self.needed = needed


class AccountFrozen(BankError):
    pass


class Account:
    _next = 1000

    def __init__(self, owner, balance=0.0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return round(self._balance, 2)

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.number)
        if amount > self._balance:
            raise InsufficientFunds(self, amount - self._balance)
        self._balance -= amount
        self.history.append(("W", amount))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("D", amount))

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.balance})"


class Transaction:
    def __init__(self, bank):
        self.bank = bank

    def __enter__(self):
        self.snapshot = {a.number: a._balance for a in self.bank}
        print("  begin tx")
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            for a in self.bank:
                a._balance = self.snapshot[a.number]
            print(f"  rollback: {et.__name__}: {ev}")
            return issubclass(et, BankError)
        print("  commit")
        return False


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError("transfer failed") from e
    dst.deposit(amount)


bank = [Account("alice", 100), Account("bob", 50.5), Account("carol")]
alice, bob, carol = bank
print(bank)

with Transaction(bank):
    transfer(alice, bob, 30)
print(bank)

with Transaction(bank):
    transfer(alice, carol, 20)
    transfer(carol, bob, 500)
print(bank)

try:
    with Transaction(bank):
        bob.deposit(-5)
except ValueError as e:
    print("escaped:", repr(e))
print(bank)

bob.frozen = True
try:
    bob.withdraw(1)
except BankError as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))

try:
    transfer(carol, alice, 1000)
except BankError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__), e.__cause__.needed)
    print("suppress:", e.__suppress_context__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")

try:
    try:
        {}["missing"]
    except KeyError:
        int("zz")
except ValueError as e:
    print("context:", repr(e.__context__), e.__cause__)

try:
    alice.balance = -1
except ValueError as e:
    print("setter:", e)

errs = []
for amt in [10, "x", None, 0, 5.5]:
    try:
        alice.deposit(amt)
    except (TypeError, ValueError) as e:
        errs.append(f"{type(e).__name__}({e})")
    else:
        errs.append("ok")
    finally:
        errs.append("|")
print(" ".join(errs))
print(alice.history)


def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")


print(finally_return())

eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
try:
    raise eg
except* ValueError as g:
    print("caught values:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("caught types:", [str(x) for x in g.exceptions])

e = InsufficientFunds(alice, 3)
print(str(e), repr(e.args))
e2 = BankError()
print(repr(e2), str(e2) == "", BankError.__doc__)
e3 = KeyError("k")
print(str(e3), repr(e3), str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file", "x.txt")))
print(repr(StopIteration(5).value), repr(SystemExit(3).code))
e4 = ValueError("note me")
e4.add_note("extra info")
print(e4.__notes__)


def deep(n):
    if n == 0:
        assert n > 0, f"reached bottom with n={n}"
    deep(n - 1)


try:
    deep(3)
except AssertionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("assert:", e, len(tb), [f.name for f in tb])

print("final:", bank)
transfer(carol, alice, 10**6)
