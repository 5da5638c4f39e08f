# helper: circular import partner of mod_cycle_b
import mod_cycle_b

A_VALUE = "a"


def from_a():
    return "from_a sees " + mod_cycle_b.B_VALUE
