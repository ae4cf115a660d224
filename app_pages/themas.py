"""Thema's: how the agenda's initiatives cover the three themes of the cultuurprofiel.

Matrix (municipality x theme) with its gaps, a click on a cell lists the initiatives
behind it, three small-multiple maps (pictures drawn on the server), the dekking score,
breakdowns and the trend in tabs (each drawn when shown).
"""

import streamlit as st

from components.cache import initiative_years
from components.views import themas as themas_view
from components.widgets import data_gaps
from components.widgets.filters import render_initiative_filters
from components.widgets.page_setup import context, page_header, t
from data.years import shown_year

FILTER_WIDGETS = ("years", "status", "discipline", "doelgroep", "financiering", "grens")

ctx = context()
page_header(t("page.themas"), ctx)
st.caption(t("themas.intro"))
if data_gaps.initiatives_missing(ctx):
    st.stop()

years = initiative_years(ctx.data_version)
chosen = render_initiative_filters(
    prefix=themas_view.PREFIX,
    lang=ctx.lang,
    years=years,
    default_year=shown_year(years, ctx.year),
    widgets=FILTER_WIDGETS,
    columns=3,
)
measure, per_1000, sort = themas_view.render_measure_controls(ctx.lang)
view = themas_view.View(
    chosen=chosen, measure=measure, per_1000=per_1000, lang=ctx.lang, version=ctx.data_version
)
label = themas_view.years_label(chosen)

themas_view.render_matrix_and_cell(view, sort)

st.subheader(t("themas.maps.title", years=label))
themas_view.render_theme_maps(view)

themas_view.render_details(view, label)
