"""CTest driver of the example solvers (examples/CMakeLists.txt): runs one example at small size
into a fresh run folder, scores it with `nwgf score` ($NWGF_BIN), and checks the cell. Usage:
run_example.py numpy|torch. Exit 77 (CTest: skipped) when the example's Python package is not
installed, with the reason printed.

Checks, with references computed here: the cell is complete ("ok", one record per step, the
solver's name); the particles moved toward the flow: their MMD to gamma(T) is below that of
the frozen start (m copies of the start point 0, the Dirac, whose exact MMD to gamma(T) is
nwgf.score of the single point 0); the particle flow at r = 1 is within 3 noise floors of
gamma(T) (explicit Euler is exact in time for r = 1, docs/math.md section 3.3)."""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

kind = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
nwgf_bin = os.environ["NWGF_BIN"]
if kind == "torch":
    try:
        import torch  # noqa: F401
    except ImportError:
        print("skipped: python3-torch is not installed (tools/install-deps.sh installs it)")
        sys.exit(77)
import nwgf  # noqa: E402

d, r, tau, T = 2, 1.0, 0.1, 0.3
with tempfile.TemporaryDirectory() as tmp:
    run = os.path.join(tmp, "run")
    if kind == "numpy":
        cmd = [sys.executable, os.path.join(here, "..", "numpy_particle_flow.py"), "--particles", "400"]
        solver = "numpy_particle_flow"
    else:
        cmd = [sys.executable, os.path.join(here, "..", "torch_backward_scheme.py"), "--particles", "400",
               "--iters", "300", "--eval-samples", "600", "--threads", "1"]
        solver = "torch_backward_scheme"
    cmd += ["--d", str(d), "--r", str(r), "--tau", str(tau), "--T", str(T), "--seed", "1", "--out", run]
    subprocess.run(cmd, check=True)
    cell_path = os.path.join(tmp, "cell.json")
    proc = subprocess.run([nwgf_bin, "score", run, "--out", cell_path], capture_output=True, text=True)
    if proc.returncode != 0:
        print("nwgf score failed:", proc.stderr)
        sys.exit(1)
    with open(cell_path) as f:
        cell = json.load(f)

failures = []
summary = cell["summary"]
if summary["status"] != "ok" or len(cell["steps"]) != 3 or cell["config"]["solver"] != solver:
    failures.append(f"incomplete cell: {summary['status']}, {len(cell['steps'])} steps")
mmd = summary["particles"]["mmd"]
frozen = nwgf.score(np.zeros((1, d)), d=d, r=r, t=T, tau=tau)["particles"]["mmd"]
print(f"{solver}: MMD at T {mmd:.4g} (floor {summary['particles']['mmd_floor']:.4g}), frozen start {frozen:.4g}")
if not mmd < frozen:
    failures.append(f"MMD {mmd} is not below the frozen start's {frozen}")
if kind == "numpy" and not mmd < 3 * summary["particles"]["mmd_floor"]:
    failures.append(f"particle flow MMD {mmd} above 3 floors")
if kind == "torch":
    chain = summary["chain"]
    if chain is None or chain["n"] != 600 or not chain["mmd"] < frozen:
        failures.append(f"samples not scored as the chain: {chain}")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
