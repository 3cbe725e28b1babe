"""CTest driver (examples.sweep_radial): an external solver of the radial family inside a study,
through the built binary ($NWGF_BIN). Usage: sweep_radial.py. Exit 77 (CTest: skipped) when NumPy
is missing.

The study is examples/radial-solvers-study.json (its sections, solver and built-in particle flow;
the solver's {python} filled by the sweep with this interpreter, passed as $NWGF_PYTHON, as the
first python3 on PATH may lack NumPy) with one more
section, sphere:1 toward sphere:1 in d = 3, r = 1 at two step sizes. Then:
  - every cell is "ok"; the solver's cells are external/numpy_radial/radial/SECTION/tau/seed,
    config family "radial" with the section's d, r, start and target, scored against the Euler
    iterate, every step's metrics finite (radial W2, MMD and its floor, the same to the iterate,
    MMD to the target, the M2 and energy errors) and the iterate's own W2 to the flow finite;
  - the sphere toward the same sphere is a rest point of the flow and of its Euler iterate (the
    first variation -int ||x - y||^r dmu + int ||x - y||^r dnu vanishes for mu = nu; derived by
    hand), so the reference quantile is 1 at every t: the solver's radial W2 at every step is
    sqrt(mean (|x_i| - 1)^2) and its M2 error mean |x_i|^2 - 1, both computed here from the
    run folder's own snapshots, and the iterate's W2 to the flow is 0;
  - radial_convergence groups the solver by its name with solver_scheme "forward", d and r, one
    group per section, and `nwgf report` draws it (table row, quantile plot) beside the particle
    flow;
  - the results file is valid against results/schema/nwgf-study-1.schema.json (skipped, saying
    why, without python3-jsonschema);
  - `--plan` shows the command with {d}, {r}, {start} and {target} expanded; a radial section
    naming an unknown solver is refused with one line, exit 2, nothing written.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
examples = os.path.dirname(here)
source = os.path.dirname(examples)
nwgf_bin = os.environ["NWGF_BIN"]
try:
    import numpy as np
except ImportError:
    print("skipped: python3-numpy is not installed (tools/install-deps.sh installs it)")
    sys.exit(77)

REST_MATCH = 1e-9  # relative: W2 and M2 error against the values from the snapshots (reference at rest to 1e-15)
ZERO = 1e-12       # absolute: the Euler iterate's W2 to the flow at a rest point
METRICS = ("radial_w2", "mmd", "mmd_floor", "w2_to_scheme", "mmd_to_scheme", "mmd_to_scheme_floor", "mmd_to_target",
           "m2_rel_error", "energy_rel_error")
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def finite(v):
    return isinstance(v, (int, float)) and math.isfinite(v)


with open(os.path.join(examples, "radial-solvers-study.json")) as f:
    study = json.load(f)
study["name"] = "radial-solvers-test"
for solver in study["solvers"]:
    check(solver["command"][0] == "{python}", f"the example runs its solver with {{python}}: {solver['command'][:2]}")
    solver["command"] = [os.path.join(source, a) if a.startswith("examples/") else a for a in solver["command"]]
study["radial"].append({"name": "sphere_rest", "d": 3, "r": 1, "start": "sphere:1", "target": "sphere:1", "T": 0.4,
                        "taus": [0.2, 0.1], "solvers": ["numpy_radial"]})
sections = {s["name"]: s for s in study["radial"]}
expected_cells = sum(2 * len(s["taus"]) for s in study["radial"])  # (particle + solver) x taus, one seed

env = dict(os.environ, OMP_NUM_THREADS="1", NWGF_PYTHON=sys.executable)
with tempfile.TemporaryDirectory() as tmp:
    config = os.path.join(tmp, "study.json")
    with open(config, "w") as f:
        json.dump(study, f)
    out = os.path.join(tmp, "result.json")

    plan = subprocess.run([nwgf_bin, "sweep", "--config", config, "--out", out, "--plan"], capture_output=True,
                          text=True, env=env)
    check(plan.returncode == 0, f"--plan exit 0: {plan.stderr}")
    check("external/numpy_radial/radial/gaussian_to_sphere/tau0.2/seed0" in plan.stdout,
          f"the plan lists the solver's radial cell: {plan.stdout[-800:]}")
    check("gaussian:0.3" in plan.stdout and "shell:0.5,1" in plan.stdout and "ball:1.5" in plan.stdout
          and "{d}" not in plan.stdout and "{start}" not in plan.stdout and "{target}" not in plan.stdout,
          f"the plan shows {{d}}, {{start}} and {{target}} expanded: {plan.stdout[-800:]}")
    check("{python} is " + sys.executable + " " in plan.stdout,
          f"the plan says {{python}} is $NWGF_PYTHON ({sys.executable}): {plan.stdout[-300:]}")

    run = subprocess.run([nwgf_bin, "sweep", "--config", config, "--out", out, "--quiet"], capture_output=True,
                         text=True, env=env)
    check(run.returncode == 0, f"sweep exit 0: {run.stderr[-2000:]}")
    doc = {"cells": [], "radial_convergence": []}
    if os.path.exists(out):
        with open(out) as f:
            doc = json.load(f)
    cells = {c["id"]: c for c in doc["cells"]}
    check(len(cells) == expected_cells, f"{expected_cells} cells: {sorted(cells)}")
    for cid, c in cells.items():
        check(c["summary"]["status"] == "ok", f"{cid} ok: {c['summary'].get('failure')} {c['summary'].get('stderr_tail')}")
    ext = {cid: c for cid, c in cells.items() if cid.startswith("external/numpy_radial/radial/")}
    check(len(ext) == expected_cells // 2, f"one solver cell per section and tau: {sorted(ext)}")
    for cid, c in ext.items():
        k = c["config"]
        s = sections.get(cid.split("/")[3], {})
        check(k.get("family") == "radial" and k["scheme"] == "external" and k["solver_scheme"] == "forward",
              f"{cid}: an external radial cell compared with explicit Euler: {k}")
        check(all(k.get(key) == s.get(key) for key in ("d", "r", "start", "target")),
              f"{cid}: the section's d, r, start and target in the cell config: {k}")
        check(c["summary"].get("scheme_reference") == "euler", f"{cid}: scored against the Euler iterate")
        steps = c["steps"]
        check(len(steps) == round(s.get("T", 0) / k["tau"]), f"{cid}: every step scored ({len(steps)})")
        for st in steps:
            m = st.get("particles") or {}
            bad = [key for key in METRICS if not finite(m.get(key))]
            check(not bad, f"{cid} step {st['n']}: finite metrics, not {bad}")
            check(finite(st.get("scheme_w2_to_flow")) and finite(st.get("reference_w2_error")),
                  f"{cid} step {st['n']}: the iterate's W2 to the flow and the reference's error estimate")
            check(m.get("n") == 500, f"{cid}: 500 particles")

    # The rest point: the solver's W2 and M2 error from its own snapshots (reference quantile 1).
    runs = os.path.splitext(out)[0] + ".runs"  # OUT.runs/ beside the results file
    for tau in (0.2, 0.1):
        cid = f"external/numpy_radial/radial/sphere_rest/tau{tau:g}/seed0"
        c = cells.get(cid)
        if not c:
            continue
        folder = os.path.join(runs, cid.replace("/", "_"))
        for st in c["steps"]:
            x = np.load(os.path.join(folder, f"p{st['n']}.npy"))
            norms = np.linalg.norm(x, axis=1)
            w2 = math.sqrt(float(np.mean((norms - 1.0) ** 2)))
            m2 = float(np.mean(norms ** 2)) - 1.0
            m = st["particles"]
            print(f"{cid} step {st['n']}: radial W2 {m['radial_w2']:.6e} (snapshot {w2:.6e}), M2 error "
                  f"{m['m2_rel_error']:.6e} (snapshot {m2:.6e}), iterate {st['scheme_w2_to_flow']:.1e}")
            check(abs(m["radial_w2"] - w2) <= REST_MATCH * w2, f"{cid} step {st['n']}: radial W2 {m['radial_w2']} vs "
                  f"sqrt(mean (|x| - 1)^2) = {w2}")
            check(abs(m["m2_rel_error"] - m2) <= REST_MATCH * abs(m2), f"{cid} step {st['n']}: M2 error "
                  f"{m['m2_rel_error']} vs mean |x|^2 - 1 = {m2}")
            check(st["scheme_w2_to_flow"] <= ZERO, f"{cid} step {st['n']}: the Euler iterate at rest: "
                  f"{st['scheme_w2_to_flow']}")
        check(len(c["steps"]) == round(0.4 / tau) and c["steps"][0]["particles"]["radial_w2"] > 0,
              f"{cid}: the particles leave the sphere (finite samples of the target), measured")

    try:  # the whole results file against the study schema (radial sections, cells, groups)
        import jsonschema
        with open(os.path.join(source, "results", "schema", "nwgf-study-1.schema.json")) as f:
            errors = list(jsonschema.Draft202012Validator(json.load(f)).iter_errors(doc))
        check(not errors, f"the results file is valid against the schema: {[e.message[:200] for e in errors[:3]]}")
    except ImportError:
        print("skipped the schema check: python3-jsonschema is not installed")

    groups = [g for g in doc.get("radial_convergence", []) if g.get("solver") == "numpy_radial"]
    for g in doc.get("radial_convergence", []):
        w2 = next((m for m in g["metrics"] if m["metric"] == "radial_w2"), {})
        print(f"{g['label']} {g['start']} -> {g['target']} (d = {g['d']}, r = {g['r']}): radial W2 at T per tau "
              f"{g['taus']}: {w2.get('mean')}, the Euler iterate's own {w2.get('exact_scheme', {}).get('values')}")
    check(len(groups) == len(sections) and all(g["label"] == "numpy_radial" and g["solver_scheme"] == "forward"
                                               and g["family"] == "radial" for g in groups),
          f"one radial convergence group per section labelled by the solver: "
          f"{[(g.get('label'), g.get('start'), g.get('target')) for g in groups]}")
    for g in groups:
        s = next((s for s in study["radial"] if s["start"] == g["start"] and s["target"] == g["target"]
                  and s["d"] == g.get("d") and s["r"] == g.get("r")), None)
        check(s is not None and sorted(g["taus"], reverse=True) == sorted(s["taus"], reverse=True),
              f"group {g['start']} -> {g['target']} d = {g.get('d')}, r = {g.get('r')}: the section's taus")
        names = [m["metric"] for m in g["metrics"]]
        check("radial_w2" in names and "mmd" in names and "mmd_to_target" in names, f"group metrics {names}")
    check(any(g.get("scheme") == "particle" for g in doc.get("radial_convergence", [])),
          "the built-in particle flow's groups beside the solver's")

    report = os.path.join(tmp, "report")
    rep = subprocess.run([nwgf_bin, "report", out, "--out", report], capture_output=True, text=True, env=env)
    check(rep.returncode == 0, f"report exit 0: {rep.stderr[-1000:]}")
    md_path = os.path.join(report, "report.md")
    md = open(md_path).read() if os.path.exists(md_path) else ""
    check("| numpy_radial |" in md, "the radial section's table has a row for the solver")
    check("radial_quantiles_gaussian_to_sphere_numpy_radial" in md, "the solver's quantile plot is drawn")
    check("| particle |" in md, "beside the built-in particle flow")

    bad = dict(study)
    bad["radial"] = [dict(study["radial"][0], solvers=["nobody"])]
    with open(config, "w") as f:
        json.dump(bad, f)
    refused = os.path.join(tmp, "refused.json")
    r = subprocess.run([nwgf_bin, "sweep", "--config", config, "--out", refused], capture_output=True, text=True,
                       env=env)
    check(r.returncode == 2 and "radial[0].solvers[0]" in r.stderr and "nobody" in r.stderr,
          f"unknown solver in a radial section: exit 2 naming it: {r.returncode} {r.stderr!r}")
    check(not os.path.exists(refused), "nothing written for a refused config")

print(f"examples.sweep_radial: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
