# raise SystemExit(7) at top level after output; finally blocks run
def cleanup():
    print("cleanup")
try:
    print("working")
    raise SystemExit(7)
finally:
    cleanup()
