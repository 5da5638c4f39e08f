# reprs and type names of stdlib objects, addresses removed.
import csv, io, re, struct, sys

def shown(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))

print(shown(struct.Struct("<i")), type(struct.Struct("i")))
print(shown(csv.writer(io.StringIO())), shown(csv.reader([])), type(csv.reader([])))
print(csv.Error, type(csv.writer(io.StringIO())).__name__)
print(shown(re.compile("a").finditer("a")), type(re.compile("a").finditer("a")).__name__)
print(sys.float_info)
print(sys.hash_info)
print(sys.int_info)
print(type(sys.flags), len(sys.flags), sys.flags.optimize, sys.flags[3], sys.flags.dev_mode)
print(sys.float_info.max == sys.float_info[0], sys.float_info.epsilon, sys.float_info.dig)
print(isinstance(sys.float_info, tuple), sys.float_info.n_fields, type(sys.int_info).__name__)
try:
    list(csv.reader(['a,"b']))
    print(list(csv.reader(['"a"x'], strict=True)))
except csv.Error as e:
    print(type(e).__module__, e)
