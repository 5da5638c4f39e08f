# pydoc (help) falls back to the comments above an undocumented definition;
# inspect.getcomments gives them.
import inspect


# Compute the total.
# Second line of the comment.
def total(items):
    return sum(items)


class Box:
    # The box's volume.
    def volume(self):
        return 1

    def plain(self):
        return 2


def bare():
    pass


print(repr(inspect.getcomments(total)))
print(repr(inspect.getcomments(Box.volume)))
print(inspect.getcomments(bare))
print(inspect.indentsize("    \tx"))
help(total)
help(Box)
help(bare)
