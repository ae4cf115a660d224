"""Overzicht: the year's headline figures and the headline indicator on the map."""

import streamlit as st

from components import cache
from components.views.overzicht import render_overview_kpis
from components.widgets import data_gaps
from components.widgets.map_panel import render_indicator_map
from components.widgets.page_setup import context, page_header, t
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE
from data.reference import TOTAL_GROUP
from data.years import shown_year

ctx = context()
page_header(t("overzicht.title", year=ctx.year), ctx)
st.caption(t("overzicht.intro"))

if not data_gaps.initiatives_missing(ctx):
    render_overview_kpis(cache.overview_kpis(ctx.year, ctx.data_version), ctx.lang)

indicator = INDICATOR_BY_CODE[HEADLINE_INDICATOR]
if data_gaps.indicator_missing(indicator, ctx):
    st.stop()
years = cache.indicator_years(indicator.code, TOTAL_GROUP, ctx.data_version)
year = shown_year(years, ctx.year)
map_title = t("overzicht.map_title", indicator=indicator.name(ctx.lang), year=year)
st.subheader(map_title)
if year != ctx.year:
    st.info(t("overzicht.map_fallback_year", year=ctx.year, shown=year))
frame = cache.indicator_by_gemeente(indicator.code, year, TOTAL_GROUP, ctx.data_version)
render_indicator_map(frame=frame, indicator=indicator, lang=ctx.lang, key="overzicht_map", label=map_title)
st.caption(t("overzicht.map_caption", definition=indicator.definition(ctx.lang)))
st.caption(data_gaps.figure_source(indicator, [year], ctx))
