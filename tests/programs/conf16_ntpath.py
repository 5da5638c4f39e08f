# ntpath: Windows path strings (drives, UNC, joins, normalisation) on a POSIX host.
import ntpath
cases = ['C:\\a\\b', 'c:/x/y/', '\\\\server\\share\\dir\\f.txt', '//srv/shr', 'a/b/../c', '.\\x\\.\\y', '..\\..\\z', 'C:', 'C:foo', '\\\\?\\C:\\x', '', 'foo.tar.gz', '.bashrc', 'dir.d\\file', 'C:\\', '\\', 'a\\\\b', b'C:\\a\\b']
for p in cases:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.splitext(p), ntpath.basename(p), ntpath.dirname(p), ntpath.isabs(p), ntpath.normpath(p), ntpath.normcase(p), ntpath.ismount(p))
for a in [('C:\\a', 'b', 'c'), ('a', 'C:\\b'), ('C:a', 'D:b'), ('C:\\x', '\\y'), ('\\\\s\\sh', 'x'), ('a\\', 'b'), ('C:', 'x'), ('c:\\a', 'C:b'), ('',''), ('a', '')]:
    print(a, ntpath.join(*a))
print(ntpath.commonpath(['C:\\a\\b\\c', 'c:\\a\\B\\d']), ntpath.commonpath(['a\\b', 'a\\c']), ntpath.commonprefix(['abc', 'abd']))
print(ntpath.relpath('C:\\a\\b\\c', 'C:\\a\\x'), ntpath.relpath('C:\\a', 'C:\\a'))
print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.expandvars('%NOPE% $NOPE ${NOPE}'))
