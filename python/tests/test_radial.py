"""Tests of nwgf.score_radial (python/nwgf_module.cc), the radial family (d >= 2, r + d >= 3;
docs/math.md section 7), run by CTest as python.radial with PYTHONPATH at the build folder's
python/ and NWGF_BIN the nwgf program.

References, independent of the module (derived by hand):
  - A sphere start toward a sphere target of the same radius R is stationary: the first variation
    -int ||x - y||^r dmu(y) + int ||x - y||^r dnu(y) vanishes for mu = nu, so mu_t = nu for every t,
    and the exact JKO and Euler iterates stay there too (each step starts from a rest point).
  - Against the sphere law of radius R (MATH.md 7.2, 7.6; g(rho) = A_d(rho, R), I = A_d(R, R)):
      d = 3: A_3(rho, q) = ((rho + q)^(r+2) - |rho - q|^(r+2)) / (2 (r + 2) rho q),
             so I = 2^r R^r / (1 + r/2);
      d = 2: I = E ||R U - R U'||^r = (2R)^r E sin^r(phi), phi uniform in (0, pi),
             = (2R)^r Gamma((r+1)/2) / (sqrt(pi) Gamma(r/2 + 1)).
    Points x_i on the sphere of radius rho: D^2 = -S/(2N^2) + A_d(rho, R) - I/2 with the pair sum
    S = sum_ij ||x_i - x_j||^r (taken here with NumPy), radial W2 = |rho - R| (every norm is rho,
    the reference quantile is R), m2_rel_error = (rho^2 - R^2)/R^2, the floor sqrt(I/(2N)) and
    the energy error (-S/(2N^2) + I/2)/(I/2).
Then `nwgf score` of a radial run folder holding other arrays (every metric equal to 1e-10
relative; an MMD also where its square agrees to 1e-14, the rounding of the O(1) terms D^2 is the
difference of), its cell against the study schema, and bad input as ValueError."""
import json
import math
import os
import subprocess
import tempfile

import numpy as np

import nwgf
import checks
from checks import check, raises_value_error

CELL_MATCH = 1e-10   # relative: nwgf.score_radial against the cell written by `nwgf score`
# Absolute, in units of the kernel (R^r = O(1) here): D^2 and the energy are differences of O(1)
# terms; the reference potential is tabulated to a tolerance relative to its largest value
# (analytic/radial/step_scorer.h kPotentialTolerance, 1e-12) and the pair sum of the module and of NumPy
# differ by the rounding of ~1e5 terms taken in another order (testing/tolerances.h kPairSums).
SUM_ABS = 1e-10
ZERO_W2 = 1e-13      # absolute: norms of points scaled onto a sphere carry one rounding of R
CLOSED = 1e-12       # relative: the floor, a closed form against the scorer's tabulated self term
# Absolute: an error estimate |Q_N - Q_2N| of ~1e-10 from radii of O(1). score_radial solves the
# references to t_n, `nwgf score` to T; at a step n < T/tau the two differ by the rounding of the
# radii (the integrator's last step to t_n; measured: W2 to 4e-15 relative, bit for bit at n = T/tau),
# which is ~1e-7 of the estimate itself: compared to a few hundred ulps of the radii.
ESTIMATE_ABS = 1e-13
# Absolute, on D^2 (kernel units, R^r = O(1)): D^2 = -I_a/2 - I_b/2 + cross term is a difference of
# O(1) sums, so references that differ by rounding (above) give D^2 to ~100 ulps of those sums, not
# relative to a tiny D^2 (the exact iterate's D^2 to the flow is ~1e-7 here: 1e-16 on it is 1.6e-9
# of D, measured).
MMD2_ABS = 1e-14
MMD_KEYS = ("mmd", "mmd_to_scheme", "mmd_to_target", "scheme_mmd_to_flow", "reference_mmd_to_target")


def same_score(key, a, b):
    """Cell value a and score_radial's b: CELL_MATCH relative, an MMD also when D^2 agrees to MMD2_ABS."""
    if a is None or b is None:
        return False
    if close(a, b, CELL_MATCH):
        return True
    if key in MMD_KEYS:
        return abs(a * a - b * b) <= MMD2_ABS
    return key == "mmd2" and abs(a - b) <= MMD2_ABS


def close(a, b, rel):
    return checks.close(a, b, rel)


def on_sphere(n, d, radius, seed):
    """n points with uniform directions, each scaled to norm `radius`."""
    u = np.random.default_rng(seed).standard_normal((n, d))
    return radius * u / np.linalg.norm(u, axis=1, keepdims=True)


