"""Tests of nwgf.score_line (python/nwgf_module.cc), the line family (d = 1, r = 1), run by CTest
as python.line with PYTHONPATH at the build folder's python/ and NWGF_BIN the nwgf program.

References, independent of the module: the flow from delta_0 toward (delta_-1 + delta_1)/2 is
uniform on [-t, t] for t <= 1 (docs/math.md section 6.2: Q(t, s) = clip((2s - 1) t, -1, 1)), so N
points at its midpoint quantiles have W2 = t/(sqrt(3) N), D = sqrt(t/6)/N and noise floor
sqrt(t/(3N)) (derived by hand), and the JKO iterate is the flow itself; then `nwgf score` of a
line run folder holding the same arrays (every metric equal to 1e-10 relative) and the study
schema for the cell it writes."""
import json
import math
import os
import subprocess
import tempfile

import numpy as np

import nwgf
import checks
from checks import check, raises_value_error

TIGHT = 1e-12       # relative: hand-derived values of piecewise polynomial integrals
CELL_MATCH = 1e-10  # relative: nwgf.score_line against the cell written by `nwgf score`


def close(a, b, rel=TIGHT):
    return checks.close(a, b, rel)



# Midpoint quantiles of the two-Dirac flow at t = 0.5 (five steps of 0.1), in reverse order.
t, tau, N = 0.5, 0.1, 400
x = ((2 * (np.arange(N) + 0.5) / N - 1) * t)[::-1].copy()
rec = nwgf.score_line(x, start="dirac:0", target="diracs:-1;1", t=t, scheme="backward", tau=tau)
m = rec["particles"]
check(rec["n"] == 5 and close(rec["t"], t), f"step 5 at t = 0.5: {rec['n']}, {rec['t']}")
check(m["n"] == N, "n points")
check(close(m["w2"], t / (math.sqrt(3) * N)), f"W2 {m['w2']} vs t/(sqrt3 N)")
check(close(m["mmd"], math.sqrt(t / 6) / N), f"D {m['mmd']} vs sqrt(t/6)/N")
check(close(m["mmd_floor"], math.sqrt(t / (3 * N))), f"floor {m['mmd_floor']} vs sqrt(t/(3N))")
check(rec["scheme_w2_to_flow"] < 1e-12, "the JKO iterate toward atoms from a Dirac is exact in time")
check(close(m["w2_to_scheme"], m["w2"], 1e-9), "against the JKO iterate: the same W2")
check(rec["chain"] is None, "no samples: chain None")
# (N, 1) float32 points: the same numbers up to float32 rounding of the points.
m32 = nwgf.score_line(x.astype(np.float32).reshape(-1, 1), t=t, tau=tau)["particles"]
check(abs(m32["w2"] - m["w2"]) < 1e-7, "float32 (N, 1) points read")
# Without a scheme: no scheme metrics.
none = nwgf.score_line(x, t=t, tau=tau, scheme="other", samples=x[::2])
check(none["scheme_w2_to_flow"] is None and none["particles"]["w2_to_scheme"] is None, "scheme other: None")
check(none["chain"]["n"] == N // 2, "samples scored as the chain")

raises_value_error(lambda: nwgf.score_line(x, start="gaussian:1e9,1", t=t, tau=tau), "start position")
raises_value_error(lambda: nwgf.score_line(x, start="cdf:table.txt", t=t, tau=tau), "not read here")
raises_value_error(lambda: nwgf.score_line(x, target="uniform:1,-1", t=t, tau=tau), "a < b")
raises_value_error(lambda: nwgf.score_line(x, target="circle:1", t=t, tau=tau), "not a target")
raises_value_error(lambda: nwgf.score_line(np.zeros((3, 2)), t=t, tau=tau), "shape")
raises_value_error(lambda: nwgf.score_line(x, t=0.55, tau=tau), "whole n")
raises_value_error(lambda: nwgf.score_line(np.array([0.0, np.nan]), t=t, tau=tau), "not finite")
raises_value_error(lambda: nwgf.score_line(x, t=t, tau=tau, scheme="jko"), "scheme 'jko'")

# A line run folder of the same kind of arrays scored by `nwgf score`: the same numbers.
bin_path = os.environ.get("NWGF_BIN")
if bin_path and os.path.exists(bin_path):
    with tempfile.TemporaryDirectory() as tmp:
        run = os.path.join(tmp, "run")
        os.mkdir(run)
        rng = np.random.default_rng(3)
        steps, arrays = [], []
        for n in (2, 5, 10):  # toward U[-1, 1] from delta_0.5, explicit Euler reference
            arr = np.sort(rng.uniform(-0.3, 0.8, 250))
            arr = arr.astype(np.float32) if n == 5 else arr
            np.save(os.path.join(run, f"p{n}.npy"), arr.reshape(-1, 1))
            np.savetxt(os.path.join(run, f"s{n}.csv"), arr[::3].reshape(-1, 1), delimiter=",")
            steps.append({"n": n, "t": n * 0.1, "particles": f"p{n}.npy", "samples": f"s{n}.csv"})
            arrays.append(arr)
        with open(os.path.join(run, "run.json"), "w") as f:
            json.dump({"protocol": "nwgf-run/1", "solver": "pytest", "scheme": "forward", "family": "line",
                       "start": "dirac:0.5", "target": "uniform:-1,1", "d": 1, "r": 1, "tau": 0.1, "T": 1.0,
                       "t0": 0.0, "seed": 0, "steps": steps}, f)
        out = os.path.join(tmp, "cell.json")
        proc = subprocess.run([bin_path, "score", run, "--out", out, "--quiet"], capture_output=True, text=True)
        check(proc.returncode == 0, f"nwgf score exit 0: {proc.stderr}")
        with open(out) as f:
            cell = json.load(f)
        check(cell["config"]["family"] == "line" and cell["summary"]["scheme_reference"] == "euler",
              "the cell is a line cell scored against the Euler iterate")
        for rec_cell, arr in zip(cell["steps"], arrays):
            csv_samples = np.loadtxt(os.path.join(run, f"s{rec_cell['n']}.csv"), delimiter=",")
            mine = nwgf.score_line(arr, start="dirac:0.5", target="uniform:-1,1", t=rec_cell["t"],
                                   scheme="forward", tau=0.1, samples=csv_samples)
            for src in ("particles", "chain"):
                for key in ("w2", "mmd", "mmd2", "mmd_floor", "w2_to_scheme", "mmd_to_scheme", "mmd_to_target"):
                    check(close(rec_cell[src][key], mine[src][key], CELL_MATCH),
                          f"step {rec_cell['n']} {src}.{key}: cell {rec_cell[src][key]} vs score_line {mine[src][key]}")
            check(close(rec_cell["scheme_w2_to_flow"], mine["scheme_w2_to_flow"], CELL_MATCH), "scheme_w2_to_flow equal")
        # A bad line run.json is refused with one line, exit 2.
        with open(os.path.join(run, "run.json")) as f:
            doc = json.load(f)
        doc["d"] = 2
        with open(os.path.join(run, "run.json"), "w") as f:
            json.dump(doc, f)
        bad = subprocess.run([bin_path, "score", run, "--out", os.path.join(tmp, "bad.json"), "--quiet"],
                             capture_output=True, text=True)
        check(bad.returncode == 2 and "line run" in bad.stderr and bad.stderr.count("\n") == 1,
              f"d = 2 in a line run.json: exit 2, one line: {bad.returncode} {bad.stderr!r}")
        check(not os.path.exists(os.path.join(tmp, "bad.json")), "nothing written for a refused run")
        checks.check_cell_schema(cell, "external/pytest/line/dirac0.5_to_uniform/tau0.1/seed0")
else:
    print("skipped the cell comparison: NWGF_BIN is not set (CTest sets it)")

checks.finish("python.line")
