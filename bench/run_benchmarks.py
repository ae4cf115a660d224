"""Benchmarks for every page: prints one table of figures measured in one run on this machine.

    python bench/run_benchmarks.py            # everything, about 5-8 minutes on 2 cores
    python bench/run_benchmarks.py --quick    # fewer repetitions, for a first look

Server time is measured in-process with Streamlit's ``AppTest`` (the script run plus
AppTest's own bookkeeping, a few ms), in a separate Python process per database so
that caches and connections of one scale never serve the other.  Browser figures come
from ``streamlit run`` on 127.0.0.1:8690 and headless Chromium.  Results also go to
``bench/out/results.json``.  Targets: see ``TARGETS`` and bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    EXCEPTION_SELECTOR,
    IDLE_SELECTOR,
    MAP_DRAWN_JS,
    MAP_PAGES,
    OUT,
    PAGE_QUERY,
    PAGES,
    ROOT,
    demo_database,
    live_server,
    median,
    page_url,
    rss_mb,
    server_copy,
)

TARGETS = {"warm_ms": 150, "scale_ratio": 2.0, "map_visible_ms": 3000, "map_kb": 300, "rss_mb": 600}
SCALES = (1, 100)
MAP_TRACE = re.compile(r'"type":\s*"(choropleth|scattergeo)"')


# --- Server time (runs in a worker process per database) ---------------------------------


def _quiet_streamlit() -> None:
    for name in ("streamlit", "streamlit.runtime"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _new_session(page: str) -> tuple[Any, float]:
    """A fresh AppTest session whose first run shows ``page``; returns it and that run's time."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    for key, value in PAGE_QUERY.get(page, {}).items():
        app.query_params[key] = value
    if page == "overzicht":  # the default page: the session's first run shows it
        start = time.perf_counter()
        app.run()
        return app, time.perf_counter() - start
    app.run()
    app.switch_page(f"app_pages/{page}.py")
    start = time.perf_counter()
    app.run()
    return app, time.perf_counter() - start


def _chart_sizes(app: Any) -> list[dict[str, Any]]:
    """Each plotly figure's JSON size as sent to the browser, and whether it is a map; the
    same for the maps drawn on the server (a clickable picture's payload)."""
    charts = [
        {
            "id": element.proto.id.rsplit("-", 1)[-1],
            "kb": len(element.proto.json.encode("utf-8")) / 1024,
            "map": "cdt-item" in element.proto.json and "<path" in element.proto.json,
        }
        for element in app.get("bidi_component")
    ]
    for element in app.get("plotly_chart"):
        spec = element.proto.spec
        charts.append(
            {
                "id": element.proto.id.rsplit("-", 1)[-1],
                "kb": len(spec.encode("utf-8")) / 1024,
                "map": MAP_TRACE.search(spec) is not None,
            }
        )
    return charts


def _warm_reruns(app: Any, reruns: int) -> tuple[list[float], list[float], int]:
    """Switch the sidebar year back and forth; time the reruns once both years are cached.

    Wall time and this process's CPU time: on a shared machine the CPU time shows the
    work itself when other processes slow the clock down.
    """
    year_box = app.sidebar.selectbox[0]
    first = year_box.value
    other = first - 1 if first - 1 in [int(o) for o in year_box.options] else first + 1
    times, cpu, errors = [], [], 0
    for index in range(reruns + 2):
        app.sidebar.selectbox[0].select(other if index % 2 == 0 else first)
        start, start_cpu = time.perf_counter(), time.process_time()
        app.run()
        elapsed, used = time.perf_counter() - start, time.process_time() - start_cpu
        errors += len(app.exception)
        if index >= 2:
            times.append(elapsed)
            cpu.append(used)
    return times, cpu, errors


def _time_page(page: str, sessions: int, reruns: int) -> dict[str, Any]:
    firsts, errors = [], 0
    for _ in range(sessions):
        app, elapsed = _new_session(page)
        firsts.append(elapsed)
        errors += len(app.exception)
    charts = _chart_sizes(app)
    warm, warm_cpu, rerun_errors = _warm_reruns(app, reruns)
    return {
        "cold_ms": firsts[0] * 1000,
        "first_ms": median(firsts[1:] or firsts) * 1000,
        "warm_ms": median(warm) * 1000,
        "warm_cpu_ms": median(warm_cpu) * 1000,
        "errors": errors + rerun_errors,
        "error_text": [str(e.message)[:200] for e in app.exception],
        "charts": charts,
    }


