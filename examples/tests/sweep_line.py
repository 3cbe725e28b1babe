"""CTest driver (examples.sweep_line): an external solver of the line family inside a study,
through the built binary ($NWGF_BIN). Usage: sweep_line.py. Exit 77 (CTest: skipped) when NumPy
is missing.

A study of line sections only (no Dirac cells) runs examples/numpy_line_flow.py, named by both
sections, beside the built-in particle flow; then:
  - every cell is "ok"; the solver's cells are external/numpy_line_flow/line/SECTION/tau/seed,
    config family "line" with the section's start and target, scored against the Euler iterate;
  - toward (delta_-1 + delta_1)/2 from delta_0 before the atoms are reached (T = 0.8 < 1), the
    explicit Euler scheme is exact in time (the velocity 2s - 2 F_nu(x) = 2s - 1 inside (-1, 1)),
    so N particles at the levels (i - 1/2)/N sit at the flow's midpoint quantiles and
    W2 = t/(sqrt(3) N) at every step (derived by hand; docs/math.md 6.2);
  - toward U[-1, 1] the solver stays within its level quantisation of the exact Euler iterate;
  - line_convergence groups it by its name with solver_scheme "forward", and `nwgf report`
    draws it (table row, quantile plot) beside the particle flow;
  - `--plan` shows the command with {start} and {target} expanded; a section naming an unknown
    solver is refused with one line, exit 2, nothing written.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
examples = os.path.dirname(here)
nwgf_bin = os.environ["NWGF_BIN"]
try:
    import numpy  # noqa: F401
except ImportError:
    print("skipped: python3-numpy is not installed (tools/install-deps.sh installs it)")
    sys.exit(77)

W2_MATCH = 1e-9  # relative: the solver's W2 against t/(sqrt(3) N) (float64 snapshots, exact metrics)
N = 400
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


study = {
    "name": "line-solvers-test",
    "schemes": ["particle"],
    "seeds": [0],
    "particles": N,
    "eval_samples": 0,
    "solvers": [
        {"name": "numpy_line_flow", "scheme": "forward", "timeout_s": 300,
         "command": [sys.executable, os.path.join(examples, "numpy_line_flow.py"), "--start", "{start}",
                     "--target", "{target}", "--tau", "{tau}", "--T", "{T}", "--t0", "{t0}", "--seed", "{seed}",
                     "--out", "{run_dir}", "--particles", str(N)]},
    ],
    "line": [
        {"name": "two_diracs", "start": "dirac:0", "target": "diracs:-1;1", "T": 0.8, "taus": [0.2, 0.1],
         "solvers": ["numpy_line_flow"]},
        {"name": "uniform", "start": "dirac:0", "target": "uniform:-1,1", "T": 0.6, "taus": [0.2, 0.1],
         "solvers": ["numpy_line_flow"]},
    ],
}

env = dict(os.environ, OMP_NUM_THREADS="1")
with tempfile.TemporaryDirectory() as tmp:
    config = os.path.join(tmp, "study.json")
    with open(config, "w") as f:
        json.dump(study, f)
    out = os.path.join(tmp, "result.json")

    plan = subprocess.run([nwgf_bin, "sweep", "--config", config, "--out", out, "--plan"], capture_output=True,
                          text=True, env=env)
    check(plan.returncode == 0, f"--plan exit 0: {plan.stderr}")
    check("external/numpy_line_flow/line/two_diracs/tau0.2/seed0" in plan.stdout, "the plan lists the solver's line cell")
    check("--target diracs:-1;1" in plan.stdout or "'diracs:-1;1'" in plan.stdout or "diracs:-1;1" in plan.stdout,
          f"the plan shows {{target}} expanded: {plan.stdout[-600:]}")

    run = subprocess.run([nwgf_bin, "sweep", "--config", config, "--out", out, "--quiet"], capture_output=True,
                         text=True, env=env)
    check(run.returncode == 0, f"sweep exit 0: {run.stderr[-2000:]}")
    with open(out) as f:
        doc = json.load(f)
    cells = {c["id"]: c for c in doc["cells"]}
    check(len(cells) == 8, f"2 sections x (particle + solver) x 2 taus = 8 cells: {sorted(cells)}")
    for cid, c in cells.items():
        check(c["summary"]["status"] == "ok", f"{cid} ok: {c['summary'].get('failure')} {c['summary'].get('stderr_tail')}")
    ext = [c for cid, c in cells.items() if cid.startswith("external/numpy_line_flow/line/")]
    check(len(ext) == 4, "four solver line cells")
    for c in ext:
        k = c["config"]
        check(k["family"] == "line" and k["scheme"] == "external" and k["solver_scheme"] == "forward",
              f"{c['id']}: an external line cell compared with explicit Euler: {k}")
        check(c["summary"]["scheme_reference"] == "euler", f"{c['id']}: scored against the Euler iterate")
    diracs = cells.get("external/numpy_line_flow/line/two_diracs/tau0.1/seed0")
    if diracs:
        check(len(diracs["steps"]) == 8, "8 steps to T = 0.8")
        for st in diracs["steps"]:
            want = st["t"] / (math.sqrt(3) * N)
            w2 = st["particles"]["w2"]
            check(abs(w2 - want) <= W2_MATCH * want, f"step {st['n']}: W2 {w2} vs t/(sqrt3 N) = {want}")
            # Exact in time; what remains is the Euler iterate's own representation on M = 4096 levels
            # (analytic/line/flow.h: constant beyond (1/2)/M and 1 - (1/2)/M), W2 ~ 2t (2M)^-1.5 < 1e-5.
            check(st["scheme_w2_to_flow"] < 1e-5, f"step {st['n']}: Euler exact in time before the atoms: "
                  f"{st['scheme_w2_to_flow']}")
        check(diracs["config"]["target"] == "diracs:-1;1", "the section's target in the cell config")
    uniform = cells.get("external/numpy_line_flow/line/uniform/tau0.1/seed0")
    if uniform:
        last = uniform["steps"][-1]["particles"]
        check(last["w2_to_scheme"] < 2 * 0.6 / (math.sqrt(3) * N),
              f"toward U[-1, 1]: within the level quantisation of the Euler iterate: {last['w2_to_scheme']}")
        check(last["w2"] > 5 * last["w2_to_scheme"], "the time-discretisation error dominates the quantisation")
    groups = [g for g in doc["line_convergence"] if g.get("solver") == "numpy_line_flow"]
    check(len(groups) == 2 and all(g["label"] == "numpy_line_flow" and g["solver_scheme"] == "forward" for g in groups),
          f"two line convergence groups labelled by the solver: {[(g['label'], g['start'], g['target']) for g in groups]}")

    report = os.path.join(tmp, "report")
    rep = subprocess.run([nwgf_bin, "report", out, "--out", report], capture_output=True, text=True, env=env)
    check(rep.returncode == 0, f"report exit 0: {rep.stderr[-1000:]}")
    md_path = os.path.join(report, "report.md")
    md = open(md_path).read() if os.path.exists(md_path) else ""
    check("| numpy_line_flow |" in md, "the line section's table has a row for the solver")
    check("line_quantiles_uniform_numpy_line_flow" in md, "the solver's quantile plot is drawn")
    check("| particle |" in md, "beside the built-in particle flow")

    only = dict(study, line=[dict(study["line"][0], schemes=[])])  # the section's solvers only
    with open(config, "w") as f:
        json.dump(only, f)
    p = subprocess.run([nwgf_bin, "sweep", "--config", config, "--out", os.path.join(tmp, "only.json"), "--plan"],
                       capture_output=True, text=True, env=env)
    check(p.returncode == 0 and "external/numpy_line_flow/line/two_diracs/tau0.1/seed0" in p.stdout
          and "particle/line/" not in p.stdout, f"\"schemes\": [] with solvers: no built-in cells: {p.stdout[-400:]}")

    bad = dict(study)
    bad["line"] = [dict(study["line"][0], solvers=["nobody"])]
    with open(config, "w") as f:
        json.dump(bad, f)
    refused = os.path.join(tmp, "refused.json")
    r = subprocess.run([nwgf_bin, "sweep", "--config", config, "--out", refused], capture_output=True, text=True,
                       env=env)
    check(r.returncode == 2 and "line[0].solvers[0]" in r.stderr and "nobody" in r.stderr,
          f"unknown solver in a line section: exit 2 naming it: {r.returncode} {r.stderr!r}")
    check(not os.path.exists(refused), "nothing written for a refused config")

print(f"examples.sweep_line: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
