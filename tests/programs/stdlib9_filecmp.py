import filecmp
import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    a = os.path.join(root, 'a')
    b = os.path.join(root, 'b')
    for d in (a, b, os.path.join(a, 'sub'), os.path.join(b, 'sub'), os.path.join(a, 'onlydir')):
        os.mkdir(d)

    def write(path, text):
        with open(path, 'w') as f:
            f.write(text)
    write(os.path.join(a, 'same.txt'), 'identical\n')
    write(os.path.join(b, 'same.txt'), 'identical\n')
    write(os.path.join(a, 'diff.txt'), 'left version\n')
    write(os.path.join(b, 'diff.txt'), 'right version\n')
    write(os.path.join(a, 'left.txt'), 'l')
    write(os.path.join(b, 'right.txt'), 'r')
    write(os.path.join(a, 'sub', 'x'), '1')
    write(os.path.join(b, 'sub', 'x'), '2')
    write(os.path.join(a, 'funny'), 'file')
    os.mkdir(os.path.join(b, 'funny'))
    os.mkdir(os.path.join(a, '__pycache__'))

    print(filecmp.cmp(os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt')))
    print(filecmp.cmp(os.path.join(a, 'diff.txt'), os.path.join(b, 'diff.txt'), shallow=False))
    print(filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt', 'missing']))
    dc = filecmp.dircmp(a, b)
    print(dc.left_list, dc.right_list)
    print(dc.common, dc.left_only, dc.right_only)
    print(dc.common_dirs, dc.common_files, dc.common_funny)
    print(dc.same_files, dc.diff_files, dc.funny_files)
    print(sorted(dc.subdirs), dc.subdirs['sub'].diff_files)
    import sys, io
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    dc.report_full_closure()
    sys.stdout = old
    print(buf.getvalue().replace(root, 'ROOT'))
    filecmp.clear_cache()
    print(filecmp.DEFAULT_IGNORES)
    try:
        dc.nonexistent
    except AttributeError as e:
        print('AttributeError', e)
