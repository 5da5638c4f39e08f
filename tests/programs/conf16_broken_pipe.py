# A child writing to stdout without end, whose reader closes the pipe after one line,
# stops with BrokenPipeError (exit status 1) as under CPython, instead of running forever.
import subprocess
import sys

child = "import itertools\nfor i in itertools.count():\n    print(i)\n"
p = subprocess.Popen([sys.executable, '-c', child], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
print(p.stdout.readline())
p.stdout.close()
err = p.stderr.read().decode()
rc = p.wait()
print(rc, err.strip().splitlines()[-1])
print('BrokenPipeError' in err.splitlines()[-1])
