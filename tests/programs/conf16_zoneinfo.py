# zoneinfo over the system tz database: offsets, names, DST, folds and gaps (PEP 495),
# conversions from UTC, the POSIX TZ footer after the last transition, errors, pickling.
import datetime as d
import pickle
import zoneinfo

z = zoneinfo.ZoneInfo('Europe/Paris')
print(repr(z), str(z), z.key, z is zoneinfo.ZoneInfo('Europe/Paris'))
for dt in [d.datetime(1800, 1, 1), d.datetime(2020, 7, 1), d.datetime(2020, 1, 1),
           d.datetime(2050, 7, 1), d.datetime(2050, 12, 1),
           d.datetime(2021, 3, 28, 2, 30), d.datetime(2021, 3, 28, 2, 30, fold=1),
           d.datetime(2021, 10, 31, 2, 30), d.datetime(2021, 10, 31, 2, 30, fold=1),
           d.datetime(2045, 10, 29, 2, 30), d.datetime(2045, 10, 29, 2, 30, fold=1),
           d.datetime(2045, 3, 26, 2, 30), d.datetime(2045, 3, 26, 2, 30, fold=1)]:
    a = dt.replace(tzinfo=z)
    print(a, a.tzname(), a.dst(), a.utcoffset())
for key in ['America/New_York', 'UTC', 'Asia/Kolkata', 'Australia/Sydney',
            'America/Sao_Paulo', 'Europe/London', 'Asia/Tokyo']:
    z = zoneinfo.ZoneInfo(key)
    for ts in [0, 1e9, 1.6e9, 2.5e9, 1616893200, 1635641999, 1635642000, 1635645600]:
        t = d.datetime.fromtimestamp(ts, tz=z)
        print(key, t, t.tzname(), t.fold, t.dst())
    u = d.datetime(2021, 11, 7, 5, 30, tzinfo=d.timezone.utc).astimezone(z)
    print(u, u.fold, z.utcoffset(None))
try:
    zoneinfo.ZoneInfo('Nope/X')
except zoneinfo.ZoneInfoNotFoundError as e:
    print(type(e).__name__, repr(e), isinstance(e, KeyError))
try:
    zoneinfo.ZoneInfo('../etc')
except ValueError as e:
    print(type(e).__name__, e)
print('Europe/Berlin' in zoneinfo.available_timezones())
p = pickle.loads(pickle.dumps(zoneinfo.ZoneInfo('Asia/Tokyo')))
print(p is zoneinfo.ZoneInfo('Asia/Tokyo'))
n = zoneinfo.ZoneInfo.no_cache('Asia/Tokyo')
print(n is zoneinfo.ZoneInfo('Asia/Tokyo'), n.utcoffset(d.datetime(2000, 1, 1)))
