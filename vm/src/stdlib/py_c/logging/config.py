"""Configuration of the logging package from a dictionary (pyrs-nogil's
implementation of CPython 3.11's `logging.config.dictConfig`, written from its
documentation).

Offered: dictConfig() with schema version 1: formatters, filters, handlers
(with 'class' or '()' factories, 'level', 'formatter', 'filters' and '.'
properties), loggers, root, incremental, disable_existing_loggers, and the
'ext://' and 'cfg://' value prefixes. Not offered: fileConfig() (no
configparser) and listen()/stopListening() (no sockets).
"""

import logging
import logging.handlers
import re
import sys

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    m = IDENTIFIER.match(s)
    if not m:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name names, importing modules as needed."""
    parts = name.split('.')
    used = parts.pop(0)
    try:
        found = __import__(used)
    except ImportError:
        found = None
    if found is None:
        raise ValueError('Cannot resolve %r' % name)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


_CFG_PATH = re.compile(r'^([a-z_][a-z0-9_]*)(.*)$', re.I)
_CFG_DOT = re.compile(r'^\.\s*([a-z_][a-z0-9_]*)', re.I)
_CFG_INDEX = re.compile(r'^\[\s*(\w+)\s*\]')


def _copy_dicts(value):
    # The configurator fills its dictionaries with the objects it makes; the
    # caller's dictionaries stay as they were.
    if isinstance(value, dict):
        return {k: _copy_dicts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_dicts(v) for v in value]
    return value


class _Configurator:
    def __init__(self, config):
        self.config = _copy_dicts(config)

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def cfg_convert(self, value):
        rest = value
        m = _CFG_PATH.match(rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = m.groups()[1]
        d = self.config[m.groups()[0]]
        while rest:
            m = _CFG_DOT.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = _CFG_INDEX.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not idx.isdigit():
                        d = d[idx]
                    else:
                        try:
                            d = d[int(idx)]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith('ext://'):
                return self.resolve(value[6:])
            if value.startswith('cfg://'):
                return self.convert(self.cfg_convert(value[6:]))
        elif isinstance(value, list):
            return [self.convert(v) for v in value]
        elif isinstance(value, tuple):
            return tuple(self.convert(v) for v in value)
        elif isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        return value

    def get(self, d, key, default=None):
        return self.convert(d.get(key, default))

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result


def _clear_existing_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


class DictConfigurator(_Configurator):
    """Configure logging from a dictionary (schema version 1)."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                handlers = config.get('handlers', {})
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError('No handler found with name %r' % name)
                    try:
                        handler = logging._handlers[name]
                        level = handlers[name].get('level', None)
                        if level:
                            handler.setLevel(logging._checkLevel(level))
                    except Exception as e:
                        raise ValueError('Unable to configure handler %r' % name) from e
                loggers = config.get('loggers', {})
                for name in loggers:
                    try:
                        self.configure_logger(name, loggers[name], True)
                    except Exception as e:
                        raise ValueError('Unable to configure logger %r' % name) from e
                root = config.get('root', None)
                if root:
                    try:
                        self.configure_root(root, True)
                    except Exception as e:
                        raise ValueError('Unable to configure root logger') from e
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            _clear_existing_handlers()
            formatters = config.get('formatters', {})
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            filters = config.get('filters', {})
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e
            handlers = config.get('handlers', {})
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if 'target not configured yet' in str(e.__cause__ or e):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler %r' % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
            root = logging.root
            existing = sorted(root.manager.loggerDict.keys())
            child_loggers = []
            loggers = config.get('loggers', {})
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    while i < len(existing):
                        if existing[i].startswith(prefixed):
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)
            root_config = config.get('root', None)
            if root_config:
                try:
                    self.configure_root(root_config)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = self.get(config, 'format')
        dfmt = self.get(config, 'datefmt')
        style = self.get(config, 'style', '%')
        cname = config.get('class', None)
        defaults = self.get(config, 'defaults')
        c = self.resolve(cname) if cname else logging.Formatter
        kwargs = {}
        if 'validate' in config:
            kwargs['validate'] = config['validate']
        if defaults:
            kwargs['defaults'] = defaults
        return c(fmt, dfmt, style, **kwargs)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(self.get(config, 'name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            klass = self.resolve(config.pop('class'))
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        raise ValueError('target not configured yet')
                    config['target'] = target
                except KeyError as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig is not implemented in pyrs-nogil "
                              "(use dictConfig)")


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("logging.config.listen is not implemented in pyrs-nogil")


def stopListening():
    pass
