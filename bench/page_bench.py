"""Whole page drawn, per page, against a bare Streamlit floor app (issue 18).

    python bench/page_bench.py                          # this checkout, every page, 5 runs
    python bench/page_bench.py --project /tmp/before    # another checkout (e.g. a git worktree)
    python bench/page_bench.py --pages themas,gemeenteprofiel --runs 3
    python bench/page_bench.py --anatomy                # charts, traces, points, plotly.js time

Starts, in one run, the app of ``--project`` (``streamlit run app.py`` with a fresh demo
store built by that checkout's own ``data.demo``) and the floor app (``bench/floor_app.py``:
one plotly map of the 14 municipalities, nothing else), each on a free port on 127.0.0.1,
and times them in Debian's headless Chromium:

- *new*: a new browser context (empty HTTP cache), from ``goto`` until the page is done;
- *in app*: in a loaded app, from a click on the page's sidebar link on another page
  (Over de data; for Over de data itself, Data beheer) until the page is done.
  Gemeenteprofiel's sidebar link opens the municipality picker, so its in-app time is
  the click on "Enschede" in the picker's list (``?gemeente=GM0153``).

*Done* means: the script run started by the navigation has finished (the server's
``script_finished`` message on the tab's websocket, counted in Python; ``stApp`` back to
``notRunning``), no element is stale, no lazy element is still a skeleton, every
visible ``stPlotlyChart`` holds a ``.js-plotly-plot`` that has drawn its traces
(``plotly_afterplot`` after plotly.js set the plot up; an init script hooks this), and
every visible server-drawn clickable picture (a ``components.v2`` component) holds its
markup.
Medians of ``--runs`` visits after one warm-up visit per page; the floor is visited
before every page visit, so load on the machine hits both alike.  The ratio is the
page's median over the floor's.

``--anatomy`` instead visits each page once in a new context and reports, per page,
the charts, traces and points drawn, the figures' JSON size, plotly.js's own drawing
time per chart (from the set-up to ``plotly_afterplot``) and the main thread's CPU time
by script (CDP sampling profiler): the cause list for issue 18.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from google.protobuf.message import DecodeError
from harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    EXCEPTION_SELECTOR,
    OUT,
    PAGES,
    ROOT,
    live_server,
    median,
    page_url,
)
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

# Sidebar order of the table, and the names it prints.
PAGE_TITLES = {
    "overzicht": "Overzicht",
    "kaart": "Kaart",
    "themas": "Thema's",
    "gemeenteprofiel": "Gemeenteprofiel",
    "verkennen": "Verkennen",
    "initiatieven": "Initiatieven",
    "grenzeloos": "Grenzeloos",
    "presenteren": "Presenteren",
    "over_de_data": "Over de data",
    "data_beheer": "Data beheer",
}
ORIGIN = "over_de_data"  # a page without charts, so the target page draws everything itself
ORIGIN_FOR_ORIGIN = "data_beheer"
PROFILE_LINK = 'a[href*="gemeente=GM0153"]'
TIMEOUT_MS = 120_000  # a loaded 2-core machine took over 60 s for Gemeenteprofiel
VIEWPORT = {"width": 1400, "height": 1000}

# Installed in every context before any page script: records, per plotly graph div, when
# plotly.js set it up and when it had drawn.  (Script runs are counted in Python, from the
# websocket: see ``Runs``.)
# plotly.js (bundled by Streamlit, not a global) assigns ``gd._context`` right after
# ``Events.init(gd)`` in every newPlot/react, so a setter on the prototype sees each.
INSTRUMENT_JS = """(() => {
  if (window.__bench) return;
  const s = window.__bench = {drawn: new WeakSet(), draws: [], pending: new Map()};
  const done = (gd, how) => {
    const t0 = s.pending.get(gd);
    if (t0 !== undefined) {
      s.pending.delete(gd);
      s.draws.push({start: t0, ms: performance.now() - t0, how,
                    key: (gd.closest('[class*="st-key-"]') || {}).className || '',
                    traces: (gd.data || []).length});
    }
    s.drawn.add(gd);
  };
  const start = (gd) => {
    if (!s.pending.has(gd)) s.pending.set(gd, performance.now());
    if (!gd.__benchHooked && typeof gd.on === 'function') {
      gd.__benchHooked = true;
      gd.on('plotly_afterplot', () => done(gd, 'afterplot'));
      gd.on('plotly_react', () => { if (s.pending.has(gd)) done(gd, 'react'); });
    }
  };
  Object.defineProperty(HTMLElement.prototype, '_context', {
    configurable: true,
    get() { return undefined; },
    set(value) {
      let current = value;
      Object.defineProperty(this, '_context', {configurable: true, enumerable: true,
        get() { return current; }, set(v) { current = v; start(this); }});
      start(this);
    },
  });
})();"""

# True once the page is fully drawn (asked only after its run has finished, see ``wait_done``).
DONE_JS = """() => {
  const s = window.__bench;
  if (!s) return false;
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-stale="true"], [data-testid="stSkeleton"]')) return false;
  const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none';
  for (const chart of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
    if (!visible(chart)) continue;
    const gd = chart.querySelector('.js-plotly-plot');
    if (!gd || !s.drawn.has(gd) || s.pending.has(gd)) return false;
    if (!gd._fullData || gd._fullData.length < (gd.data || []).length) return false;
  }
  // A server-drawn picture (components/widgets/clickable_picture.py) is drawn once its
  // script has put the markup in (data-digest), inside the component's shadow root.
  const holds = (node, selector) => !!node.querySelector(selector)
    || (node.shadowRoot ? holds(node.shadowRoot, selector) : false)
    || [...node.querySelectorAll('*')].some((n) => n.shadowRoot && holds(n.shadowRoot, selector));
  for (const host of document.querySelectorAll('[data-testid^="stBidiComponent"]')) {
    if (visible(host) && !holds(host, '.cdt-picture[data-digest]')) return false;
  }
  return true;
}"""

# Per visible plotly chart: traces, their types, points, the figure's JSON size.
ANATOMY_JS = """() => {
  const charts = [];
  const vertices = (c) => !Array.isArray(c) ? 0
    : (typeof c[0] === 'number' ? 1 : c.reduce((n, x) => n + vertices(x), 0));
  for (const gd of document.querySelectorAll('.js-plotly-plot')) {
    if (gd.getClientRects().length === 0) continue;
    const key = ((gd.closest('[class*="st-key-"]') || {}).className || '').match(/st-key-[^ ]+/);
    let points = 0, geo = 0;
    const types = {};
    for (const t of gd.data || []) {
      types[t.type || 'scatter'] = (types[t.type || 'scatter'] || 0) + 1;
      let n = 0;
      for (const f of ['x', 'y', 'z', 'locations', 'lon', 'lat', 'values', 'labels', 'r']) {
        const v = t[f];
        if (v && v.length !== undefined && typeof v !== 'string') n = Math.max(n, v.length);
      }
      points += n;
      if (t.geojson && t.geojson.features) {
        const wanted = new Set((t.locations || []).map(String));
        for (const f of t.geojson.features) {
          const field = (t.featureidkey || 'id').replace('properties.', '');
          const id = String((f.properties || {})[field] ?? f.id);
          if (!t.locations || wanted.has(id)) geo += vertices(f.geometry.coordinates);
        }
      }
    }
    const layout = gd.layout || {};
    charts.push({key: key ? key[0] : '', traces: (gd.data || []).length, types, points, geo_vertices: geo,
                 annotations: (layout.annotations || []).length, shapes: (layout.shapes || []).length,
                 json_kb: Math.round(JSON.stringify({data: gd.data, layout}).length / 1024),
                 dom_nodes: gd.querySelectorAll('*').length});
  }
  const hidden = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
    .filter(e => e.getClientRects().length === 0).length;
  return {charts, hidden, draws: window.__bench.draws, dom_nodes: document.querySelectorAll('*').length};
}"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT, help="the checkout whose app.py is timed")
    parser.add_argument("--pages", default=",".join(PAGE_TITLES), help="comma-separated page names")
    parser.add_argument("--runs", type=int, default=5, help="timed visits per page and measure")
    parser.add_argument("--anatomy", action="store_true", help="count charts and time plotly.js instead")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    args.pages = [name.strip() for name in args.pages.split(",") if name.strip()]
    unknown = [name for name in args.pages if name not in PAGE_TITLES]
    if unknown:
        parser.error(f"unknown page(s): {', '.join(unknown)}; known: {', '.join(PAGE_TITLES)}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    args.project = args.project.resolve()
    if not (args.project / "app.py").is_file():
        parser.error(f"no app.py in {args.project}")
    return args


def _fmt_ms(value: float) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.0f}"


