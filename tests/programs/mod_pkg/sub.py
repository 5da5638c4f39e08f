from . import util
from .util import triple

VALUE = util.double(21)


def both(x):
    return util.double(x), triple(x)
