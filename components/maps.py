"""Map figures as pure functions: keyword-only inputs in, ``go.Figure`` out.

Maps use ``go.Choroplethmap`` with the tile-less ``white-bg`` style: no tile server,
no CDN, so they draw on a laptop with no network.  Text on the map itself would make
MapLibre fetch font glyphs from the internet, so municipality names are plotly
annotations on an invisible cartesian overlay whose axes are in Web Mercator units
at the map's fixed centre and zoom: they sit on the right spot at any width, and need
no fonts from outside.  The map is locked (no pan or zoom) so the two stay aligned.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from data.formatting import format_difference, format_value
from data.i18n import translate

# ColorBrewer YlGnBu: sequential and colour-blind safe; darker means better.
SEQUENTIAL_SCALE = "YlGnBu"
# ColorBrewer BrBG: diverging and colour-blind safe; blue-green is better, brown worse.
DIVERGING_SCALE = "BrBG"
MISSING_COLOUR = "#bdbdbd"
TWENTE_CENTER = {"lat": 52.29, "lon": 6.72}
TWENTE_ZOOM = 8.7
MAP_HEIGHT = 540
# MapLibre draws the world 512 px wide at zoom 0.
_WORLD_PIXELS = 512
# The modebar keeps download and reset; panning would pull the map from under its labels.
MAP_CONFIG = {
    "displaylogo": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["pan2d", "zoomInMap", "zoomOutMap", "resetViewMap", "lasso2d", "select2d"],
}


def plotly_separators(lang: str) -> str:
    """Plotly's decimal and thousands separators for the language."""
    return ".," if lang == "en" else ",."


def _mercator(lon: float, lat: float) -> tuple[float, float]:
    return math.radians(lon), math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def add_map_labels(
    figure: go.Figure,
    *,
    labels: pd.DataFrame,
    center: dict[str, float],
    zoom: float,
    height: int,
    font_size: int = 12,
    updates: Sequence[dict[str, Any]] | None = None,
) -> None:
    """Names at ``labels.lon``/``labels.lat`` as annotations that line up with the map.

    ``updates`` (one dict per label, e.g. a shift) is merged into each label's annotation.

    The y axis spans exactly the map's visible height in Mercator units; the x axis
    is tied to it 1:1 and widens with the figure, as the map itself does.
    """
    pixels_per_unit = _WORLD_PIXELS * 2**zoom / (2 * math.pi)
    center_x, center_y = _mercator(center["lon"], center["lat"])
    half_height = height / 2 / pixels_per_unit
    figure.add_trace(
        go.Scatter(x=[center_x], y=[center_y], mode="markers", marker={"opacity": 0}, hoverinfo="skip")
    )
    # One assignment for all labels: add_annotation per label re-validates every earlier
    # annotation each time (quadratic; it was most of the Grenzeloos page's rerun time).
    names = [
        {
            "x": x,
            "y": y,
            "xref": "x",
            "yref": "y",
            "text": row.naam,
            "showarrow": False,
            "font": {"size": font_size, "color": "#111111"},
            "bgcolor": "rgba(255,255,255,0.65)",
            "borderpad": 1,
        }
        for row in labels.itertuples(index=False)
        for x, y in [_mercator(row.lon, row.lat)]
    ]
    for name, update in zip(names, updates or [{}] * len(names), strict=True):
        name.update(update)
    figure.layout.annotations = (*figure.layout.annotations, *names)
    axis = {"visible": False, "fixedrange": True, "domain": [0, 1]}
    figure.update_layout(
        xaxis={**axis, "range": [center_x - 1e-6, center_x + 1e-6], "scaleanchor": "y", "scaleratio": 1},
        yaxis={**axis, "range": [center_y - half_height, center_y + half_height]},
        plot_bgcolor="rgba(0,0,0,0)",
        dragmode=False,
    )


def _hover_lines(frame: pd.DataFrame, *, unit: str, lang: str) -> list[str]:
    total = int(frame["waarde"].notna().sum())
    lines = []
    for row in frame.itertuples(index=False):
        if pd.isna(row.waarde):
            lines.append(f"<b>{row.naam}</b><br>{translate('map.no_data', lang)}")
            continue
        parts = [
            f"<b>{row.naam}</b>",
            format_value(row.waarde, unit, lang),
            translate("map.rank", lang, rank=int(row.rang), total=total),
        ]
        if "verschil_twente" in frame.columns and pd.notna(row.verschil_twente):
            parts.append(f"Twente: {format_difference(row.verschil_twente, unit, lang)}")
        if "verschil_nederland" in frame.columns and pd.notna(row.verschil_nederland):
            label = "Nederland" if lang == "nl" else "Netherlands"
            parts.append(f"{label}: {format_difference(row.verschil_nederland, unit, lang)}")
        lines.append("<br>".join(parts))
    return lines


def choropleth_figure(
    *,
    geojson: dict[str, Any],
    frame: pd.DataFrame,
    unit: str,
    higher_is_better: bool,
    lang: str,
    labels: pd.DataFrame | None = None,
    hover_text: list[str] | None = None,
    height: int = MAP_HEIGHT,
    colour_scale: str = SEQUENTIAL_SCALE,
    midpoint: float | None = None,
) -> go.Figure:
    """Choropleth of the Twente municipalities.

    ``frame`` has one row per municipality with ``gemeente_code``, ``naam``, ``waarde``
    and ``rang`` (and optionally ``verschil_twente``/``verschil_nederland``).  Missing
    values are drawn grey with "geen gegevens", never as zero.  ``labels`` (naam,
    lon, lat) puts names on the map; ``hover_text`` (one per row) replaces the default hover.
    """
    hover = hover_text if hover_text is not None else _hover_lines(frame, unit=unit, lang=lang)
    known = frame["waarde"].notna().to_numpy()
    figure = go.Figure()
    figure.add_trace(
        go.Choroplethmap(
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
            colorbar={"title": {"text": unit}, "thickness": 14, "len": 0.75},
            name="",
        )
    )
    if (~known).any():
        figure.add_trace(
            go.Choroplethmap(
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
        map={"style": "white-bg", "center": TWENTE_CENTER, "zoom": TWENTE_ZOOM},
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=height,
        separators=plotly_separators(lang),
        showlegend=False,
    )
    if labels is not None:
        add_map_labels(figure, labels=labels, center=TWENTE_CENTER, zoom=TWENTE_ZOOM, height=height)
    return figure