def server_worker(db: Path, sessions: int, reruns: int) -> dict[str, Any]:
    """Run in a child process: every page against ``db``; prints JSON."""
    os.environ["CULTUUR_DB"] = str(db)
    os.environ["CULTUUR_IMPORT_DB"] = str(OUT / "absent-import.duckdb")
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    _quiet_streamlit()
    return {page: _time_page(page, sessions, reruns) for page in PAGES}


def server_times(scale: int, sessions: int, reruns: int) -> dict[str, Any]:
    db = demo_database(scale)
    command = [sys.executable, __file__, "--worker", str(db), "--sessions", str(sessions)]
    command += ["--reruns", str(reruns)]
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- Browser ------------------------------------------------------------------------------


# Pages that show no figures of the demo store, so no demo banner (page_setup.page_header).
WITHOUT_BANNER = ("data_beheer", "over_de_data")


def _new_context(browser: Any) -> Any:
    return browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")


def _visit(context: Any, url: str, page_name: str) -> dict[str, float]:
    """A new session on ``page_name``: time to the main map drawn, websocket bytes received.

    A new tab in ``context``: a fresh context has an empty HTTP cache (a first visit),
    a reused one has Streamlit's and plotly's scripts cached (a returning visitor).
    """
    page = context.new_page()
    received = [0]

    def on_socket(socket: Any) -> None:
        socket.on("framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload)))

    page.on("websocket", on_socket)
    start = time.perf_counter()
    page.goto(page_url(url, page_name), wait_until="commit")
    chart_ms = float("nan")
    if page_name in MAP_PAGES:
        page.wait_for_function(MAP_DRAWN_JS, timeout=60_000, polling=50)
        chart_ms = (time.perf_counter() - start) * 1000
    if page_name not in WITHOUT_BANNER:
        page.wait_for_function(
            "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
            " return m && m.innerText.includes('Demodata'); }",
            timeout=60_000,
        )
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=60_000)
    page.wait_for_selector(IDLE_SELECTOR, timeout=60_000)
    done_ms = (time.perf_counter() - start) * 1000
    page.wait_for_timeout(300)  # trailing frames
    errors = page.locator(EXCEPTION_SELECTOR).count()
    page.close()
    return {"chart_ms": chart_ms, "done_ms": done_ms, "bytes": received[0], "errors": errors}


def _visit_fresh(browser: Any, url: str, page_name: str) -> dict[str, float]:
    context = _new_context(browser)
    try:
        return _visit(context, url, page_name)
    finally:
        context.close()


def _visit_in_app(context: Any, url: str, page_name: str) -> float:
    """From a page without maps, a click on the sidebar link: ms until the map is drawn.

    This is how a page is opened during a meeting: the app is already loaded.
    """
    page = context.new_page()
    page.goto(page_url(url, "over_de_data"))
    page.wait_for_selector(IDLE_SELECTOR, timeout=60_000)
    start = time.perf_counter()
    page.locator(f'[data-testid="stSidebar"] a[href="{PAGES[page_name]}"]').first.click()
    page.wait_for_function(MAP_DRAWN_JS, timeout=60_000, polling=20)
    elapsed = (time.perf_counter() - start) * 1000
    page.close()
    return elapsed


def _session_visiting_every_page(browser: Any, url: str) -> Any:
    """One browser session (kept open) that visits every page through the sidebar links."""
    context = _new_context(browser)
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(IDLE_SELECTOR, timeout=60_000)
    for name, path in PAGES.items():
        if name == "overzicht":
            continue
        page.locator(f'[data-testid="stSidebar"] a[href="{path}"]').first.click()
        page.wait_for_url(f"**/{path}*", timeout=30_000)
        page.wait_for_timeout(200)
        page.wait_for_selector(IDLE_SELECTOR, timeout=60_000)
    return context


