"""Gemeenteprofiel: one municipality against Twente and the Netherlands, by stable URL."""

import streamlit as st

from components import url_state
from components.views import gemeenteprofiel as profile_view
from components.widgets.page_setup import context, page_header, t
from data.reference import GEMEENTE_BY_CODE

ctx = context()
code = url_state.value("gemeente")  # a CBS code, from a code or a name in the link

if code is None:
    page_header(t("page.gemeenteprofiel"), ctx, shows_figures=False)
    profile_view.render_choice(url_state.read("gemeente"), ctx.lang)
    st.stop()

gemeente = GEMEENTE_BY_CODE[code]
url_state.publish(gemeente=code)  # canonical form: a name in the link becomes the CBS code
page_header(t("profile.title", naam=gemeente.naam), ctx)
profile_view.render_header(gemeente, ctx)

st.header(t("profile.highlights"))
profile_view.render_highlights(gemeente, ctx.lang, ctx.data_version)

st.header(t("profile.compare"))
profile_view.render_comparison(gemeente, ctx.lang, ctx.data_version)

st.header(t("profile.indicators"))
st.caption(t("profile.indicators_note", naam=gemeente.naam))
profile_view.render_indicators(gemeente, ctx)

st.header(t("profile.initiatives_heading", naam=gemeente.naam))
profile_view.render_initiatives(gemeente, ctx.lang, ctx.data_version)
