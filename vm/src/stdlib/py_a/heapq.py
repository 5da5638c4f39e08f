"""Heap queue algorithm (pyrs-nogil): the primitives are native (`_heapq`); merge, nlargest
and nsmallest are written here and give exactly CPython's results."""

from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify, _heappop_max,
                    _heapreplace_max, _heapify_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output; ties come out in input order."""
    # Heap entries are [sort key, input number, value, next function]: the input number breaks
    # ties so that values and functions are never compared, and makes the merge stable.
    pop, push, replace = (_heappop_max, None, _heapreplace_max) if reverse else (heappop, heappush, heapreplace)
    if reverse:
        sign = -1
    else:
        sign = 1
    entries = []
    for number, it in enumerate(iterables):
        nxt = iter(it).__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        entries.append([value if key is None else key(value), sign * number, value, nxt])
    if reverse:
        _heapify_max(entries)
    else:
        heapify(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        try:
            value = top[3]()
        except StopIteration:
            pop(entries)
            continue
        top[0] = value if key is None else key(value)
        top[2] = value
        replace(entries, top)
    if entries:
        top = entries[0]
        yield top[2]
        nxt = top[3]
        while True:
            try:
                yield nxt()
            except StopIteration:
                return


def _select(n, iterable, key, largest):
    # The n best (key, position, value) triples, best first; positions make the order total,
    # so the result is exactly sorted(iterable, key=key, reverse=largest)[:n].
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        if largest:
            r = max(iterable, default=sentinel, key=key)
        else:
            r = min(iterable, default=sentinel, key=key)
        return [] if r is sentinel else [r]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # A heap of the n best so far whose root is the worst of them: for the smallest we keep a
    # max-heap of (key, position); for the largest a min-heap of (key, -position).
    it = iter(iterable)
    kept = []
    pos = 0
    for value in it:
        k = value if key is None else key(value)
        kept.append((k, -pos if largest else pos, value))
        pos += 1
        if pos == n:
            break
    if largest:
        heapify(kept)
        worst = kept[0][0] if kept else None
        for value in it:
            k = value if key is None else key(value)
            if worst < k:
                heapreplace(kept, (k, -pos, value))
                worst = kept[0][0]
            pos += 1
        kept.sort(reverse=True)
    else:
        _heapify_max(kept)
        worst = kept[0][0] if kept else None
        for value in it:
            k = value if key is None else key(value)
            if k < worst:
                _heapreplace_max(kept, (k, pos, value))
                worst = kept[0][0]
            pos += 1
        kept.sort()
    return [entry[2] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest elements: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest elements: sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
