"""Shared pieces of the benchmark and load-test scripts: demo databases, a live server, waits.

Everything runs on localhost only: the server listens on 127.0.0.1 and the browser is
Debian's headless Chromium.  Not part of the pytest suite (see bench/RESULTS.md).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PORT = 8690
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]

# Page file stem -> URL path, in the order of the sidebar.
PAGES = {
    "overzicht": "",
    "kaart": "kaart",
    "gemeenteprofiel": "gemeenteprofiel",
    "themas": "themas",
    "grenzeloos": "grenzeloos",
    "initiatieven": "initiatieven",
    "verkennen": "verkennen",
    "presenteren": "presenteren",
    "data_beheer": "data_beheer",
    "over_de_data": "over_de_data",
}
MAP_PAGES = ("overzicht", "kaart", "grenzeloos")
# A profile page with a municipality, as the map and the links open it.
PAGE_QUERY = {"gemeenteprofiel": {"gemeente": "GM0153"}}

# True once the first map on the page has drawn an area (an SVG path with a size): a map
# drawn on the server (a clickable picture, round 9) or a plotly one.  It also knows the
# MapLibre maps of commits before round 3, for A/B runs against them.
MAP_DRAWN_JS = """() => {
  for (const host of document.querySelectorAll('[data-testid^="stBidiComponent"]')) {
    const svg = host.shadowRoot && host.shadowRoot.querySelector('.cdt-layouts svg');
    if (svg && svg.querySelector('.cdt-item > path')) {
      return [...svg.querySelectorAll('.cdt-item > path')].some(e => e.getBBox().width > 0);
    }
  }
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    const layout = plot._fullLayout;
    if (layout && layout.geo) {
      return [...plot.querySelectorAll('path.choroplethlocation')].some(e => e.getBBox().width > 0);
    }
    if (!layout || !layout.map || !layout.map._subplot) continue;
    const map = layout.map._subplot.map;
    const style = map && map.getStyle();
    if (!style || !style.layers) return false;
    const fills = style.layers.filter(l => l.type === 'fill').map(l => l.id);
    return fills.length > 0 && map.queryRenderedFeatures({layers: fills}).length > 0;
  }
  return false;
}"""
IDLE_SELECTOR = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION_SELECTOR = '[data-testid="stException"]'


def niced_chromium(level: int = 15) -> str:
    """Chromium at low CPU priority, for the load test's many tabs.

    Their rendering (maps drawn in software, no GPU) runs on the same two cores as the
    server; in use each browser has a machine of its own.  At low priority they take
    what the server leaves, so the test measures the server rather than the renderer.
    """
    OUT.mkdir(parents=True, exist_ok=True)
    wrapper = OUT / "chromium-nice.sh"
    wrapper.write_text(f'#!/bin/sh\nexec nice -n {level} {CHROMIUM} "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


def demo_database(scale: int) -> Path:
    """The seeded demo database at ``scale``, built once into the git-ignored bench/out/."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"demo_x{scale}.duckdb"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "data.demo", "--out", str(path), "--scale", str(scale)],
            cwd=ROOT,
            check=True,
        )
    return path


def server_copy(scale: int = 1) -> Path:
    """A private copy for the live server: DuckDB locks a file per process."""
    target = OUT / f"server_x{scale}.duckdb"
    shutil.copyfile(demo_database(scale), target)
    return target


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc (no extra package)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _boundary_dir() -> str:
    """This checkout's boundary folder, as ``data.geo`` finds it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from data.geo import find_geo_file  # here: bench scripts run with bench/ on the path

    return str(find_geo_file("twente_gemeenten_2015.geojson").parent)


@contextmanager
def live_server(db_path: Path, port: int = PORT, root: Path = ROOT) -> Iterator[tuple[str, subprocess.Popen]]:
    """``streamlit run app.py`` in ``root`` on 127.0.0.1:``port`` with its own database.

    Stopped on exit.  The boundaries are this checkout's, so another ``root`` (an older
    commit checked out elsewhere) draws the same maps.
    """
    env = {
        **os.environ,
        "CULTUUR_DB": str(db_path),
        "CULTUUR_IMPORT_DB": str(db_path.with_name(db_path.stem + "-import.duckdb")),
        "CULTUUR_GEO_DIR": _boundary_dir(),
    }
    log = (OUT / f"streamlit_{port}.log").open("w")
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
    command += ["--server.address", "127.0.0.1", "--server.headless", "true"]
    command += ["--browser.gatherUsageStats", "false"]
    process = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def wait_healthy(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("streamlit stopped; see bench/out/streamlit_*.log")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy within 60 s")


def page_url(base: str, name: str) -> str:
    """The address of page ``name`` on the server at ``base``."""
    query = "&".join(f"{k}={v}" for k, v in PAGE_QUERY.get(name, {}).items())
    return f"{base}/{PAGES[name]}" + (f"?{query}" if query else "")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class Tally:
    """A load test's step times in ms per step kind ("page", "filter"), and what went wrong."""

    times: dict[str, list[float]] = field(default_factory=lambda: {"page": [], "filter": []})
    errors: list[str] = field(default_factory=list)
    labelled: list[tuple[float, str]] = field(default_factory=list)  # (ms, step), to name the slowest

    def record(self, kind: str, label: str, elapsed_ms: float) -> None:
        self.times[kind].append(elapsed_ms)
        self.labelled.append((elapsed_ms, label))

    def all_times(self) -> list[float]:
        return self.times["page"] + self.times["filter"]

    def summary(self) -> str:
        steps, pages, filters = self.all_times(), self.times["page"], self.times["filter"]
        p50, p95 = percentile(steps, 0.5), percentile(steps, 0.95)
        return (
            f"steps {len(steps):4d}  p50 {p50:5.0f} ms  p95 {p95:5.0f} ms"
            f"  (pages p50 {percentile(pages, 0.5):.0f}/p95 {percentile(pages, 0.95):.0f},"
            f" filters p50 {percentile(filters, 0.5):.0f}/p95 {percentile(filters, 0.95):.0f})"
            f"  errors {len(self.errors)}"
        )


def print_load_verdict(
    single: Tally, load: Tally, *, other_errors: list[str], elapsed: float, cpu: float, rss: float
) -> None:
    """The load test's verdict against single-user p95, the server's cost, slowest steps, errors."""
    ratio = percentile(load.all_times(), 0.95) / percentile(single.all_times(), 0.95)
    errors = [*other_errors, *single.errors, *load.errors]
    print(f"p95 under load / single p95: {ratio:.2f} (target < 3)   errors: {len(errors)} (target 0)")
    steps = max(len(load.all_times()), 1)
    print(
        f"server: RSS {rss:.0f} MB at the end; CPU {cpu:.0f} s in {elapsed:.0f} s"
        f" ({1000 * cpu / steps:.0f} ms per step); load average {os.getloadavg()[0]:.1f}"
    )
    slowest = ", ".join(f"{label} {ms:.0f}" for ms, label in sorted(load.labelled, reverse=True)[:6])
    print(f"slowest steps under load (ms): {slowest}")
    for error in errors[:20]:
        print(f"  error: {error}")
