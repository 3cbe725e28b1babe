#!/usr/bin/env python3
"""The neural backward (JKO) scheme in plain PyTorch -- the published algorithm of neural
Wasserstein gradient flows for MMD functionals with Riesz kernels, written out in Python as an
independent peer of nwgf's C++ schemes -- writing its run as a run folder that `nwgf score`
judges (protocol nwgf-run/1, docs/snapshot-protocol.md).

F(mu) = E(mu) = -1/2 iint ||x - y||^r dmu dmu from delta_0 (t0 = 0: m particles at 0) or from
exact samples of gamma(t0) (t0 > 0; needs the nwgf Python module). Each step n:
  - a generator T(x, z) = x + G(x, z) (--generator-output displacement, the default) or
    T(x, z) = G(x, z) (position, the published code's), G an MLP on (x, z) (z ~ N(0, I_k), k = d;
    width 64, two hidden ReLU layers; warm-started from the previous step) is trained by Adam
    (lr 1e-3, --iters iterations) on
        L = 1/2 mean ||T(x, z) - x||^2 + tau * (-1/2 mean_ij ||y_i - y'_j||^r),
    x two independent batches of --batch particles drawn with replacement (--batch-sampling
    with, the default) or each of distinct particles (without: randperm(m)[:b], the published
    code's), y = T(x, z) on the
    first batch and y' on the second (the two-batch estimate of the interaction energy);
  - the m particles move to T(x, z) with fresh z.
The particles after every step are written with torch.save as pN.pt (float32, m x d), and with
--eval-samples S, S fresh samples pushed through the chain of generators as sN.pt.

usage: torch_backward_scheme.py --d 2 --r 1 --tau 0.05 --T 1.2 --t0 0 --seed 0 --out RUN_DIR
       [--particles 2000] [--batch 100] [--iters 5000] [--width 64] [--depth 2] [--lr 1e-3]
       [--eval-samples 0] [--threads 0] [--generator-output displacement|position]
       [--batch-sampling with|without]
"""
import argparse
import json
import math
import os
import statistics
import sys
import time

import python_with_numpy  # examples/python_with_numpy.py

python_with_numpy.require("torch")  # else: run again by an interpreter that has torch, or say what to install
import torch  # noqa: E402


class Generator(torch.nn.Module):
    def __init__(self, d, k, width, depth, displacement=True):
        super().__init__()
        layers, size = [], d + k
        for _ in range(depth):
            layers += [torch.nn.Linear(size, width), torch.nn.ReLU()]
            size = width
        layers.append(torch.nn.Linear(size, d))
        self.net = torch.nn.Sequential(*layers)
        self.k = k
        self.displacement = displacement

    def forward(self, x, z):
        g = self.net(torch.cat([x, z], dim=1))
        return x + g if self.displacement else g  # displacement: T = x + G(x, z); position: T = G(x, z)


