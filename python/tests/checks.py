"""What the python.* tests share (imported from the tests' own folder; not a test itself):
named checks that collect failures instead of stopping at the first, relative closeness, and
the expected ValueError of a bad argument, and a scored cell against the study schema."""
import json
import os
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


def check_cell_schema(cell, cell_id):
    """Checks a cell written by `nwgf score` against the study result schema, with the index and
    id a study would give it (skipped, saying why, without python3-jsonschema)."""
    try:
        import jsonschema
    except ImportError:
        print("skipped the schema check: python3-jsonschema is not installed")
        return
    src = os.environ.get("NWGF_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
    with open(os.path.join(src, "results", "schema", "nwgf-study-1.schema.json")) as f:
        schema = json.load(f)
    cell_schema = {"$ref": "#/$defs/cell", "$defs": schema["$defs"]}
    errors = list(jsonschema.Draft202012Validator(cell_schema).iter_errors(dict(cell, index=0, id=cell_id)))
    check(not errors, f"cell valid against the schema: {[e.message[:200] for e in errors[:3]]}")


def finish(name):
    print(f"{name}: {len(failures)} failure(s)")
    sys.exit(1 if failures else 0)
