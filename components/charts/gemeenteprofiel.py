"""Figures and tables of the Gemeenteprofiel page, as pure functions: keyword-only inputs in."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go

from components.charts.maps import plotly_separators
from components.charts.palette import THEME_COLOURS
from data.i18n import translate
from data.reference import STATUS_BY_CODE, THEME_BY_CODE, THEMES
from data.years import year_span


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
