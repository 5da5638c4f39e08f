# A generator created in the call a `for` loop iterates through enumerate/zip/map/filter is
# closed when the loop is left early (CPython drops the wrapper and with it the generator),
# so its `finally` runs before the next statement. Generators that stay reachable stay open.
log = []

def numbers(tag, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(f"close {tag}")

for i, x in enumerate(numbers('enum')):
    if i == 1:
        break
log.append('after enum')

for a, b in zip(numbers('z1'), numbers('z2')):
    break
log.append('after zip')

for v in map(lambda a: a * 2, numbers('map')):
    if v > 2:
        break
log.append('after map')

for v in filter(None, numbers('filter')):
    break
log.append('after filter')

for i, x in enumerate((y * y for y in range(9)), start=1):
    if x > 10:
        break
log.append(f'after genexp {i} {x}')

# Exhausted loops need nothing; an exception leaving the loop closes too.
for i, x in enumerate(numbers('full', 2)):
    pass
log.append('after full')
def fails():
    for i, x in enumerate(numbers('raise')):
        raise ValueError('stop')
try:
    fails()
except ValueError:
    log.append('caught')

# return from inside the loop closes as well.
def first_even():
    for i, v in enumerate(numbers('ret')):
        if v and v % 2 == 0:
            return i
print(first_even())
log.append('after return')

# Kept generators are not closed.
g = numbers('kept')
for i, x in enumerate(g):
    break
log.append('after kept')
print(next(g))
keep = []
def remember(it):
    keep.append(it)
    return it
for x in remember(numbers('remembered')):
    break
log.append('after remembered')
print(next(keep[0]))
for i, x in enumerate(remember(numbers('inner-remembered'))):
    break
log.append('after inner-remembered')
print(next(keep[1]))
def wrap(gen):
    keep.append(gen)
    return enumerate(gen)
for i, x in wrap(numbers('wrapped')):
    break
log.append('after wrapped')
print(next(keep[2]))
print('\n'.join(log))
