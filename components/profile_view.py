"""Pieces of the Gemeenteprofiel page: key figures, indicator lines, initiatives."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import data_access
from components.figure_cache import cached_figures
from components.indicator_charts import locator_figure, trend_figure
from components.maps import plotly_separators
from components.page_setup import PageContext
from components.palette import THEME_COLOURS
from data.formatting import format_difference, format_euro, format_number, format_value
from data.i18n import translate
from data.indicators import INDICATOR_BY_CODE, INDICATORS, Indicator
from data.reference import GEMEENTE_CODES, STATUS_BY_CODE, THEME_BY_CODE, THEMES, Gemeente, gemeente_name
from data.years import year_span


def key_figure_tiles(gemeente: Gemeente, figures: dict[str, float], ctx: PageContext) -> None:
    lang, year = ctx.lang, ctx.year
    tiles = (
        (
            translate("profile.population", lang, date=f"1-1-{figures['inhabitants_year']}"),
            format_number(figures["inhabitants"], 0, lang),
        ),
        (
            translate("profile.area", lang),
            f"{format_number(gemeente.oppervlakte_land_ha / 100, 1, lang)} km²",
        ),
        (translate("profile.initiatives", lang, year=year), format_number(figures["initiatives"], 0, lang)),
        (translate("profile.participants", lang, year=year), format_number(figures["participants"], 0, lang)),
        (translate("profile.budget", lang, year=year), format_euro(figures["budget"], lang)),
        (translate("profile.cross_border", lang, year=year), format_number(figures["cross_border"], 0, lang)),
    )
    columns = st.columns(3)
    for index, (label, value) in enumerate(tiles):
        with columns[index % 3]:
            st.metric(label, value)
    st.caption(translate("profile.key_note", lang))


def latest_line(row: pd.Series, indicator: Indicator, lang: str) -> str:
    """'**84,2%** in 2024 · rang 3 van 14 · +2,1 procentpunt sinds 2019'."""
    return translate(
        "profile.latest",
        lang,
        value=format_value(row["waarde"], indicator.unit, lang),
        year=int(row["jaar"]),
        rank="–" if pd.isna(row["rang"]) else int(row["rang"]),
        change=format_difference(row["verandering"], indicator.unit, lang),
        first=int(row["eerste_jaar"]),
    )


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


def initiatives_table(initiatives: pd.DataFrame, lang: str) -> pd.DataFrame:
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


@st.cache_data(show_spinner=False)
def cached_initiatives_table(gemeente_code: str, lang: str, version: str) -> pd.DataFrame:
    """``initiatives_table`` built once per municipality and language, not on every rerun.

    At 100x the demo data a municipality has thousands of initiatives, and making each
    one's link took most of the page's rerun time.
    """
    return initiatives_table(data_access.gemeente_initiatives(gemeente_code, version), lang)


def initiatives_column_config(lang: str) -> dict[str, object]:
    return {
        "naam": st.column_config.TextColumn(translate("profile.col.name", lang), width="large"),
        "thema": translate("profile.col.theme", lang),
        "jaren": translate("profile.col.years", lang),
        "status": translate("profile.col.status", lang),
        "budget": st.column_config.NumberColumn(translate("profile.col.budget", lang), format="localized"),
        "bereik": st.column_config.NumberColumn(translate("profile.col.reach", lang), format="localized"),
        "grens": st.column_config.CheckboxColumn(translate("profile.col.cross_border", lang)),
        "link": st.column_config.LinkColumn(
            translate("profile.col.link", lang), display_text=translate("profile.col.link", lang)
        ),
    }


# --- Figures, built once per municipality, language and data version ----------------------


@cached_figures
def locator_map(code: str) -> go.Figure:
    """Where the municipality lies in Twente."""
    return locator_figure(geojson=data_access.twente_geojson(), codes=list(GEMEENTE_CODES), focus=code)


@cached_figures
def comparison_figure(
    code: str, compare: tuple[str, ...], indicator_code: str, lang: str, version: str
) -> go.Figure:
    """One indicator for the municipality, up to three others, Twente and the Netherlands."""
    trends = data_access.indicator_trends((code, *compare), version)
    indicator = INDICATOR_BY_CODE[indicator_code]
    return trend_figure(
        series=trends[trends["indicator"] == indicator_code],
        names={c: gemeente_name(c) for c in trends["gemeente_code"].unique()},
        focus=code,
        compare=list(compare),
        unit=indicator.unit,
        lang=lang,
        series_breaks=indicator.series_breaks,
        height=340,
        show_legend=True,
    )


@cached_figures
def indicator_trend_figures(code: str, lang: str, version: str) -> dict[str, go.Figure]:
    """A small trend chart per indicator: the municipality, Twente and the Netherlands."""
    trends = data_access.indicator_trends((code,), version)
    names = {c: gemeente_name(c) for c in trends["gemeente_code"].unique()}
    return {
        indicator.code: trend_figure(
            series=trends[trends["indicator"] == indicator.code],
            names=names,
            focus=code,
            unit=indicator.unit,
            lang=lang,
            series_breaks=indicator.series_breaks,
        )
        for indicator in INDICATORS
    }


@cached_figures
def initiatives_theme_figure(code: str, lang: str, version: str) -> go.Figure:
    return initiatives_theme_chart(initiatives=data_access.gemeente_initiatives(code, version), lang=lang)
