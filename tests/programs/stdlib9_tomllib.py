import tomllib
import io
from decimal import Decimal

doc = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\n no escape'
esc = "tab\\there \\"q\\" \\u00e9 \\U0001F600"
multi = """
Roses are red
  Violets are blue"""
cont = """\\
    The quick \\
    brown fox."""
lit_multi = \'\'\'
raw \\ text
\'\'\'
five = """""five"""""

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local = 1979-05-27T07:32:00.999999
ldate = 1979-05-27
ltime = 07:32:00.5
space = 1979-05-27 07:32:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested.dotted.key = "v"

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"

[numbers]
int1 = +99
int2 = -17
big = 1_000_000
hex = 0xDEAD_BEEF
oct = 0o755
bin = 0b1101
flt = 6.626e-34
flt2 = -0.01
flt3 = 5e+22
inf1 = inf
inf2 = -inf
nan1 = nan
trailing = [
  1,
  2,  # comment
]
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(k, '=', v)
print(tomllib.loads('x = 0.1', parse_float=Decimal))
print(tomllib.load(io.BytesIO(b'a = 1\r\nb = [1, "two", {c = 3}]\n')))
print(tomllib.loads(''), tomllib.loads('# only comment'))
print(tomllib.loads('a.b.c = 1\na.b.d = 2\na.e = 3'))
print(tomllib.loads('[a.b]\nc=1\n[a]\nd=2'))

bad = ['a = ', 'a', 'a = 1\na = 2', '[t]\n[t]', 'a = "abc', 'a = [1,2', 'a = {b=1',
       'a = 1 b', 'a.b = 1\na = 2', 'x = 1979-05-32', 'a = tru', '[a]\nb=1\n[a.b]', 'a = 0x',
       'a = "\\q"', '= 1', 'a = 01', 'a = 1\n\n  [[a]]', 'b = {c = 1, }', 'x = 2021-02-30',
       'a = [1 2]', '[a]\nx=1\n[a]', 'k = """abc', "k = 'abc", 'a = {x=1}\n[a]\n']
for s in bad:
    try:
        print(repr(s), tomllib.loads(s))
    except tomllib.TOMLDecodeError as e:
        print(repr(s), 'TOMLDecodeError:', e)
try:
    tomllib.load(io.StringIO('a=1'))
except TypeError as e:
    print('TypeError:', e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
try:
    tomllib.loads('a = 1.5', parse_float=lambda s: [])
except ValueError as e:
    print('ValueError:', e)
for s in ['a = 1\n[a]', 'a = [1]\n[a]', 'a=[{x=1}]\n[[a]]', 'a.b=1\n[a]', 'a.b.c=1\n[a.b]', "k = 'ab\nc'", 'k = "ab\nc"', '[[a]]\n[a]']:
    try:
        print(repr(s), tomllib.loads(s))
    except tomllib.TOMLDecodeError as e:
        print(repr(s), 'TOMLDecodeError:', e)
