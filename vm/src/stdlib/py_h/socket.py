"""socket (pyrs-nogil): the address utilities and constants of CPython 3.11's `socket`,
without sockets: pyrs-nogil has no network layer, so creating a socket (socket(),
socketpair(), create_connection(), create_server()) raises OSError(EAFNOSUPPORT). Offers
AddressFamily/SocketKind enums and the common constants, the exception classes,
gethostname, gethostbyname (numeric addresses, localhost and /etc/hosts), inet_aton/ntoa,
inet_pton/ntop, htons/ntohs/htonl/ntohl, getdefaulttimeout/setdefaulttimeout."""

import errno as _errno
import os
from enum import IntEnum, IntFlag

__all__ = ["socket", "socketpair", "create_connection", "create_server", "gethostname",
           "gethostbyname", "getfqdn", "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop",
           "htons", "ntohs", "htonl", "ntohl", "error", "herror", "gaierror", "timeout",
           "AddressFamily", "SocketKind", "has_ipv6", "getdefaulttimeout",
           "setdefaulttimeout"]


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10
    AF_NETLINK = 16
    AF_PACKET = 17


AddressFamily.__module__ = 'socket'


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5
    SOCK_NONBLOCK = 2048
    SOCK_CLOEXEC = 524288


SocketKind.__module__ = 'socket'

globals().update(AddressFamily.__members__)
globals().update(SocketKind.__members__)
AF_LOCAL = AF_UNIX

SOL_SOCKET = 1
SO_DEBUG = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_DONTROUTE = 5
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_OOBINLINE = 10
SO_LINGER = 13
SO_REUSEPORT = 15
SO_RCVLOWAT = 18
SO_SNDLOWAT = 19
SO_RCVTIMEO = 20
SO_SNDTIMEO = 21
SOMAXCONN = 4096
IPPROTO_IP = 0
IPPROTO_ICMP = 1
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPPROTO_RAW = 255
TCP_NODELAY = 1
TCP_MAXSEG = 2
TCP_KEEPIDLE = 4
TCP_KEEPINTVL = 5
TCP_KEEPCNT = 6
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
NI_NUMERICHOST = 1
NI_NUMERICSERV = 2
INADDR_ANY = 0
INADDR_BROADCAST = 0xffffffff
INADDR_LOOPBACK = 0x7f000001
MSG_OOB = 1
MSG_PEEK = 2
MSG_DONTWAIT = 64
MSG_WAITALL = 256
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = 'socket'

_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0.0:
            raise ValueError("Timeout value out of range")
    _default_timeout = timeout


def _no_network():
    return OSError(_errno.EAFNOSUPPORT, os.strerror(_errno.EAFNOSUPPORT))


class socket:
    """A network socket: cannot be created in pyrs-nogil (no network layer)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        raise _no_network()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    raise _no_network()


def create_connection(address, timeout=None, source_address=None, *, all_errors=False):
    raise _no_network()


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    raise _no_network()


def gethostname():
    return os.uname().nodename


def _hosts():
    out = []
    try:
        with open('/etc/hosts') as f:
            for line in f:
                line = line.split('#', 1)[0].split()
                if len(line) >= 2:
                    out.append((line[0], line[1:]))
    except OSError:
        pass
    return out


def gethostbyname(hostname):
    try:
        inet_aton(hostname)
        if hostname.count('.') == 3:
            return hostname
    except OSError:
        pass
    if hostname in ('localhost', ''):
        return '127.0.0.1' if hostname else '0.0.0.0'
    for addr, names in _hosts():
        if hostname in names and ':' not in addr:
            return addr
    raise gaierror(-2, 'Name or service not known')


def getfqdn(name=''):
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    for addr, names in _hosts():
        if name in names:
            for n in names:
                if '.' in n:
                    return n
            return names[0]
    return name


def inet_aton(string):
    parts = string.split('.')
    try:
        if not 1 <= len(parts) <= 4 or any(not p for p in parts):
            raise ValueError
        nums = [int(p, 0) if p.lower().startswith('0x') else
                (int(p, 8) if len(p) > 1 and p.startswith('0') else int(p)) for p in parts]
        last = nums.pop()
        value = 0
        for n in nums:
            if not 0 <= n <= 255:
                raise ValueError
            value = value * 256 + n
        width = 4 - len(nums)
        if not 0 <= last < 256 ** width:
            raise ValueError
        value = value * 256 ** width + last
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    return value.to_bytes(4, 'big')


def inet_ntoa(packed_ip):
    packed_ip = bytes(packed_ip)
    if len(packed_ip) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return '.'.join(str(b) for b in packed_ip)


def inet_pton(address_family, ip_string):
    import ipaddress
    try:
        if address_family == AF_INET:
            return ipaddress.IPv4Address(ip_string).packed
        if address_family == AF_INET6:
            return ipaddress.IPv6Address(ip_string).packed
    except ValueError:
        raise OSError("illegal IP address string passed to inet_pton") from None
    raise OSError(_errno.EAFNOSUPPORT, os.strerror(_errno.EAFNOSUPPORT))


def inet_ntop(address_family, packed_ip):
    import ipaddress
    packed_ip = bytes(packed_ip)
    if address_family == AF_INET:
        if len(packed_ip) != 4:
            raise ValueError("invalid length of packed IP address string")
        return str(ipaddress.IPv4Address(packed_ip))
    if address_family == AF_INET6:
        if len(packed_ip) != 16:
            raise ValueError("invalid length of packed IP address string")
        return str(ipaddress.IPv6Address(packed_ip))
    raise ValueError("unknown address family %d" % address_family)


def _check16(x, name):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer" % name)
    if x > 0xffff:
        raise OverflowError("%s: Python int too large to convert to C 16-bit unsigned integer" % name)


def htons(x):
    _check16(x, 'htons')
    return ((x & 0xff) << 8) | (x >> 8)


def ntohs(x):
    _check16(x, 'ntohs')
    return ((x & 0xff) << 8) | (x >> 8)


def htonl(x):
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xffffffff:
        raise OverflowError("int larger than 32 bits")
    return int.from_bytes(x.to_bytes(4, 'big'), 'little')


ntohl = htonl
