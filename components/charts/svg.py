"""Small figures drawn on the server as SVG: no plotly.js to load, set up or draw.

A plotly chart costs the browser a set-up, two draws and a measure of its column; on
Gemeenteprofiel that was most of the page's wait (issue 18).  The locator map and the
fourteen trend sparklines are static pictures, so they are drawn here as SVG and shown
as an ``<img>`` (``svg_image``): the browser draws it natively, no script can run in it,
and its ``alt`` text carries what it shows.  Pure functions: keyword-only inputs in,
markup out; every text from data is XML-escaped.
"""

from __future__ import annotations

import base64
import math
from html import escape
from typing import Any

import pandas as pd

from components.charts.indicators import series_style
from components.charts.maps import geojson_bounds
from components.charts.palette import FOCUS_COLOUR, GUIDE_LINE, LOCATOR_BACKGROUND, MUTED_INK
from data.formatting import format_value

# Line styles of series_style as SVG dash patterns.
DASHES = {"solid": "", "dash": "6 4", "dot": "1.5 3"}
SPARK_WIDTH, SPARK_HEIGHT = 240, 92
SPARK_PAD = {"left": 44, "right": 6, "top": 6, "bottom": 18}


def _svg(body: list[str], *, width: float, height: float, label: str) -> str:
    """An SVG of ``width`` x ``height`` units that scales to where it is shown, named by ``label``."""
    name = escape(label)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'font-family="sans-serif" role="img" aria-label="{name}">'
        f"<title>{name}</title>{''.join(body)}</svg>"
    )


def svg_image(svg: str, *, alt: str, max_height: int) -> str:
    """``svg`` as an ``<img>`` (a data URL) with ``alt`` as its text alternative and tooltip."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    text = escape(alt)
    return (
        f'<img src="data:image/svg+xml;base64,{data}" alt="{text}" title="{text}" '
        f'style="width:100%;max-height:{max_height}px;object-fit:contain;display:block">'
    )


def series_description(*, series: pd.DataFrame, name: str, code: str, unit: str, lang: str) -> str:
    """'Enschede: 2016 52,1%, 2017 53,0%, ...': one area's values in words, for the alt text."""
    own = series[(series["gemeente_code"] == code) & series["waarde"].notna()].sort_values("jaar")
    values = ", ".join(
        f"{int(year)} {format_value(float(value), unit, lang)}"
        for year, value in zip(own["jaar"], own["waarde"], strict=True)
    )
    return f"{name}: {values}." if values else ""


def _mercator(lon: float, lat: float) -> tuple[float, float]:
    return math.radians(lon), math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def locator_svg(*, geojson: dict[str, Any], focus: str, label: str) -> str:
    """Twente's municipalities in grey with ``focus`` in the app's blue (Mercator, like the maps)."""
    bounds = geojson_bounds(geojson)
    if bounds is None:
        return _svg([], width=1, height=1, label=label)
    west, south, east, north = bounds
    left, top = _mercator(west, north)
    right, bottom = _mercator(east, south)
    width = 300.0
    scale = width / (right - left)
    drawn_height = (top - bottom) * scale

    def point(lon: float, lat: float) -> str:
        x, y = _mercator(lon, lat)
        return f"{(x - left) * scale:.1f},{(top - y) * scale:.1f}"

    body = []
    for feature in sorted(geojson["features"], key=lambda f: f["properties"]["code"] == focus):
        path = "".join(
            "M" + "L".join(point(lon, lat) for lon, lat, *_ in ring) + "Z"
            for ring in _rings(feature["geometry"])
        )
        fill = FOCUS_COLOUR if feature["properties"]["code"] == focus else LOCATOR_BACKGROUND
        body.append(f'<path d="{path}" fill="{fill}" stroke="white" stroke-width="1"/>')
    return _svg(body, width=width, height=drawn_height, label=label)