def format_table(rows: list[dict[str, Any]], floor_ms: float) -> str:
    """The Markdown table: page, new-context ms, ratio to the floor, in-app ms."""
    lines = [
        "| page | new context ms | ratio to floor | in app ms |",
        "|---|---|---|---|",
        f"| floor (one map) | {_fmt_ms(floor_ms)} | 1.00 | – |",
    ]
    for row in rows:
        new = row.get("new_ms", float("nan"))
        ratio = new / floor_ms if floor_ms and not math.isnan(new) else float("nan")
        ratio_text = "–" if math.isnan(ratio) else f"{ratio:.2f}"
        failures = f" ({row['failures']} timed out)" if row.get("failures") else ""
        lines.append(
            f"| {PAGE_TITLES[row['page']]} | {_fmt_ms(new)} | {ratio_text} "
            f"| {_fmt_ms(row.get('in_app_ms'))}{failures} |"
        )
    return "\n".join(lines)


def demo_store(project: Path, tag: str) -> Path:
    """A fresh demo store built by ``project``'s own code (its schema may differ from ours)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"page_bench_{tag}-{os.getpid()}.duckdb"  # per run: two benches may run at once
    for stale in (path, path.with_name(path.stem + "-import.duckdb")):
        stale.unlink(missing_ok=True)
    command = [sys.executable, "-m", "data.demo", "--out", str(path), "--scale", "1"]
    subprocess.run(command, cwd=project, check=True, stdout=subprocess.DEVNULL)
    return path


def floor_root(project: Path) -> Path:
    """A folder with the floor as ``app.py``, the project's ``static/`` and Streamlit config."""
    root = OUT / f"floor-{os.getpid()}"  # per run: another bench's rmtree took a running floor's folder
    shutil.rmtree(root, ignore_errors=True)
    (root / ".streamlit").mkdir(parents=True)
    shutil.copyfile(Path(__file__).with_name("floor_app.py"), root / "app.py")
    shutil.copytree(project / "static", root / "static")
    config = project / ".streamlit" / "config.toml"
    if config.is_file():
        shutil.copyfile(config, root / ".streamlit" / "config.toml")
    else:
        (root / ".streamlit" / "config.toml").write_text("[server]\nenableStaticServing = true\n")
    return root


