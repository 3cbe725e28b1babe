#!/usr/bin/env python3
"""A particle flow in R^d toward a radial target, in plain NumPy: an example of another program
whose run of the radial family `nwgf score` judges (run folder protocol nwgf-run/1 with
"family": "radial", docs/snapshot-protocol.md).

The MMD functional toward a target nu, F_nu = E + V_nu with the Riesz kernel -||x - y||^r
(d >= 2, r in (0, 2), r + d >= 3; docs/math.md section 7), has the Wasserstein gradient flow
with velocity
    v(x) = int r ||x - y||^(r-2) (x - y) dmu(y) - int r ||x - y||^(r-2) (x - y) dnu(y)
(the repulsion of the interaction energy minus the attraction of the target; a pair at distance
0 contributes 0). This solver carries N particles x_i for mu and M fixed points t_k for nu and
takes explicit Euler steps x_i <- x_i + tau v(x_i), both integrals as equal-weight sums. It is
compared with the exact explicit Euler iterate (run.json "scheme": "forward").

Particles: x_i = R_i U_i with R_i = Q_mu0((i - 1/2)/N), the start's radial quantiles, and U_i
uniform directions (normalised Gaussian vectors drawn with --seed); the target points the same
with nu's quantiles at (k - 1/2)/M and directions drawn with --seed + 1. Specs (the syntax of
`nwgf analytic --family radial`): sphere:R | ball:R | shell:R1,R2 | gaussian:s, or a weighted
mixture A@w;B@w;... of them. A radial quantile is the root of F(rho) = s by bisection on the
radius CDF (sphere: a step at R; ball: (rho/R)^d; shell: (rho^d - R1^d)/(R2^d - R1^d); gaussian:
P(d/2, rho^2/(2 s^2)), the regularised incomplete gamma function by its series and continued
fraction). gamma:t0 starts and t0 > 0 are not supported by this example.

usage: numpy_radial_flow.py --d 3 --r 1 --start gaussian:0.3 --target sphere:1 --tau 0.1 --T 1
       --seed 0 --out RUN_DIR [--particles 1000] [--target-points 2000] [--t0 0]
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

# Halvings of the bracket [0, upper] at most: a quantile q is found to the ulp after about
# log2(upper / q) + 53 of them, and radii are at least 1e-100 of upper (the spec range 1e-100..1e100).
BISECTION_STEPS = 800
# Terms of the series and of the continued fraction of P(a, x), a = d/2, at most (both stop once
# converged): near x = a the series' terms fall like exp(-n^2 / (2a)), below 1e-16 of the sum after
# sqrt(74 a) terms, 610 for d = 10^4, the largest d this example takes.
GAMMA_TERMS = 1000


def gamma_p(a, x):
    """Regularised lower incomplete gamma P(a, x) for x >= 0 (arrays): the series for x < a + 1,
    1 - the Lentz continued fraction of Q(a, x) otherwise (Numerical Recipes, section 6.2)."""
    x = np.asarray(x, dtype=np.float64)
    out = np.zeros_like(x)
    log_front = np.where(x > 0, a * np.log(np.where(x > 0, x, 1.0)) - x - math.lgamma(a), -np.inf)
    low = (x > 0) & (x < a + 1)
    if np.any(low):
        xl = x[low]
        term = np.full_like(xl, 1.0 / a)
        total = term.copy()
        for n in range(1, GAMMA_TERMS):
            term = term * xl / (a + n)
            total += term
            if np.all(term <= 1e-17 * total):
                break
        out[low] = total * np.exp(log_front[low])
    high = x >= a + 1
    if np.any(high):
        xh = x[high]
        tiny = 1e-300
        b = xh + 1.0 - a
        c = np.full_like(xh, 1.0 / tiny)
        dd = 1.0 / b
        h = dd.copy()
        for i in range(1, GAMMA_TERMS):
            an = -i * (i - a)
            b = b + 2.0
            dd = an * dd + b
            dd = np.where(np.abs(dd) < tiny, tiny, dd)
            c = b + an / c
            c = np.where(np.abs(c) < tiny, tiny, c)
            dd = 1.0 / dd
            step = dd * c
            h = h * step
            if np.all(np.abs(step - 1.0) <= 1e-16):
                break
        out[high] = 1.0 - np.exp(log_front[high]) * h
    return np.clip(out, 0.0, 1.0)


class RadialSpec:
    """A radial law in R^d given by the law of its radius: components and weights (a mixture)."""

    KINDS = ("sphere", "ball", "shell", "gaussian")

    def __init__(self, text, d, role):
        allowed = "sphere:R | ball:R | shell:R1,R2 | gaussian:s | A@w;B@w;..."
        self.d = d
        self.parts = []  # (kind, a, b, weight)
        pieces = text.strip().split(";")
        if not text.strip() or (len(pieces) > 1 and not all("@" in p for p in pieces)):
            raise ValueError(f"--{role} '{text}' is not a radial {role}; allowed: {allowed} (every part of a mixture "
                             "weighted)")
        for piece in pieces:
            spec, at, w = piece.partition("@")
            kind, sep, rest = spec.strip().partition(":")
            if not sep or kind not in self.KINDS:
                raise ValueError(f"--{role} '{text}': '{spec}' is not one of {allowed} (gamma:t0 is not supported "
                                 "by this example)")
            try:
                values = [float(v) for v in rest.split(",")]
                weight = float(w) if at else 1.0
            except ValueError:
                raise ValueError(f"--{role} '{text}': '{piece}' has a number that does not read") from None
            if len(values) != (2 if kind == "shell" else 1):
                raise ValueError(f"--{role} '{text}': {kind} takes {2 if kind == 'shell' else 1} number(s)")
            if not all(math.isfinite(v) and v > 0 for v in values) or not (math.isfinite(weight) and weight > 0):
                raise ValueError(f"--{role} '{text}': radii, scales and weights must be positive and finite "
                                 "(a radial law has no mass at the origin)")
            if kind == "shell" and not values[0] < values[1]:
                raise ValueError(f"--{role} '{text}': shell:R1,R2 needs R1 < R2")
            self.parts.append((kind, values[0], values[-1], weight))
        total = sum(p[3] for p in self.parts)
        self.parts = [(k, a, b, w / total) for k, a, b, w in self.parts]

    def cdf(self, rho):
        """F(rho) = P(R <= rho), right-continuous, at every rho >= 0."""
        rho = np.asarray(rho, dtype=np.float64)
        f = np.zeros_like(rho)
        d = self.d
        for kind, a, b, w in self.parts:
            if kind == "sphere":
                f += w * (rho >= a)
            elif kind == "ball":
                f += w * np.clip(rho / a, 0.0, 1.0) ** d
            elif kind == "shell":
                lo = (a / b) ** d  # (rho^d - R1^d)/(R2^d - R1^d) written over R2^d: no overflow in large d
                f += w * np.clip(((np.clip(rho, a, b) / b) ** d - lo) / (1.0 - lo), 0.0, 1.0)
            else:
                f += w * gamma_p(d / 2.0, rho * rho / (2.0 * a * a))
        return np.clip(f, 0.0, 1.0)

    def upper(self):
        """A radius beyond which F = 1 (to double precision for a Gaussian: P(d/2, x) with
        x = (sqrt(d) + 40)^2 / 2 lies below 1e-300 of 1 - F)."""
        return max(a * (math.sqrt(self.d) + 40.0) if kind == "gaussian" else b for kind, a, b, _ in self.parts)

    def quantile(self, s):
        """Q(s) = inf{rho : F(rho) >= s} by bisection on [0, upper()] (vectorised), to the ulp: the
        smallest double with F >= s (a sphere's radius exactly)."""
        s = np.asarray(s, dtype=np.float64)
        lo = np.zeros_like(s)
        hi = np.full_like(s, self.upper())
        for _ in range(BISECTION_STEPS):
            mid = 0.5 * (lo + hi)
            if np.all((mid == lo) | (mid == hi)):
                break
            ok = self.cdf(mid) >= s
            hi = np.where(ok, mid, hi)
            lo = np.where(ok, lo, mid)
        return hi


def radial_points(spec, count, d, rng):
    """count points R_k U_k: R_k = Q((k - 1/2)/count), U_k uniform directions."""
    radii = spec.quantile((np.arange(count) + 0.5) / count)
    u = rng.standard_normal((count, d))
    norm = np.linalg.norm(u, axis=1, keepdims=True)
    while np.any(norm == 0):  # a zero Gaussian vector has no direction: draw it again
        zero = norm[:, 0] == 0
        u[zero] = rng.standard_normal((int(zero.sum()), d))
        norm = np.linalg.norm(u, axis=1, keepdims=True)
    return radii[:, None] * u / norm


def attraction(x, y, r, block=256):
    """(1/len(y)) sum_j r ||x_i - y_j||^(r-2) (x_i - y_j) per row of x, in row blocks (O(block len(y) d)
    memory); a pair at distance 0 contributes 0."""
    v = np.empty_like(x)
    for start in range(0, len(x), block):
        diff = x[start:start + block, None, :] - y[None, :, :]
        dist2 = np.sum(diff * diff, axis=2)
        with np.errstate(divide="ignore", invalid="ignore"):
            w = np.where(dist2 > 0, r * dist2 ** (r / 2 - 1), 0.0)
        v[start:start + block] = np.einsum("ij,ijk->ik", w, diff) / len(y)
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
    ap.add_argument("--d", type=positive(int), required=True, help="dimension, >= 2")
    ap.add_argument("--r", type=float, required=True, help="Riesz exponent in (0, 2), r + d >= 3")
    ap.add_argument("--start", default="gaussian:0.3", help="radial start spec (default gaussian:0.3)")
    ap.add_argument("--target", required=True, help="radial target spec")
    ap.add_argument("--tau", type=positive(float), required=True)
    ap.add_argument("--T", type=positive(float), required=True)
    ap.add_argument("--t0", type=float, default=0.0, help="0 only (the start is mu_0)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the particles' and target points' directions")
    ap.add_argument("--out", required=True, help="run folder to write (created)")
    ap.add_argument("--particles", type=positive(int), default=1000)
    ap.add_argument("--target-points", type=positive(int), default=2000, help="points standing for nu")
    a = ap.parse_args()
    if a.d < 2 or a.d > 10000:
        ap.error(f"--d {a.d} is outside [2, 10000] (d = 1 is the line family: numpy_line_flow.py)")
    if not (0 < a.r < 2) or a.r + a.d < 3:
        ap.error(f"--r {a.r} is outside the radial family: r in (0, 2) and r + d >= 3")
    if a.t0 != 0:
        ap.error(f"--t0 {a.t0}: this example starts at t0 = 0 only")
    if a.seed < 0:
        ap.error(f"--seed {a.seed} is negative")
    if a.particles > 10**6 or a.target_points > 10**6:
        ap.error("--particles and --target-points are at most 1000000")
    try:
        start, target = RadialSpec(a.start, a.d, "start"), RadialSpec(a.target, a.d, "target")
    except ValueError as e:
        ap.error(str(e))
    steps = round(a.T / a.tau)
    if steps < 1 or abs(steps * a.tau - a.T) > 1e-9 * max(1.0, a.T):
        ap.error("T/tau must be a whole number")

    x = radial_points(start, a.particles, a.d, np.random.default_rng(a.seed))
    y = radial_points(target, a.target_points, a.d, np.random.default_rng(a.seed + 1))
    os.makedirs(a.out, exist_ok=True)
    records = []
    for n in range(1, steps + 1):
        t_start = time.perf_counter()
        x = x + a.tau * (attraction(x, x, a.r) - attraction(x, y, a.r))
        train_s = time.perf_counter() - t_start
        if not np.all(np.isfinite(x)):
            print(f"numpy_radial_flow: the particles are not finite after step {n}", file=sys.stderr)
            return 1
        name = f"p{n}.npy"
        np.save(os.path.join(a.out, name), x)
        records.append({"n": n, "t": n * a.tau, "particles": name, "train_s": train_s})
    run = {"protocol": "nwgf-run/1", "solver": "numpy_radial_flow", "scheme": "forward", "family": "radial",
           "start": a.start, "target": a.target, "d": a.d, "r": a.r, "tau": a.tau, "T": a.T, "t0": 0.0,
           "seed": a.seed, "steps": records,
           "notes": f"explicit Euler particle flow, {a.particles} particles toward {a.target_points} target points, "
                    f"NumPy {np.__version__}"}
    tmp = os.path.join(a.out, "run.json.tmp")
    with open(tmp, "w") as f:
        json.dump(run, f, indent=1)
    os.replace(tmp, os.path.join(a.out, "run.json"))  # run.json last: the folder is complete
    return 0


if __name__ == "__main__":
    sys.exit(main())
