"""Charts as PNG images, drawn offline by kaleido in Debian's Chromium.

One place for every PNG the app makes (Verkennen's chart download, the slides and the
deck).  MathJax is switched off: kaleido's default page would fetch it from a CDN, and
exports must work on a laptop with no network.  For the same reason the page carries the
maps' empty base map inline (``components/charts/maps.py``), where plotly.js looks before fetching.
All figures of one call share one browser session, since starting Chromium costs seconds.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import kaleido
import plotly.graph_objects as go
from kaleido import PageGenerator

from components.charts.maps import base_map_topology

CHROMIUM = "/usr/bin/chromium"


def renderer_available() -> bool:
    """True when a Chromium for kaleido is installed (Debian's, or one in BROWSER_PATH)."""
    return Path(os.environ.get("BROWSER_PATH") or CHROMIUM).exists()


def _base_map_script(folder: Path) -> str:
    """A script that hands plotly.js the empty base map, so geo maps never fetch one."""
    script = folder / "base_map.js"
    topology = json.dumps(base_map_topology())
    script.write_text(f"window.PlotlyGeoAssets = {{topojson: {{world_110m: {topology}}}}};", encoding="utf-8")
    return str(script)


async def _render(
    figures: Sequence[go.Figure | None], sizes: Sequence[tuple[int, int]], scale: float
) -> list[bytes | None]:
    if Path(CHROMIUM).exists():
        os.environ.setdefault("BROWSER_PATH", CHROMIUM)
    images: list[bytes | None] = []
    with tempfile.TemporaryDirectory() as folder:
        page = PageGenerator(mathjax=False, others=[_base_map_script(Path(folder))])
        async with kaleido.Kaleido(n=1, page_generator=page) as renderer:
            for figure, (width, height) in zip(figures, sizes, strict=True):
                if figure is None:
                    images.append(None)
                    continue
                opts = {"format": "png", "width": width, "height": height, "scale": scale}
                images.append(await renderer.calc_fig(figure, opts=opts))
    return images


def render_pngs(
    figures: Sequence[go.Figure | None], *, sizes: Sequence[tuple[int, int]], scale: float = 1.0
) -> list[bytes | None]:
    """PNG bytes per figure at its (width, height) in layout pixels; None stays None.

    Runs in a thread of its own, so it works inside Streamlit's script thread (which may
    have an event loop) as well as in plain scripts.
    """
    if not any(f is not None for f in figures):
        return [None] * len(figures)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _render(list(figures), list(sizes), scale)).result()


def figure_png(figure: go.Figure, *, width: int = 1200, height: int = 700, scale: float = 1.0) -> bytes:
    """One chart as a PNG, e.g. for a download button."""
    image = render_pngs([figure], sizes=[(width, height)], scale=scale)[0]
    if image is None:  # pragma: no cover - a figure always renders to bytes
        raise RuntimeError("kaleido returned no image")
    return image