@contextmanager
def servers(project: Path) -> Iterator[tuple[str, str]]:
    """The project's app and the floor, each on a free port; their base URLs."""
    with ExitStack() as stack:
        app_url, _ = stack.enter_context(live_server(demo_store(project, "app"), free_port(), project))
        floor_url, _ = stack.enter_context(
            live_server(OUT / f"page_bench_floor-{os.getpid()}.duckdb", free_port(), floor_root(project))
        )
        yield app_url, floor_url


class Runs:
    """A tab's script runs, counted from the server's messages on its websocket.

    The browser's own sign (``stApp``'s ``data-test-script-state`` going from ``running``
    to ``notRunning``) is not always there: when a run starts and ends between two React
    renders the attribute never changes, and a sidebar click on a fast page then never
    seemed to end (the bench waited out its timeout).  The server says it for every run:
    a ``new_session`` message when a run starts and ``script_finished`` when it ends.
    """

    def __init__(self, page: Any) -> None:
        self.started = 0
        self.finished = 0
        page.on("websocket", lambda socket: socket.on("framereceived", self._frame))

    def _frame(self, payload: bytes | str) -> None:
        if isinstance(payload, str):
            return
        try:
            message = ForwardMsg.FromString(payload)
        except DecodeError:
            return
        kind = message.WhichOneof("type")
        if kind == "new_session":
            self.started += 1
        elif kind == "script_finished" and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            self.finished += 1  # a run stopped for a rerun is followed by that rerun's own end


