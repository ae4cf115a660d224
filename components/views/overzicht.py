"""The Overzicht page's UI pieces: KPI tiles, a number, its label and one sentence saying what it means."""

from __future__ import annotations

import streamlit as st

from data.formatting import format_euro, format_number
from data.i18n import translate
from data.queries import OverviewKpis
from data.reference import GEMEENTEN, THEMES


def _tile(label: str, value: str, explanation: str) -> None:
    with st.container(border=True):
        st.metric(label, value)
        st.caption(explanation)


def render_overview_kpis(kpis: OverviewKpis, lang: str) -> None:
    year = kpis.year
    share = (
        translate("kpi.no_data", lang)
        if kpis.cross_border_share is None
        else f"{format_number(kpis.cross_border_share * 100, 0, lang)}%"
    )
    first = st.columns(4)
    tiles = (
        ("kpi.initiatives", format_number(kpis.initiatives, 0, lang)),
        ("kpi.participants", format_number(kpis.participants, 0, lang)),
        ("kpi.budget", format_euro(kpis.budget, lang)),
        ("kpi.cross_border", share),
    )
    for column, (key, value) in zip(first, tiles, strict=True):
        with column:
            _tile(translate(key, lang), value, translate(f"{key}.help", lang, year=year))
    second = st.columns(len(THEMES))
    for column, theme in zip(second, THEMES, strict=True):
        with column:
            _tile(
                translate("kpi.theme", lang, theme=theme.name(lang)),
                f"{kpis.gemeenten_per_theme[theme.code]} / {len(GEMEENTEN)}",
                translate("kpi.theme.help", lang, year=year),
            )
