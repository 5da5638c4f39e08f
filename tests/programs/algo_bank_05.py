# object-oriented simulation: bank with accounts, transactions, audit log
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.log = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        self.log.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(f"{self.owner}: need {amt}, have {self._balance}")
        self._balance -= amt
        self.log.append(("wd", amt))
    def __repr__(self):
        return f"<{type(self).__name__} {self.id} {self.owner} {self._balance}>"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit
    def withdraw(self, amt):
        if amt > self._balance + self.limit:
            raise InsufficientFunds(f"{self.owner}: over limit")
        self._balance -= amt
        self.log.append(("wd", amt))
class Bank:
    def __init__(self):
        self.accounts = {}
        self.audit = []
    def open(self, cls, *a, **k):
        acc = cls(*a, **k)
        self.accounts[acc.id] = acc
        self.audit.append(f"open {acc.id}")
        return acc
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except InsufficientFunds as e:
            self.audit.append(f"FAILED transfer {src}->{dst} {amt}: {e}")
            return False
        except KeyError as e:
            self.audit.append(f"FAILED unknown account {e}")
            return False
        self.accounts[dst].deposit(amt)
        self.audit.append(f"transfer {src}->{dst} {amt}")
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, "ann", 500)
b = bank.open(Savings, "bob", 1000)
c = bank.open(Overdraft, "cy", 50, limit=200)
print(a, b, c)
print(bank.transfer(a.id, b.id, 200), bank.transfer(c.id, a.id, 220), bank.transfer(c.id, a.id, 100), bank.transfer(9999, a.id, 1))
print(b.add_interest(), b.balance, bank.total())
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acc in sorted(bank.accounts.values(), key=lambda x: x.balance):
    print(acc, acc.log)
for line in bank.audit:
    print(line)
print([type(x).__name__ for x in bank.accounts.values()], isinstance(c, Account), Savings.rate)
