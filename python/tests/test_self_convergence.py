"""Tests of nwgf.self_convergence (python/nwgf_module.cc): the self-convergence of one solver's
solutions at nested step sizes, run by CTest as python.self_convergence with PYTHONPATH at the
build folder's python/ and NWGF_BIN the nwgf program.

Reference, independent of the module (derived by hand): the line family from dirac:0 toward the
uniform law on [-1, 1] (docs/math.md 6). Explicit Euler on N particles at levels s_i,
x_i' = 2 s_i - 2 F(x_i) with F(x) = (x + 1) / 2 on [-1, 1], gives x_i^n = (2 s_i - 1)(1 - (1 - tau)^n):
first order in tau. Two runs with the same levels at tau and tau / 2 are sorted alike, so their W2
at T = n tau is E = sqrt(mean (2 s_i - 1)^2) |(1 - tau / 2)^(2n) - (1 - tau)^n|; the least-squares
order of E over tau = 0.1, 0.05, 0.025, 0.0125 is computed here from those closed forms and must
be read within 1e-10, and be 1 within 0.1. Identical runs give distances 0 and "no order". The
same runs written as run folders and scored by `nwgf score RUN_1 ... RUN_4` give the same W2
differences and order (one computation)."""
import json
import math
import os
import subprocess
import tempfile

import numpy as np

import nwgf
import checks
from checks import check, close, raises_value_error

N = 1000
T = 0.4
TAUS = [0.1, 0.05, 0.025, 0.0125]
CLOSED = 1e-10  # relative: sorted W2 of 1000 values against the closed form


def levels(seed):
    if seed == 0:
        return (np.arange(N) + 0.5) / N
    rng = np.random.default_rng(seed)
    return (np.arange(N) + rng.uniform(size=N)) / N


def euler(tau, seed=0, every_step=None):
    s = levels(seed)
    x = np.zeros(N)
    for n in range(1, round(T / tau) + 1):
        x = x + tau * (2 * s - 2 * np.clip((x + 1) / 2, 0, 1))
        if every_step is not None:
            every_step(n, x.copy())
    return x.reshape(N, 1)


s0 = levels(0)
rms = math.sqrt(np.mean((2 * s0 - 1) ** 2))
expected = [rms * abs((1 - tau / 2) ** (2 * round(T / tau)) - (1 - tau) ** round(T / tau)) for tau in TAUS[:-1]]
slope = np.polyfit(np.log(TAUS[:-1]), np.log(expected), 1)[0]

runs = [euler(tau) for tau in TAUS]
floor_run = euler(TAUS[-1], seed=1)
out = nwgf.self_convergence(runs, TAUS, r=1.0, floor=floor_run)
w2 = out["distances"]["w2"]
check(w2["method"] == "sorted", f"W2 in d = 1 by sorting: {w2['method']}")
for i, (got, want) in enumerate(zip(w2["differences"], expected)):
    check(close(got, want, CLOSED), f"E_{i + 1} = {got!r}, closed form {want!r}")
order = w2["analysis"]["observed_order"]
check(close(order, slope, CLOSED), f"order {order!r}, least squares of the closed forms {slope!r}")
check(abs(order - 1.0) <= 0.1, f"order {order!r} is 1 within 0.1")
check(out["status"] == "order" and out["reason"] == "", f"status {out['status']!r}, reason {out['reason']!r}")
check(w2["floor"] is not None and w2["floor"] > 0, f"a floor from the second seed: {w2['floor']!r}")
rich = w2["analysis"]["richardson_error"]
check(close(rich, expected[-1] / (2 ** order - 1), CLOSED), f"Richardson {rich!r}")
mmd = out["distances"]["mmd"]
check(mmd["method"] == "exact pair sums" and len(mmd["differences"]) == 3 and mmd["floor"] > 0,
      f"the MMD's differences and floor too: {mmd['method']!r} {mmd['differences']!r} {mmd['floor']!r}")

same = nwgf.self_convergence([runs[0]] * 3, TAUS[:3])
check(same["status"] == "no order", f"identical runs: {same['status']!r}")
check(same["distances"]["w2"]["analysis"]["observed_order"] is None, "identical runs: no order read")
check(same["reason"].startswith("no floor given"), f"without a floor: {same['reason']!r}")

raises_value_error(lambda: nwgf.self_convergence(runs[:2], TAUS[:2]), "at least 3")
raises_value_error(lambda: nwgf.self_convergence(runs[:3], [0.1, 0.05, 0.02]), "nested")
raises_value_error(lambda: nwgf.self_convergence(runs[:3], TAUS[:2]), "2 step sizes for 3")
raises_value_error(lambda: nwgf.self_convergence([runs[0], runs[1], runs[2][:10]], TAUS[:3]), "one N for all")
raises_value_error(lambda: nwgf.self_convergence([runs[0], runs[1], np.zeros((N, 2))], TAUS[:3]), "d = 1")
raises_value_error(lambda: nwgf.self_convergence(runs[:3], TAUS[:3], r=2.0), "r = 2")

bin_path = os.environ.get("NWGF_BIN")
if bin_path:
    with tempfile.TemporaryDirectory() as tmp:
        dirs = []
        for tau in TAUS:
            run = os.path.join(tmp, f"run_tau{tau}")
            os.makedirs(run)
            steps = []

            def keep(n, x, run=run, steps=steps, tau=tau):
                np.save(os.path.join(run, f"x{n}.npy"), x.reshape(N, 1))
                steps.append({"n": n, "t": n * tau, "particles": f"x{n}.npy"})

            euler(tau, every_step=keep)
            manifest = {"protocol": "nwgf-run/1", "solver": "euler_py", "scheme": "forward", "family": "line",
                        "start": "dirac:0", "target": "uniform:-1,1", "d": 1, "r": 1.0, "tau": tau, "T": T,
                        "t0": 0.0, "seed": 0, "steps": steps}
            with open(os.path.join(run, "run.json"), "w") as f:
                json.dump(manifest, f)
            dirs.append(run)
        result = os.path.join(tmp, "selfconv.json")
        done = subprocess.run([bin_path, "score", *dirs, "--out", result, "--quiet"], capture_output=True, text=True)
        check(done.returncode == 0, f"nwgf score of four run folders: {done.returncode} {done.stderr!r}")
        if done.returncode == 0:
            with open(result) as f:
                sc = json.load(f)["self_convergence"]
            cli = sc["distances"]["w2"]["analysis"]
            check(close(cli["observed_order"], order, CLOSED), f"nwgf score order {cli['observed_order']!r} vs {order!r}")
            for a, b in zip(cli["differences"], w2["differences"]):
                check(close(a, b, CLOSED), f"nwgf score difference {a!r} vs {b!r}")
else:
    print("skipped the comparison with nwgf score: NWGF_BIN is not set (CTest sets it)")

checks.finish("python.self_convergence")
