"""Run an example solver with a Python interpreter that has its modules.

The first `python3` on PATH is not always the interpreter that has NumPy (a pyenv shim, a virtual
environment), while Debian's /usr/bin/python3 has it after `apt install python3-numpy`
(tools/install-deps.sh). An example calls require("numpy") before importing NumPy:

  - the modules import here: nothing happens;
  - else the script is run again, with the same arguments, by the first of $NWGF_PYTHON,
    /usr/bin/python3 and python3 on PATH (the order `nwgf sweep` uses for {python}, without the
    build's interpreter, which a script cannot know) that imports them, saying so in one line on
    stderr; each candidate is probed as `PROGRAM -c "import MODULE, ..."` (no shell, at most
    PROBE_TIMEOUT_S);
  - else it exits with status 2 and one line on stderr naming the interpreters tried and what to
    install.

A re-run marks itself in the environment ($NWGF_EXAMPLE_RERUN), so it never runs again: a
candidate that passed the probe but fails to import is reported, not looped on.
"""
import os
import shutil
import subprocess
import sys

PROBE_TIMEOUT_S = 30  # `import numpy` takes well under a second; a cold cache or a shim a few
RERUN_MARK = "NWGF_EXAMPLE_RERUN"


def missing(modules):
    """The first of `modules` that cannot be imported by this interpreter, or None."""
    for name in modules:
        try:
            __import__(name)
        except ImportError:
            return name
    return None


def candidates(env=None):
    """[(program, origin)]: $NWGF_PYTHON, /usr/bin/python3, python3 on PATH; each once, those
    that exist only (a name on PATH resolved with shutil.which)."""
    env = os.environ if env is None else env
    out, seen = [], set()
    for program, origin in ((env.get("NWGF_PYTHON", ""), "$NWGF_PYTHON"), ("/usr/bin/python3", "the system's"),
                            (shutil.which("python3", path=env.get("PATH", "")) or "", "python3 on PATH")):
        if program and program not in seen:
            seen.add(program)
            out.append((program, origin))
    return out


def probe(program, modules, timeout_s=PROBE_TIMEOUT_S):
    """"" when `program -c "import MODULES"` exits 0, else why not."""
    try:
        p = subprocess.run([program, "-c", "import " + ", ".join(modules)], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout_s)
    except FileNotFoundError:
        return "not found"
    except PermissionError:
        return "not executable"
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout_s} s"
    return "" if p.returncode == 0 else f"cannot import {', '.join(modules)}: exit status {p.returncode}"


def find(modules, candidate_list, this_interpreter):
    """(program, tried): the first candidate other than this interpreter whose probe passes
    ("" when none), and the reasons of those that failed, for the refusal."""
    tried = []
    here = os.path.realpath(this_interpreter) if this_interpreter else ""
    for program, origin in candidate_list:
        if here and os.path.realpath(program) == here:
            tried.append(f"{program} ({origin}: this interpreter)")
            continue
        why = probe(program, modules)
        if not why:
            return program, tried
        tried.append(f"{program} ({origin}: {why})")
    return "", tried


def require(*modules):
    """Returns when `modules` import here; else re-runs the script with an interpreter that has
    them, or exits 2 saying what to install."""
    absent = missing(modules)
    if absent is None:
        return
    script = os.path.basename(sys.argv[0])
    if os.environ.get(RERUN_MARK):
        sys.stderr.write(f"{script}: no module named '{absent}' in {sys.executable}, which passed the probe "
                         f"(run again by {os.environ[RERUN_MARK]}); install {absent} for it\n")
        sys.exit(2)
    program, tried = find(modules, candidates(), sys.executable)
    if not program:
        package = "python3-torch" if absent == "torch" else "python3-" + absent
        sys.stderr.write(f"{script}: no module named '{absent}' in {sys.executable}; tried "
                         f"{', '.join(tried) if tried else 'no other interpreter'}: install it (apt install "
                         f"{package}, or pip install {absent} for this interpreter) or set NWGF_PYTHON to an "
                         f"interpreter that has it\n")
        sys.exit(2)
    sys.stderr.write(f"{script}: no module named '{absent}' in {sys.executable}; running with {program}\n")
    sys.stderr.flush()
    os.environ[RERUN_MARK] = sys.executable
    os.execv(program, [program, sys.argv[0]] + sys.argv[1:])
