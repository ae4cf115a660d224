"""Grenzeloos: cross-border work between Twente and its German neighbours, on one map."""

import streamlit as st

from components import cache
from components.views import grenzeloos as view
from components.widgets import data_gaps
from components.widgets.filters import follow_sidebar_year, render_initiative_filters
from components.widgets.page_setup import context, page_header, t
from data.years import shown_year, year_span

ctx = context()
page_header(t("page.grenzeloos"), ctx)
st.caption(t("grenzeloos.intro"))
if data_gaps.initiatives_missing(ctx):
    st.stop()

years = cache.initiative_years(ctx.data_version)
follow_sidebar_year(view.PREFIX, ctx.year, years)
chosen = render_initiative_filters(
    prefix=view.PREFIX,
    lang=ctx.lang,
    years=years,
    default_year=shown_year(years, ctx.year),
    widgets=view.FILTER_WIDGETS,
)
span = year_span(chosen.year_from, chosen.year_to)

st.subheader(t("grenzeloos.kpi.title", years=span))
view.render_kpis(chosen, ctx.lang, ctx.data_version)

st.subheader(t("grenzeloos.map.title"))
view.render_map(chosen, ctx.lang, ctx.data_version)

view.render_details(chosen, span, ctx.lang, ctx.data_version)
