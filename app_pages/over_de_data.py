"""Over de data: what every indicator means, where the figures and boundaries come from."""

import pandas as pd
import streamlit as st

from components import data_access
from components.page_setup import context, page_header, store_metadata, t
from data.geo import BoundaryError, sources_text
from data.indicators import INDICATORS
from data.reference import AGE_GROUP_BY_CODE, GEMEENTEN, THEMES

ctx = context()
page_header(t("over.title"), ctx)

if ctx.demo:
    st.markdown(t("over.demo_statement", seed=store_metadata().get("demo_seed") or "?"))
else:
    st.markdown(t("over.real_statement"))

st.header(t("over.indicators"))
st.caption(t("over.indicators_intro"))
availability = data_access.indicator_availability(ctx.data_version).set_index("indicator")
yes, no = t("over.yes"), t("over.no")
rows = []
for indicator in INDICATORS:
    years = availability["jaren"].get(indicator.code)
    rows.append(
        {
            t("over.col.indicator"): indicator.name(ctx.lang),
            t("over.col.definition"): indicator.definition(ctx.lang),
            t("over.col.unit"): indicator.unit,
            t("over.col.population"): indicator.population(ctx.lang),
            t("over.col.source"): indicator.source,
            t("over.col.years"): ", ".join(str(y) for y in years) if years is not None else "–",
            t("over.col.higher"): yes if indicator.higher_is_better else no,
            t("over.col.groups"): ", ".join(AGE_GROUP_BY_CODE[g].name(ctx.lang) for g in indicator.groups),
            t("over.col.breaks"): "; ".join(f"{y}: {note}" for y, note in indicator.series_breaks.items()),
        }
    )
st.dataframe(pd.DataFrame(rows), hide_index=True)

st.header(t("over.counting"))
st.markdown(t("over.counting_text"))

st.header(t("over.themes"))
for theme in THEMES:
    description = theme.description_en if ctx.lang == "en" else theme.description_nl
    st.markdown(f"**{theme.name(ctx.lang)}**: {description}")

st.header(t("over.municipalities"))
st.dataframe(
    pd.DataFrame(
        {
            t("col.code"): [g.code for g in GEMEENTEN],
            t("col.gemeente"): [g.naam for g in GEMEENTEN],
            t("over.col.population_2015"): [g.inwoners_2015 for g in GEMEENTEN],
            t("over.col.area"): [round(g.oppervlakte_land_ha / 100, 1) for g in GEMEENTEN],
        }
    ),
    hide_index=True,
)

st.header(t("over.boundaries"))
try:
    st.markdown(sources_text())
except BoundaryError as error:
    st.error(str(error))
