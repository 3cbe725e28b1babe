#!/usr/bin/env python3
"""A particle flow for the interaction energy of the Riesz kernel, in plain NumPy: an example
of another program whose run `nwgf score` judges (run folder protocol nwgf-run/1,
docs/snapshot-protocol.md).

F(mu) = E(mu) = -1/2 iint ||x - y||^r dmu dmu. N particles follow explicit Euler steps of
the Wasserstein gradient flow, x_i <- x_i + tau v(x_i) with the velocity
    v(x_i) = -grad_x (dE/dmu)(x_i) = (1/N) sum_j r ||x_i - x_j||^(r-2) (x_i - x_j)
(the pair i = j contributes 0), from a uniform box of side --start-box around 0 (t0 = 0, a
stand-in for delta_0) or from exact samples of gamma(t0) (t0 > 0; needs the nwgf Python module
for the samples). After every step the particles are written as pN.npy (float64, N x d) and
run.json lists them; nothing else is needed by `nwgf score`.

usage: numpy_particle_flow.py --d 2 --r 1 --tau 0.05 --T 1.2 --t0 0 --seed 0 --out RUN_DIR
       [--particles 1000] [--start-box 1e-9] [--float32]
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


def velocity(x, r, block=512):
    """(1/N) sum_j r ||x_i - x_j||^(r-2) (x_i - x_j), in row blocks (O(block N d) memory)."""
    n = len(x)
    v = np.empty_like(x)
    for start in range(0, n, block):
        xi = x[start:start + block]
        diff = xi[:, None, :] - x[None, :, :]
        dist2 = np.sum(diff * diff, axis=2)
        with np.errstate(divide="ignore", invalid="ignore"):
            w = np.where(dist2 > 0, r * dist2 ** (r / 2 - 1), 0.0)
        v[start:start + block] = np.einsum("ij,ijk->ik", w, diff) / n
    return v


def positive(kind):
    def parse(text):
        value = kind(text)
        if not value > 0 or not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{text} is not > 0")
        return value
    return parse


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--d", type=positive(int), required=True)
    ap.add_argument("--r", type=float, required=True)
    ap.add_argument("--tau", type=positive(float), required=True)
    ap.add_argument("--T", type=positive(float), required=True)
    ap.add_argument("--t0", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True, help="run folder to write (created)")
    ap.add_argument("--particles", type=positive(int), default=1000)
    ap.add_argument("--start-box", type=positive(float), default=1e-9)
    ap.add_argument("--float32", action="store_true", help="write float32 snapshots")
    a = ap.parse_args()
    if not 0 < a.r < 2:
        ap.error(f"--r {a.r} is outside (0, 2)")
    if a.t0 < 0 or a.T <= a.t0:
        ap.error("need 0 <= t0 < T")
    steps = round((a.T - a.t0) / a.tau)
    if steps < 1 or abs(steps * a.tau - (a.T - a.t0)) > 1e-9 * max(1.0, a.T):
        ap.error("(T - t0)/tau must be a whole number")

    rng = np.random.default_rng(a.seed)
    if a.t0 > 0:
        import nwgf  # exact samples of gamma(t0) (PYTHONPATH=<build>/python)
        x = nwgf.sample_profile(a.d, a.r, a.particles, seed=a.seed, scale=nwgf.flow_scale(a.r, a.t0))
    else:
        x = (rng.random((a.particles, a.d)) - 0.5) * a.start_box
    os.makedirs(a.out, exist_ok=True)
    records = []
    for n in range(1, steps + 1):
        start = time.perf_counter()
        x = x + a.tau * velocity(x, a.r)
        train_s = time.perf_counter() - start
        if not np.all(np.isfinite(x)):
            print(f"numpy_particle_flow: particles not finite at step {n}", file=sys.stderr)
            return 1
        name = f"p{n}.npy"
        np.save(os.path.join(a.out, name), x.astype(np.float32) if a.float32 else x)
        records.append({"n": n, "t": a.t0 + n * a.tau, "particles": name, "train_s": train_s})
    run = {"protocol": "nwgf-run/1", "solver": "numpy_particle_flow", "scheme": "forward", "d": a.d, "r": a.r,
           "tau": a.tau, "T": a.T, "t0": a.t0, "seed": a.seed, "steps": records,
           "notes": f"explicit Euler particle flow, {a.particles} particles, NumPy {np.__version__}"}
    tmp = os.path.join(a.out, "run.json.tmp")
    with open(tmp, "w") as f:
        json.dump(run, f, indent=1)
    os.replace(tmp, os.path.join(a.out, "run.json"))  # run.json last: the folder is complete
    return 0


if __name__ == "__main__":
    sys.exit(main())
