"""Figures and tables of the Gemeenteprofiel page, as pure functions: keyword-only inputs in."""

from __future__ import annotations

import math
import textwrap
from typing import Any, NamedTuple
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from components.charts.indicators import area_trace, series_break_marks, series_style
from components.charts.maps import plotly_separators
from components.charts.palette import THEME_COLOURS
from data.i18n import translate
from data.reference import COUNTRY_NL, REGION_TWENTE, STATUS_BY_CODE, THEME_BY_CODE, THEMES
from data.years import year_span


class TrendPanel(NamedTuple):
    """One indicator's small multiple: its code, title, unit and series-break notes by year."""

    code: str
    title: str
    unit: str
    series_breaks: dict[int, str]


def _panel_title(panel: TrendPanel, width: int = 24) -> str:
    """'Name (unit)', wrapped so it fits above a narrow subplot (a phone shows two abreast)."""
    return "<br>".join(textwrap.wrap(f"{panel.title} ({panel.unit})", width)) or panel.code


def indicator_trend_grid(
    *,
    series: pd.DataFrame,
    panels: list[TrendPanel],
    names: dict[str, str],
    focus: str,
    lang: str,
    compare: list[str] | None = None,
    columns: int = 2,
    panel_height: int = 170,
) -> go.Figure:
    """Every indicator's trend as small multiples in ONE figure: a subplot per panel.

    ``series`` has indicator, gemeente_code, jaar, waarde.  Each subplot draws the
    municipality, the compared ones, Twente and the Netherlands (a trace per area that has
    rows; missing years stay gaps), with a dotted line and a hover note at each series
    break.  One legend for all subplots: an area's traces share a legend group.  One
    figure instead of one chart per indicator: plotly.js sets up, measures and draws a
    chart once, not fourteen times.
    """
    compare = compare or []
    columns = max(1, min(columns, len(panels) or 1))
    rows = max(1, math.ceil(len(panels) / columns))
    gap = 92  # px between rows: room for a title of up to three lines and the year ticks
    height = rows * panel_height + (rows - 1) * gap + 110
    figure = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=[_panel_title(panel) for panel in panels],
        vertical_spacing=gap / (height - 110) if rows > 1 else 0.0,
        horizontal_spacing=0.1,
    )
    by_indicator = dict(tuple(series.groupby("indicator", sort=False)))
    areas = [focus, *compare, REGION_TWENTE, COUNTRY_NL]
    traces: list[dict[str, Any]] = []
    shapes: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    in_legend: set[str] = set()
    for index, panel in enumerate(panels):
        axis = "" if index == 0 else str(index + 1)
        frame = by_indicator.get(panel.code)
        groups = {} if frame is None else dict(tuple(frame.groupby("gemeente_code", sort=False)))
        for code in areas:
            rows_of = groups.get(code)
            if rows_of is None or rows_of.empty:
                continue
            trace = area_trace(
                rows_of,
                name=names.get(code, code),
                style=series_style(code, focus, compare),
                unit=panel.unit,
                marker_size=5,
            )
            trace.update(
                xaxis=f"x{axis}", yaxis=f"y{axis}", legendgroup=code, showlegend=code not in in_legend
            )
            traces.append(trace)
            in_legend.add(code)
        marks = series_break_marks(panel.series_breaks, lang, axis=axis)
        shapes += marks["shapes"]
        notes += marks["annotations"]
    figure.add_traces(traces)
    axes = {}
    for index in range(len(panels)):
        suffix = "" if index == 0 else str(index + 1)
        axes[f"xaxis{suffix}"] = {"dtick": 2, "title": None, "tickfont": {"size": 11}}
        axes[f"yaxis{suffix}"] = {"title": None, "tickfont": {"size": 11}}
    figure.update_annotations(font={"size": 12})
    figure.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 70, "b": 30},
        separators=plotly_separators(lang),
        showlegend=True,
        legend={"orientation": "h", "yref": "container", "y": 1, "yanchor": "top", "x": 0},
        hovermode="x unified",
        shapes=shapes,
        annotations=[*figure.layout.annotations, *notes],
        **axes,
    )
    return figure


def initiatives_theme_chart(*, initiatives: pd.DataFrame, lang: str) -> go.Figure:
    """Number of initiatives per start year, stacked by theme."""
    counts = initiatives.groupby(["startjaar", "thema"]).size().rename("aantal").reset_index()
    figure = go.Figure()
    for theme in THEMES:
        rows = counts[counts["thema"] == theme.code]
        figure.add_trace(
            go.Bar(
                x=rows["startjaar"],
                y=rows["aantal"],
                name=theme.name(lang),
                marker_color=THEME_COLOURS[theme.code],
            )
        )
    figure.update_layout(
        barmode="stack",
        height=280,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        title={"text": translate("profile.initiatives_by_theme", lang), "font": {"size": 14}},
        xaxis={"dtick": 1},
        separators=plotly_separators(lang),
        legend={"orientation": "h", "y": -0.15},
    )
    return figure


def initiatives_table(*, initiatives: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The municipality's initiatives, each with a link to itself in the Initiatieven list."""
    return pd.DataFrame(
        {
            "naam": initiatives["naam"],
            "thema": [THEME_BY_CODE[c].name(lang) for c in initiatives["thema"]],
            "jaren": list(map(year_span, initiatives["startjaar"], initiatives["eindjaar"])),
            "status": [STATUS_BY_CODE[c].name(lang) for c in initiatives["status"]],
            "budget": initiatives["budget"],
            "bereik": initiatives["bereik"],
            "grens": initiatives["grensoverschrijdend"],
            "link": [
                "/initiatieven?" + urlencode({"zoek": naam, "lang": lang}) for naam in initiatives["naam"]
            ],
        }
    )
