# socket without a network layer: constants, enums, address conversions, errors.
import socket
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SOMAXCONN, socket.SHUT_RDWR)
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), str(socket.AF_INET), socket.AF_INET == 2)
print(socket.inet_aton('1.2.3.4'), socket.inet_aton('127.1'), socket.inet_ntoa(b'\x01\x02\x03\x04'), socket.htons(1), socket.ntohl(1), socket.htonl(0x01020304), socket.gethostbyname('localhost'), socket.gethostbyname('10.0.0.1'))
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET6, b'\x00'*15+b'\x01'), socket.inet_ntop(socket.AF_INET, b'\x7f\x00\x00\x01'))
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))
print(socket.gethostname() == __import__('os').uname().nodename)
for bad in ['1.2.3.256', 'abc', '']:
    try: socket.inet_aton(bad)
    except OSError as e: print('OSError', e)
try: socket.htons(70000)
except OverflowError as e: print(e)
try: socket.gethostbyname('no.such.host.invalid')
except socket.gaierror as e: print('gaierror', e.errno)
print(socket.getdefaulttimeout()); socket.setdefaulttimeout(3); print(socket.getdefaulttimeout())
