# helper: circular import partner of mod_cycle_a
import mod_cycle_a

B_VALUE = "b"


def from_b():
    return "from_b sees " + mod_cycle_a.A_VALUE
