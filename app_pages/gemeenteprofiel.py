"""Gemeenteprofiel: one municipality against Twente and the Netherlands, by stable URL."""

import streamlit as st

from components import data_access, data_gaps, url_state
from components.gemeente_picker import render_gemeente_picker
from components.maps import MAP_CONFIG
from components.page_setup import context, page_header, t
from components.profile_view import (
    cached_initiatives_table,
    comparison_figure,
    indicator_trend_figures,
    initiatives_column_config,
    initiatives_theme_figure,
    key_figure_tiles,
    latest_line,
    locator_map,
)
from data.formatting import escape_markdown
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE, INDICATORS
from data.profile import highlight_sentence, latest_summary
from data.reference import GEMEENTE_BY_CODE, GEMEENTE_CODES, TOTAL_GROUP, find_gemeente, gemeente_name

ctx = context()
requested = url_state.read("gemeente")
code = find_gemeente(requested) if requested else None

if code is None:
    page_header(t("page.gemeenteprofiel"), ctx, shows_figures=False)
    if requested:
        st.error(t("profile.unknown", value=escape_markdown(requested[:80])))
    clicked, below_list = render_gemeente_picker(ctx.lang)
    choice = below_list.selectbox(
        t("profile.choose"),
        GEMEENTE_CODES,
        index=None,
        format_func=gemeente_name,
        key="profiel_keuze",
        placeholder=t("common.placeholder.choose"),
    )
    choice = clicked or choice
    if choice:
        url_state.publish(gemeente=choice)
        st.rerun()
    st.stop()

gemeente = GEMEENTE_BY_CODE[code]
url_state.publish(gemeente=code)  # canonical form: a name in the link becomes the CBS code
page_header(t("profile.title", naam=gemeente.naam), ctx)

header, locator = st.columns([3, 1])
with header:
    key_figure_tiles(gemeente, data_access.gemeente_key_figures(code, ctx.year, ctx.data_version), ctx)
with locator:
    if not data_access.boundary_problem():
        st.plotly_chart(
            locator_map(code),
            key="profiel_locator",
            config={**MAP_CONFIG, "displayModeBar": False, "staticPlot": True},
        )
        st.caption(t("geo.credit"))

st.header(t("profile.highlights"))
above, below = data_access.highlights(code, ctx.data_version)
columns = st.columns(2)
for column, title, rows in ((columns[0], "profile.above", above), (columns[1], "profile.below", below)):
    with column:
        st.markdown(f"**{t(title)}**")
        for _, row in rows.iterrows():
            st.markdown(f"- {highlight_sentence(row, gemeente.naam, ctx.lang)}")
st.caption(t("profile.highlights_note"))

st.header(t("profile.compare"))
others = [c for c in GEMEENTE_CODES if c != code]
url_state.seed(
    "profiel_indicator", param="indicator", allowed=[i.code for i in INDICATORS], default=HEADLINE_INDICATOR
)
if "profiel_vergelijk" not in st.session_state:
    from_url = [c for c in (url_state.read("vergelijk") or "").split(",") if c in others]
    st.session_state["profiel_vergelijk"] = from_url[:3]
pick = st.columns([2, 3])
compare_indicator = pick[0].selectbox(
    t("profile.compare_indicator"),
    [i.code for i in INDICATORS],
    format_func=lambda c: INDICATOR_BY_CODE[c].name(ctx.lang),
    key="profiel_indicator",
    placeholder=t("common.placeholder.choose"),
)
compare = pick[1].multiselect(
    t("profile.compare_with"),
    others,
    format_func=gemeente_name,
    max_selections=3,
    key="profiel_vergelijk",
    placeholder=t("common.placeholder.choose_many"),
)
url_state.publish(indicator=compare_indicator, vergelijk=",".join(compare) or None)

st.plotly_chart(
    comparison_figure(code, tuple(compare), compare_indicator, ctx.lang, ctx.data_version),
    key="profiel_vergelijking",
)

st.header(t("profile.indicators"))
st.caption(t("profile.indicators_note", naam=gemeente.naam))
summary = latest_summary(data_access.indicator_trends((code,), ctx.data_version), code).set_index("indicator")
trend_charts = indicator_trend_figures(code, ctx.lang, ctx.data_version)
grid = st.columns(3)
for index, indicator in enumerate(INDICATORS):
    with grid[index % 3], st.container(border=True):
        st.markdown(f"**{indicator.name(ctx.lang)}**")
        if indicator.code not in summary.index:  # nothing stored: say so, draw no empty chart
            st.caption(t("gaps.indicator", indicator=indicator.name(ctx.lang)))
            continue
        st.markdown(latest_line(summary.loc[indicator.code], indicator, ctx.lang))
        st.plotly_chart(
            trend_charts[indicator.code],
            key=f"profiel_trend_{indicator.code}",
            config={"displayModeBar": False},
        )
        years = data_access.indicator_years(indicator.code, TOTAL_GROUP, ctx.data_version)
        st.caption(data_gaps.figure_source(indicator, years, ctx))

st.header(t("profile.initiatives_heading", naam=gemeente.naam))
initiatives = data_access.gemeente_initiatives(code, ctx.data_version)
if initiatives.empty:
    st.info(t("profile.no_initiatives"))
else:
    st.plotly_chart(initiatives_theme_figure(code, ctx.lang, ctx.data_version), key="profiel_themas")
    st.dataframe(
        cached_initiatives_table(code, ctx.lang, ctx.data_version),
        hide_index=True,
        column_config=initiatives_column_config(ctx.lang),
    )
    st.page_link(
        "app_pages/initiatieven.py",
        label=t("profile.open_list"),
        icon=":material/list_alt:",
        query_params={"gemeente": code, "lang": ctx.lang},
    )
