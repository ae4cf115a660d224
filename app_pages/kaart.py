"""Kaart: any indicator of the catalogue on the map, ranked, compared and as a table."""

import streamlit as st

from components import cache
from components.views import kaart as kaart_view
from components.widgets import data_gaps
from components.widgets.page_setup import context, page_header, t

ctx = context()
page_header(t("kaart.title"), ctx)

indicator, group, mode = kaart_view.render_controls(ctx)
if data_gaps.indicator_missing(indicator, ctx, group):
    st.stop()
view = kaart_view.render_period(indicator, group, mode, ctx)

st.subheader(kaart_view.heading(view))
kaart_view.render_definition(view)
kaart_view.render_map_and_ranking(view)
shown = [view.year] if view.since is None else [view.since, view.year]
st.caption(data_gaps.figure_source(indicator, shown, ctx))
kaart_view.render_summary(view)
kaart_view.render_table(view, expanded=bool(cache.boundary_problem()))
