"""zoneinfo (pyrs-nogil): IANA time zones for `datetime`, as CPython 3.11's `zoneinfo`,
written from its documentation and PEP 615/495. Zones are read from TZif files (v1-v3)
under TZPATH (no `tzdata` package); times after the last transition follow the file's
POSIX TZ footer (Mm.w.d, Jn and n rules). Offers ZoneInfo (cached per key, no_cache,
from_file, clear_cache, key, utcoffset/dst/tzname/fromutc with PEP 495 folds, pickling by
key), ZoneInfoNotFoundError, InvalidTZPathWarning, TZPATH, reset_tzpath and
available_timezones."""

import bisect
import calendar
import os
import struct
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
                   '/etc/zoneinfo')
TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


InvalidTZPathWarning.__module__ = 'zoneinfo._tzpath'


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError("Invalid tzpaths: TZPATH must contain only absolute paths")
        TZPATH = tuple(to)
    else:
        env = os.environ.get("PYTHONTZPATH", None)
        if env is not None:
            TZPATH = tuple(p for p in env.split(os.pathsep) if os.path.isabs(p))
        else:
            TZPATH = _DEFAULT_TZPATH


reset_tzpath()


def _find_tzfile(key):
    _validate_key(key)
    for search_path in TZPATH:
        filepath = os.path.join(search_path, key)
        if os.path.isfile(filepath):
            return filepath
    return None


