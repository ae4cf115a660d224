"""Map figures as pure functions: keyword-only inputs in, ``go.Figure`` out.

Maps use ``go.Choroplethmap`` with the tile-less ``white-bg`` style: no tile server,
no CDN, so they draw on a laptop with no network.  Text labels on the map itself
would make MapLibre fetch font glyphs from the internet, so names go in the hover
and in the table beside every map.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from data.formatting import format_difference, format_value
from data.i18n import translate

# ColorBrewer YlGnBu: sequential and colour-blind safe; darker means better.
SEQUENTIAL_SCALE = "YlGnBu"
MISSING_COLOUR = "#bdbdbd"
TWENTE_CENTER = {"lat": 52.30, "lon": 6.72}
TWENTE_ZOOM = 8.4


def plotly_separators(lang: str) -> str:
    """Plotly's decimal and thousands separators for the language."""
    return ".," if lang == "en" else ",."


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
    height: int = 520,
    colour_scale: str = SEQUENTIAL_SCALE,
    midpoint: float | None = None,
) -> go.Figure:
    """Choropleth of the Twente municipalities.

    ``frame`` has one row per municipality with ``gemeente_code``, ``naam``, ``waarde``
    and ``rang`` (and optionally ``verschil_twente``/``verschil_nederland``).  Missing
    values are drawn grey with "geen gegevens", never as zero.
    """
    hover = _hover_lines(frame, unit=unit, lang=lang)
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
    return figure