def pair_sum(x, r):
    diff = x[:, None, :] - x[None, :, :]
    return float(np.sum(np.sqrt(np.sum(diff * diff, axis=2)) ** r))


def sphere_potential(d, r, rho, R):
    """A_d(rho, R) in closed form (d = 3), and I = A_d(R, R) (d = 2, 3)."""
    if d == 3:
        return ((rho + R) ** (r + 2) - abs(rho - R) ** (r + 2)) / (2 * (r + 2) * rho * R)
    assert d == 2 and rho == R
    return (2 * R) ** r * math.gamma((r + 1) / 2) / (math.sqrt(math.pi) * math.gamma(r / 2 + 1))


# 1. Stationary: sphere:1 toward sphere:1 in d = 3, r = 1, points on the same sphere.
d, r, R, N, tau, t = 3, 1.0, 1.0, 300, 0.1, 0.4
x = on_sphere(N, d, R, 1)
rec = nwgf.score_radial(x, d=d, r=r, start="sphere:1", target="sphere:1", t=t, scheme="backward", tau=tau)
m = rec["particles"]
I = sphere_potential(d, r, R, R)
S = pair_sum(x, r)
check(rec["n"] == 4 and close(rec["t"], t, 1e-15), f"step 4 at t = 0.4: {rec['n']}, {rec['t']}")
check(m["n"] == N, "n points")
check(abs(m["radial_w2"]) <= ZERO_W2, f"stationary sphere: radial W2 {m['radial_w2']} = 0")
check(abs(m["m2_rel_error"]) <= ZERO_W2, f"stationary sphere: M2 error {m['m2_rel_error']} = 0")
check(close(I, 4 / 3, 1e-15), "I = 4/3 for the unit sphere in d = 3, r = 1")
check(abs(m["mmd2"] - (I / 2 - S / (2 * N * N))) <= SUM_ABS, f"D^2 {m['mmd2']} vs I/2 - S/(2N^2) {I / 2 - S / (2 * N * N)}")
check(close(m["mmd"], math.sqrt(max(m["mmd2"], 0.0)), 1e-15), "mmd = sqrt(mmd2)")
check(close(m["mmd_floor"], math.sqrt(I / (2 * N)), CLOSED), f"floor {m['mmd_floor']} vs sqrt(I/(2N))")
check(abs(m["energy_rel_error"] - (I / 2 - S / (2 * N * N)) / (I / 2)) <= SUM_ABS,
      f"energy error {m['energy_rel_error']} vs (I/2 - S/(2N^2))/(I/2)")
check(abs(m["mmd_to_target"] ** 2 - m["mmd2"]) <= SUM_ABS, "the flow is the target: mmd_to_target = mmd")
check(rec["scheme_w2_to_flow"] is not None and rec["scheme_w2_to_flow"] <= ZERO_W2,
      f"the JKO iterate is stationary too: {rec['scheme_w2_to_flow']}")
check(m["w2_to_scheme"] is not None and m["w2_to_scheme"] <= ZERO_W2, "W2 to the JKO iterate 0")
check(abs(m["mmd_to_scheme"] ** 2 - m["mmd2"]) <= SUM_ABS, "the JKO iterate is the flow: the same D")
check(rec["reference_w2_error"] is not None and rec["reference_w2_error"] <= ZERO_W2,
      f"the reference's own W2 error estimate at a rest point: {rec['reference_w2_error']}")
check(rec["chain"] is None, "no samples: chain None")

# Points on the sphere of radius 1.25 against the stationary unit sphere: closed forms in d = 3.
rho = 1.25
x2 = on_sphere(N, d, rho, 2)
S2 = pair_sum(x2, r)
rec2 = nwgf.score_radial(x2, d=d, r=r, start="sphere:1", target="sphere:1", t=t, scheme="forward", tau=tau,
                         samples=x)
m2 = rec2["particles"]
want = -S2 / (2 * N * N) + sphere_potential(d, r, rho, R) - I / 2
check(abs(m2["mmd2"] - want) <= SUM_ABS, f"D^2 on the 1.25-sphere {m2['mmd2']} vs closed form {want}")
check(close(m2["radial_w2"], rho - R, 1e-13), f"radial W2 {m2['radial_w2']} = |rho - R| = 0.25")
check(close(m2["m2_rel_error"], (rho ** 2 - R ** 2) / R ** 2, 1e-13), f"M2 error {m2['m2_rel_error']} = 0.5625")
check(close(m2["w2_to_scheme"], rho - R, 1e-13), "against the Euler iterate (stationary): the same W2")
check(rec2["scheme_w2_to_flow"] <= ZERO_W2, "the Euler iterate is stationary")
check(rec2["chain"] is not None and rec2["chain"]["n"] == N and abs(rec2["chain"]["mmd2"] - m["mmd2"]) <= SUM_ABS,
      "samples scored as the chain, as the same points scored alone")

