"""Map figures as pure functions: keyword-only inputs in, ``go.Figure`` out.

Maps are plotly ``geo`` subplots, drawn as SVG: our own boundaries (``../shared/geo``)
as ``go.Choropleth`` in a Mercator projection fitted to the areas shown, names as SVG
text.  No tiles, no WebGL, no fonts from outside.  They replaced ``go.Choroplethmap``
(MapLibre), whose WebGL set-up cost 0.3 to 0.7 s per map in the browser and which
needs a GPU that town-hall laptops and remote desktops often lack (bench/RESULTS.md).

plotly.js loads a base map (topojson) for every geo subplot, by default from its CDN.
``MAP_CONFIG`` points it at an empty one that the app serves itself
(``static/world_110m.json``, with ``server.enableStaticServing``), so maps draw on a
laptop with no network.  Maps are locked (no pan or zoom): they show Twente, always.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from components.charts.palette import LABEL_COLOUR, MISSING_COLOUR, TRANSPARENT
from data.formatting import format_difference, format_value
from data.i18n import translate

# ColorBrewer YlGnBu: sequential and colour-blind safe; darker means better.
SEQUENTIAL_SCALE = "YlGnBu"
# ColorBrewer BrBG: diverging and colour-blind safe; blue-green is better, brown worse.
DIVERGING_SCALE = "BrBG"
MAP_HEIGHT = 540
# The empty base map, served at app/static/ (relative, so it also works under a base URL path).
BASE_MAP_FILE = Path(__file__).resolve().parents[2] / "static" / "world_110m.json"
BASE_MAP_URL = "app/static/"
# A geo map pans only under dragmode "pan" (plotly.js), but Streamlit turns a falsy
# dragmode into "pan" on charts that take a click selection (Kaart).  "orbit" is a valid
# dragmode that geo maps ignore, so every map stays still under a drag or a wheel.
LOCKED_DRAGMODE = "orbit"
# The modebar keeps download only; zooming would pull Twente out of view.
MAP_CONFIG = {
    "displaylogo": False,
    "scrollZoom": False,
    "topojsonURL": BASE_MAP_URL,
    "modeBarButtonsToRemove": [
        "zoomInGeo",
        "zoomOutGeo",
        "resetGeo",
        "hoverClosestGeo",
        "pan2d",
        "lasso2d",
        "select2d",
    ],
}


@cache
def base_map_topology() -> dict[str, Any]:
    """The empty base map, for renderers that take it inline (kaleido) rather than by URL."""
    return json.loads(BASE_MAP_FILE.read_text(encoding="utf-8"))


def plotly_separators(lang: str) -> str:
    """Plotly's decimal and thousands separators for the language."""
    return ".," if lang == "en" else ",."


