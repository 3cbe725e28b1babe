#!/usr/bin/env python3
"""suite.report.html_browser: the HTML report opened in a real browser (headless Chromium).

Writes three real reports into the test's output folder -- `nwgf report` of one committed results
file (a study) and of two (a comparison), and `nwgf html` of a copy of a committed flow folder
without its report (FLOW_DIR, default reports/flows/two-diracs: report.md written from flow.json)
-- then opens each report.html from file:// in Debian's chromium, headless, with its own temporary
profile and every host name unresolvable, and checks in the rendered DOM (--dump-dom) that:
  - no script error, refused load or unhandled rejection was recorded (the page's script writes
    them into <html data-errors>), and Chromium logged no console message at all;
  - every table of report.md is there, every SVG plot is there as an inline <svg>, and every
    other image of report.md (the flow's PNG and GIF pictures) is one <img> with a data: URI;
    no <img> has any other source;
  - sorting works: the page opened with #selftest clicks the header of every table's first
    column of numbers twice and records the outcome in <html data-selftest>; this test then
    reads each such table from the DOM and checks, with its own number parser, that the column
    is in descending order;
and saves a screenshot (OUT_DIR/<study|comparison|flow>.png). Chromium runs in its own process group,
under a timeout, and the group is killed whatever happens. Exit 77 (CTest: skipped) when
chromium is not installed.

Usage: html_browser_test.py NWGF OUT_DIR STUDY.json A.json B.json [FLOW_DIR]
"""
import html.parser
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

CHROMIUM_TIMEOUT_S = 45  # one browser run; a loaded 2-core machine opens the page in 3-10 s
REPORT_TIMEOUT_S = 120   # nwgf report of the results file (gnuplot renders every plot)
# The committed flow folder whose page is opened (nwgf-flow/1: report.md from flow.json).
DEFAULT_FLOW_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "reports", "flows",
                                "two-diracs")
SKIP = 77


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def run_group(argv, timeout, **kwargs):
    """Runs argv in its own process group; kills the whole group on timeout and on the way out."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, **kwargs)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        fail(f"{argv[0]} ran past {timeout} s and was killed: {' '.join(argv[1:])}")
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # what the browser left behind (zygote, renderers)
        except ProcessLookupError:
            pass
    return proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def chromium_argv(chromium, profile, *extra):
    return [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--metrics-recording-only", "--mute-audio",
            f"--user-data-dir={profile}",
            # Any host name fails to resolve: a page that tried to load something would log an error.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr", "--v=0", *extra]


# The page's rule for a cell's number, written again: the first number not inside a word.
NUMBER = re.compile(r"(?:^|[^A-Za-z0-9_.])([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)")


def leading_number(text):
    m = NUMBER.search(text.replace("\u2212", "-").strip())
    return float(m.group(1)) if m else None


class DomReader(html.parser.HTMLParser):
    """The rendered DOM's <html> attributes, its inline <svg> count, its <img> sources and its tables' cells."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = {}
        self.svgs = 0
        self.img_sources = []
        self.tables = []  # each: {"attrs": {...}, "rows": [[cell text, ...], ...], "head": [...]}
        self._cell = None
        self._section = None
        self._depth = 0  # tables inside tables are not expected; count anyway

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.root = a
        elif tag == "svg":
            self.svgs += 1
        elif tag == "img":
            self.img_sources.append(a.get("src") or "")
        elif tag == "table":
            self.tables.append({"attrs": a, "rows": [], "head": []})
        elif tag in ("thead", "tbody"):
            self._section = tag
        elif tag == "tr" and self.tables:
            if self._section == "tbody":
                self.tables[-1]["rows"].append([])
        elif tag in ("td", "th") and self.tables:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self.tables:
            text = "".join(self._cell)
            t = self.tables[-1]
            if self._section == "thead":
                t["head"].append(text)
            elif t["rows"]:
                t["rows"][-1].append(text)
            self._cell = None
        elif tag in ("thead", "tbody"):
            self._section = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def check_report(nwgf, chromium, results, out_dir, name):
    """Renders `results` into OUT_DIR/<name>/ and checks its page in the browser; returns a summary."""
    started = time.monotonic()
    report = os.path.join(os.path.abspath(out_dir), name)
    code, out, err = run_group([nwgf, "report", *results, "--out", report, "--quiet"], REPORT_TIMEOUT_S)
    if code != 0:
        fail(f"{name}: nwgf report exited {code}: {err.strip()}")
    return check_page(chromium, report, out, out_dir, name, started, svg_plots=True)


