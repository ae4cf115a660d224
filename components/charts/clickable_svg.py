"""Maps and rankings drawn on the server as SVG that a reader can point at and click.

A plotly chart makes a first visit fetch and run plotly.js (4.7 MB), which on Kaart and
Overzicht was what kept the page above the bare floor (issue 18).  These pictures carry
the same content: every area or bar is a group with its municipality's code
(``data-code``), the lines its hover tip shows (``data-tip``, one line per ``\\n``) and an
``aria-label``; ``components/widgets/clickable_picture.py`` shows the tip and reports the
click.  Pure functions: keyword-only inputs in, markup out; every text is XML-escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

import pandas as pd

from components.charts.maps import geojson_bounds, twente_label_positions
from components.charts.palette import (
    LABEL_COLOUR,
    MISSING_COLOUR,
    NL_COLOUR,
    TWENTE_COLOUR,
)
from components.charts.svg import (
    Projection,
    colour_legend_svg,
    scale_colour,
    svg_document,
)
from data.formatting import format_difference, format_value
from data.i18n import translate

MAP_UNITS = 500.0  # units across a map; it scales to its column
# Names stay NAME_SIZE screen pixels at any width, as plotly's did: the component's script
# scales their font (class cdt-name) to the map's drawn size.  Their offset from the
# label point is plotly's textposition, in em, so it scales with the text.
NAME_SIZE = 12
# Room left and right of the areas, as a share of their width: a name beside a point near
# the edge (Losser) stays inside the picture down to a phone's width.
NAME_ROOM = 0.05
NAME_OFFSETS = {
    "middle center": ("0", "0.35em", "middle"),
    "middle right": ("0.45em", "0.35em", "start"),
    "middle left": ("-0.45em", "0.35em", "end"),
    "top center": ("0", "-0.45em", "middle"),
    "bottom center": ("0", "1.15em", "middle"),
}


def item_attributes(*, code: str, tip: Sequence[str], selectable: bool) -> str:
    """One area's or bar's data attributes; a clickable one is a keyboard-reachable button.

    Only a button is named (its tip, read out): in a picture that only shows, the picture
    itself is the image its label names, so its parts' names would never be read.
    """
    text = escape("\n".join(tip)).replace("\n", "&#10;")  # a line break that XML parsers keep too
    attributes = f'class="cdt-item" data-code="{escape(code)}" data-tip="{text}"'
    if not selectable:
        return attributes
    return f'{attributes} aria-label="{escape(", ".join(tip))}" tabindex="0" role="button"'


def picture_document(body: list[str], *, width: float, height: float, label: str, selectable: bool) -> str:
    # A picture of buttons is a group (its parts are read out); otherwise one image.
    role = "group" if selectable else "img"
    return svg_document(body, width=width, height=height, label=label, role=role, titled=False)


def scale_range(values: pd.Series, *, midpoint: float | None) -> tuple[float, float] | None:
    """The lowest and highest value the colour scale spans (None without values).

    With a ``midpoint`` the range is symmetric around it (plotly's ``zmid``), so a
    diverging scale's middle colour means "no change".
    """
    known = values.dropna()
    if known.empty:
        return None
    low, high = float(known.min()), float(known.max())
    if midpoint is not None:
        reach = max(abs(high - midpoint), abs(low - midpoint))
        low, high = midpoint - reach, midpoint + reach
    return low, high


def value_shares(values: pd.Series, *, midpoint: float | None, reverse: bool) -> list[float | None]:
    """Each value's place on the colour scale (0 to 1) as plotly places it; None where missing."""
    span = scale_range(values, midpoint=midpoint)
    if span is None:
        return [None] * len(values)
    low, high = span
    shares: list[float | None] = []
    for value in values:
        if pd.isna(value):
            shares.append(None)
            continue
        share = 0.5 if high == low else (float(value) - low) / (high - low)
        shares.append(1.0 - share if reverse else share)
    return shares


def scale_fills(
    *, frame: pd.DataFrame, colour_scale: str, higher_is_better: bool, midpoint: float | None
) -> dict[str, str]:
    """Each municipality's colour (``gemeente_code``, ``waarde``): grey where missing, never zero."""
    shares = value_shares(frame["waarde"], midpoint=midpoint, reverse=not higher_is_better)
    return {
        str(code): MISSING_COLOUR if share is None else scale_colour(colour_scale, share)
        for code, share in zip(frame["gemeente_code"], shares, strict=True)
    }


def map_name(*, x: float, y: float, name: str, side: str, kind: str = "") -> str:
    """A name on a map at (x, y), placed as plotly's ``textposition`` ``side``, with a white halo.

    ``kind`` "place" or "district" draws it as the cross-border map's smaller (italic) names;
    every name lets the pointer through to the area below it.
    """
    dx, dy, anchor = NAME_OFFSETS.get(side, NAME_OFFSETS["middle center"])
    classes = f"cdt-name cdt-{kind}" if kind else "cdt-name"
    return (
        f'<text class="{classes}" x="{x:.1f}" y="{y:.1f}" dx="{dx}" dy="{dy}" text-anchor="{anchor}" '
        f'font-size="{NAME_SIZE}" fill="{LABEL_COLOUR}" stroke="white" stroke-width="3" '
        f'stroke-linejoin="round" paint-order="stroke" pointer-events="none">{escape(str(name))}</text>'
    )


def area_paths(
    *,
    projection: Projection,
    geojson: dict[str, Any],
    fills: dict[str, str],
    tips: dict[str, Sequence[str]],
    selectable: bool,
    opacity: float = 0.9,
) -> list[str]:
    """Each area of ``fills`` (code to colour) as a group with its tip; others are left out."""
    return [
        f"<g {item_attributes(code=code, tip=tips.get(code, ()), selectable=selectable)}>"
        f'<path d="{projection.path(feature["geometry"])}" fill="{fills[code]}" fill-opacity="{opacity}" '
        f'stroke="white" stroke-width="1.2"/></g>'
        for feature in geojson["features"]
        if (code := feature["properties"]["code"]) in fills
    ]


def padded_projection(*geojsons: dict[str, Any]) -> Projection | None:
    """A projection of the collections with NAME_ROOM to either side (None without areas)."""
    bounds = geojson_bounds(*geojsons)
    if bounds is None:
        return None
    west, south, east, north = bounds
    room = (east - west) * NAME_ROOM
    return Projection((west - room, south, east + room, north), MAP_UNITS)


def areas_svg(
    *,
    geojson: dict[str, Any],
    fills: dict[str, str],
    tips: dict[str, Sequence[str]],
    labels: pd.DataFrame,
    label: str,
    selectable: bool,
) -> str:
    """The areas of ``fills`` (code to colour), each with its tip, named as the plotly maps were.

    ``labels`` (code, naam, lon, lat) are written beside their point as
    ``maps.LABEL_SIDES`` says.
    """
    projection = padded_projection(geojson)
    if projection is None:
        return picture_document([], width=1, height=1, label=label, selectable=False)
    body = area_paths(projection=projection, geojson=geojson, fills=fills, tips=tips, selectable=selectable)
    places = labels[["naam", "lon", "lat"]].itertuples(index=False)
    for (name, lon, lat), side in zip(places, twente_label_positions(labels), strict=True):
        x, y = projection.xy(lon, lat)
        body.append(map_name(x=x, y=y, name=name, side=side))
    return picture_document(
        body, width=MAP_UNITS, height=projection.height, label=label, selectable=selectable
    )


def map_legend_svg(
    *,
    frame: pd.DataFrame,
    unit: str,
    lang: str,
    colour_scale: str,
    higher_is_better: bool,
    midpoint: float | None,
    change: bool,
) -> str:
    """The colour bar under the map, from the lowest to the highest value it colours."""
    span = scale_range(frame["waarde"], midpoint=midpoint)
    if span is None:
        return ""
    low, high = span
    show = format_difference if change else format_value
    low_text, high_text = show(low, unit, lang), show(high, unit, lang)
    scale = colour_scale if higher_is_better else f"{colour_scale}_r"
    label = translate("map.legend", lang, low=low_text, high=high_text, unit=unit)
    return colour_legend_svg(scale=scale, low=low_text, high=high_text, label=label)


def ranking_html(
    *,
    frame: pd.DataFrame,
    show: Callable[[float], str],
    tips: Sequence[Sequence[str]],
    twente: float | None,
    nederland: float | None,
    axis_title: str,
    lang: str,
    label: str,
    selectable: bool,
    code_column: str = "gemeente_code",
    name_column: str = "naam",
) -> str:
    """Groups with a value as bars in the frame's order (best first), Twente and NL as lines.

    HTML rather than SVG, so names and values keep their size and the bars take whatever
    width the column has.  ``frame`` has the codes, names and ``waarde`` (municipalities'
    by default), ``tips`` one entry per row; ``show`` writes a value (bars and lines
    alike).  Negative values (a change) grow left of the zero line.
    """
    known = [
        (code, name, float(value), show(float(value)), tip)
        for code, name, value, tip in zip(
            frame[code_column], frame[name_column], frame["waarde"], tips, strict=True
        )
        if pd.notna(value)
    ]
    references = [
        (float(value), colour, f"{name} {show(float(value))}", style)
        for value, colour, name, style in (
            (twente, TWENTE_COLOUR, "Twente", "dashed"),
            (nederland, NL_COLOUR, translate("area.netherlands", lang), "dotted"),
        )
        if value is not None and pd.notna(value)
    ]
    extent = [v for _, _, v, _, _ in known] + [v for v, *_ in references] + [0.0]
    low, high = min(extent), max(extent)
    span = (high - low) or 1.0

    def at(value: float) -> float:
        return 100 * (value - low) / span

    zero = at(0.0)
    rows = []
    for code, name, value, text, tip in known:
        start, end = sorted((zero, at(value)))
        side = f"left:{end:.2f}%" if value >= 0 else f"right:{100 - start:.2f}%"
        rows.append(
            f'<div {item_attributes(code=code, tip=tip, selectable=selectable)} data-row="">'
            f'<span class="cdt-rname">{escape(str(name))}</span><span class="cdt-track">'
            f'<span class="cdt-bar" style="left:{start:.2f}%;width:{end - start:.2f}%"></span>'
            f'<span class="cdt-value {"cdt-after" if value >= 0 else "cdt-before"}" style="{side}">'
            f"{escape(text)}</span></span></div>"
        )
    lines = "".join(
        f'<span class="cdt-ref" style="left:{at(value):.2f}%;border-left:2px {style} {colour}"></span>'
        for value, colour, _, style in references
    )
    keys = "".join(
        f'<span class="cdt-key"><span style="border-top:2px {style} {colour}"></span>{escape(text)}</span>'
        for _, colour, text, style in references
    )
    spread = " cdt-negative" if low < 0 else ""
    role = "group" if selectable else "img"
    # Room beside the bars for the longest value, about 0.55 em a character.
    room = max((len(text) for *_, text, _ in known), default=0) * 0.55 + 0.6
    # And for the longest name, at about 0.5 em a character, at most 13 em: under half a phone's width.
    names = min(max((len(str(name)) for _, name, *_ in known), default=0) * 0.5 + 0.6, 13.0)
    return (
        f'<div class="cdt-ranking{spread}" role="{role}" aria-label="{escape(label)}" '
        f'style="--cdt-room:{room:.1f}em;--cdt-names:{max(names, 4.0):.1f}em">'
        f'<div class="cdt-rows">{"".join(rows)}<div class="cdt-lines" aria-hidden="true">'
        f'<span class="cdt-rname"></span><span class="cdt-track">{lines}<span class="cdt-zero" '
        f'style="left:{zero:.2f}%"></span></span></div></div>'
        f'<div class="cdt-keys" aria-hidden="true">{keys}<span class="cdt-unit">{escape(axis_title)}</span>'
        "</div></div>"
    )
