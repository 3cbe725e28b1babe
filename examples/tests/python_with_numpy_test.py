"""CTest driver (examples.python_with_numpy): an example solver started by an interpreter without
NumPy runs again with one that has it, or says what to install (examples/python_with_numpy.py).
Usage: python_with_numpy_test.py. Exit 77 (CTest: skipped) when this interpreter lacks NumPy.

The interpreter without NumPy is this one with -S (no site-packages: Debian's NumPy lives in
dist-packages); the "interpreters" given as $NWGF_PYTHON are /bin/sh scripts written here: one
that exits 1 (no NumPy) and one that execs this interpreter (NumPy, under another path). Checked:
  - find() passes over a candidate without NumPy, a missing one and this interpreter itself, and
    takes the first whose probe passes;
  - examples/numpy_line_flow.py run by `python -S` with $NWGF_PYTHON at the wrapper writes its run
    folder (exit 0) and says on stderr, in one line, that it ran again with the wrapper;
  - with every candidate failing, require() exits 2 with one line naming each one tried and
    "apt install python3-numpy"; a re-run that still lacks NumPy exits 2 instead of looping.
"""
import json
import os
import stat
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
examples = os.path.dirname(here)
sys.path.insert(0, examples)
import python_with_numpy as helper  # noqa: E402

try:
    import numpy  # noqa: F401
except ImportError:
    print("skipped: python3-numpy is not installed (tools/install-deps.sh installs it)")
    sys.exit(77)

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def script(path, body):
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + body + "\n")
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


bare = subprocess.run([sys.executable, "-S", "-c", "import numpy"], capture_output=True)
with tempfile.TemporaryDirectory() as tmp:
    no_numpy = script(os.path.join(tmp, "no_numpy"), "exit 1")
    wrapper = script(os.path.join(tmp, "wrapper"), f"exec '{sys.executable}' \"$@\"")

    program, tried = helper.find(("numpy",), [(no_numpy, "$NWGF_PYTHON"), (os.path.join(tmp, "missing"), "x"),
                                              (sys.executable, "the system's"), (wrapper, "python3 on PATH")],
                                 sys.executable)
    check(program == wrapper, f"find() takes the first candidate with NumPy: {program!r}")
    check(tried == [f"{no_numpy} ($NWGF_PYTHON: cannot import numpy: exit status 1)",
                    f"{os.path.join(tmp, 'missing')} (x: not found)",
                    f"{sys.executable} (the system's: this interpreter)"], f"find()'s reasons: {tried}")

    if bare.returncode == 0:
        print(f"skipped the re-run check: {sys.executable} -S still imports numpy (it is not in site-packages)")
    else:
        out = os.path.join(tmp, "run")
        env = dict(os.environ, NWGF_PYTHON=wrapper)
        env.pop(helper.RERUN_MARK, None)
        p = subprocess.run([sys.executable, "-S", os.path.join(examples, "numpy_line_flow.py"), "--start", "dirac:0",
                            "--target", "diracs:-1;1", "--tau", "0.1", "--T", "0.2", "--out", out, "--particles", "20"],
                           capture_output=True, text=True, env=env, timeout=120)
        check(p.returncode == 0, f"the example ran again with $NWGF_PYTHON: exit {p.returncode}, {p.stderr[-500:]}")
        check(p.stderr.strip().splitlines() == [f"numpy_line_flow.py: no module named 'numpy' in {sys.executable}; "
                                                f"running with {wrapper}"], f"one line on stderr: {p.stderr!r}")
        run_json = os.path.join(out, "run.json")
        check(os.path.exists(run_json) and len(json.load(open(run_json))["steps"]) == 2,
              "the run folder is written (two steps)")

        # Every candidate fails: one line, exit 2 (candidates replaced, since /usr/bin/python3 may
        # have NumPy on this machine).
        code = (f"import sys; sys.path.insert(0, {examples!r}); import python_with_numpy as h; "
                f"h.candidates = lambda env=None: [({no_numpy!r}, '$NWGF_PYTHON')]; "
                f"sys.argv = ['solver.py']; h.require('numpy'); print('returned')")
        r = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, env=env, timeout=120)
        check(r.returncode == 2, f"refused with exit 2: {r.returncode}, {r.stdout} {r.stderr}")
        lines = r.stderr.strip().splitlines()
        check(len(lines) == 1 and lines[0].startswith(f"solver.py: no module named 'numpy' in {sys.executable}; tried "
                                                      f"{no_numpy} ($NWGF_PYTHON: cannot import numpy: exit status 1)")
              and "apt install python3-numpy" in lines[0], f"the refusal's line: {r.stderr!r}")
        # A re-run (marked) that still lacks NumPy stops.
        looped = subprocess.run([sys.executable, "-S", "-c", code.replace("h.candidates", "h._unused")],
                                capture_output=True, text=True, env=dict(env, **{helper.RERUN_MARK: "/x/python3"}),
                                timeout=120)
        check(looped.returncode == 2 and "run again by /x/python3" in looped.stderr,
              f"a re-run without NumPy exits 2: {looped.returncode}, {looped.stderr!r}")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
