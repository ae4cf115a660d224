"""Verkennen: answer "measure by up to two dimensions, filtered" without code, and take it away."""

import streamlit as st

from components import cache
from components.views import verkennen as verkennen_view
from components.widgets.filters import render_initiative_filters
from components.widgets.page_setup import context, page_header, t
from data.years import shown_year

ctx = context()
page_header(t("page.verkennen"), ctx)
st.caption(t("explore.intro"))

spec = verkennen_view.render_question(ctx.lang)
years = cache.data_years(ctx.data_version)
chosen = render_initiative_filters(
    prefix=verkennen_view.PREFIX, lang=ctx.lang, years=years, default_year=shown_year(years, ctx.year)
)
verkennen_view.publish_question(spec)
verkennen_view.render_answer(spec, chosen, ctx.lang, ctx.data_version)
verkennen_view.render_share_link(ctx.lang)
