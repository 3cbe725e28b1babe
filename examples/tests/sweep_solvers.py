"""CTest driver (examples.sweep): external solvers inside a study, through the built binary
($NWGF_BIN). Usage: sweep_solvers.py. Exit 77 (CTest: skipped) when python3-torch is missing.

1. A study with both example solvers (NumPy particle flow, PyTorch backward scheme) beside the
   built-in backward scheme, at small size, is killed (SIGKILL) once mid-way and resumed with
   --resume: every cell ends "ok", none is run twice after it finished, and the report renders
   every solver side by side (one curve per label).
2. Failing solvers make failed cells with the reason and the tail of their stderr, and the sweep
   goes on: a non-zero exit, a crash (a signal), a timeout, a run folder without run.json, and a
   run.json that claims another cell. --resume leaves failed cells alone; --resume --retry-failed
   runs exactly those again.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
examples = os.path.dirname(here)
nwgf_bin = os.environ["NWGF_BIN"]
try:
    import torch  # noqa: F401
except ImportError:
    print("skipped: python3-torch is not installed (tools/install-deps.sh installs it)")
    sys.exit(77)

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def placeholders(extra):
    return ["--d", "{d}", "--r", "{r}", "--tau", "{tau}", "--T", "{T}", "--t0", "{t0}", "--seed", "{seed}",
            "--out", "{run_dir}"] + extra


def load(path):
    with open(path) as f:
        return json.load(f)


def cells_in(path):
    try:
        return load(path)["cells"]
    except (OSError, ValueError, KeyError):
        return []


study = {
    "name": "solvers-test",
    "schemes": ["backward"],
    "d": [2], "r": [1], "taus": [0.2, 0.1], "seeds": [0], "T": 0.4,
    "particles": 200, "eval_samples": 0, "training": {"iters": 60}, "threads": 1,
    "solvers": [
        {"name": "numpy_flow", "scheme": "forward",
         "command": [sys.executable, os.path.join(examples, "numpy_particle_flow.py")]
         + placeholders(["--particles", "300"])},
        {"name": "torch_jko", "scheme": "backward",
         "command": [sys.executable, os.path.join(examples, "torch_backward_scheme.py")]
         + placeholders(["--particles", "200", "--iters", "60", "--threads", "1"])},
    ],
}

env = dict(os.environ, OMP_NUM_THREADS="1")
with tempfile.TemporaryDirectory() as tmp:
    config = os.path.join(tmp, "study.json")
    with open(config, "w") as f:
        json.dump(study, f)
    out = os.path.join(tmp, "result.json")
    partial = os.path.join(tmp, "result.partial.json")

    # 1. Kill once mid-way: as soon as the partial file holds the first external cell.
    sweep = subprocess.Popen([nwgf_bin, "sweep", "--config", config, "--out", out, "--quiet"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.time() + 600
    while time.time() < deadline and sweep.poll() is None:
        if any(c["config"]["scheme"] == "external" for c in cells_in(partial)):
            break
        time.sleep(0.05)
    check(sweep.poll() is None, "the sweep ended before it could be killed mid-way")
    sweep.send_signal(signal.SIGKILL)
    sweep.wait()
    before = cells_in(partial)
    print(f"killed with {len(before)} of 6 cells finished")
    check(0 < len(before) < 6, f"killed with {len(before)} cells finished, expected some but not all")

    proc = subprocess.run([nwgf_bin, "sweep", "--config", config, "--out", out, "--resume", "--quiet"],
                          capture_output=True, text=True, env=env)
    check(proc.returncode == 0, f"resume exited {proc.returncode}: {proc.stderr.strip()}")
    doc = load(out)
    cells = doc["cells"]
    check(len(cells) == 6 and doc["complete"], f"{len(cells)} cells after resume")
    for c in cells:
        s = c["summary"]
        check(s["status"] == "ok", f"{c['id']}: {s['status']} {s.get('failure')} {s.get('stderr_tail', '')[-300:]}")
    for c in before:  # finished before the kill: kept as they were, not run again
        after = next(x for x in cells if x["index"] == c["index"])
        check(after["summary"]["wall_s"] == c["summary"]["wall_s"], f"{c['id']} was run again after the resume")
    labels = {g["label"] for g in doc["convergence"]}
    check(labels == {"backward", "numpy_flow", "torch_jko"}, f"convergence labels {sorted(labels)}")
    for g in doc["convergence"]:
        mmd = next(m for m in g["metrics"] if m["metric"] == "mmd")
        print(f"{g['label']:>12}: MMD at T per tau {mmd['mean']}, floor {mmd['floor']}")

    report = os.path.join(tmp, "report")
    proc = subprocess.run([nwgf_bin, "report", out, "--out", report], capture_output=True, text=True)
    check(proc.returncode == 0, f"report exited {proc.returncode}: {proc.stderr.strip()}")
    text = ""
    for name in os.listdir(report) if os.path.isdir(report) else []:
        if name.endswith(".md"):
            with open(os.path.join(report, name)) as f:
                text += f.read()
    for label in ("backward", "numpy_flow", "torch_jko"):
        check(label in text, f"the report does not name {label}")

    # 2. Failing solvers.
    py = sys.executable
    bad = {
        "name": "failing", "schemes": [], "d": [2], "r": [1], "taus": [0.2], "seeds": [0], "T": 0.4,
        "solvers": [
            {"name": "exits3", "command": [py, "-c", "import sys; print('bad input', file=sys.stderr); sys.exit(3)"]},
            {"name": "crashes", "command": [py, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"]},
            {"name": "hangs", "command": [py, "-c", "import time; time.sleep(120)"], "timeout_s": 1},
            {"name": "writes_nothing", "command": [py, "-c", "print('done')"]},
            {"name": "claims_other",
             "command": [sys.executable, os.path.join(examples, "numpy_particle_flow.py"), "--d", "3", "--r", "{r}",
                         "--tau", "{tau}", "--T", "{T}", "--seed", "{seed}", "--out", "{run_dir}",
                         "--particles", "50"]},
            {"name": "no_such_program", "command": ["nwgf-no-such-program-anywhere"]},
        ],
    }
    del bad["schemes"]
    bad_config = os.path.join(tmp, "bad.json")
    with open(bad_config, "w") as f:
        json.dump(bad, f)
    bad_out = os.path.join(tmp, "bad-result.json")
    proc = subprocess.run([nwgf_bin, "sweep", "--config", bad_config, "--out", bad_out, "--quiet"],
                          capture_output=True, text=True, env=env)
    check(proc.returncode == 0, f"a sweep with failing solvers exited {proc.returncode}: {proc.stderr.strip()}")
    check("6 failed" in proc.stdout, f"summary line: {proc.stdout.strip()}")
    expected = {
        "exits3": ("exited with status 3", "bad input"),
        "crashes": ("killed by signal 11", ""),
        "hangs": ("timed out after 1 s", ""),
        "writes_nothing": ("bad run folder", ""),
        "claims_other": ("describes", ""),
        "no_such_program": ("cannot start 'nwgf-no-such-program-anywhere'", ""),
    }
    failed = {c["config"]["solver"]: c for c in load(bad_out)["cells"]}
    for name, (reason, tail) in expected.items():
        s = failed[name]["summary"]
        check(s["status"] == "failed" and reason in (s["failure"] or ""), f"{name}: failure {s['failure']!r}")
        check(tail in s.get("stderr_tail", ""), f"{name}: stderr tail {s.get('stderr_tail')!r}")
        print(f"{name:>16}: {s['failure']}")

    proc = subprocess.run([nwgf_bin, "sweep", "--config", bad_config, "--out", bad_out, "--resume", "--quiet"],
                          capture_output=True, text=True, env=env)
    check("0 run now, 6 resumed, 6 failed" in proc.stdout, f"--resume reran failed cells: {proc.stdout.strip()}")
    start = time.time()
    proc = subprocess.run([nwgf_bin, "sweep", "--config", bad_config, "--out", bad_out, "--resume",
                           "--retry-failed"], capture_output=True, text=True, env=env)
    check("6 run now, 0 resumed, 6 failed" in proc.stdout, f"--retry-failed: {proc.stdout.strip()}")
    check("6 failed external cells will run again" in proc.stderr, f"--retry-failed notice: {proc.stderr.strip()}")
    proc = subprocess.run([nwgf_bin, "sweep", "--config", bad_config, "--out", bad_out, "--retry-failed"],
                          capture_output=True, text=True, env=env)
    check(proc.returncode == 2 and proc.stderr.count("\n") == 1 and "--retry-failed needs --resume" in proc.stderr,
          f"--retry-failed without --resume: {proc.returncode} {proc.stderr!r}")

print("ok" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
