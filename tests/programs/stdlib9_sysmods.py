# resource, faulthandler, tracemalloc, sysconfig: the deterministic parts of their APIs.
import resource
import faulthandler
import tracemalloc
import sysconfig
import io
import sys

r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), r.ru_utime >= 0, r.ru_maxrss > 0, r[0] == r.ru_utime)
print(resource.RLIMIT_NOFILE, resource.RLIM_INFINITY, resource.RUSAGE_CHILDREN)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(isinstance(soft, int), soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.getpagesize() > 0, resource.error is OSError)
for bad in (lambda: resource.getrusage(42), lambda: resource.getrlimit(99)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())
try:
    faulthandler.enable(file=io.StringIO())
except Exception as e:
    print(type(e).__name__)
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print('ValueError', e)
faulthandler.dump_traceback_later(5)
faulthandler.cancel_dump_traceback_later()

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [list(range(100)) for _ in range(1000)]
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 0, peak >= cur)
snap = tracemalloc.take_snapshot()
print(isinstance(snap.statistics('lineno'), list))
try:
    snap.statistics('bogus')
except ValueError as e:
    print('ValueError', e)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print('ValueError', e)

print(sysconfig.get_python_version(), sysconfig.get_platform())
print(sysconfig.get_default_scheme(), sysconfig.get_path_names())
print('posix_prefix' in sysconfig.get_scheme_names())
paths = sysconfig.get_paths()
print(sorted(paths))
print(paths['stdlib'].endswith('/lib/python3.11'), paths['purelib'].endswith('site-packages'))
print(sysconfig.get_path('scripts') == sysconfig.get_paths()['scripts'])
print(sysconfig.get_config_var('prefix') == sys.prefix, sysconfig.get_config_var('VERSION'))
print(sysconfig.get_config_var('EXT_SUFFIX'), sysconfig.get_config_var('SOABI'))
print(sysconfig.get_config_var('py_version_nodot'), sysconfig.get_config_var('NO_SUCH_VAR'))
print(sysconfig.get_config_vars('VERSION', 'SIZEOF_VOID_P'))
print(sysconfig.is_python_build())
