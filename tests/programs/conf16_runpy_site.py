# runpy.run_path / run_module over source files, and site's path values.
import os
import runpy
import site
import sys
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, 'conf16_rp_mod.py'), 'w') as f:
    f.write('x = 41 + 1\nprint("running", __name__)\n')
os.makedirs(os.path.join(d, 'conf16_rp_pkg'))
with open(os.path.join(d, 'conf16_rp_pkg', '__main__.py'), 'w') as f:
    f.write('print("pkg main", __name__)\nz = 3\n')
g = runpy.run_path(os.path.join(d, 'conf16_rp_mod.py'), {'y': 1})
print(g['x'], g['y'], g['__name__'])
g = runpy.run_path(os.path.join(d, 'conf16_rp_pkg'))
print(g['z'])
sys.path.insert(0, d)
g = runpy.run_module('conf16_rp_mod', run_name='__main__')
print(g['x'], g['__name__'])
try:
    runpy.run_module('conf16_no_such_mod')
except ImportError as e:
    print(type(e).__name__, e)
print(site.ENABLE_USER_SITE, site.USER_SITE == site.getusersitepackages(), len(site.getsitepackages()))