RUNS: dict[int, Runs] = {}  # id(page) -> its runs


def new_tab(context: Any) -> Any:
    """A page of ``context`` whose script runs are counted (before it opens anything)."""
    page = context.new_page()
    RUNS[id(page)] = Runs(page)
    return page


class Browser:
    """Debian's headless Chromium with the instrumentation in every context."""

    def __init__(self, playwright: Any) -> None:
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    def context(self) -> Any:
        context = self.browser.new_context(viewport=VIEWPORT, locale="nl-NL")
        context.add_init_script(INSTRUMENT_JS)
        return context

    def close(self) -> None:
        self.browser.close()


STATE_JS = """() => ({state: (document.querySelector('[data-testid="stApp"]') || {getAttribute: () => null})
    .getAttribute('data-test-script-state'),
  stale: document.querySelectorAll('[data-stale="true"]').length,
  skeletons: document.querySelectorAll('[data-testid="stSkeleton"]').length,
  charts: [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map(c => {
    const gd = c.querySelector('.js-plotly-plot');
    return {visible: c.getClientRects().length > 0, plot: !!gd, drawn: !!gd && window.__bench.drawn.has(gd),
            pending: !!gd && window.__bench.pending.has(gd)}; }),
  url: location.href})"""


def _evaluate(page: Any, script: str) -> Any:
    """``page.evaluate``, or None while the page is between documents."""
    try:
        return page.evaluate(script)
    except Exception:  # "Execution context was destroyed" during a navigation
        return None


def wait_done(page: Any, since: int) -> None:
    """Until more than ``since`` runs of the tab have finished and the page is fully drawn."""
    runs = RUNS[id(page)]
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        if runs.finished > since and _evaluate(page, DONE_JS):
            return
        page.wait_for_timeout(25)  # lets Playwright deliver the websocket's frames meanwhile
    state = _evaluate(page, STATE_JS)
    print(
        f"  waited for run > {since} (runs started {runs.started}, finished {runs.finished}); {state}",
        file=sys.stderr,
    )
    raise TimeoutError(f"page not done within {TIMEOUT_MS} ms")


def finished_runs(page: Any) -> int:
    return RUNS[id(page)].finished


def visit_new(browser: Browser, url: str) -> float:
    """ms from ``goto`` in a new context until the page is done (NaN if it never was)."""
    context = browser.context()
    try:
        page = new_tab(context)
        start = time.perf_counter()
        page.goto(url, wait_until="commit")
        try:
            wait_done(page, 0)
        except Exception as error:
            print(f"  not done: {url}: {type(error).__name__}", file=sys.stderr)
            return float("nan")
        elapsed = (time.perf_counter() - start) * 1000
        if page.locator(EXCEPTION_SELECTOR).count():
            print(f"  exception shown on {url}", file=sys.stderr)
        return elapsed
    finally:
        context.close()


def sidebar_link(page: Any, name: str) -> Any:
    path = PAGES[name]
    return page.locator(
        f'[data-testid="stSidebar"] a[href="{path or "./"}"], [data-testid="stSidebar"] a[href="{path}"]'
    ).first


