"""The Grenzeloos page's UI pieces: key figures, the cross-border map, the details in tabs.

The figures are pure functions in ``components/charts/grenzeloos.py``; their data comes
from ``components/cache.py``, keyed on the frozen filter and the store's data version.
"""

from __future__ import annotations

import streamlit as st

from components import cache
from components.cache import cached_figures
from components.charts.grenzeloos import (
    crossborder_map_svg,
    discipline_svg,
    district_table,
    gemeente_share_bars,
    gemeente_table,
    kpi_values,
    partnership_table,
    table_csv,
)
from components.charts.grenzeloos import trend_svg as crossborder_trend_svg
from components.charts.svg import svg_image
from components.widgets.clickable_picture import clickable_picture
from components.widgets.map_panel import table_expander
from components.widgets.static_table import render_static_table
from data.filters import InitiativeFilter
from data.formatting import escape_markdown
from data.i18n import translate

PREFIX = "grenzeloos"
FILTER_WIDGETS = ("years", "thema", "discipline", "status", "doelgroep", "financiering", "gemeente")

SHARE_MAX_HEIGHT = 460
CHART_MAX_HEIGHT = 340  # as tall as the plotly charts were
MAP_MAX_HEIGHT = 720  # as tall as the plotly map was (GRENS_MAP_HEIGHT)


# --- Figures, built once per filter, language and data version --------------------------


@cached_figures
def map_markup(chosen: InitiativeFilter, lang: str, version: str) -> tuple[str, str]:
    """Twente, the German districts, the partner places and the links between them, and the key."""
    return crossborder_map_svg(
        twente_geojson=cache.twente_geojson(),
        german_geojson=cache.german_geojson(),
        gemeenten=cache.crossborder_gemeenten(chosen, version),
        districts=cache.crossborder_districts(chosen, version),
        links=cache.crossborder_links(chosen, version),
        places=cache.crossborder_places(chosen, version),
        origins=cache.twente_labels(),
        border=cache.border_lines(),
        district_labels=cache.german_labels(),
        lang=lang,
    )


@cached_figures
def share_bars_html(chosen: InitiativeFilter, lang: str, version: str) -> str:
    svg, words = gemeente_share_bars(frame=cache.crossborder_gemeenten(chosen, version), lang=lang)
    return svg_image(svg, alt=words, max_height=SHARE_MAX_HEIGHT)


@cached_figures
def trend_html(all_years: InitiativeFilter, selected: tuple[int, int], lang: str, version: str) -> str:
    svg, words = crossborder_trend_svg(
        frame=cache.crossborder_trend(all_years, version), lang=lang, selected=selected
    )
    return svg_image(svg, alt=words, max_height=CHART_MAX_HEIGHT)


@cached_figures
def discipline_html(chosen: InitiativeFilter, lang: str, version: str) -> str:
    svg, words = discipline_svg(frame=cache.crossborder_disciplines(chosen, version), lang=lang)
    return svg_image(svg, alt=words, max_height=CHART_MAX_HEIGHT)


# --- The page's parts --------------------------------------------------------------------


def render_kpis(chosen: InitiativeFilter, lang: str, version: str) -> None:
    """Eight tiles in two rows: how much crosses the border, and with whom."""
    tiles = kpi_values(cache.crossborder_kpis(chosen, version), lang)
    for row in (tiles[:4], tiles[4:]):
        for column, (label, value, help_text) in zip(st.columns(4), row, strict=False):
            with column, st.container(border=True):
                st.metric(label, value)
                st.caption(help_text)


def render_map(chosen: InitiativeFilter, lang: str, version: str) -> None:
    """The map of links, and the German districts as a table (open when the map cannot be drawn)."""
    if cache.crossborder_links(chosen, version).empty:
        st.info(translate("grenzeloos.map.no_links", lang))
    problem = cache.crossborder_boundary_problem(lang)
    if problem:
        st.error(translate("grenzeloos.map.unavailable", lang, reason=escape_markdown(problem)))
    else:
        picture, key = map_markup(chosen, lang, version)
        clickable_picture(
            markup=picture, legend=key, key="grenzeloos_view_map", max_height=MAP_MAX_HEIGHT, clickable=False
        )
        st.caption(translate("grenzeloos.map.caption", lang))
        st.caption(translate("geo.credit", lang))
    with table_expander(
        translate("grenzeloos.table.as_table", lang), key="grenzeloos_kreise_open", expanded=bool(problem)
    ) as open_:
        if open_:
            districts = cache.crossborder_districts(chosen, version)
            st.dataframe(district_table(districts, lang), hide_index=True, key="grenzeloos_view_kreise")


def _render_per_gemeente(chosen: InitiativeFilter, lang: str, version: str) -> None:
    st.caption(translate("grenzeloos.per_gemeente.caption", lang))
    left, right = st.columns([2, 3])
    with left, st.container(key="grenzeloos_view_gemeenten"):
        st.html(share_bars_html(chosen, lang, version))
    with right:
        render_static_table(
            gemeente_table(cache.crossborder_gemeenten(chosen, version), lang),
            lang=lang,
            label=translate("grenzeloos.per_gemeente.title", lang),
        )


def _render_trend(chosen: InitiativeFilter, lang: str, version: str) -> None:
    left, right = st.columns(2)
    with left:
        st.subheader(translate("grenzeloos.trend.title", lang))
        st.caption(translate("grenzeloos.trend.caption", lang))
        all_years = chosen.with_years(None, None)
        selected = (chosen.year_from, chosen.year_to)
        with st.container(key="grenzeloos_view_trend"):
            st.html(trend_html(all_years, selected, lang, version))
    with right:
        st.subheader(translate("grenzeloos.discipline.title", lang))
        st.caption(translate("grenzeloos.discipline.caption", lang))
        with st.container(key="grenzeloos_view_discipline"):
            st.html(discipline_html(chosen, lang, version))


def _render_partners(chosen: InitiativeFilter, span: str, lang: str, version: str) -> None:
    st.caption(translate("grenzeloos.table.caption", lang))
    table = partnership_table(cache.crossborder_links(chosen, version), lang)
    st.dataframe(
        table,
        hide_index=True,
        key="grenzeloos_view_partners",
        column_config={
            translate("grenzeloos.col.budget", lang): st.column_config.NumberColumn(format="euro")
        },
    )
    st.download_button(
        translate("grenzeloos.download", lang),
        data=table_csv(table, lang),
        file_name=f"grenzeloos_partnerschappen_{span}.csv",
        mime="text/csv",
        key="grenzeloos_view_download",
    )


def render_details(chosen: InitiativeFilter, span: str, lang: str, version: str) -> None:
    """Per municipality, trend and partnerships in tabs, each built only when shown.

    The page's first view stays light, so its map appears sooner (bench/RESULTS.md).
    """
    per_gemeente_tab, trend_tab, partners_tab = st.tabs(
        [
            translate("grenzeloos.per_gemeente.title", lang),
            translate("grenzeloos.tab.trend", lang),
            translate("grenzeloos.table.title", lang),
        ],
        key="grenzeloos_tab",
        on_change="rerun",
    )
    with per_gemeente_tab:
        if per_gemeente_tab.open:
            _render_per_gemeente(chosen, lang, version)
    with trend_tab:
        if trend_tab.open:
            _render_trend(chosen, lang, version)
    with partners_tab:
        if partners_tab.open:
            _render_partners(chosen, span, lang, version)