# d = 2, r = 1.5, radius 2: the floor's and D^2's closed forms; float32 points; scheme "other".
x3 = on_sphere(200, 2, 2.0, 3)
rec3 = nwgf.score_radial(x3, d=2, r=1.5, start="sphere:2", target="sphere:2", t=0.2, scheme="other", tau=0.1)
m3 = rec3["particles"]
I3 = sphere_potential(2, 1.5, 2.0, 2.0)
S3 = pair_sum(x3, 1.5)
check(close(m3["mmd_floor"], math.sqrt(I3 / (2 * 200)), CLOSED), f"d = 2 floor {m3['mmd_floor']} vs closed form")
check(abs(m3["mmd2"] - (I3 / 2 - S3 / (2 * 200 * 200))) <= 3 * SUM_ABS,
      f"d = 2 D^2 {m3['mmd2']} vs I/2 - S/(2N^2) = {I3 / 2 - S3 / (2 * 200 * 200)} (R^r = 2.8)")
check(m3["radial_w2"] <= 2 * ZERO_W2, f"d = 2: radial W2 {m3['radial_w2']} = 0")
check(rec3["scheme_w2_to_flow"] is None and m3["w2_to_scheme"] is None and m3["mmd_to_scheme"] is None,
      "scheme other: no scheme metrics")
# float32 points are read (converted to float64): their norms are 2 to float32 rounding (6e-8 relative).
m32 = nwgf.score_radial(x3.astype(np.float32), d=2, r=1.5, start="sphere:2", target="sphere:2", t=0.2,
                        scheme="other", tau=0.1)["particles"]
check(m32["radial_w2"] <= 2.0 * 2 ** -23 and abs(m32["mmd2"] - m3["mmd2"]) <= 1e-6,
      f"float32 points read: W2 {m32['radial_w2']}, D^2 {m32['mmd2']} vs {m3['mmd2']}")

# A start gamma:t0 (the Dirac family's flow at t0) starts at its own time: t = t0 + n tau.
g = nwgf.score_radial(x, d=3, r=1.0, start="gamma:0.5", target="sphere:1", t=0.7, scheme="other", tau=0.1)
check(g["n"] == 2 and close(g["t"], 0.7, 1e-15), f"gamma:0.5 start: step 2 at t = 0.7: {g['n']} {g['t']}")

raises_value_error(lambda: nwgf.score_radial(x, d=1, r=1.0, start="sphere:1", target="sphere:1", t=t, tau=tau), "d = 1")
raises_value_error(lambda: nwgf.score_radial(x[:, :2], d=2, r=0.5, start="sphere:1", target="sphere:1", t=t, tau=tau),
                   "r + d < 3")
raises_value_error(lambda: nwgf.score_radial(x, d=3, r=1.0, start="sphere:0", target="sphere:1", t=t, tau=tau),
                   "start")
raises_value_error(lambda: nwgf.score_radial(x, d=3, r=1.0, start="sphere:1", target="cube:1", t=t, tau=tau),
                   "target")
raises_value_error(lambda: nwgf.score_radial(x, d=3, r=1.0, start="sphere:1", target="gamma:0.5", t=t, tau=tau),
                   "target")
raises_value_error(lambda: nwgf.score_radial(x, d=2, r=1.0, start="sphere:1", target="sphere:1", t=t, tau=tau),
                   "shape")
raises_value_error(lambda: nwgf.score_radial(x, d=3, r=1.0, start="sphere:1", target="sphere:1", t=0.45, tau=tau),
                   "whole n")
raises_value_error(lambda: nwgf.score_radial(x, d=3, r=1.0, start="gamma:0.5", target="sphere:1", t=0.3, tau=tau),
                   "whole n")
raises_value_error(lambda: nwgf.score_radial(x, d=3, r=1.0, start="sphere:1", target="sphere:1", t=2e4, tau=0.1),
                   "[1, 100000]")
bad = x.copy()
bad[7, 1] = np.nan
raises_value_error(lambda: nwgf.score_radial(bad, d=3, r=1.0, start="sphere:1", target="sphere:1", t=t, tau=tau),
                   "not finite")
raises_value_error(lambda: nwgf.score_radial(x, d=3, r=1.0, start="sphere:1", target="sphere:1", t=t, tau=tau,
                                             scheme="jko"), "scheme 'jko'")