def click_and_wait(page: Any, locator: Any) -> float:
    """ms from a click until the run it starts is done.

    If no run starts and the URL stays the same within 5 s (Streamlit ignores a page link to
    the page already open with other query parameters now and then), it clicks again and
    times from that click.
    """
    runs, href = RUNS[id(page)], page.url
    since, started = runs.finished, runs.started
    start = time.perf_counter()
    locator.click()
    deadline = time.monotonic() + 5
    began = False
    while not began and time.monotonic() < deadline:
        page.wait_for_timeout(25)
        began = runs.started > started or runs.finished > since or page.url != href
    if not began:
        print(f"  no run started by a click on {locator}; clicking again, timed from then", file=sys.stderr)
        start = time.perf_counter()
        locator.click()
    wait_done(page, since)
    return (time.perf_counter() - start) * 1000


def current_page(page: Any) -> str:
    """The name of the page the tab shows, from its URL path."""
    path = urlsplit(page.url).path.strip("/").rsplit("/", 1)[-1]
    return next((name for name, url_path in PAGES.items() if url_path == path), "overzicht")


def visit_in_app(page: Any, name: str) -> float:
    """From another page of an open tab: ms from the sidebar click until ``name`` is done."""
    origin = ORIGIN_FOR_ORIGIN if name == ORIGIN else ORIGIN
    try:
        if current_page(page) != origin:
            click_and_wait(page, sidebar_link(page, origin))
        if name == "gemeenteprofiel":
            click_and_wait(page, sidebar_link(page, name))  # the picker, untimed
            return click_and_wait(page, page.locator(f'[data-testid="stMain"] {PROFILE_LINK}').first)
        return click_and_wait(page, sidebar_link(page, name))
    except Exception as error:
        print(f"  not done in app: {name}: {type(error).__name__}: {str(error)[:200]}", file=sys.stderr)
        since = finished_runs(page)
        page.goto(page.url.split("?")[0].rsplit("/", 1)[0] + "/" + PAGES[origin])
        wait_done(page, since)
        return float("nan")


