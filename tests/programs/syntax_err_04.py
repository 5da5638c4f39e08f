# regen: full-stderr
def ok():
    return 1
class C:
    def m(self):
        return ok() +
