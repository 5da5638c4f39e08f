"""pstats (pyrs-nogil): Stats over the tables `profile`/`cProfile` collect (see `profile`
for what they hold here), printed in CPython's layout: add, strip_dirs, sort_stats (by name
or SortKey), reverse_order, print_stats with restrictions (counts, fractions, regexes),
print_callers/print_callees (no call graph here), dump_stats, get_stats_profile."""

import marshal
import os
import re
import sys
from enum import Enum
from functools import cmp_to_key

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(str, Enum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        value = values[0]
        obj = str.__new__(cls, value)
        obj._value_ = value
        for other in values[1:]:
            cls._value2member_map_[other] = obj
        obj._all_values = values
        return obj


class FunctionProfile:
    def __init__(self, ncalls, tottime, percall_tottime, cumtime, percall_cumtime,
                 file_name, line_number):
        self.ncalls = ncalls
        self.tottime = tottime
        self.percall_tottime = percall_tottime
        self.cumtime = cumtime
        self.percall_cumtime = percall_cumtime
        self.file_name = file_name
        self.line_number = line_number


class StatsProfile:
    def __init__(self, total_tt, func_profiles):
        self.total_tt = total_tt
        self.func_profiles = func_profiles


_SORT_ARGS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1),), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def f8(x):
    return "%8.3f" % x


class Stats:
    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.sort_arg_dict = {}
        self.all_callees = None
        if args:
            self.add(*args)

    def load_stats(self, arg):
        if arg is None:
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                stats = marshal.load(f)
            self.files.append(arg)
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            stats = arg.stats
        else:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))
        for func, stat in stats.items():
            self._add_one(func, stat)

    def _add_one(self, func, stat):
        cc, nc, tt, ct, callers = stat
        if func in self.stats:
            occ, onc, ott, oct, ocallers = self.stats[func]
            self.stats[func] = (cc + occ, nc + onc, tt + ott, ct + oct, dict(ocallers, **callers))
        else:
            self.stats[func] = (cc, nc, tt, ct, dict(callers))
        self.total_calls += nc
        self.prim_calls += cc
        self.total_tt += tt
        self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        for item in arg_list:
            if isinstance(item, Stats):
                for func, stat in item.stats.items():
                    self._add_one(func, stat)
            else:
                self.load_stats(item)
        return self

    def dump_stats(self, filename):
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        return _SORT_ARGS

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        sort_tuple = ()
        self.sort_type = ""
        connector = ""
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            sort_tuple = sort_tuple + _SORT_ARGS[word][0]
            self.sort_type += connector + _SORT_ARGS[word][1]
            connector = ", "
        stats_list = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            stats_list.append((cc, nc, tt, ct) + func + (func_std_string(func), func))

        def compare(a, b):
            for index, direction in sort_tuple:
                x, y = a[index], b[index]
                if x < y:
                    return -direction
                if x > y:
                    return direction
            return 0
        stats_list.sort(key=cmp_to_key(compare))
        self.fcn_list = [t[-1] for t in stats_list]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        new = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            nf = func_strip_path(func)
            new[nf] = (cc, nc, tt, ct, {func_strip_path(c): v for c, v in callers.items()})
        self.stats = new
        self.max_name_len = max([len(func_std_string(f)) for f in new] or [0])
        self.fcn_list = None
        return self

    def eval_print_amount(self, sel, list, msg):
        new_list = list
        if isinstance(sel, str):
            rex = re.compile(sel)
            new_list = [func for func in list if rex.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                new_list = list[:count]
            elif isinstance(sel, int) and 0 <= sel < count:
                new_list = list[:sel]
        if len(list) != len(new_list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(list), len(new_list), sel)
        return new_list, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            stat_list = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            stat_list = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            stat_list, msg = self.eval_print_amount(selection, stat_list, msg)
        count = len(stat_list)
        if not stat_list:
            return 0, stat_list
        print(msg, file=self.stream)
        if count < len(self.stats):
            width = 0
            for func in stat_list:
                width = max(width, len(func_std_string(func)))
        return width + 2, stat_list

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = ' ' * 8
        print(indent, self.total_calls, "function calls", end=' ', file=self.stream)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=self.stream)
        print("in %.3f seconds" % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, list = self.get_print_list(amount)
        if list:
            self.print_title()
            for func in list:
                self.print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callees(self, *amount):
        return self

    def print_callers(self, *amount):
        return self

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        c = str(nc)
        if nc != cc:
            c = c + '/' + str(cc)
        print(c.rjust(9), end=' ', file=self.stream)
        print(f8(tt), end=' ', file=self.stream)
        print('        ' if nc == 0 else f8(tt / nc), end=' ', file=self.stream)
        print(f8(ct), end=' ', file=self.stream)
        print('        ' if cc == 0 else f8(ct / cc), end=' ', file=self.stream)
        print(func_std_string(func), file=self.stream)

    def get_stats_profile(self):
        func_list = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        profiles = {}
        for func in func_list:
            cc, nc, tt, ct, callers = self.stats[func]
            file_name, line_number, func_name = func
            ncalls = str(nc) if nc == cc else (str(nc) + '/' + str(cc))
            profiles[func_name] = FunctionProfile(
                ncalls, round(tt, 3), round(tt / nc, 3) if nc else 0, round(ct, 3),
                round(ct / cc, 3) if cc else 0, file_name, line_number)
        return StatsProfile(round(self.total_tt, 3), profiles)
