"""Subprocesses (pyrs-nogil): CPython 3.11's `subprocess` API on POSIX, over the native
`_pyrs_proc.spawn`/`waitpid` (std::process::Command underneath).

Offers Popen (args as a list, a string or a path; shell, executable, cwd, env, stdin/stdout/
stderr as None, PIPE, STDOUT, DEVNULL, a descriptor or a file object; text/encoding/errors/
universal_newlines; poll, wait with timeout, communicate with input and timeout,
send_signal/terminate/kill, the context manager), run, call, check_call, check_output,
getoutput, getstatusoutput, CompletedProcess, SubprocessError, CalledProcessError,
TimeoutExpired, list2cmdline, PIPE/STDOUT/DEVNULL. Pipe objects are small unbuffered
readers/writers over the descriptors (read, readline, iteration, write, close), not
io.BufferedReader. Not offered: preexec_fn, pass_fds, user/group/extra_groups, umask,
start_new_session/process_group (a ValueError or TypeError says so when they are used),
bufsize (accepted and ignored), Windows-only arguments."""

import os
import sys
import time
import signal
import _pyrs_proc

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _PipeFile:
    """One end of a pipe to the child: unbuffered reads and writes on a descriptor."""

    def __init__(self, fd, mode, text, encoding, errors):
        self._fd = fd
        self.mode = mode
        self._text = text
        self.encoding = encoding
        self.errors = errors
        self.closed = False
        self._buf = b''
        self._eof = False

    def fileno(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self._fd

    def readable(self):
        return 'r' in self.mode

    def writable(self):
        return 'w' in self.mode

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _fill(self):
        if self._eof:
            return False
        chunk = _pyrs_proc.read(self._fd, 65536)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def _decode(self, data):
        if not self._text:
            return data
        s = data.decode(self.encoding, self.errors)
        return s.replace('\r\n', '\n').replace('\r', '\n')

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
        else:
            while len(self._buf) < size and self._fill():
                pass
            data, self._buf = self._buf[:size], self._buf[size:]
        return self._decode(data)

    def readline(self, size=-1):
        self._check()
        while b'\n' not in self._buf and self._fill():
            pass
        i = self._buf.find(b'\n')
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._decode(data)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError(f"write() argument must be str, not {type(data).__name__}")
            raw = data.encode(self.encoding, self.errors)
        else:
            raw = bytes(data)
        view = raw
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            os.close(self._fd)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        kind = '_io.TextIOWrapper' if self._text else '_io.BufferedReader' if 'r' in self.mode else '_io.BufferedWriter'
        return f"<{kind} name={self._fd}>"


def list2cmdline(seq):
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


def _stream_spec(x, which):
    if x is None:
        return None
    if isinstance(x, int) and x == STDOUT:
        if which != 2:
            raise ValueError("STDOUT can only be used for stderr")
        return -2
    if isinstance(x, int):
        if x in (PIPE, DEVNULL):
            return x
        if x < 0:
            raise ValueError(f"bad file descriptor {x}")
        return x
    try:
        fd = x.fileno()
    except AttributeError:
        raise AttributeError(f"'{type(x).__name__}' object has no attribute 'fileno'") from None
    try:
        x.flush()
    except Exception:
        pass
    return fd


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._communicated = False
        if preexec_fn is not None:
            raise ValueError("preexec_fn is not supported by pyrs-nogil's subprocess")
        if pass_fds:
            raise ValueError("pass_fds is not supported by pyrs-nogil's subprocess")
        if (user, group, extra_groups, process_group) != (None, None, None, None) or umask != -1 \
                or start_new_session:
            raise ValueError("user/group/umask/session arguments are not supported by pyrs-nogil's subprocess")
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines

        if isinstance(args, (str, bytes)):
            argv = [os.fsdecode(args)]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [os.fsdecode(args)]
        else:
            argv = [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else a for a in args]
            for a in argv:
                if not isinstance(a, str):
                    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(a).__name__}")
        if shell:
            unix_shell = '/bin/sh'
            argv = [unix_shell, '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is not None:
            executable = os.fsdecode(executable)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        env_list = None
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsdecode(k)
                if '=' in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k)
                env_list.append(os.fsdecode(v))
        specs = (_stream_spec(stdin, 0), _stream_spec(stdout, 1), _stream_spec(stderr, 2))
        if sys.stdout is not None:
            try:
                sys.stdout.flush()
            except Exception:
                pass
        self.pid, fin, fout, ferr = _pyrs_proc.spawn(argv, executable, cwd, env_list, *specs)
        enc = encoding or 'utf-8'
        err = errors or 'strict'
        if fin >= 0:
            self.stdin = _PipeFile(fin, 'wb', self.text_mode, enc, err)
        if fout >= 0:
            self.stdout = _PipeFile(fout, 'rb', self.text_mode, enc, err)
        if ferr >= 0:
            self.stderr = _PipeFile(ferr, 'rb', self.text_mode, enc, err)

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def poll(self):
        if self.returncode is None:
            pid, code = _pyrs_proc.waitpid(self.pid, True)
            if pid:
                self.returncode = code
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            _, self.returncode = _pyrs_proc.waitpid(self.pid, False)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, 0.05)
            time.sleep(delay)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        if self._communicated and input:
            raise ValueError("Cannot send input after starting communication")
        self._communicated = True
        if input and self.stdin is not None:
            if self.text_mode and not isinstance(input, str):
                raise TypeError(f"write() argument must be str, not {type(input).__name__}")
        readers = [p for p in (self.stdout, self.stderr) if p is not None]
        results = {}
        if timeout is None and len(readers) <= 1 and not (input and readers):
            if self.stdin is not None:
                try:
                    if input:
                        self.stdin.write(input)
                except BrokenPipeError:
                    pass
                self.stdin.close()
            for p in readers:
                results[id(p)] = p.read()
                p.close()
        else:
            import threading
            threads = []

            def feed():
                try:
                    if input:
                        self.stdin.write(input)
                except BrokenPipeError:
                    pass
                finally:
                    self.stdin.close()

            def drain(p):
                results[id(p)] = p.read()

            if self.stdin is not None:
                threads.append(threading.Thread(target=feed, daemon=True))
            for p in readers:
                threads.append(threading.Thread(target=drain, args=(p,), daemon=True))
            for t in threads:
                t.start()
            deadline = None if timeout is None else time.monotonic() + timeout
            for t in threads:
                t.join(None if deadline is None else max(0, deadline - time.monotonic()))
                if t.is_alive():
                    raise TimeoutExpired(self.args, timeout)
            for p in readers:
                p.close()
        out = results.get(id(self.stdout)) if self.stdout is not None else None
        err = results.get(id(self.stderr)) if self.stderr is not None else None
        self.wait(timeout)
        return (out, err)

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