def browser_figures(runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with live_server(server_copy(1)) as (url, process), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        cold = {name: _visit_fresh(browser, url, name) for name in PAGES}  # also warms the server
        visits = {name: [_visit_fresh(browser, url, name) for _ in range(runs)] for name in PAGES}
        returning = _new_context(browser)
        _visit(returning, url, "overzicht")
        cached = {name: [_visit(returning, url, name) for _ in range(runs)] for name in MAP_PAGES}
        in_app = {name: [_visit_in_app(returning, url, name) for _ in range(runs)] for name in MAP_PAGES}
        returning.close()
        rss_start = rss_mb(process.pid)
        contexts = [_session_visiting_every_page(browser, url) for _ in range(5)]
        rss_after = rss_mb(process.pid)
        for context in contexts:
            context.close()
        browser.close()
    pages = {}
    for name, rows in visits.items():
        pages[name] = {
            "server_first_chart_ms": cold[name]["chart_ms"],
            "chart_ms": median([r["chart_ms"] for r in rows]),
            "cached_chart_ms": median([r["chart_ms"] for r in cached.get(name, [])]),
            "in_app_chart_ms": median(in_app.get(name, [])),
            "done_ms": median([r["done_ms"] for r in rows]),
            "kb": median([r["bytes"] for r in rows]) / 1024,
            "errors": cold[name]["errors"] + sum(r["errors"] for r in rows),
        }
    return {"pages": pages, "rss_before_mb": rss_start, "rss_after_5_sessions_mb": rss_after}


# --- Report -------------------------------------------------------------------------------


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _fmt(value: float, digits: int = 0) -> str:
    return "–" if math.isnan(value) else f"{value:,.{digits}f}"


def _row(name: str, small: dict[str, Any], large: dict[str, Any], seen: dict[str, Any]) -> tuple[str, bool]:
    ratio = large["warm_ms"] / small["warm_ms"]
    maps = [c["kb"] for c in small["charts"] + large["charts"] if c["map"]]
    map_kb = max(maps) if maps else float("nan")
    errors = small["errors"] + large["errors"] + seen["errors"]
    ok = small["warm_ms"] < TARGETS["warm_ms"] and ratio <= TARGETS["scale_ratio"] and errors == 0
    ok = ok and not (seen["chart_ms"] >= TARGETS["map_visible_ms"] or map_kb >= TARGETS["map_kb"])
    cells = [
        f"{name:<16}",
        *(f"{_fmt(small[k]):>7}" for k in ("cold_ms", "first_ms", "warm_ms", "warm_cpu_ms")),
        f"{_fmt(large['first_ms']):>9}{_fmt(large['warm_ms']):>8}{_fmt(ratio, 2):>7}",
        f"{_fmt(seen['chart_ms']):>8}{_fmt(seen['cached_chart_ms']):>8}{_fmt(seen['in_app_chart_ms']):>8}",
        f"{_fmt(seen['kb']):>7}{_fmt(map_kb):>7}{errors:>5}  {_mark(ok)}",
    ]
    return "".join(cells), ok


def print_report(results: dict[str, Any]) -> None:
    small, large = results["server"]["1"], results["server"]["100"]
    browser = results["browser"]["pages"]
    print("Server: ms per script run, AppTest in-process, median (warm CPU = this process's CPU time).")
    print("x100: the same at 100x the demo data; ratio = x100 warm / demo warm.")
    print("Map visible: ms from navigation to the first map drawn in Chromium, in a new browser profile")
    print("(map new), with the browser cache warm (cached), and from a click on the sidebar link in")
    print("the loaded app (in app); ws KB: websocket bytes received per page visit (median).")
    print("Map KB: the largest map figure's JSON at either scale.")
    header = (
        f"{'page':<16}{'cold':>7}{'first':>7}{'warm':>7}{'cpu':>7}{'x100 1st':>9}{'x100 wm':>8}{'ratio':>7}"
        f"{'map new':>8}{'cached':>8}{'in app':>8}{'ws KB':>7}{'map KB':>7}{'err':>5}  target"
    )
    print(header)
    print("-" * len(header))
    for name in PAGES:
        line, _ = _row(name, small[name], large[name], browser[name])
        print(line)
    memory = results["browser"]["rss_after_5_sessions_mb"]
    print(f"\nServer RSS after every page in 5 sessions: {memory:.0f} MB ", end="")
    print(f"(before them: {results['browser']['rss_before_mb']:.0f} MB)  {_mark(memory < TARGETS['rss_mb'])}")
    for scale, rows in (("demo", small), ("x100", large)):
        maps = ", ".join(f"{n}/{c['id']} {c['kb']:.0f}" for n in PAGES for c in rows[n]["charts"] if c["map"])
        print(f"Map figures at {scale} (KB): {maps}")
    print(f"Targets: {TARGETS}; load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sessions", type=int, default=5, help=argparse.SUPPRESS)
    parser.add_argument("--reruns", type=int, default=7, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(server_worker(args.worker, args.sessions, args.reruns)))
        return
    sessions, reruns, runs = (3, 3, 2) if args.quick else (5, 7, 5)
    started = time.perf_counter()
    results: dict[str, Any] = {"server": {}}
    for scale in SCALES:
        results["server"][str(scale)] = server_times(scale, sessions, reruns)
    results["browser"] = browser_figures(runs)
    results["seconds"] = time.perf_counter() - started
    (OUT / "results.json").write_text(json.dumps(results, indent=1))
    print_report(results)
    print(f"Done in {results['seconds']:.0f} s; details in bench/out/results.json")


if __name__ == "__main__":
    main()
