"""Command-line option parsing (pyrs-nogil): the commonly used part of CPython 3.11's
`optparse`, written from its documentation.

Offers OptionParser (usage/%prog, version, description, epilog, add_option with actions
store, store_const, store_true, store_false, append, append_const, count, callback, help,
version; types string, int, float, complex, choice; dest/default/nargs/metavar/help with
%default; set_defaults, get_default_values, parse_args, error/exit, print_usage,
print_help, print_version, format_help, OptionGroup, disable_interspersed_args), Option/
make_option, Values, OptionError/OptionValueError/BadOptionError, SUPPRESS_HELP and
IndentedHelpFormatter's layout. Not offered: TitledHelpFormatter, custom Option subclasses
with new TYPES/ACTIONS tables, abbreviation of long options beyond unique prefixes."""

import os
import sys
import textwrap

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionParser', 'OptionGroup', 'IndentedHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError', 'OptionValueError',
           'BadOptionError', 'check_choice']

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = ("NO", "DEFAULT")


class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if self.option_id:
            return "option %s: %s" % (self.option_id, self.msg)
        return self.msg


class OptionConflictError(OptionError):
    pass


class OptionValueError(OptParseError):
    pass


class BadOptionError(OptParseError):
    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return "no such option: %s" % self.opt_str


class AmbiguousOptionError(BadOptionError):
    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return "ambiguous option: %s (%s?)" % (self.opt_str, ", ".join(self.possibilities))


def _parse_num(val, kind):
    if val[:2].lower() == "0x":
        radix = 16
    elif val[:2].lower() == "0b":
        radix = 2
        val = val[2:] or "0"
    elif val[:1] == "0":
        radix = 8
    else:
        radix = 10
    return kind(val, radix)


_builtin_cvt = {"int": (lambda v: _parse_num(v, int), "integer"),
                "long": (lambda v: _parse_num(v, int), "integer"),
                "float": (float, "floating-point"),
                "complex": (complex, "complex")}


def check_builtin(option, opt, value):
    cvt, what = _builtin_cvt[option.type]
    try:
        return cvt(value)
    except ValueError:
        raise OptionValueError("option %s: invalid %s value: %r" % (opt, what, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    choices = ", ".join(map(repr, option.choices))
    raise OptionValueError("option %s: invalid choice: %r (choose from %s)" % (opt, value, choices))


class Option:
    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const",
               "count", "callback", "help", "version")
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        if not opts:
            raise TypeError("at least one option string must be supplied")
        for opt in opts:
            if len(opt) < 2:
                raise OptionError("invalid option string %r: must be at least two characters long" % opt, self)
            elif len(opt) == 2:
                if not (opt[0] == "-" and opt[1] != "-"):
                    raise OptionError("invalid short option string %r: must be of the form -x, (x any non-dash char)" % opt, self)
                self._short_opts.append(opt)
            else:
                if not (opt[0:2] == "--" and opt[2] != "-"):
                    raise OptionError("invalid long option string %r: must start with --, followed by non-dash" % opt, self)
                self._long_opts.append(opt)
        for attr in self.ATTRS:
            setattr(self, attr, attrs.pop(attr, None))
        if attrs:
            attrs = sorted(attrs.keys())
            raise OptionError("invalid keyword arguments: %s" % ", ".join(attrs), self)
        if self.action is None:
            self.action = "store"
        elif self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "choice" if self.choices is not None else "string"
        else:
            if isinstance(self.type, type):
                self.type = self.type.__name__
            if self.type == "str":
                self.type = "string"
            if self.type not in self.TYPES:
                raise OptionError("invalid option type: %r" % self.type, self)
        if self.type == "choice" and self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        if self.dest is None and (self.action in self.STORE_ACTIONS or self.type is not None):
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace('-', '_')
            else:
                self.dest = self._short_opts[0][1]
        if self.action in self.TYPED_ACTIONS:
            if self.nargs is None:
                self.nargs = 1
        elif self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action, self)
        if self.action == "callback" and not callable(self.callback):
            raise OptionError("callback not callable: %r" % self.callback, self)

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = object.__repr__

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is not None:
            if self.nargs == 1:
                return self.check_value(opt, value)
            return tuple(self.check_value(opt, v) for v in value)

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "store":
            setattr(values, dest, value)
        elif action == "store_const":
            setattr(values, dest, self.const)
        elif action == "store_true":
            setattr(values, dest, True)
        elif action == "store_false":
            setattr(values, dest, False)
        elif action == "append":
            values.ensure_value(dest, []).append(value)
        elif action == "append_const":
            values.ensure_value(dest, []).append(self.const)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            args = self.callback_args or ()
            kwargs = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *args, **kwargs)
        elif action == "help":
            parser.print_help()
            parser.exit()
        elif action == "version":
            parser.print_version()
            parser.exit()
        return 1