# A radial run folder scored by `nwgf score`: the same numbers as nwgf.score_radial.
bin_path = os.environ.get("NWGF_BIN")
if bin_path and os.path.exists(bin_path):
    start, target = "shell:0.5,1", "sphere:1.2"
    with tempfile.TemporaryDirectory() as tmp:
        run = os.path.join(tmp, "run")
        os.mkdir(run)
        rng = np.random.default_rng(5)
        steps, arrays = [], {}
        for n in (1, 3):  # n = 2 left out: a run may skip steps
            pts = on_sphere(150, 3, 1.0, 10 + n) * rng.uniform(0.5, 1.1, (150, 1))
            pts = pts.astype(np.float32) if n == 3 else pts
            np.save(os.path.join(run, f"p{n}.npy"), pts)
            np.savetxt(os.path.join(run, f"s{n}.csv"), pts[::3], delimiter=",")
            steps.append({"n": n, "t": n * 0.1, "particles": f"p{n}.npy", "samples": f"s{n}.csv"})
            arrays[n] = pts
        with open(os.path.join(run, "run.json"), "w") as f:
            json.dump({"protocol": "nwgf-run/1", "solver": "pytest", "scheme": "forward", "family": "radial",
                       "start": start, "target": target, "d": 3, "r": 1, "tau": 0.1, "T": 0.3,
                       "t0": 0.0, "seed": 0, "steps": steps}, f)
        out = os.path.join(tmp, "cell.json")
        proc = subprocess.run([bin_path, "score", run, "--out", out, "--quiet"], capture_output=True, text=True)
        check(proc.returncode == 0, f"nwgf score exit 0: {proc.stderr}")
        cell = {}
        if proc.returncode == 0:
            with open(out) as f:
                cell = json.load(f)
            check(cell["config"]["family"] == "radial" and cell["summary"]["scheme_reference"] == "euler",
                  "the cell is a radial cell scored against the Euler iterate")
            check([s["n"] for s in cell["steps"]] == [1, 3], "steps 1 and 3 scored")
            for rec_cell in cell["steps"]:
                n = rec_cell["n"]
                csv_samples = np.loadtxt(os.path.join(run, f"s{n}.csv"), delimiter=",")
                mine = nwgf.score_radial(arrays[n], d=3, r=1.0, start=start, target=target, t=rec_cell["t"],
                                         scheme="forward", tau=0.1, samples=csv_samples)
                check(set(mine) - {"n", "t"} <= set(rec_cell), f"every key of score_radial in the step record: {sorted(mine)}")
                for src in ("particles", "chain"):
                    check(set(mine[src]) == set(rec_cell[src]), f"step {n} {src}: the same keys")
                    for key, v in mine[src].items():
                        if key == "n":
                            check(v == rec_cell[src][key], f"step {n} {src}.n")
                        else:
                            check(same_score(key, rec_cell[src][key], v),
                                  f"step {n} {src}.{key}: cell {rec_cell[src][key]} vs score_radial {v}")
                for key in ("scheme_w2_to_flow", "scheme_mmd_to_flow", "reference_mmd_to_target"):
                    check(same_score(key, rec_cell[key], mine[key]),
                          f"step {n} {key}: cell {rec_cell[key]} vs score_radial {mine[key]}")
                # The reference's error estimate is a difference of two solves' radii (O(1), each to
                # its rounding): it agrees to a few ulps of the radii, not relative to its own size.
                check(mine["reference_w2_error"] is not None
                      and abs(rec_cell["reference_w2_error"] - mine["reference_w2_error"]) <= ESTIMATE_ABS,
                      f"step {n} reference_w2_error: cell {rec_cell['reference_w2_error']} vs score_radial "
                      f"{mine['reference_w2_error']}")
                check(close(rec_cell["t"], mine["t"], 1e-15), f"step {n}: the same time")
            checks.check_cell_schema(cell, "external/pytest/radial/shell0.5_1_to_sphere1.2/tau0.1/seed0")
        # A bad radial run.json is refused with one line, exit 2: d = 1 is the line family's.
        with open(os.path.join(run, "run.json")) as f:
            doc = json.load(f)
        doc["d"] = 1
        with open(os.path.join(run, "run.json"), "w") as f:
            json.dump(doc, f)
        bad = subprocess.run([bin_path, "score", run, "--out", os.path.join(tmp, "bad.json"), "--quiet"],
                             capture_output=True, text=True)
        check(bad.returncode == 2 and "d = 1" in bad.stderr and bad.stderr.count("\n") == 1,
              f"d = 1 in a radial run.json: exit 2, one line: {bad.returncode} {bad.stderr!r}")
        check(not os.path.exists(os.path.join(tmp, "bad.json")), "nothing written for a refused run")
else:
    print("skipped the cell comparison: NWGF_BIN is not set (CTest sets it)")

checks.finish("python.radial")
