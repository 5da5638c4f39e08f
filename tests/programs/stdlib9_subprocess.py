import subprocess
import sys

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run('echo $((6*7)); echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.returncode, repr(e.stdout), repr(e.stderr))
print(subprocess.check_output(['printf', 'a\\nb\\n']))
print(subprocess.check_output(['tr', 'a-z', 'A-Z'], input=b'shout\n'))
print(subprocess.check_output('cat', input='text in\n', text=True, shell=True))
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print(e)
    print(e.output, e.cmd)
print(subprocess.call(['true']), subprocess.call(['false']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 5'])
except subprocess.CalledProcessError as e:
    print(e)
r = subprocess.run(['sh', '-c', 'echo out; echo err 1>&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(['cat'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(r.stdout)
print(subprocess.getoutput('echo one; echo two'))
print(subprocess.getstatusoutput('exit 4'))
print(subprocess.getstatusoutput('echo fine'))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'x' * 100000)
print(len(out), err, p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo line1; echo line2; echo line3'], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print('got', repr(line))
print(p.wait(), p.poll())
p.stdout.close()
with subprocess.Popen(['sleep', '5']) as p:
    print(p.poll())
    try:
        p.wait(timeout=0.05)
    except subprocess.TimeoutExpired as e:
        print(e)
    p.kill()
    print(p.wait())
try:
    subprocess.run(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.1)
try:
    subprocess.run(['no_such_command_pyrs'])
except FileNotFoundError as e:
    print(e)
r = subprocess.run(['sh', '-c', 'echo $FOO; pwd'], env={'FOO': 'bar', 'PATH': '/usr/bin:/bin'}, cwd='/', capture_output=True, text=True)
print(r.stdout)
r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv[1:])', 'x', 'y z'], capture_output=True, text=True)
print(r.stdout, end='')
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', '']))
print(subprocess.CompletedProcess(['x'], 0))
print(subprocess.CalledProcessError(-9, ['kill', 'me']))
print(subprocess.TimeoutExpired('cmd', 1.5))
try:
    subprocess.run(['true'], input=b'', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(['true'], stdout=None)
except ValueError as e:
    print(e)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
