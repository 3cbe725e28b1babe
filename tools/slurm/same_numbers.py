#!/usr/bin/env python3
"""Exit 0 when two nwgf study results files hold the same numbers, 1 (with the first difference)
otherwise. Ignored: what differs between runs by nature (provenance, merged_from, timings, wall
times, the ensemble width) and the shard bookkeeping of a merged file. Every other value, every
float included, must be equal exactly.

usage: same_numbers.py A.json B.json
"""
import json
import sys

WALL_KEYS = ("wall_s", "train_wall_s", "eval_wall_s", "iteration_median_us", "step_median_s", "ensemble")


def numbers_only(doc):
    for key in ("provenance", "merged_from", "timings"):
        doc.pop(key, None)
    for cell in doc.get("cells", []):
        cell.pop("provenance", None)
        for key in WALL_KEYS:
            cell.get("summary", {}).pop(key, None)
        for step in cell.get("steps", []):
            step.pop("wall_s", None)
    return doc


def first_difference(a, b, where="$"):
    if type(a) is not type(b):
        return f"{where}: {json.dumps(a)[:80]} vs {json.dumps(b)[:80]}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: present in only one file"
            d = first_difference(a[key], b[key], f"{where}.{key}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} entries vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{where}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{where}: {a!r} vs {b!r}"


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    a, b = (numbers_only(json.load(open(p))) for p in sys.argv[1:])
    d = first_difference(a, b)
    if d:
        print(f"different numbers: {d}")
        return 1
    print(f"same numbers: {len(a.get('cells', []))} cells")
    return 0


if __name__ == "__main__":
    sys.exit(main())
