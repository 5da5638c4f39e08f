# Small stdlib modules added in conf16: http, cmd, gettext, pwd/grp, quopri, shelve/dbm,
# opcode/dis tables, mimetypes, genericpath, idna/punycode codecs.
import io
import os
import sys
import tempfile

import http
import http.client
print(repr(http.HTTPStatus.OK), http.HTTPStatus(404).phrase, http.HTTPStatus.NOT_FOUND.description)
print(int(http.HTTPStatus.OK), f"{http.HTTPStatus.OK}", str(http.HTTPStatus.OK), http.HTTPStatus.OK == 200)
print(http.HTTPStatus['CREATED'], list(http.HTTPStatus)[:3], len(http.HTTPStatus))
print(repr(http.HTTPMethod.GET), str(http.HTTPMethod.POST), http.HTTPMethod.GET == 'GET', http.HTTPMethod.PUT.description)
print(http.client.responses[404], http.client.OK, http.client.HTTP_PORT)
c = http.client.HTTPConnection('example.com:8080')
print(c.host, c.port)

import cmd


class Shell(cmd.Cmd):
    prompt = '> '

    def do_greet(self, arg):
        "Greet someone."
        print('hello', arg)

    def do_add(self, arg):
        print(sum(map(int, arg.split())))

    def help_topic(self):
        print('topic help')

    def do_EOF(self, arg):
        print('bye')
        return True


sh = Shell(stdin=io.StringIO("greet bob\nadd 1 2 3\n\nhelp\nhelp greet\nhelp add\nfoo\n?topic\n"),
           stdout=sys.stdout)
sh.use_rawinput = False
sh.cmdloop('intro!')
print()
sh.columnize([str(i % 10) * i for i in range(1, 30)], 40)

import gettext
print(gettext.gettext('hi'), gettext.ngettext('a', 'b', 2))
t = gettext.translation('x', fallback=True)
print(type(t).__name__, t.gettext('m'))
try:
    gettext.translation('x')
except OSError as e:
    print(type(e).__name__, e)

import pwd
import grp
print(pwd.getpwuid(0), pwd.getpwnam('root').pw_dir, grp.getgrgid(0).gr_name)
try:
    pwd.getpwnam('nosuchuser')
except KeyError as e:
    print(repr(e))

import quopri
for s in [b'hello=world \xe9\n', b'a' * 100 + b'\n', b'tab\t\n', b'x_y z']:
    e = quopri.encodestring(s)
    print(e, quopri.decodestring(e) == s, quopri.encodestring(s, True, True))

import shelve
import dbm
d = tempfile.mkdtemp()
with shelve.open(os.path.join(d, 'sh')) as s:
    s['k'] = [1, 2]
    s['j'] = {'a': 1}
with shelve.open(os.path.join(d, 'sh')) as s:
    print(sorted(s.keys()), s['k'], s['j'], 'k' in s, len(s))
    del s['k']
    print(list(s))
print(sorted(os.listdir(d)), dbm.whichdb(os.path.join(d, 'sh')))
db = dbm.open(os.path.join(d, 'x'), 'c')
db['a'] = 'b'
db[b'c'] = b'd' * 600
db['a'] = 'zz'
print(db['a'], sorted(db.keys()), len(db[b'c']))
db.close()
try:
    dbm.open(os.path.join(d, 'nope'), 'r')
except dbm.error as e:
    print(type(e).__name__, e)

import opcode
import dis
print(opcode.opmap['LOAD_CONST'], opcode.opname[100], dis.opname[83], dis.pretty_flags(3))

import mimetypes
print(mimetypes.guess_type('a.tar.gz'), mimetypes.guess_type('x.json'), mimetypes.guess_type('X.PNG'))
print(mimetypes.guess_extension('text/plain'), mimetypes.guess_all_extensions('image/jpeg'))
print(mimetypes.guess_type('data:text/html,abc'))

import genericpath
print(genericpath.commonprefix(['abc', 'abd']))

print("bücher.example".encode('idna'), b"xn--bcher-kva.example".decode('idna'))
print('München'.encode('punycode'), b'Mnchen-3ya'.decode('punycode'))
print('ex.com'.encode('idna'), 'Ünïcödé.Dömäin.'.encode('idna'))
import codecs
print(codecs.lookup('idna').name)
import encodings
print(encodings.normalize_encoding('utf-8  x'))