def measure(app_url: str, floor_url: str, pages: list[str], runs: int) -> tuple[list[dict[str, Any]], float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = Browser(playwright)
        for name in pages:  # warm-up: server caches and the first run of each page
            visit_new(browser, page_url(app_url, name))
        visit_new(browser, floor_url)
        new: dict[str, list[float]] = {name: [] for name in pages}
        floor: list[float] = []
        for _ in range(runs):
            for name in pages:
                floor.append(visit_new(browser, floor_url))
                new[name].append(visit_new(browser, page_url(app_url, name)))
        in_app: dict[str, list[float]] = {name: [] for name in pages}
        context = browser.context()
        tab = new_tab(context)
        tab.goto(page_url(app_url, ORIGIN), wait_until="commit")
        wait_done(tab, 0)
        for name in pages:
            visit_in_app(tab, name)  # warm-up of this path
            in_app[name] = [visit_in_app(tab, name) for _ in range(runs)]
        context.close()
        browser.close()
    rows = []
    for name in pages:
        done = [ms for ms in new[name] if not math.isnan(ms)]
        done_in_app = [ms for ms in in_app[name] if not math.isnan(ms)]
        failures = (len(new[name]) - len(done)) + (len(in_app[name]) - len(done_in_app))
        rows.append(
            {
                "page": name,
                "new_ms": median(done),
                "in_app_ms": median(done_in_app),
                "new_all": new[name],
                "in_app_all": in_app[name],
                "failures": failures,
            }
        )
    return rows, median([ms for ms in floor if not math.isnan(ms)])


def _profile_by_script(profile: dict[str, Any]) -> dict[str, float]:
    """Main-thread CPU ms of a CDP profile, by script file (or V8's own categories)."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    by_script: dict[str, float] = {}
    for node_id, delta in zip(profile["samples"], profile["timeDeltas"], strict=False):
        frame = nodes[node_id]["callFrame"]
        url = frame.get("url") or frame.get("functionName") or "?"
        name = url.rsplit("/", 1)[-1].split("?")[0]
        if name.startswith("PlotlyChart."):
            name = "plotly.js (PlotlyChart chunk)"
        elif name.startswith("index.") and name.endswith(".js"):
            name = "streamlit index.js"
        elif name.endswith(".js"):
            name = "other streamlit chunks"
        by_script[name] = by_script.get(name, 0.0) + delta / 1000
    return by_script


def anatomy(app_url: str, floor_url: str, pages: list[str]) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    result: dict[str, Any] = {}
    with sync_playwright() as playwright:
        browser = Browser(playwright)
        for name in ["floor", *pages]:
            url = floor_url if name == "floor" else page_url(app_url, name)
            visit_new(browser, url)  # warm the server
            context = browser.context()
            page = new_tab(context)
            cdp = context.new_cdp_session(page)
            cdp.send("Profiler.enable")
            cdp.send("Profiler.setSamplingInterval", {"interval": 250})
            cdp.send("Profiler.start")
            start = time.perf_counter()
            page.goto(url, wait_until="commit")
            wait_done(page, 0)
            elapsed = (time.perf_counter() - start) * 1000
            profile = cdp.send("Profiler.stop")["profile"]
            found = page.evaluate(ANATOMY_JS)
            found["done_ms"] = elapsed
            found["cpu_ms"] = {
                k: round(v) for k, v in sorted(_profile_by_script(profile).items(), key=lambda kv: -kv[1])
            }
            result[name] = found
            context.close()
        browser.close()
    return result


def print_anatomy(result: dict[str, Any]) -> None:
    print(
        "| page | done ms | charts (hidden) | traces | points | geo vertices | JSON KB "
        "| plotly draw ms, sum (largest) | CPU ms: plotly.js / streamlit / GC / all |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, found in result.items():
        charts = found["charts"]
        draws = [d["ms"] for d in found["draws"]]
        cpu = found["cpu_ms"]
        total = sum(v for k, v in cpu.items() if k != "(idle)")
        streamlit_ms = cpu.get("streamlit index.js", 0) + cpu.get("other streamlit chunks", 0)
        print(
            f"| {PAGE_TITLES.get(name, name)} | {found['done_ms']:.0f} | {len(charts)} ({found['hidden']}) "
            f"| {sum(c['traces'] for c in charts)} | {sum(c['points'] for c in charts)} "
            f"| {sum(c['geo_vertices'] for c in charts)} | {sum(c['json_kb'] for c in charts)} "
            f"| {sum(draws):.0f} ({max(draws, default=0):.0f}) "
            f"| {cpu.get('plotly.js (PlotlyChart chunk)', 0)} / {streamlit_ms} "
            f"/ {cpu.get('(garbage collector)', 0)} / {total} |"
        )
    print()
    for name, found in result.items():
        print(f"{PAGE_TITLES.get(name, name)}: DOM nodes {found['dom_nodes']}")
        for chart in found["charts"]:
            print(f"   {chart}")
        for draw in found["draws"]:
            print(
                f"   draw {draw['ms']:.0f} ms at {draw['start']:.0f} ({draw['how']}, "
                f"{draw['traces']} traces) {draw['key'][:60]}"
            )


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    print(f"load average at the start: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    with servers(args.project) as (app_url, floor_url):
        if args.anatomy:
            result = anatomy(app_url, floor_url, args.pages)
            print_anatomy(result)
            if args.json:
                args.json.write_text(json.dumps(result, indent=1))
            return
        rows, floor_ms = measure(app_url, floor_url, args.pages, args.runs)
    print(
        f"Whole page drawn, {args.project}: median of {args.runs} visits (ms); "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(format_table(rows, floor_ms))
    if args.json:
        args.json.write_text(json.dumps({"floor_ms": floor_ms, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
