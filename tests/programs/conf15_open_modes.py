# open() mode validation: CPython's messages and their order.
for m in ['rw', 'rr', 'x+w', 'q', 'rbt', 'wa', 'U', 'rU', 'b', 't', '+']:
    try: open(__file__, m).close(); print(m, 'ok')
    except ValueError as e: print(m, e)
