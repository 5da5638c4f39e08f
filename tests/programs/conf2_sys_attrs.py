# sys attributes that benchmark and library code reads: float_repr_style, the prefixes,
# filesystem encoding, the switch interval, trace/profile getters, flags fields.
import sys
print(sys.float_repr_style, repr(sys.abiflags), sys.exec_prefix == sys.prefix, sys.base_prefix == sys.prefix, sys.base_exec_prefix == sys.prefix)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.warnoptions, sys.pycache_prefix, sys.platlibdir)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.gettrace(), sys.getprofile(), sys.is_finalizing())
f = sys.flags
print(f.debug, f.optimize, f.no_user_site, f.bytes_warning, f.quiet, f.hash_randomization, f.isolated, f.dev_mode, f.utf8_mode, f.warn_default_encoding, f.safe_path, f.int_max_str_digits, f.verbose, f.interactive, f.inspect, f.ignore_environment)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.hash_info.width, sys.hash_info.modulus, sys.int_info.bits_per_digit, sys.float_info.dig, sys.float_info.mant_dig)
