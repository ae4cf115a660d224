"""Initiatieven: every initiative of the agenda, searchable, filterable, one in full, downloadable."""

import streamlit as st

from components import cache
from components.views import initiatieven as initiatieven_view
from components.widgets import data_gaps
from components.widgets.filters import render_initiative_filters
from components.widgets.page_setup import context, page_header, t

ctx = context()
page_header(t("page.initiatieven"), ctx)
st.caption(t("ini.intro"))
if data_gaps.initiatives_missing(ctx):
    st.stop()

years = cache.initiative_years(ctx.data_version)
chosen = render_initiative_filters(
    prefix=initiatieven_view.PREFIX,
    lang=ctx.lang,
    years=years,
    default_year=ctx.year,
    default_range=(years[0], years[-1]),
)
ids, table = initiatieven_view.render_count(chosen, ctx.lang, ctx.data_version)
if not ids:
    st.info(t("ini.none"))
else:
    selected = initiatieven_view.render_list(ids, table, ctx.lang)
    initiatieven_view.render_downloads(table, ctx.lang)
    initiatieven_view.render_detail(selected, ctx.lang, ctx.data_version)