def geojson_bounds(*geojsons: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """West, south, east and north edge of every feature of the given collections (None if empty)."""
    rings: list[np.ndarray] = []

    def collect(coordinates: Any) -> None:
        if coordinates and isinstance(coordinates[0][0], (int, float)):
            rings.append(np.asarray(coordinates, dtype=float)[:, :2])
        else:
            for part in coordinates:
                collect(part)

    for geojson in geojsons:
        for feature in geojson["features"]:
            collect(feature["geometry"]["coordinates"])
    if not rings:
        return None
    points = np.concatenate(rings)
    west, south = points.min(axis=0)
    east, north = points.max(axis=0)
    return float(west), float(south), float(east), float(north)


def geo_layout(*, bounds: tuple[float, float, float, float] | None, margin: float = 0.02) -> dict[str, Any]:
    """A Mercator geo subplot with no base map whose extent is ``bounds`` plus a small margin.

    An explicit extent (not plotly's ``fitbounds``) lets the map fill the figure's
    height or width, whichever binds, as the areas' own shape allows.  Without bounds
    (no areas) it fits whatever points and lines are drawn.
    """
    base = {"visible": False, "projection": {"type": "mercator"}, "bgcolor": TRANSPARENT}
    if bounds is None:
        return {**base, "fitbounds": "locations"}
    west, south, east, north = bounds
    pad_x, pad_y = (east - west) * margin, (north - south) * margin
    return {
        **base,
        "lonaxis": {"range": [west - pad_x, east + pad_x]},
        "lataxis": {"range": [south - pad_y, north + pad_y]},
        "center": {"lon": (west + east) / 2, "lat": (south + north) / 2},
    }


# Names placed beside their point rather than on it, for the small municipalities whose
# label points lie close together: centred, "Wierden" ran into "Almelo", "Oldenzaal" into
# "Losser", "Hengelo" into "Enschede" and "Tubbergen" into "Dinkelland" once the map is
# narrower than about 500 px (a tablet's column, a phone).  Each pair is pulled apart
# vertically, so the names stay clear down to a phone's width (tests/e2e/test_devices.py).
LABEL_SIDES = {
    "GM0168": "middle right",  # Losser, east of Oldenzaal
    "GM0173": "bottom center",  # Oldenzaal, below its point: Losser's level stays free
    "GM0141": "top center",  # Almelo, above its point ...
    "GM0189": "bottom center",  # ... Wierden below its own
    "GM0164": "top center",  # Hengelo, above Enschede
    "GM1774": "bottom center",  # Dinkelland, below Tubbergen
}
# The colour bar's length in pixels, not a share of the figure's height: a map fitted to a
# narrow column (a phone) is lower than the figure, and a bar of 0.75 of 540 px stood
# taller than the map beside it.  180 px stays below the map down to a phone's width.
COLOURBAR_LENGTH = 180


def twente_label_positions(labels: pd.DataFrame) -> list[str]:
    """``textposition`` per Twente municipality label (``labels.code``)."""
    return [LABEL_SIDES.get(code, "middle center") for code in labels["code"]]


def map_label_trace(
    *,
    labels: pd.DataFrame,
    font_size: int = 12,
    position: str | Sequence[str] = "middle center",
    italic: bool = False,
) -> go.Scattergeo:
    """Names at ``labels.lon``/``labels.lat`` as SVG text with a light halo, not hoverable.

    ``position`` (one for all, or one per label) is plotly's ``textposition``.
    """
    return go.Scattergeo(
        lon=labels["lon"].tolist(),
        lat=labels["lat"].tolist(),
        text=labels["naam"].tolist(),
        mode="text",
        textposition=position if isinstance(position, str) else list(position),
        textfont={
            "size": font_size,
            "color": LABEL_COLOUR,
            "shadow": "auto",
            "style": "italic" if italic else "normal",
        },
        hoverinfo="skip",
        showlegend=False,
        name="",
    )


def hover_lines(frame: pd.DataFrame, *, unit: str, lang: str) -> list[list[str]]:
    """Per municipality the lines its hover shows: name, value, rank and the differences."""
    total = int(frame["waarde"].notna().sum())
    lines = []
    for row in frame.itertuples(index=False):
        if pd.isna(row.waarde):
            lines.append([str(row.naam), translate("map.no_data", lang)])
            continue
        parts = [
            str(row.naam),
            format_value(row.waarde, unit, lang),
            translate("map.rank", lang, rank=int(row.rang), total=total),
        ]
        if "verschil_twente" in frame.columns and pd.notna(row.verschil_twente):
            parts.append(f"Twente: {format_difference(row.verschil_twente, unit, lang)}")
        if "verschil_nederland" in frame.columns and pd.notna(row.verschil_nederland):
            label = translate("area.netherlands", lang)
            parts.append(f"{label}: {format_difference(row.verschil_nederland, unit, lang)}")
        lines.append(parts)
    return lines


def plotly_hover(lines: Sequence[Sequence[str]]) -> list[str]:
    """Hover lines as plotly hover text: the first (the name) bold."""
    return ["<br>".join([f"<b>{first}</b>", *rest]) for first, *rest in lines]


def choropleth_figure(
    *,
    geojson: dict[str, Any],
    frame: pd.DataFrame,
    unit: str,
    higher_is_better: bool,
    lang: str,
    labels: pd.DataFrame | None = None,
    hover: list[list[str]] | None = None,
    height: int = MAP_HEIGHT,
    colour_scale: str = SEQUENTIAL_SCALE,
    midpoint: float | None = None,
) -> go.Figure:
    """Choropleth of the Twente municipalities.

    ``frame`` has one row per municipality with ``gemeente_code``, ``naam``, ``waarde``
    and ``rang`` (and optionally ``verschil_twente``/``verschil_nederland``).  Missing
    values are drawn grey with "geen gegevens", never as zero.  ``labels`` (naam,
    lon, lat) puts names on the map; ``hover`` (lines per row) replaces the default hover.
    """
    hover = plotly_hover(hover if hover is not None else hover_lines(frame, unit=unit, lang=lang))
    known = frame["waarde"].notna().to_numpy()
    figure = go.Figure()
    figure.add_trace(
        go.Choropleth(
            geojson=geojson,
            featureidkey="properties.code",
            locations=frame.loc[known, "gemeente_code"],
            z=frame.loc[known, "waarde"],
            customdata=frame.loc[known, ["gemeente_code"]].to_numpy(),
            text=[h for h, k in zip(hover, known, strict=True) if k],
            hovertemplate="%{text}<extra></extra>",
            colorscale=colour_scale,
            reversescale=not higher_is_better,
            zmid=midpoint,
            marker={"line": {"color": "white", "width": 1.2}, "opacity": 0.9},
            colorbar={"title": {"text": unit}, "thickness": 14, "len": COLOURBAR_LENGTH, "lenmode": "pixels"},
            name="",
        )
    )
    if (~known).any():
        figure.add_trace(
            go.Choropleth(
                geojson=geojson,
                featureidkey="properties.code",
                locations=frame.loc[~known, "gemeente_code"],
                z=[0] * int((~known).sum()),
                customdata=frame.loc[~known, ["gemeente_code"]].to_numpy(),
                text=[h for h, k in zip(hover, known, strict=True) if not k],
                hovertemplate="%{text}<extra></extra>",
                colorscale=[[0, MISSING_COLOUR], [1, MISSING_COLOUR]],
                showscale=False,
                marker={"line": {"color": "white", "width": 1.2}, "opacity": 0.9},
                name=translate("map.missing_legend", lang),
            )
        )
    figure.update_layout(
        geo=geo_layout(bounds=geojson_bounds(geojson)),
        dragmode=LOCKED_DRAGMODE,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=height,
        separators=plotly_separators(lang),
        showlegend=False,
    )
    if labels is not None:
        figure.add_trace(map_label_trace(labels=labels, position=twente_label_positions(labels)))
    return figure
