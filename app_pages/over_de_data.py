"""Over de data: which figures are real and where they come from, licences, and loading real data."""

import pandas as pd
import streamlit as st

from components import cache
from components.cache import has_imported_data, shows_imported_data, store_metadata
from components.widgets.page_setup import context, page_header, t
from data import geo, provenance
from data.indicators import INDICATOR_BY_CODE, INDICATORS, Indicator
from data.reference import AGE_GROUP_BY_CODE, GEMEENTEN, THEMES
from data.years import year_ranges

ctx = context()
page_header(t("over.title"), ctx, shows_figures=False)
st.markdown(t("over.intro"))
yes, no = t("over.yes"), t("over.no")


def catalogue_row(indicator: Indicator) -> dict[str, str]:
    groups = ", ".join(AGE_GROUP_BY_CODE[g].name(ctx.lang) for g in indicator.groups)
    return {
        t("over.col.indicator"): indicator.name(ctx.lang),
        t("over.col.definition"): indicator.definition(ctx.lang),
        t("over.col.unit"): indicator.unit,
        t("over.col.population"): indicator.population(ctx.lang),
        t("over.col.source"): indicator.source,
        t("over.col.higher"): yes if indicator.higher_is_better else no,
        t("over.col.groups"): groups,
        t("over.col.breaks"): "; ".join(
            f"{y}: {note}" for y, note in indicator.series_break_notes(ctx.lang).items()
        ),
    }


st.header(t("over.real_or_demo"))
if ctx.demo:
    st.markdown(t("over.demo_statement"))
    st.markdown(t("over.demo_real"))
    st.caption(t("over.demo_seed", seed=store_metadata().get("demo_seed") or "?"))
    if has_imported_data() and not shows_imported_data():
        st.info(t("over.imported_available", switch=t("sidebar.imported_data")))
else:
    st.markdown(t("over.imported_statement"))

st.subheader(t("over.provenance"))
st.caption(t("over.provenance_intro"))
origin = cache.indicator_provenance(ctx.data_version)
st.dataframe(
    pd.DataFrame(
        {
            t("over.col.indicator"): [INDICATOR_BY_CODE[c].name(ctx.lang) for c in origin["indicator"]],
            t("over.col.present"): [yes if present else no for present in origin["aanwezig"]],
            t("over.col.years"): [year_ranges(years) or "–" for years in origin["jaren"]],
            t("over.col.origin"): [
                "; ".join(
                    provenance.source_label(source, ctx.lang, with_years=len(sources) > 1)
                    for source in sources
                )
                or t("over.no_values")
                for sources in origin["bronnen"]
            ],
        }
    ),
    hide_index=True,
)

st.header(t("over.sources"))
st.markdown(t("over.sources_intro"))
st.markdown(
    "\n".join(
        f"- {t(key)}"
        for key in (
            "over.sources.boundaries_nl",
            "over.sources.boundaries_de",
            "over.sources.population_2024",
            "over.sources.key_figures_2015",
            "over.sources.cbs_fetch",
            "over.sources.partners",
        )
    )
)
st.markdown(t("over.sources.map_credit", credit=t("geo.credit")))

st.header(t("over.load"))
st.markdown(
    t("over.load_text", twente_file=geo.TWENTE_FILE, kreise_file=geo.KREISE_FILE, env=geo.GEO_ENV_VAR)
)

st.header(t("over.indicators"))
st.caption(t("over.indicators_intro"))
st.dataframe(pd.DataFrame([catalogue_row(indicator) for indicator in INDICATORS]), hide_index=True)

st.header(t("over.counting"))
st.markdown(t("over.counting_text"))

st.header(t("over.themes"))
for theme in THEMES:
    st.markdown(f"**{theme.name(ctx.lang)}**: {theme.description(ctx.lang)}")

st.header(t("over.municipalities"))
st.dataframe(
    pd.DataFrame(
        {
            t("col.code"): [g.code for g in GEMEENTEN],
            t("col.gemeente"): [g.naam for g in GEMEENTEN],
            t("over.col.population_2024"): [g.inwoners_2024 for g in GEMEENTEN],
            t("over.col.population_2015"): [g.inwoners_2015 for g in GEMEENTEN],
            t("over.col.area"): [round(g.oppervlakte_land_ha / 100, 1) for g in GEMEENTEN],
        }
    ),
    hide_index=True,
)
st.caption(t("over.municipalities_source"))
