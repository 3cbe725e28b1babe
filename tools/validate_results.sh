#!/usr/bin/env bash
# Validates study results files against their JSON Schema (draft 2020-12) with a real validator
# (Debian's python3-jsonschema). Without arguments: every committed results/*.json (git ls-files;
# every results/*.json outside a git checkout)
# that declares "schema": "nwgf-study/1". With arguments: exactly those files, each of which must
# declare it. Exit status 0 when all are valid, 1 otherwise (each error printed with its path).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
schema="$root/results/schema/nwgf-study-1.schema.json"
if [ "$#" -gt 0 ]; then
  files=("$@")
  explicit=1
else
  if git -C "$root" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    mapfile -t files < <(cd "$root" && git ls-files 'results/*.json' | sed "s|^|$root/|")
  else  # not a git checkout (e.g. a source tarball): every results/*.json present
    shopt -s nullglob
    files=("$root"/results/*.json)
  fi
  explicit=0
fi
exec /usr/bin/python3 - "$schema" "$explicit" "${files[@]}" <<'PY'
import json, sys
import jsonschema

schema_path, explicit, files = sys.argv[1], sys.argv[2] == "1", sys.argv[3:]
with open(schema_path) as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
checked = failed = 0
for path in files:
    try:
        with open(path) as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: not readable JSON: {e}")
        failed += 1
        continue
    if not (isinstance(doc, dict) and doc.get("schema") == "nwgf-study/1"):
        if explicit:
            print(f"{path}: does not declare \"schema\": \"nwgf-study/1\"")
            failed += 1
        continue
    checked += 1
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        where = "/".join(str(p) for p in e.absolute_path) or "(top)"
        print(f"{path}: {where}: {e.message[:300]}")
    if errors:
        failed += 1
print(f"validate_results: {checked} study file(s) checked, {failed} invalid")
sys.exit(1 if failed else 0)
PY
