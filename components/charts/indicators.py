"""Indicator charts as pure functions: ranked bars, and the line style of each area in a trend."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from components.charts.maps import plotly_separators
from components.charts.palette import (
    COMPARE_COLOURS,
    FOCUS_COLOUR,
    NL_COLOUR,
    TWENTE_COLOUR,
)
from data.formatting import format_value
from data.i18n import translate
from data.reference import COUNTRY_NL, REGION_TWENTE


def ranked_bar_figure(
    *,
    frame: pd.DataFrame,
    unit: str,
    lang: str,
    twente: float | None,
    nederland: float | None,
    height: int = 520,
) -> go.Figure:
    """Municipalities best first, with Twente and the Netherlands as reference lines."""
    known = frame[frame["waarde"].notna()]
    figure = go.Figure(
        go.Bar(
            x=known["waarde"],
            y=known["naam"],
            orientation="h",
            marker_color=FOCUS_COLOUR,
            customdata=known[["gemeente_code"]].to_numpy(),
            text=[format_value(v, unit, lang) for v in known["waarde"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
            name="",
        )
    )
    # The reference lines as plain layout shapes and labels, exactly what ``add_vline`` makes:
    # ``add_vline`` itself took a fifth of the Kaart page's server time (issue 18).
    shapes, annotations = [], []
    for value, colour, label, dash, at_top in (
        (twente, TWENTE_COLOUR, "Twente", "dash", True),
        (nederland, NL_COLOUR, translate("area.netherlands", lang), "dot", False),
    ):
        if value is not None and pd.notna(value):
            line = {"color": colour, "dash": dash, "width": 2}
            shapes.append(
                {
                    "type": "line",
                    "xref": "x",
                    "yref": "y domain",
                    "x0": value,
                    "x1": value,
                    "y0": 0,
                    "y1": 1,
                    "line": line,
                }
            )
            annotations.append(
                {
                    "text": f"{label} {format_value(value, unit, lang)}",
                    "font": {"color": colour},
                    "showarrow": False,
                    "xref": "x",
                    "yref": "y domain",
                    "x": value,
                    "xanchor": "center",
                    "y": 1 if at_top else 0,
                    "yanchor": "bottom" if at_top else "top",
                }
            )
    figure.update_layout(
        shapes=shapes,
        annotations=annotations,
        height=height,
        margin={"l": 10, "r": 40, "t": 30, "b": 30},
        yaxis={"autorange": "reversed", "title": None},
        xaxis={"title": unit, "rangemode": "tozero"},
        separators=plotly_separators(lang),
        showlegend=False,
        clickmode="event+select",
    )
    return figure


def series_style(code: str, focus: str, compare: list[str]) -> dict[str, Any]:
    """Line style of one area: the municipality bold, Twente dashed, NL dotted, others coloured."""
    if code == focus:
        return {"color": FOCUS_COLOUR, "width": 3, "dash": "solid"}
    if code == REGION_TWENTE:
        return {"color": TWENTE_COLOUR, "width": 2, "dash": "dash"}
    if code == COUNTRY_NL:
        return {"color": NL_COLOUR, "width": 2, "dash": "dot"}
    return {"color": COMPARE_COLOURS[compare.index(code) % len(COMPARE_COLOURS)], "width": 2, "dash": "solid"}
