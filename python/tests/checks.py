"""What the python.* tests share (imported from the tests' own folder; not a test itself):
named checks that collect failures instead of stopping at the first, relative closeness, and
the expected ValueError of a bad argument."""
import sys

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def close(a, b, rel):
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)


def raises_value_error(f, says):
    try:
        f()
    except ValueError as e:
        check(says in str(e), f"ValueError says {says!r}: got {e}")
        return
    check(False, f"ValueError expected ({says})")


def finish(name):
    print(f"{name}: {len(failures)} failure(s)")
    sys.exit(1 if failures else 0)
