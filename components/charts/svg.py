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
from collections.abc import Callable
from html import escape
from typing import Any

import pandas as pd
from plotly.colors import get_colorscale, sample_colorscale

from components.charts.indicators import series_style
from components.charts.maps import geojson_bounds
from components.charts.palette import (
    FOCUS_COLOUR,
    GAP_FILL,
    GAP_LINE,
    GUIDE_LINE,
    LABEL_COLOUR,
    LOCATOR_BACKGROUND,
    MISSING_COLOUR,
    MUTED_INK,
)
from data.formatting import format_value
from data.reference import COUNTRY_NL, REGION_TWENTE

# Line styles of series_style as SVG dash patterns.
DASHES = {"solid": "", "dash": "6 4", "dot": "1.5 3"}
SPARK_WIDTH, SPARK_HEIGHT = 240, 92
SPARK_PAD = {"left": 44, "right": 6, "top": 6, "bottom": 18}
# A picture drawn twice: the wide one above PHONE_WIDTH px of window (where Streamlit
# stacks every row of columns), the narrow one below (page_setup.DEVICE_CSS).
PHONE_WIDTH = 640
WIDE_CLASS, NARROW_CLASS = "cdt-wide", "cdt-narrow"
MAP_WIDTH = 300.0  # units across a map; the picture scales to its column
MAP_FONT_SIZE = 11
BARS_WIDTH = 360.0
CHAR_WIDTH = 7.2  # an average character of 12-unit sans-serif text, generously
# plotly's textposition as an offset from the point (in map units) and an SVG text-anchor.
LABEL_OFFSETS = {
    "middle center": (0.0, 4.0, "middle"),
    "middle right": (5.0, 4.0, "start"),
    "middle left": (-5.0, 4.0, "end"),
    "top center": (0.0, -5.0, "middle"),
    "bottom center": (0.0, 13.0, "middle"),
}


def svg_document(
    body: list[str], *, width: float, height: float, label: str, role: str = "img", titled: bool = True
) -> str:
    """An SVG of ``width`` x ``height`` units that scales to where it is shown, named by ``label``.

    ``titled`` adds ``label`` as the SVG's ``<title>`` (a tooltip over the whole picture);
    a picture with tips of its own (``clickable_svg``) goes without.
    """
    name = escape(label)
    title = f"<title>{name}</title>" if titled else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'font-family="sans-serif" role="{role}" aria-label="{name}">'
        f"{title}{''.join(body)}</svg>"
    )


