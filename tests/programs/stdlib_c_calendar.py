import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(12000, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2021, 12))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[3], calendar.day_abbr[6], len(calendar.month_name), calendar.day_name[-1])
print(calendar.month_name[1:4], "May" in calendar.month_name)
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
calendar.prmonth(2021, 1)
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9))
print(calendar.timegm((2024, 3, 1, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=2, l=1, c=3, m=4))

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(list(tc.iterweekdays()), tc.getfirstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9)[0])
print(calendar.month(2024, 9))
calendar.setfirstweekday(0)

cal = calendar.Calendar()
print(list(cal.itermonthdays(2024, 4))[:10])
print(list(cal.itermonthdays2(2024, 4))[:3])
print(list(cal.itermonthdays3(2024, 4))[:2], list(cal.itermonthdays4(2024, 4))[-1])
print(cal.monthdatescalendar(2024, 1)[0][0], len(cal.monthdatescalendar(2024, 1)))
print([len(r) for r in cal.yeardayscalendar(2024, 4)])
print(cal.yeardays2calendar(2024)[0][0][0])

for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9),
            lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.IllegalMonthError))

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatyear(2024, width=4)[:300])
