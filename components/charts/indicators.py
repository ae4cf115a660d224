"""Indicator charts as pure functions: ranked bars, trends and the locator map."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from components.charts.maps import plotly_separators
from components.charts.palette import (
    COMPARE_COLOURS,
    FOCUS_COLOUR,
    GUIDE_LINE,
    MUTED_INK,
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


def area_trace(
    rows: pd.DataFrame, *, name: str, style: dict[str, Any], unit: str, marker_size: int = 6
) -> dict[str, Any]:
    """One area's values over the years as a line trace (a dict: cheaper than go.Scatter)."""
    rows = rows.sort_values("jaar")
    return {
        "type": "scatter",
        "x": rows["jaar"].to_numpy(),
        "y": rows["waarde"].to_numpy(),
        "mode": "lines+markers",
        "name": name,
        "line": style,
        "marker": {"size": marker_size},
        "connectgaps": False,
        "hovertemplate": f"{name} %{{x}}: %{{y}} {unit}<extra></extra>",
    }


def series_style(code: str, focus: str, compare: list[str]) -> dict[str, Any]:
    """Line style of one area: the municipality bold, Twente dashed, NL dotted, others coloured."""
    if code == focus:
        return {"color": FOCUS_COLOUR, "width": 3, "dash": "solid"}
    if code == REGION_TWENTE:
        return {"color": TWENTE_COLOUR, "width": 2, "dash": "dash"}
    if code == COUNTRY_NL:
        return {"color": NL_COLOUR, "width": 2, "dash": "dot"}
    return {"color": COMPARE_COLOURS[compare.index(code) % len(COMPARE_COLOURS)], "width": 2, "dash": "solid"}


def trend_figure(
    *,
    series: pd.DataFrame,
    names: dict[str, str],
    focus: str,
    unit: str,
    lang: str,
    compare: list[str] | None = None,
    series_breaks: dict[int, str] | None = None,
    height: int = 230,
    show_legend: bool = False,
) -> go.Figure:
    """One indicator over the years: the municipality against Twente, NL and chosen others.

    ``series`` has gemeente_code, jaar, waarde.  Series breaks are marked with a
    vertical line and their note in the hover.
    """
    compare = compare or []
    groups = dict(tuple(series.groupby("gemeente_code", sort=False)))
    traces = []
    for code in [focus, *compare, REGION_TWENTE, COUNTRY_NL]:
        rows = groups.get(code)
        if rows is None or rows.empty:
            continue
        traces.append(
            area_trace(rows, name=names.get(code, code), style=series_style(code, focus, compare), unit=unit)
        )
    # One Figure(...) call: adding traces, lines and notes one by one re-validated the
    # figure each time, three times the cost on a page that draws a dozen of these.
    return go.Figure(
        data=traces,
        layout={
            "height": height,
            "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
            "xaxis": {"dtick": 1, "title": None},
            "yaxis": {"title": unit},
            "separators": plotly_separators(lang),
            "showlegend": show_legend,
            "legend": {"orientation": "h", "y": -0.2},
            "hovermode": "x unified",
            **series_break_marks(series_breaks or {}, lang),
        },
    )


def series_break_marks(
    series_breaks: dict[int, str], lang: str, axis: str = ""
) -> dict[str, list[dict[str, Any]]]:
    """A dotted vertical line before each break year, with its note in the hover.

    ``axis`` names the subplot ("" for the first, "2", "3", ... for the others).
    """
    shapes, notes = [], []
    for year, note in series_breaks.items():
        shapes.append(
            {
                "type": "line",
                "x0": year - 0.5,
                "x1": year - 0.5,
                "xref": f"x{axis}",
                "y0": 0,
                "y1": 1,
                "yref": f"y{axis} domain",
                "line": {"color": GUIDE_LINE, "dash": "dot", "width": 1},
            }
        )
        notes.append(
            {
                "x": year - 0.5,
                "xref": f"x{axis}",
                "y": 1,
                "yref": f"y{axis} domain",
                "text": translate("profile.series_break", lang),
                "hovertext": note,
                "showarrow": False,
                "font": {"size": 10, "color": MUTED_INK},
                "xanchor": "left",
                "yanchor": "top",
            }
        )
    return {"shapes": shapes, "annotations": notes}