def _data_url(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def svg_image(svg: str, *, alt: str, max_height: int, narrow: str | None = None) -> str:
    """``svg`` as an ``<img>`` (a data URL) with ``alt`` as its text alternative and tooltip.

    ``narrow`` is the same picture laid out for a phone: scaled down, a wide picture's
    text would be too small to read there.  Both are sent; page_setup's CSS shows one by
    the window's width (``<picture>`` cannot: st.html drops a data URL in ``srcset``).
    """
    text = escape(alt)

    def image(picture: str, css_class: str = "") -> str:
        data = base64.b64encode(picture.encode("utf-8")).decode("ascii")
        named = f' class="{css_class}"' if css_class else ""
        return (
            f'<img{named} src="data:image/svg+xml;base64,{data}" alt="{text}" title="{text}" '
            f'style="width:100%;max-height:{max_height}px;object-fit:contain;display:block">'
        )

    if narrow is None:
        return image(svg)
    return image(svg, WIDE_CLASS) + image(narrow, NARROW_CLASS)


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


class Projection:
    """Web Mercator (as the plotly maps) fitted to ``width`` units across the collection."""

    def __init__(self, bounds: tuple[float, float, float, float], width: float) -> None:
        west, south, east, north = bounds
        self.left, self.top = _mercator(west, north)
        right, bottom = _mercator(east, south)
        self.scale = width / (right - self.left)
        self.height = (self.top - bottom) * self.scale

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = _mercator(lon, lat)
        return (x - self.left) * self.scale, (self.top - y) * self.scale

    def path(self, geometry: dict[str, Any]) -> str:
        return "".join(
            "M" + "L".join("{:.1f},{:.1f}".format(*self.xy(lon, lat)) for lon, lat, *_ in ring) + "Z"
            for ring in _rings(geometry)
        )


def locator_svg(*, geojson: dict[str, Any], focus: str, label: str) -> str:
    """Twente's municipalities in grey with ``focus`` in the app's blue (Mercator, like the maps)."""
    bounds = geojson_bounds(geojson)
    if bounds is None:
        return svg_document([], width=1, height=1, label=label)
    projection = Projection(bounds, MAP_WIDTH)
    body = []
    for feature in sorted(geojson["features"], key=lambda f: f["properties"]["code"] == focus):
        fill = FOCUS_COLOUR if feature["properties"]["code"] == focus else LOCATOR_BACKGROUND
        path = projection.path(feature["geometry"])
        body.append(f'<path d="{path}" fill="{fill}" stroke="white" stroke-width="1"/>')
    return svg_document(body, width=MAP_WIDTH, height=projection.height, label=label)


def scale_colour(scale: str, share: float) -> str:
    """The colour plotly paints at ``share`` (0 to 1) of its named colour scale."""
    return sample_colorscale(get_colorscale(scale), [min(max(share, 0.0), 1.0)])[0]


def choropleth_svg(
    *,
    geojson: dict[str, Any],
    fills: dict[str, str],
    gaps: set[str],
    labels: pd.DataFrame,
    sides: list[str],
    label: str,
) -> str:
    """The areas filled by ``fills`` (code to colour); ``gaps`` tinted and outlined in red.

    ``labels`` (naam, lon, lat) are written beside their point as plotly's ``textposition``
    in ``sides`` says, with a white halo.  Areas without a fill stay light grey.
    """
    bounds = geojson_bounds(geojson)
    if bounds is None:
        return svg_document([], width=1, height=1, label=label)
    projection = Projection(bounds, MAP_WIDTH)
    body = []
    for feature in sorted(geojson["features"], key=lambda f: f["properties"]["code"] in gaps):
        code = feature["properties"]["code"]
        gap = code in gaps
        fill = GAP_FILL if gap else fills.get(code, MISSING_COLOUR)
        stroke = f'stroke="{GAP_LINE}" stroke-width="2.2"' if gap else 'stroke="white" stroke-width="1"'
        body.append(f'<path d="{projection.path(feature["geometry"])}" fill="{fill}" {stroke}/>')
    places = labels[["naam", "lon", "lat"]].itertuples(index=False)
    for (name, lon, lat), side in zip(places, sides, strict=True):
        x, y = projection.xy(lon, lat)
        dx, dy, anchor = LABEL_OFFSETS.get(side, LABEL_OFFSETS["middle center"])
        body.append(
            f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" font-size="{MAP_FONT_SIZE}" '
            f'fill="{LABEL_COLOUR}" stroke="white" stroke-width="3" stroke-linejoin="round" '
            f'paint-order="stroke">{escape(str(name))}</text>'
        )
    return svg_document(body, width=MAP_WIDTH, height=projection.height, label=label)


def colour_legend_svg(*, scale: str, low: str, high: str, label: str) -> str:
    """A horizontal colour bar of ``scale`` from ``low`` to ``high`` (texts at either end)."""
    stops = "".join(
        f'<stop offset="{share:.1f}" stop-color="{scale_colour(scale, share)}"/>'
        for share in (n / 10 for n in range(11))
    )
    width, bar = 300, 10
    body = [
        f'<defs><linearGradient id="scale">{stops}</linearGradient></defs>',
        f'<rect x="40" y="2" width="{width - 80}" height="{bar}" fill="url(#scale)"/>',
        f'<text x="36" y="{bar + 1}" text-anchor="end" font-size="11" fill="{MUTED_INK}">'
        f"{escape(low)}</text>",
        f'<text x="{width - 36}" y="{bar + 1}" font-size="11" fill="{MUTED_INK}">{escape(high)}</text>',
    ]
    return svg_document(body, width=width, height=bar + 4, label=label)


def bars_svg(
    *,
    names: list[str],
    values: list[float],
    colours: list[str],
    value_texts: list[str],
    maximum: float,
    axis_title: str,
    label: str,
) -> str:
    """Horizontal bars in the given order, each named on the left and its value at its end.

    The name column and the room after the longest bar fit the longest texts (about
    0.6 of the font size a character).
    """
    row = 24.0
    name_width = max((len(n) for n in names), default=0) * CHAR_WIDTH + 10
    value_room = max((len(t) for t in value_texts), default=0) * CHAR_WIDTH + 8
    bar_room = max(BARS_WIDTH - name_width - value_room, BARS_WIDTH / 3)
    body = []
    for index, (name, value, colour, text) in enumerate(
        zip(names, values, colours, value_texts, strict=True)
    ):
        top = index * row
        length = bar_room * max(value, 0.0) / maximum if maximum else 0.0
        middle = top + row / 2 + 4
        body.append(
            f'<text x="{name_width - 6:.0f}" y="{middle:.1f}" text-anchor="end" font-size="12" '
            f'fill="{LABEL_COLOUR}">{escape(name)}</text>'
            f'<rect x="{name_width:.0f}" y="{top + 3:.1f}" width="{length:.1f}" height="{row - 6:.0f}" '
            f'fill="{colour}"/>'
            f'<text x="{name_width + length + 4:.1f}" y="{middle:.1f}" font-size="12" '
            f'fill="{LABEL_COLOUR}">{escape(text)}</text>'
        )
    bottom = len(names) * row
    body.append(
        f'<line x1="{name_width:.0f}" x2="{name_width:.0f}" y1="0" y2="{bottom:.0f}" '
        f'stroke="{GUIDE_LINE}" stroke-width="1"/>'
        f'<text x="{name_width + bar_room / 2:.0f}" y="{bottom + 18:.0f}" text-anchor="middle" '
        f'font-size="12" fill="{MUTED_INK}">{escape(axis_title)}</text>'
    )
    # Long names leave the bars their third: the picture widens rather than cut a value off.
    width = max(BARS_WIDTH, name_width + bar_room + value_room)
    return svg_document(body, width=width, height=bottom + 24, label=label)


def stacked_columns_svg(
    *,
    categories: list[str],
    stacks: list[tuple[str, str, list[float]]],
    total_texts: list[str],
    label: str,
    faded: frozenset[int] = frozenset(),
) -> str:
    """Columns per category, each stacked from ``stacks`` (name, colour, one value per category).

    Columns whose index is in ``faded`` are drawn paler (years outside a chosen range).

    Each column's total (as ``total_texts`` writes it) stands above it; the legend below
    names the stacks in order.  Where columns are too narrow for every name and total
    (many categories), only every n-th is written, so no two overlap; all stay in the words.
    """
    width, top, column_room, legend_row = BARS_WIDTH, 18.0, 120.0, 18.0
    slot = width / max(len(categories), 1)
    column = min(slot * 0.6, 40.0)
    widest = max((len(t) for t in [*categories, *total_texts]), default=1) * CHAR_WIDTH + 4
    every = math.ceil(widest / slot)
    totals = [sum(values[i] for _, _, values in stacks) for i in range(len(categories))]
    highest = max(totals, default=0) or 1
    body = []
    for index, (category, text) in enumerate(zip(categories, total_texts, strict=True)):
        left = index * slot + (slot - column) / 2
        base = top + column_room
        opacity = ' fill-opacity="0.45"' if index in faded else ""
        for _, colour, values in stacks:
            height = column_room * max(values[index], 0.0) / highest
            if height:
                body.append(
                    f'<rect x="{left:.1f}" y="{base - height:.1f}" width="{column:.1f}" '
                    f'height="{height:.1f}" fill="{colour}"{opacity}/>'
                )
            base -= height
        if index % every:
            continue
        middle = left + column / 2
        body.append(
            f'<text x="{middle:.1f}" y="{base - 4:.1f}" text-anchor="middle" font-size="12" '
            f'fill="{LABEL_COLOUR}">{escape(text)}</text>'
            f'<text x="{middle:.1f}" y="{top + column_room + 16:.1f}" text-anchor="middle" font-size="12" '
            f'fill="{MUTED_INK}">{escape(category)}</text>'
        )
    axis = top + column_room
    body.append(f'<line x1="0" x2="{width:.0f}" y1="{axis:.1f}" y2="{axis:.1f}" stroke="{GUIDE_LINE}"/>')
    legend_top = axis + 30
    for row, (name, colour, _) in enumerate(stacks):
        y = legend_top + row * legend_row
        body.append(
            f'<rect x="0" y="{y:.0f}" width="12" height="12" fill="{colour}"/>'
            f'<text x="18" y="{y + 10:.0f}" font-size="12" fill="{LABEL_COLOUR}">{escape(name)}</text>'
        )
    return svg_document(body, width=width, height=legend_top + len(stacks) * legend_row, label=label)


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
        return svg_document([], width=SPARK_WIDTH, height=SPARK_HEIGHT, label=label)
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
    plot_span = (pad["top"], SPARK_HEIGHT - pad["bottom"])
    body += _break_marks(series_breaks, years=(first, last), x=x, span=plot_span, word=break_label)
    body += _area_lines(rows, order=[*[c for c in names if c != focus], focus], focus=focus, x=x, y=y)
    return svg_document(body, width=SPARK_WIDTH, height=SPARK_HEIGHT, label=label)


def _area_lines(
    rows: pd.DataFrame,
    *,
    order: list[str],
    focus: str,
    x: Callable[[float], float],
    y: Callable[[float], float],
    compare: list[str] | None = None,
    scale: float = 0.8,
) -> list[str]:
    """Each area's values as a line with a dot per year, drawn in ``order`` (the last on top).

    A missing year lifts the pen: a gap, not a bridge.  ``scale`` sizes lines and dots.
    """
    body = []
    for code in order:
        own = rows[rows["gemeente_code"] == code].sort_values("jaar")
        if own.empty:
            continue
        style = series_style(code, focus, compare or [])
        points = list(zip(own["jaar"].astype(int), own["waarde"].astype(float), strict=True))
        years = {year for year, _ in points}
        path, pen_down = [], False
        for year, value in points:
            path.append(f"{'L' if pen_down else 'M'}{x(year):.1f},{y(value):.1f}")
            pen_down = year + 1 in years
        dash = DASHES.get(style["dash"], "")
        body.append(
            f'<path d="{"".join(path)}" fill="none" stroke="{style["color"]}" '
            f'stroke-width="{style["width"] * scale:.1f}"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
        radius = (3.2 if code == focus else 2.2) * scale
        body += [
            f'<circle cx="{x(year):.1f}" cy="{y(value):.1f}" r="{radius:.1f}" fill="{style["color"]}"/>'
            for year, value in points
        ]
    return body


def _break_marks(
    series_breaks: dict[int, str] | None,
    *,
    years: tuple[int, int],
    x: Callable[[float], float],
    span: tuple[float, float],
    word: str,
    size: int = 10,
) -> list[str]:
    """A dashed line between the years on either side of each series break, named ``word``."""
    first, last = years
    return [
        f'<line x1="{x(year - 0.5):.1f}" x2="{x(year - 0.5):.1f}" y1="{span[0]}" y2="{span[1]}" '
        f'stroke="{GUIDE_LINE}" stroke-dasharray="2 2"/>'
        f'<text x="{x(year - 0.5) + 3:.1f}" y="{span[0] + size - 1}" font-size="{size}" '
        f'fill="{MUTED_INK}">{escape(word)}</text>'
        for year in series_breaks or {}
        if first < year <= last
    ]


def nice_ticks(low: float, high: float, *, steps: int = 4) -> list[float]:
    """Round values 1, 2, 2.5 or 5 times a power of ten apart, from at or below ``low`` to at
    or above ``high``: what an axis names."""
    spread = (high - low) or abs(high) or 1.0
    raw = spread / steps
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    if first == last:
        last += 1
    return [round(k * step, 10) for k in range(first, last + 1)]


def trend_chart_svg(
    *,
    series: pd.DataFrame,
    names: dict[str, str],
    focus: str,
    compare: list[str],
    unit: str,
    lang: str,
    label: str,
    series_breaks: dict[int, str] | None = None,
    break_label: str = "",
    width: float = 640.0,
) -> str:
    """One indicator over the years, full width: the municipality, the chosen others, Twente
    and the Netherlands, on a named axis, with a legend below.

    The sparkline's lines at a readable size; the values themselves are in the alt text
    and the table beside it, not in a hover (issue 18: a plotly chart's set-up was most of
    the profile's wait).
    """
    top, plot_height = 12.0, 220.0
    rows = series.dropna(subset=["waarde"])
    if rows.empty:
        return svg_document([], width=width, height=top, label=label)
    shown = set(rows["gemeente_code"])
    order = [code for code in [focus, *compare, REGION_TWENTE, COUNTRY_NL] if code in shown]
    ticks = nice_ticks(float(rows["waarde"].min()), float(rows["waarde"].max()))
    step = ticks[1] - ticks[0]
    places = 0 if step >= 1 else 1 if step >= 0.1 else 2
    tick_texts = [format_value(value, unit, lang, decimals=places) for value in ticks]
    left = max(len(text) for text in tick_texts) * CHAR_WIDTH * 1.1 + 12  # "%" and digits run wide
    right = 26.0  # half the last year's name, which is centred on its point
    first, last = int(rows["jaar"].min()), int(rows["jaar"].max())
    inner = width - left - right
    bottom = top + plot_height

    def x(year: float) -> float:
        return left + (inner * (year - first) / (last - first) if last > first else inner / 2)

    def y(value: float) -> float:
        return bottom - plot_height * (value - ticks[0]) / (ticks[-1] - ticks[0])

    body = [
        f'<line x1="{left:.0f}" x2="{width - right:.0f}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
        f'stroke="{GUIDE_LINE}" stroke-width="0.5"/>'
        f'<text x="{left - 6:.0f}" y="{y(value) + 4:.1f}" text-anchor="end" font-size="12" '
        f'fill="{MUTED_INK}">{escape(text)}</text>'
        for value, text in zip(ticks, tick_texts, strict=True)
    ]
    every = math.ceil((4 * CHAR_WIDTH + 8) / (inner / max(last - first, 1)))
    body += [
        f'<text x="{x(year):.1f}" y="{bottom + 18:.0f}" text-anchor="middle" font-size="12" '
        f'fill="{MUTED_INK}">{year}</text>'
        for year in range(first, last + 1, every)
    ]
    body += _break_marks(
        series_breaks, years=(first, last), x=x, span=(top, bottom), word=break_label, size=11
    )
    body += _area_lines(rows, order=order[::-1], focus=focus, compare=compare, x=x, y=y, scale=1.0)
    # The legend flows in rows, in the order of the lines from the municipality down.
    legend_top, row_height, cursor, line = bottom + 40, 22.0, left, 0
    for code in order:
        name = names.get(code, code)
        room = 30 + len(name) * CHAR_WIDTH + 18
        if cursor + room > width and cursor > left:
            cursor, line = left, line + 1
        style = series_style(code, focus, compare)
        dash = DASHES.get(style["dash"], "")
        middle = legend_top + line * row_height
        body.append(
            f'<line x1="{cursor:.0f}" x2="{cursor + 24:.0f}" y1="{middle - 4:.0f}" y2="{middle - 4:.0f}" '
            f'stroke="{style["color"]}" stroke-width="{style["width"]}"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + f'/><text x="{cursor + 30:.0f}" y="{middle:.0f}" font-size="12" fill="{LABEL_COLOUR}">'
            f"{escape(name)}</text>"
        )
        cursor += room
    return svg_document(body, width=width, height=legend_top + line * row_height + 8, label=label)