def _validate_key(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    new_path = os.path.normpath(key)
    if len(new_path) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    base = "_/"
    if not os.path.normpath(os.path.join(base, new_path)).startswith(base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def available_timezones():
    valid = set()
    for tz_root in TZPATH:
        if not os.path.exists(tz_root):
            continue
        for root, dirnames, files in os.walk(tz_root):
            if root == tz_root:
                for skip in ("right", "posix"):
                    if skip in dirnames:
                        dirnames.remove(skip)
            for file in files:
                fpath = os.path.join(root, file)
                key = os.path.relpath(fpath, start=tz_root)
                if not key or key in valid:
                    continue
                try:
                    with open(fpath, "rb") as f:
                        if f.read(4) == b"TZif":
                            valid.add(key)
                except OSError:
                    pass
    valid.discard("posixrules")
    return valid


# --- TZif files ----------------------------------------------------------------------------

class _TTInfo:
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == \
            (other.utcoff, other.dstoff, other.tzname)


_NO_TTINFO = _TTInfo(None, None, None)


def _load_tzif(fobj):
    """(transitions in UTC seconds, their ttinfo indices, utcoffsets, isdsts, abbrs, tz_str)."""
    data = fobj.read()
    if data[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4:5]
    version = int(version) if version not in (b"\x00", b"") else 1

    def read_block(pos, tsize):
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = \
            struct.unpack(">6l", data[pos + 20:pos + 44])
        pos += 44
        fmt = ">%d%s" % (timecnt, "q" if tsize == 8 else "l")
        trans = list(struct.unpack(fmt, data[pos:pos + timecnt * tsize]))
        pos += timecnt * tsize
        idx = list(data[pos:pos + timecnt])
        pos += timecnt
        ttis = []
        for i in range(typecnt):
            ttis.append(struct.unpack(">lbb", data[pos:pos + 6]))
            pos += 6
        abbr = data[pos:pos + charcnt]
        pos += charcnt
        pos += leapcnt * (tsize + 4) + isstdcnt + isutcnt
        return pos, trans, idx, ttis, abbr

    pos, trans, idx, ttis, abbr = read_block(0, 4)
    tz_str = None
    if version >= 2:
        pos, trans, idx, ttis, abbr = read_block(pos, 8)
        rest = data[pos:]
        if rest.startswith(b"\n"):
            end = rest.find(b"\n", 1)
            tz_str = rest[1:end].decode() if end > 0 else None
    utcoff = [t[0] for t in ttis]
    isdst = [t[1] for t in ttis]
    names = []
    for t in ttis:
        i = t[2]
        j = abbr.find(b"\x00", i)
        names.append(abbr[i:j if j >= 0 else len(abbr)].decode())
    return trans, idx, utcoff, isdst, names, tz_str or None


def _utcoff_to_dstoff(trans_idx, utcoffsets, isdsts):
    """DST offsets of the ttinfos (TZif files give only is-DST flags): a DST ttinfo's offset
    minus that of a neighbouring standard one, or one hour."""
    typecnt = len(isdsts)
    dstoffs = [0] * typecnt
    dst_cnt = sum(isdsts)
    dst_found = 0
    for i in range(1, len(trans_idx)):
        if dst_cnt == dst_found:
            break
        idx = trans_idx[i]
        if not isdsts[idx] or dstoffs[idx] != 0:
            continue
        dstoff = 0
        utcoff = utcoffsets[idx]
        comp_idx = trans_idx[i - 1]
        if not isdsts[comp_idx]:
            dstoff = utcoff - utcoffsets[comp_idx]
        if not dstoff and idx < (typecnt - 1):
            comp_idx = trans_idx[i + 1] if i + 1 < len(trans_idx) else idx
            if not isdsts[comp_idx]:
                dstoff = utcoff - utcoffsets[comp_idx]
        if dstoff:
            dst_found += 1
            dstoffs[idx] = dstoff
    else:
        for idx in range(typecnt):
            if not dstoffs[idx] and isdsts[idx]:
                dstoffs[idx] = 3600
    return dstoffs


def _ts_to_local(trans_idx, trans_list_utc, utcoffsets):
    """Transition times as local wall-clock seconds, for fold=0 (the larger of the offsets
    around each transition) and fold=1 (the smaller)."""
    if not trans_list_utc:
        return [[], []]
    wall = [list(trans_list_utc), list(trans_list_utc)]
    if len(utcoffsets) > 1:
        offset_0 = utcoffsets[0]
        offset_1 = utcoffsets[trans_idx[0]]
        if offset_1 > offset_0:
            offset_1, offset_0 = offset_0, offset_1
    else:
        offset_0 = offset_1 = utcoffsets[0]
    wall[0][0] += offset_0
    wall[1][0] += offset_1
    for i in range(1, len(trans_idx)):
        offset_0 = utcoffsets[trans_idx[i - 1]]
        offset_1 = utcoffsets[trans_idx[i]]
        if offset_1 > offset_0:
            offset_1, offset_0 = offset_0, offset_1
        wall[0][i] += offset_0
        wall[1][i] += offset_1
    return wall


# --- POSIX TZ strings ----------------------------------------------------------------------

_EPOCHORDINAL = 719163   # date(1970, 1, 1).toordinal()


class _MRule:
    """Mm.w.d/time: day d of week w (5 = last) of month m."""

    def __init__(self, m, w, d, hour):
        self.m, self.w, self.d, self.hour = m, w, d, hour

    def year_to_epoch(self, year):
        first_wd, days = calendar.monthrange(year, self.m)
        # calendar: Monday=0; the rule: Sunday=0.
        first_wd = (first_wd + 1) % 7
        day = 1 + (self.d - first_wd) % 7 + (self.w - 1) * 7
        while day > days:
            day -= 7
        ordinal = datetime(year, self.m, day).toordinal()
        return (ordinal - _EPOCHORDINAL) * 86400 + self.hour


class _JRule:
    """Jn (1-365, February 29 never counted) or n (0-365, counted)."""

    def __init__(self, julian, n, hour):
        self.julian, self.n, self.hour = julian, n, hour

    def year_to_epoch(self, year):
        days = self.n
        if self.julian:
            days -= 1
            if calendar.isleap(year) and days >= 59:
                days += 1
        ordinal = datetime(year, 1, 1).toordinal() + days
        return (ordinal - _EPOCHORDINAL) * 86400 + self.hour


class _TZStr:
    def __init__(self, std_abbr, std_offset, dst_abbr, dst_offset, start, end):
        self.dst_diff = dst_offset - std_offset
        self.std = _TTInfo(timedelta(seconds=std_offset), timedelta(0), std_abbr)
        self.dst = _TTInfo(timedelta(seconds=dst_offset), timedelta(seconds=self.dst_diff),
                           dst_abbr)
        self.start, self.end = start, end

    def transitions(self, year):
        return self.start.year_to_epoch(year), self.end.year_to_epoch(year)

    def get_trans_info(self, ts, year, fold):
        start, end = self.transitions(year)
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        return self.dst if isdst else self.std

    def get_trans_info_fromutc(self, ts, year):
        start, end = self.transitions(year)
        start -= self.std.utcoff.total_seconds()
        end -= self.dst.utcoff.total_seconds()
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        if self.dst_diff > 0:
            ambig_start, ambig_end = end, end + self.dst_diff
        else:
            ambig_start, ambig_end = start, start - self.dst_diff
        return (self.dst if isdst else self.std), ambig_start <= ts < ambig_end


def _parse_abbr(s, i):
    if s[i] == '<':
        j = s.index('>', i)
        return s[i + 1:j], j + 1
    j = i
    while j < len(s) and s[j].isalpha():
        j += 1
    return s[i:j], j


def _parse_time(s, i):
    """[+-]hh[:mm[:ss]] at s[i:] -> (seconds, next index)."""
    sign = 1
    if i < len(s) and s[i] in '+-':
        sign = -1 if s[i] == '-' else 1
        i += 1
    j = i
    while j < len(s) and (s[j].isdigit() or s[j] == ':'):
        j += 1
    parts = [int(p) for p in s[i:j].split(':')] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), j


def _parse_rule(r):
    date, _, time = r.partition('/')
    hour = _parse_time(time, 0)[0] if time else 7200
    if date.startswith('M'):
        m, w, d = (int(x) for x in date[1:].split('.'))
        return _MRule(m, w, d, hour)
    if date.startswith('J'):
        return _JRule(True, int(date[1:]), hour)
    return _JRule(False, int(date), hour)


def _parse_tz_str(tz_str):
    """A fixed _TTInfo or a _TZStr for a POSIX TZ string such as 'CET-1CEST,M3.5.0,M10.5.0/3'."""
    std_abbr, i = _parse_abbr(tz_str, 0)
    std_off, i = _parse_time(tz_str, i)
    std_offset = -std_off
    if i >= len(tz_str):
        return _TTInfo(timedelta(seconds=std_offset), timedelta(0), std_abbr)
    dst_abbr, i = _parse_abbr(tz_str, i)
    if i < len(tz_str) and tz_str[i] != ',':
        dst_off, i = _parse_time(tz_str, i)
        dst_offset = -dst_off
    else:
        dst_offset = std_offset + 3600
    rules = tz_str[i + 1:].split(',')
    if len(rules) != 2:
        raise ValueError(f"Invalid TZ string: {tz_str}")
    return _TZStr(std_abbr, std_offset, dst_abbr, dst_offset,
                  _parse_rule(rules[0]), _parse_rule(rules[1]))


# --- ZoneInfo ------------------------------------------------------------------------------

class ZoneInfo(tzinfo):
    _strong_cache_size = 8

    def __init_subclass__(cls):
        cls._weak_cache = {}
        cls._strong_cache = {}

    def __new__(cls, key):
        instance = cls._weak_cache.get(key)
        if instance is None:
            instance = cls._new_instance(key)
            instance = cls._weak_cache.setdefault(key, instance)
            instance._from_cache = True
        return instance

    @classmethod
    def no_cache(cls, key):
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = _find_tzfile(key)
        if obj._file_path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(obj._file_path, "rb") as f:
            obj._load_file(f)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load_file(fobj)
        obj._file_repr = repr(fobj)
        obj.__reduce__ = obj._file_reduce
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is not None:
            for key in only_keys:
                cls._weak_cache.pop(key, None)
        else:
            cls._weak_cache.clear()

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        timestamp = self._get_local_timestamp(dt)
        num_trans = len(self._trans_list_utc)
        if num_trans >= 1 and timestamp < self._trans_list_utc[0]:
            tti = self._tti_before
            fold = 0
        elif num_trans == 0 or timestamp > self._trans_list_utc[-1]:
            if isinstance(self._tz_after, _TTInfo):
                tti = self._tz_after
                fold = 0
            else:
                tti, fold = self._tz_after.get_trans_info_fromutc(timestamp, dt.year)
        else:
            idx = bisect.bisect_right(self._trans_list_utc, timestamp)
            if num_trans > 1 and idx >= 2:
                tti_prev, tti = self._ttinfos[idx - 2:idx]
            elif idx == 1:
                tti_prev = self._tti_before
                tti = self._ttinfos[0]
            else:
                tti_prev = tti = self._ttinfos[idx - 1]
            fold = 0
            shift = tti_prev.utcoff - tti.utcoff
            if shift > timedelta(0) and \
                    timestamp - self._trans_list_utc[idx - 1] < shift.total_seconds():
                fold = 1
        dt += tti.utcoff
        if fold:
            return dt.replace(fold=1)
        return dt

    def _find_trans(self, dt):
        if dt is None:
            if self._fixed_offset:
                return self._tz_after
            return _NO_TTINFO
        ts = self._get_local_timestamp(dt)
        lt = self._trans_list[dt.fold]
        num_trans = len(lt)
        if num_trans and ts < lt[0]:
            return self._tti_before
        elif not num_trans or ts > lt[-1]:
            if isinstance(self._tz_after, _TTInfo):
                return self._tz_after
            return self._tz_after.get_trans_info(ts, dt.year, dt.fold)
        idx = bisect.bisect_right(lt, ts)
        return self._ttinfos[idx - 1]

    @staticmethod
    def _get_local_timestamp(dt):
        return ((dt.toordinal() - _EPOCHORDINAL) * 86400
                + dt.hour * 3600 + dt.minute * 60 + dt.second)

    def __str__(self):
        if self._key is not None:
            return f"{self._key}"
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{self.__class__.__name__}(key={self._key!r})" \
                if self.__class__ is not ZoneInfo else f"zoneinfo.ZoneInfo(key={self._key!r})"
        return f"{self.__class__.__name__}.from_file({self._file_repr})"

    def __reduce__(self):
        return (_unpickle, (self.__class__, self._key, self._from_cache))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError(
            "Cannot pickle a ZoneInfo file created from a file stream.")

    def _load_file(self, fobj):
        trans_utc, trans_idx, utcoff, isdst, abbr, tz_str = _load_tzif(fobj)
        dstoff = _utcoff_to_dstoff(trans_idx, utcoff, isdst)
        self._trans_list_utc = trans_utc
        self._trans_list = _ts_to_local(trans_idx, trans_utc, utcoff)
        ttinfo_list = [_TTInfo(timedelta(seconds=u), timedelta(seconds=d), a)
                       for u, d, a in zip(utcoff, dstoff, abbr)]
        self._ttinfos = [ttinfo_list[i] for i in trans_idx]
        if ttinfo_list:
            if not trans_utc:
                self._tti_before = ttinfo_list[0]
            else:
                for i in range(len(ttinfo_list)):
                    if not isdst[i]:
                        self._tti_before = ttinfo_list[i]
                        break
                else:
                    self._tti_before = ttinfo_list[0]
        else:
            self._tti_before = None
        if tz_str is not None and tz_str != "":
            self._tz_after = _parse_tz_str(tz_str)
        else:
            if not self._ttinfos and not ttinfo_list:
                raise ValueError("No time zone information found.")
            self._tz_after = self._ttinfos[-1] if self._ttinfos else ttinfo_list[0]
        if (len(self._ttinfos) <= 1 and isinstance(self._tz_after, _TTInfo)
                and (not self._ttinfos or self._ttinfos[0] == self._tz_after)):
            self._fixed_offset = self._tti_before is None or self._tti_before == self._tz_after
        else:
            self._fixed_offset = False


ZoneInfo._weak_cache = {}
ZoneInfo._strong_cache = {}


def _unpickle(cls, key, from_cache, /):
    """Rebuilds a pickled ZoneInfo by key (a module function: methods do not pickle here)."""
    if from_cache:
        return cls(key)
    return cls.no_cache(key)