make_option = Option


class Values:
    def __init__(self, defaults=None):
        if defaults:
            for attr, val in defaults.items():
                setattr(self, attr, val)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)

    def __eq__(self, other):
        if isinstance(other, Values):
            return self.__dict__ == other.__dict__
        elif isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def ensure_value(self, attr, value):
        if not hasattr(self, attr) or getattr(self, attr) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


class IndentedHelpFormatter:
    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        if width is None:
            try:
                width = int(os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self.indent_increment = indent_increment
        self.width = width
        self.help_position = self.max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self.current_indent = 0
        self.default_tag = "%default"
        self.parser = None

    def format_usage(self, usage):
        return "Usage: %s\n" % usage

    def format_heading(self, heading):
        return "%*s%s:\n" % (self.current_indent, "", heading)

    def format_text(self, text):
        text_width = max(self.width - self.current_indent, 11)
        indent = " " * self.current_indent
        return textwrap.fill(text, text_width, initial_indent=indent, subsequent_indent=indent)

    def format_option_strings(self, option):
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            short = [s + " " + metavar for s in option._short_opts]
            long = [l + "=" + metavar for l in option._long_opts]
        else:
            short = option._short_opts
            long = option._long_opts
        return ", ".join(short + long)

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        default_value = self.parser.defaults.get(option.dest)
        if default_value is NO_DEFAULT or default_value is None:
            default_value = "none"
        return option.help.replace(self.default_tag, str(default_value))

    def format_option(self, option, strings):
        result = []
        opts = strings
        opt_width = self.help_position - self.current_indent - 2
        if len(opts) > opt_width:
            opts = "%*s%s\n" % (self.current_indent, "", opts)
            indent_first = self.help_position
        else:
            opts = "%*s%-*s  " % (self.current_indent, "", opt_width, opts)
            indent_first = 0
        result.append(opts)
        if option.help:
            help_text = self.expand_default(option)
            help_lines = textwrap.wrap(help_text, max(self.width - self.help_position, 11))
            result.append("%*s%s\n" % (indent_first, "", help_lines[0]))
            result.extend(["%*s%s\n" % (self.help_position, "", line) for line in help_lines[1:]])
        elif opts[-1] != "\n":
            result.append("\n")
        return "".join(result)


class OptionContainer:
    def _init_container(self):
        self.option_list = []
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}

    def add_option(self, *args, **kwargs):
        if isinstance(args[0], str):
            option = Option(*args, **kwargs)
        elif len(args) == 1 and not kwargs:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError("not an Option instance: %r" % option)
        else:
            raise TypeError("invalid arguments")
        for opt in option._short_opts + option._long_opts:
            if opt in self._short_opt or opt in self._long_opt:
                raise OptionConflictError("conflicting option string(s): %s" % opt, option)
        self.option_list.append(option)
        option.container = self
        for opt in option._short_opts:
            self._short_opt[opt] = option
        for opt in option._long_opts:
            self._long_opt[opt] = option
        if option.dest is not None:
            if option.default is not None:
                self.defaults[option.dest] = option.default
            elif option.dest not in self.defaults:
                self.defaults[option.dest] = None
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for opt in option._short_opts:
            del self._short_opt[opt]
        for opt in option._long_opts:
            del self._long_opt[opt]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        result = []
        for option in self.option_list:
            if option.help is not SUPPRESS_HELP:
                result.append(formatter.format_option(option, formatter.format_option_strings(option)))
        return "".join(result)


class OptionGroup(OptionContainer):
    def __init__(self, parser, title, description=None):
        self.parser = parser
        self.title = title
        self.description = description
        self.option_list = []
        self._short_opt = parser._short_opt
        self._long_opt = parser._long_opt
        self.defaults = parser.defaults

    def format_help(self, formatter):
        result = formatter.format_heading(self.title)
        formatter.current_indent += formatter.indent_increment
        if self.description:
            result += formatter.format_text(self.description) + "\n\n"
        result += self.format_option_help(formatter)
        formatter.current_indent -= formatter.indent_increment
        return result


