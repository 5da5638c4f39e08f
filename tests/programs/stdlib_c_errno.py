import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINTR, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.EPIPE, errno.ECONNREFUSED, errno.ETIMEDOUT, errno.ENOTDIR, errno.EISDIR)
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(errno.errorcode[errno.ENOTSUP], errno.EOPNOTSUPP == errno.ENOTSUP)
print(len(errno.errorcode), min(errno.errorcode), max(errno.errorcode))
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:5], names[-5:])
print(all(errno.errorcode[getattr(errno, errno.errorcode[c])] == errno.errorcode[c]
          for c in errno.errorcode))
try:
    open("/definitely/not/here")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(os.strerror(errno.ENOENT))
