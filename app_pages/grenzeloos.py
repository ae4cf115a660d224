"""Grenzeloos: cross-border work between Twente and its German neighbours, on one map."""

import streamlit as st

from components import data_access, data_gaps
from components import grenzeloos_data as data
from components.crossborder_charts import (
    district_table,
    gemeente_table,
    kpi_values,
    partnership_table,
    table_csv,
)
from components.filters import render_initiative_filters
from components.map_panel import table_expander
from components.maps import MAP_CONFIG
from components.page_setup import context, page_header, t
from data.formatting import escape_markdown
from data.years import shown_year, year_span

FILTER_WIDGETS = ("years", "thema", "discipline", "status", "doelgroep", "financiering", "gemeente")

ctx = context()
page_header(t("page.grenzeloos"), ctx)
st.caption(t("grenzeloos.intro"))
if data_gaps.initiatives_missing(ctx):
    st.stop()

years = data_access.initiative_years(ctx.data_version)
default_year = shown_year(years, ctx.year)
data.follow_sidebar_year("grenzeloos", ctx.year, years)
chosen = render_initiative_filters(
    prefix="grenzeloos", lang=ctx.lang, years=years, default_year=default_year, widgets=FILTER_WIDGETS
)
key = data_access.filter_key(chosen)
span = year_span(chosen.year_from, chosen.year_to)

st.subheader(t("grenzeloos.kpi.title", years=span))
tiles = kpi_values(data.kpis(key, ctx.data_version), ctx.lang)
for row in (tiles[:4], tiles[4:]):
    for column, (label, value, help_text) in zip(st.columns(4), row, strict=False):
        with column, st.container(border=True):
            st.metric(label, value)
            st.caption(help_text)

links = data.links(key, ctx.data_version)
gemeenten = data.gemeente_totals(key, ctx.data_version)
districts = data.district_totals(key, ctx.data_version)

st.subheader(t("grenzeloos.map.title"))
if links.empty:
    st.info(t("grenzeloos.map.no_links"))
problem = data.boundary_problem()
if problem:
    st.error(t("grenzeloos.map.unavailable", reason=escape_markdown(problem)))
else:
    figure = data.map_figure(key, ctx.lang, ctx.data_version)
    st.plotly_chart(figure, key="grenzeloos_view_map", config=MAP_CONFIG)
    st.caption(t("grenzeloos.map.caption"))
    st.caption(t("geo.credit"))
with table_expander(
    t("grenzeloos.table.as_table"), key="grenzeloos_kreise_open", expanded=bool(problem)
) as open_:
    if open_:
        st.dataframe(district_table(districts, ctx.lang), hide_index=True, key="grenzeloos_view_kreise")

# The details in tabs, each built only when shown: the page's first view stays light,
# so its map appears sooner (bench/RESULTS.md).
per_gemeente_tab, trend_tab, partners_tab = st.tabs(
    [t("grenzeloos.per_gemeente.title"), t("grenzeloos.tab.trend"), t("grenzeloos.table.title")],
    key="grenzeloos_tab",
    on_change="rerun",
)
with per_gemeente_tab:
    if per_gemeente_tab.open:
        st.caption(t("grenzeloos.per_gemeente.caption"))
        left, right = st.columns([2, 3])
        with left:
            st.plotly_chart(
                data.share_figure(key, ctx.lang, ctx.data_version), key="grenzeloos_view_gemeenten"
            )
        with right:
            st.dataframe(
                gemeente_table(gemeenten, ctx.lang),
                hide_index=True,
                key="grenzeloos_view_gemeente_tabel",
                column_config={t("grenzeloos.col.aandeel"): st.column_config.NumberColumn(format="%.1f")},
            )

with trend_tab:
    if trend_tab.open:
        left, right = st.columns(2)
        with left:
            st.subheader(t("grenzeloos.trend.title"))
            st.caption(t("grenzeloos.trend.caption"))
            all_years = data_access.filter_key(chosen.with_years(None, None))
            selected = (chosen.year_from, chosen.year_to)
            st.plotly_chart(
                data.trend_chart(all_years, selected, ctx.lang, ctx.data_version), key="grenzeloos_view_trend"
            )
        with right:
            st.subheader(t("grenzeloos.discipline.title"))
            st.caption(t("grenzeloos.discipline.caption"))
            st.plotly_chart(
                data.discipline_chart(key, ctx.lang, ctx.data_version), key="grenzeloos_view_discipline"
            )

with partners_tab:
    if partners_tab.open:
        st.caption(t("grenzeloos.table.caption"))
        table = partnership_table(links, ctx.lang)
        st.dataframe(
            table,
            hide_index=True,
            key="grenzeloos_view_partners",
            column_config={t("grenzeloos.col.budget"): st.column_config.NumberColumn(format="euro")},
        )
        st.download_button(
            t("grenzeloos.download"),
            data=table_csv(table, ctx.lang),
            file_name=f"grenzeloos_partnerschappen_{span}.csv",
            mime="text/csv",
            key="grenzeloos_view_download",
        )