def trend_sparkline_svg(
    *,
    series: pd.DataFrame,
    names: dict[str, str],
    focus: str,
    unit: str,
    lang: str,
    label: str,
    series_breaks: dict[int, str] | None = None,
    break_label: str = "",
) -> str:
    """One indicator over the years: the municipality, Twente and the Netherlands as lines.

    ``series`` has gemeente_code, jaar, waarde; missing years stay gaps.  The lowest and
    highest value and the first and last year label the axes; a series break is a dotted
    line.  The values in words come from ``series_description`` (the image's alt text).
    """
    rows = series.dropna(subset=["waarde"])
    if rows.empty:
        return _svg([], width=SPARK_WIDTH, height=SPARK_HEIGHT, label=label)
    pad = SPARK_PAD
    first, last = int(rows["jaar"].min()), int(rows["jaar"].max())
    low, high = float(rows["waarde"].min()), float(rows["waarde"].max())
    spread = (high - low) or abs(high) or 1.0
    low, high = low - spread * 0.08, high + spread * 0.08
    inner_w = SPARK_WIDTH - pad["left"] - pad["right"]
    inner_h = SPARK_HEIGHT - pad["top"] - pad["bottom"]

    def x(year: float) -> float:
        return pad["left"] + (inner_w * (year - first) / (last - first) if last > first else inner_w / 2)

    def y(value: float) -> float:
        return pad["top"] + inner_h * (high - value) / (high - low)

    body = [
        f'<line x1="{pad["left"]}" x2="{SPARK_WIDTH - pad["right"]}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
        f'stroke="{GUIDE_LINE}" stroke-width="0.5"/>'
        f'<text x="{pad["left"] - 4}" y="{y(value) + 4:.1f}" text-anchor="end" font-size="11" '
        f'fill="{MUTED_INK}">{escape(format_value(value, unit, lang))}</text>'
        for value in (float(rows["waarde"].min()), float(rows["waarde"].max()))
    ]
    for year in sorted({first, last}):
        anchor = "start" if year == first and last > first else "end" if last > first else "middle"
        body.append(
            f'<text x="{x(year):.1f}" y="{SPARK_HEIGHT - 4}" text-anchor="{anchor}" font-size="11" '
            f'fill="{MUTED_INK}">{year}</text>'
        )
    for year in series_breaks or {}:
        if first < year <= last:
            body.append(
                f'<line x1="{x(year - 0.5):.1f}" x2="{x(year - 0.5):.1f}" y1="{pad["top"]}" '
                f'y2="{SPARK_HEIGHT - pad["bottom"]}" stroke="{GUIDE_LINE}" stroke-dasharray="2 2"/>'
                f'<text x="{x(year - 0.5) + 3:.1f}" y="{pad["top"] + 9}" font-size="10" '
                f'fill="{MUTED_INK}">{escape(break_label)}</text>'
            )
    areas = [code for code in names if code != focus] + [focus]  # the municipality on top
    for code in areas:
        own = rows[rows["gemeente_code"] == code].sort_values("jaar")
        if own.empty:
            continue
        style = series_style(code, focus, [])
        years = set(own["jaar"].astype(int))
        path, pen_down = [], False
        for year, value in zip(own["jaar"].astype(int), own["waarde"].astype(float), strict=True):
            path.append(f"{'L' if pen_down else 'M'}{x(year):.1f},{y(value):.1f}")
            pen_down = year + 1 in years  # a missing year lifts the pen: a gap, not a bridge
        dash = DASHES.get(style["dash"], "")
        body.append(
            f'<path d="{"".join(path)}" fill="none" stroke="{style["color"]}" '
            f'stroke-width="{style["width"] * 0.8:.1f}"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
        radius = 2.6 if code == focus else 1.8
        body += [
            f'<circle cx="{x(year):.1f}" cy="{y(value):.1f}" r="{radius}" fill="{style["color"]}"/>'
            for year, value in zip(own["jaar"].astype(int), own["waarde"].astype(float), strict=True)
        ]
    return _svg(body, width=SPARK_WIDTH, height=SPARK_HEIGHT, label=label)