class OptionParser(OptionContainer):
    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        self._init_container()
        self.option_groups = []
        self.prog = prog
        self.version = version
        self.description = description
        self.epilog = epilog
        self.allow_interspersed_args = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.parser = self
        self.set_usage(usage)
        if option_list:
            self.add_options(option_list)
        if version:
            self.add_option("--version", action="version", help="show program's version number and exit")
        if add_help_option:
            self.add_option("-h", "--help", action="help", help="show this help message and exit")

    def set_usage(self, usage):
        if usage is None:
            self.usage = "%prog [options]"
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith("usage: "):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        else:
            group = args[0]
        self.option_groups.append(group)
        return group

    def get_default_values(self):
        defaults = self.defaults.copy()
        for option in self.option_list + [o for g in self.option_groups for o in g.option_list]:
            default = defaults.get(option.dest)
            if isinstance(default, str) and option.takes_value():
                defaults[option.dest] = option.check_value(option.get_opt_string(), default)
        return Values(defaults)

    def get_prog_name(self):
        if self.prog is None:
            return os.path.basename(sys.argv[0])
        return self.prog

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_usage(self):
        if self.usage:
            return self.formatter.format_usage(self.expand_prog_name(self.usage))
        return ""

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        self._store_help_position(formatter)
        result = [formatter.format_heading("Options")]
        formatter.current_indent += formatter.indent_increment
        if self.option_list:
            result.append(OptionContainer.format_option_help(self, formatter))
            result.append("\n")
        for group in self.option_groups:
            result.append(group.format_help(formatter))
            result.append("\n")
        formatter.current_indent -= formatter.indent_increment
        return "".join(result[:-1])

    def _store_help_position(self, formatter):
        max_len = 0
        formatter.current_indent += formatter.indent_increment
        for opt in self.option_list:
            max_len = max(max_len, len(formatter.format_option_strings(opt)) + formatter.current_indent)
        formatter.current_indent += formatter.indent_increment
        for group in self.option_groups:
            for opt in group.option_list:
                max_len = max(max_len, len(formatter.format_option_strings(opt)) + formatter.current_indent)
        formatter.current_indent -= 2 * formatter.indent_increment
        formatter.help_position = min(max_len + 2, formatter.max_help_position)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        result = []
        if self.usage:
            result.append(self.get_usage() + "\n")
        if self.description:
            result.append(formatter.format_text(self.expand_prog_name(self.description)) + "\n\n")
        result.append(self.format_option_help(formatter))
        if self.epilog:
            result.append("\n" + formatter.format_text(self.expand_prog_name(self.epilog)) + "\n")
        return "".join(result)

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        file.write(self.format_help())

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def _match_long_opt(self, opt):
        if opt in self._long_opt:
            return opt
        possibilities = [w for w in self._long_opt if w.startswith(opt)]
        if len(possibilities) == 1:
            return possibilities[0]
        if not possibilities:
            raise BadOptionError(opt)
        possibilities.sort()
        raise AmbiguousOptionError(opt, possibilities)

    def parse_args(self, args=None, values=None):
        rargs = list(sys.argv[1:] if args is None else args)
        if values is None:
            values = self.get_default_values()
        self.rargs = rargs
        self.largs = largs = []
        self.values = values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        args = largs + rargs
        return values, args

    def _take(self, option, opt, rargs):
        nargs = option.nargs
        if len(rargs) < nargs:
            if nargs == 1:
                self.error("%s option requires 1 argument" % opt)
            self.error("%s option requires %d arguments" % (opt, nargs))
        if nargs == 1:
            return rargs.pop(0)
        value = tuple(rargs[0:nargs])
        del rargs[0:nargs]
        return value

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            elif arg[0:2] == "--":
                rargs.pop(0)
                if "=" in arg:
                    opt, next_arg = arg.split("=", 1)
                    rargs.insert(0, next_arg)
                    had_explicit_value = True
                else:
                    opt = arg
                    had_explicit_value = False
                opt = self._match_long_opt(opt)
                option = self._long_opt[opt]
                if option.takes_value():
                    value = self._take(option, opt, rargs)
                elif had_explicit_value:
                    self.error("%s option does not take a value" % opt)
                else:
                    value = None
                option.process(opt, value, values, self)
            elif arg[:1] == "-" and len(arg) > 1:
                rargs.pop(0)
                stop = False
                i = 1
                for ch in arg[1:]:
                    opt = "-" + ch
                    option = self._short_opt.get(opt)
                    i += 1
                    if not option:
                        raise BadOptionError(opt)
                    if option.takes_value():
                        if i < len(arg):
                            rargs.insert(0, arg[i:])
                            stop = True
                        value = self._take(option, opt, rargs)
                    else:
                        value = None
                    option.process(opt, value, values, self)
                    if stop:
                        break
            else:
                if self.allow_interspersed_args:
                    largs.append(rargs.pop(0))
                else:
                    return