def riesz(a, b, r):
    """||a_i - b_j||^r, guarded at 0 (the gradient of ||h||^r at h = 0 is taken as 0)."""
    sq = (a.unsqueeze(1) - b.unsqueeze(0)).square().sum(2)
    return sq.clamp_min(1e-30) ** (r / 2)


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
    ap.add_argument("--particles", type=positive(int), default=2000)
    ap.add_argument("--batch", type=positive(int), default=100)
    ap.add_argument("--iters", type=positive(int), default=5000)
    ap.add_argument("--width", type=positive(int), default=64)
    ap.add_argument("--depth", type=positive(int), default=2)
    ap.add_argument("--lr", type=positive(float), default=1e-3)
    ap.add_argument("--eval-samples", type=int, default=0)
    ap.add_argument("--threads", type=int, default=0, help="torch intra-op threads; 0: torch's default")
    ap.add_argument("--generator-output", choices=["displacement", "position"], default="displacement",
                    help="T = x + G (displacement, default) or T = G (position, the published code)")
    ap.add_argument("--batch-sampling", choices=["with", "without"], default="with",
                    help="batches drawn with replacement (default) or without (the published code; needs --batch <= --particles)")
    a = ap.parse_args()
    if not 0 < a.r < 2:
        ap.error(f"--r {a.r} is outside (0, 2)")
    if a.t0 < 0 or a.T <= a.t0:
        ap.error("need 0 <= t0 < T")
    steps = round((a.T - a.t0) / a.tau)
    if steps < 1 or abs(steps * a.tau - (a.T - a.t0)) > 1e-9 * max(1.0, a.T):
        ap.error("(T - t0)/tau must be a whole number")
    if a.batch_sampling == "without" and a.batch > a.particles:
        ap.error(f"--batch {a.batch} is above --particles {a.particles}: batches without replacement hold distinct particles")
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)

    m, d = a.particles, a.d
    if a.t0 > 0:
        import nwgf  # exact samples of gamma(t0) (PYTHONPATH=<build>/python)
        scale = nwgf.flow_scale(a.r, a.t0)
        x = torch.from_numpy(nwgf.sample_profile(d, a.r, m, seed=a.seed, scale=scale)).float()
        ev = (torch.from_numpy(nwgf.sample_profile(d, a.r, a.eval_samples, seed=a.seed + 1, scale=scale)).float()
              if a.eval_samples > 0 else None)
    else:
        x = torch.zeros(m, d)
        ev = torch.zeros(a.eval_samples, d) if a.eval_samples > 0 else None
    g = Generator(d, d, a.width, a.depth, displacement=a.generator_output == "displacement")
    opt = torch.optim.Adam(g.parameters(), lr=a.lr)  # one optimiser, warm-started across steps
    os.makedirs(a.out, exist_ok=True)
    records, iteration_s = [], []
    b = a.batch
    for n in range(1, steps + 1):
        start = time.perf_counter()
        for _ in range(a.iters):
            t_it = time.perf_counter()
            if a.batch_sampling == "with":
                xb = x[torch.randint(m, (2 * b,))]
            else:  # two independent batches, each of b distinct particles
                xb = x[torch.cat([torch.randperm(m)[:b], torch.randperm(m)[:b]])]
            y = g(xb, torch.randn(2 * b, d))
            cost = 0.5 * (y - xb).square().sum(1).mean()
            energy = -0.5 * riesz(y[:b], y[b:], a.r).mean()
            loss = cost + a.tau * energy
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            iteration_s.append(time.perf_counter() - t_it)
        with torch.no_grad():
            x = g(x, torch.randn(m, d))
            if ev is not None:
                ev = g(ev, torch.randn(len(ev), d))
        train_s = time.perf_counter() - start
        if not torch.isfinite(x).all():
            print(f"torch_backward_scheme: particles not finite at step {n}", file=sys.stderr)
            return 1
        rec = {"n": n, "t": a.t0 + n * a.tau, "particles": f"p{n}.pt", "train_s": train_s}
        torch.save(x.clone(), os.path.join(a.out, rec["particles"]))
        if ev is not None:
            rec["samples"] = f"s{n}.pt"
            torch.save(ev.clone(), os.path.join(a.out, rec["samples"]))
        records.append(rec)
        print(f"step {n}/{steps} t={rec['t']:.4g} loss={loss.item():.5g} {train_s:.2f} s", file=sys.stderr)
    median_us = statistics.median(iteration_s) * 1e6
    run = {"protocol": "nwgf-run/1", "solver": "torch_backward_scheme", "scheme": "backward", "d": d, "r": a.r,
           "tau": a.tau, "T": a.T, "t0": a.t0, "seed": a.seed, "steps": records,
           "notes": (f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads; m = {m}, batch {b}, "
                     f"{a.iters} Adam iterations per step, width {a.width}, depth {a.depth}, lr {a.lr}, "
                     f"generator output {a.generator_output}, batches {a.batch_sampling} replacement; "
                     f"iteration median {median_us:.1f} us")}
    tmp = os.path.join(a.out, "run.json.tmp")
    with open(tmp, "w") as f:
        json.dump(run, f, indent=1)
    os.replace(tmp, os.path.join(a.out, "run.json"))  # run.json last: the folder is complete
    print(f"torch_backward_scheme: iteration median {median_us:.1f} us over {len(iteration_s)} iterations",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