def check_flow(nwgf, chromium, flow_dir, out_dir, name):
    """Copies the flow folder `flow_dir` without its report to OUT_DIR/<name>/, has `nwgf html` write
    report.md from flow.json and report.html, and checks that page in the browser; returns a summary."""
    started = time.monotonic()
    folder = os.path.join(os.path.abspath(out_dir), name)
    if not os.path.isfile(os.path.join(flow_dir, "flow.json")):
        fail(f"{name}: {flow_dir} holds no flow.json")
    shutil.copytree(flow_dir, folder, ignore=shutil.ignore_patterns("report.md", "report.html"))
    code, out, err = run_group([nwgf, "html", folder, "--quiet"], REPORT_TIMEOUT_S)
    if code != 0:
        fail(f"{name}: nwgf html exited {code}: {err.strip()}")
    if "report.md from flow.json" not in out:
        fail(f"{name}: nwgf html did not say it wrote report.md from flow.json; it said: {out.strip()}")
    return check_page(chromium, folder, out, out_dir, name, started, svg_plots=False)


def check_page(chromium, report, said, out_dir, name, started, svg_plots):
    """Checks the report.html of the folder `report` in the browser (`said`: what the program that
    wrote it printed; `svg_plots`: the report must have SVG plots); returns a summary."""
    page = os.path.join(report, "report.html")
    if not os.path.isfile(page):
        fail(f"{name}: no {page} was written; the program said: {said.strip()}")
    with open(os.path.join(report, "report.md"), encoding="utf-8") as f:
        markdown = f.read()
    svg_images = len(re.findall(r"!\[[^\]]*\]\([^)\s]+\.svg\)", markdown))
    other_images = len(re.findall(r"!\[[^\]]*\]\([^)\s]+\.(?:png|gif)\)", markdown))
    md_tables = len(re.findall(r"^\|(?: *:?-+:? *\|)+ *$", markdown, flags=re.M))
    print(f"{name}: {svg_images} SVG plots, {other_images} PNG/GIF images, {md_tables} tables in report.md; "
          f"report.html {os.path.getsize(page)} bytes ({time.monotonic() - started:.1f} s)", flush=True)
    if (svg_plots and svg_images == 0) or (not svg_plots and other_images == 0) or md_tables == 0:
        fail(f"{name}: the report has no {'SVG plot' if svg_plots else 'image'} or no table: nothing to check "
             "in the browser")

    url = "file://" + page
    shot = os.path.join(os.path.abspath(out_dir), name + ".png")
    with tempfile.TemporaryDirectory(prefix="nwgf-chromium-") as profile:
        # 1. The DOM after the page's scripts ran, with the sorting self-test.
        code, dom, log = run_group(chromium_argv(chromium, profile, "--virtual-time-budget=10000", "--dump-dom",
                                                 url + "#selftest"), CHROMIUM_TIMEOUT_S)
        with open(os.path.join(out_dir, name + ".dom.html"), "w", encoding="utf-8") as f:
            f.write(dom)
        with open(os.path.join(out_dir, name + ".chromium.log"), "w", encoding="utf-8") as f:
            f.write(log)
        if code != 0 or "<html" not in dom:
            fail(f"{name}: chromium --dump-dom exited {code} with no DOM; its log: {log.strip()[-2000:]}")
        # 2. The screenshot, the page as a reader first sees it.
        code2, _, log2 = run_group(chromium_argv(chromium, profile, "--hide-scrollbars", "--window-size=1280,1600",
                                                 f"--screenshot={shot}", url), CHROMIUM_TIMEOUT_S)
    console = [line for line in (log + log2).splitlines() if "CONSOLE" in line]
    if console:
        fail(f"{name}: the page logged to the console:\n  " + "\n  ".join(console[:10]))
    reader = DomReader()
    reader.feed(dom)
    errors = reader.root.get("data-errors")
    if errors:
        fail(f"{name}: the page recorded errors: {errors}")
    selftest = reader.root.get("data-selftest", "")
    if not selftest.startswith("pass"):
        fail(f"{name}: the page's sorting self-test did not pass: "
             f"{selftest or '(no data-selftest: did the script run?)'}")
    if reader.svgs < svg_images:
        fail(f"{name}: {reader.svgs} inline <svg> elements in the rendered DOM, fewer than the {svg_images} SVG "
             "plots of report.md")
    not_inline = [src[:80] for src in reader.img_sources if not src.startswith("data:image/")]
    if not_inline:
        fail(f"{name}: <img> elements whose source is not a data: URI: {not_inline[:5]}")
    # PNG fallbacks of refused SVGs are <img> as well, so at least; a flow page has no SVG: exactly.
    if len(reader.img_sources) < other_images or (svg_images == 0 and len(reader.img_sources) != other_images):
        fail(f"{name}: {len(reader.img_sources)} <img> elements in the rendered DOM for the {other_images} PNG/GIF "
             "images of report.md")
    if len(reader.tables) != md_tables:
        fail(f"{name}: {len(reader.tables)} tables in the rendered DOM, report.md has {md_tables}")
    sorted_tables = 0
    for i, t in enumerate(reader.tables):
        column = t["attrs"].get("data-sort-column")
        if column is None:
            continue
        c = int(column)
        if t["attrs"].get("data-sort-direction") != "descending":
            fail(f"{name}: table {i} was left sorted {t['attrs'].get('data-sort-direction')}, not descending")
        values = [leading_number(row[c]) for row in t["rows"]]
        if None in values or len(values) < 2:
            fail(f"{name}: table {i} column {c} ({t['head'][c]!r}) was sorted but holds a cell that is not a number")
        if any(b > a for a, b in zip(values, values[1:])):
            fail(f"{name}: table {i} column {c} ({t['head'][c]!r}) is not in descending order: {values}")
        sorted_tables += 1
    if sorted_tables == 0 or f"pass: {sorted_tables} tables" not in selftest:
        fail(f"{name}: the self-test says '{selftest}' but the DOM shows {sorted_tables} sorted tables")
    if code2 != 0 or not os.path.isfile(shot):
        fail(f"{name}: chromium --screenshot exited {code2} and wrote no {shot}; its log: {log2.strip()[-2000:]}")
    with open(shot, "rb") as f:
        head = f.read(24)
    width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    if head[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (1280, 1600):
        fail(f"{name}: {shot} is not a 1280 x 1600 PNG (signature {head[:8]!r}, {width} x {height})")
    return (f"{name}: {reader.svgs} inline SVG plots, {len(reader.img_sources)} data: images, {len(reader.tables)} tables ({sorted_tables} sorted by the "
            f"self-test, order checked), no console message, no recorded error; screenshot {shot} "
            f"({time.monotonic() - started:.1f} s)")


def main():
    if len(sys.argv) not in (6, 7):
        print(__doc__)
        return 2
    nwgf, out_dir, study, a, b = sys.argv[1:6]
    flow_dir = os.path.abspath(sys.argv[6] if len(sys.argv) == 7 else DEFAULT_FLOW_DIR)
    chromium = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if not chromium:
        print("SKIP: chromium is not installed (Debian's chromium; tools/install-deps.sh installs it): "
              "the HTML report was not opened in a browser")
        return SKIP
    started = time.monotonic()
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    done = [check_report(nwgf, chromium, [study], out_dir, "study"),
            check_report(nwgf, chromium, [a, b], out_dir, "comparison"),
            check_flow(nwgf, chromium, flow_dir, out_dir, "flow")]
    print("ok: " + "; ".join(done) + f"; {time.monotonic() - started:.1f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
