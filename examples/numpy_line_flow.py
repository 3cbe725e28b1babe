#!/usr/bin/env python3
"""A particle flow on the line toward a target, in plain NumPy: an example of another program
whose run of the line family `nwgf score` judges (run folder protocol nwgf-run/1 with
"family": "line", docs/snapshot-protocol.md).

On the real line with the distance kernel (d = 1, r = 1) the MMD functional toward a target nu,
F_nu = E + V_nu, has the Wasserstein gradient flow d/dt Q(t, s) = 2s - 2 F_nu(Q(t, s)) for the
quantile function Q(t, .) of mu_t (docs/math.md section 6). This solver carries N particles at
the levels s_i = (i - 1/2)/N (i-th smallest particle) and takes explicit Euler steps
    x_(i) <- x_(i) + tau (2 s_i - 2 F_nu(x_(i))),
then sorts them again (the rearrangement), with the minimal-norm velocity at an atom a of nu:
2 s_i - 2 clip(s_i, F_nu(a-), F_nu(a)) (a particle whose level lies inside the jump stays put).
It is the explicit Euler scheme on N levels, so it is compared with the exact explicit Euler
iterate (run.json "scheme": "forward"). F_nu is nu's exact CDF (Gaussian through erf).

Specs (the syntax of `nwgf analytic --family line`): start dirac:x | diracs:x1;x2;... (weights
x@w) | uniform:a,b; target the same or gaussian:m,s. The start is placed at its quantiles at the
levels s_i (a Dirac: every particle on it). t0 > 0 (a start on the exact flow at t0) is not
supported by this example.

usage: numpy_line_flow.py --start dirac:0 --target 'diracs:-1;1' --tau 0.1 --T 1.2 --seed 0
       --out RUN_DIR [--particles 1000] [--t0 0]
"""
import argparse
import json
import math
import os
import sys
import time

import python_with_numpy  # examples/python_with_numpy.py

python_with_numpy.require("numpy")  # else: run again by an interpreter that has NumPy, or say what to install
import numpy as np  # noqa: E402


class Spec:
    """A law on the line from its spec: atoms (positions, cumulative weights), uniform or Gaussian."""

    def __init__(self, text, role):
        kind, sep, rest = text.strip().partition(":")
        allowed = "dirac:x, diracs:x1;x2;... (x@w), uniform:a,b" + (", gaussian:m,s" if role == "target" else "")
        if not sep or kind not in ("dirac", "diracs", "uniform", "gaussian") or (kind == "gaussian" and role != "target"):
            raise ValueError(f"--{role} '{text}' is not a {role} of the line family; allowed: {allowed}")
        self.kind = kind
        try:
            if kind in ("dirac", "diracs"):
                atoms = [rest] if kind == "dirac" else rest.split(";")
                xs, ws = [], []
                for atom in atoms:
                    x, at, w = atom.partition("@")
                    xs.append(float(x))
                    ws.append(float(w) if at else 1.0)
                if not all(math.isfinite(v) for v in xs) or not all(w > 0 and math.isfinite(w) for w in ws):
                    raise ValueError("positions finite, weights > 0")
                order = np.argsort(xs, kind="stable")
                self.atoms = np.asarray(xs)[order]
                w = np.asarray(ws)[order]
                self.cum = np.cumsum(w) / np.sum(w)
            else:
                a, b = (float(v) for v in rest.split(","))
                if not (math.isfinite(a) and math.isfinite(b)) or (kind == "uniform" and not a < b) or (
                        kind == "gaussian" and not b > 0):
                    raise ValueError("uniform: a < b; gaussian: s > 0")
                self.a, self.b = a, b
        except ValueError as e:
            raise ValueError(f"--{role} '{text}': {e}") from None

    def quantile(self, s):
        if self.kind in ("dirac", "diracs"):
            return self.atoms[np.minimum(np.searchsorted(self.cum, s, side="left"), len(self.atoms) - 1)]
        return self.a + (self.b - self.a) * s  # uniform (starts are never Gaussian)

    def cdf_limits(self, x):
        """F(x-) and F(x) at every x."""
        if self.kind in ("dirac", "diracs"):
            below = np.searchsorted(self.atoms, x, side="left")
            upto = np.searchsorted(self.atoms, x, side="right")
            cum = np.concatenate(([0.0], self.cum))
            return cum[below], cum[upto]
        if self.kind == "uniform":
            f = np.clip((x - self.a) / (self.b - self.a), 0.0, 1.0)
        else:
            f = 0.5 * (1.0 + np.vectorize(math.erf)((x - self.a) / (self.b * math.sqrt(2.0))))
        return f, f


def step(x, levels, target, tau):
    """One explicit Euler step of the sorted particles, then the rearrangement."""
    lo, hi = target.cdf_limits(x)
    v = 2.0 * levels - 2.0 * np.clip(levels, lo, hi)
    return np.sort(x + tau * v, kind="stable")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--start", default="dirac:0")
    ap.add_argument("--target", required=True)
    ap.add_argument("--tau", type=float, required=True)
    ap.add_argument("--T", type=float, required=True)
    ap.add_argument("--t0", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=0, help="recorded only: the scheme is deterministic")
    ap.add_argument("--out", required=True, help="run folder to write (created)")
    ap.add_argument("--particles", type=int, default=1000)
    a = ap.parse_args()
    try:
        start, target = Spec(a.start, "start"), Spec(a.target, "target")
    except ValueError as e:
        ap.error(str(e))
    if a.t0 != 0:
        ap.error(f"--t0 {a.t0}: this example starts at t0 = 0 only")
    if not (a.tau > 0 and math.isfinite(a.tau)) or not (a.T > 0 and math.isfinite(a.T)):
        ap.error("need tau > 0 and T > 0")
    if not 1 <= a.particles <= 10**8:
        ap.error(f"--particles {a.particles} is outside [1, 100000000]")
    steps = round(a.T / a.tau)
    if steps < 1 or abs(steps * a.tau - a.T) > 1e-9 * max(1.0, a.T):
        ap.error("T/tau must be a whole number")

    levels = (np.arange(a.particles) + 0.5) / a.particles
    x = np.sort(start.quantile(levels).astype(np.float64))
    os.makedirs(a.out, exist_ok=True)
    records = []
    for n in range(1, steps + 1):
        t_start = time.perf_counter()
        x = step(x, levels, target, a.tau)
        train_s = time.perf_counter() - t_start
        name = f"p{n}.npy"
        np.save(os.path.join(a.out, name), x.reshape(-1, 1))
        records.append({"n": n, "t": n * a.tau, "particles": name, "train_s": train_s})
    run = {"protocol": "nwgf-run/1", "solver": "numpy_line_flow", "scheme": "forward", "family": "line",
           "start": a.start, "target": a.target, "d": 1, "r": 1, "tau": a.tau, "T": a.T, "t0": 0.0,
           "seed": a.seed, "steps": records,
           "notes": f"explicit Euler on {a.particles} quantile levels with the rearrangement, NumPy {np.__version__}"}
    tmp = os.path.join(a.out, "run.json.tmp")
    with open(tmp, "w") as f:
        json.dump(run, f, indent=1)
    os.replace(tmp, os.path.join(a.out, "run.json"))  # run.json last: the folder is complete
    return 0


if __name__ == "__main__":
    sys.exit(main())
