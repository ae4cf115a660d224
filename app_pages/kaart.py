"""Kaart: any indicator of the catalogue on the map, ranked, compared and as a table."""

import streamlit as st

from components import data_access, data_gaps, url_state
from components.indicator_charts import ranked_bar_figure
from components.map_panel import (
    change_hover_lines,
    draw_indicator_map,
    indicator_download_table,
    indicator_table,
    selected_gemeente,
    table_expander,
)
from components.maps import DIVERGING_SCALE
from components.page_setup import context, page_header, t
from data.formatting import format_difference, format_value
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE, INDICATORS
from data.reference import AGE_GROUP_BY_CODE, TOTAL_GROUP
from data.safe_files import csv_bytes
from data.years import shown_year

ctx = context()
page_header(t("kaart.title"), ctx)
PROFILE_PAGE = "app_pages/gemeenteprofiel.py"


def _sync_shared_year(key: str, index: int | None = None) -> None:
    """The page's year control moves the sidebar year too, so every page agrees."""
    value = st.session_state[key]
    st.session_state["jaar"] = value[index] if index is not None else value


def open_profile_on_click(event: object) -> None:
    code = selected_gemeente(event)
    if code:
        st.switch_page(PROFILE_PAGE, query_params={"gemeente": code, "lang": ctx.lang})


codes = [i.code for i in INDICATORS]
with_data = set(data_access.indicator_availability(ctx.data_version)["indicator"])
# A store with only some indicators (a CBS fetch) opens on one it has, not on an empty map.
opening = (
    HEADLINE_INDICATOR
    if HEADLINE_INDICATOR in with_data or not with_data
    else min(with_data, key=codes.index)
)
url_state.seed("kaart_indicator", param="indicator", allowed=codes, default=opening)
controls = st.columns([3, 2, 2])
with controls[0]:
    indicator_code = st.selectbox(
        t("kaart.indicator"),
        codes,
        format_func=lambda c: INDICATOR_BY_CODE[c].name(ctx.lang),
        key="kaart_indicator",
        placeholder=t("common.placeholder.choose"),
    )
indicator = INDICATOR_BY_CODE[indicator_code]
url_state.seed("kaart_groep", param="groep", allowed=list(indicator.groups), default=TOTAL_GROUP)
with controls[1]:
    group = st.selectbox(
        t("kaart.group"),
        list(indicator.groups),
        format_func=lambda g: AGE_GROUP_BY_CODE[g].name(ctx.lang),
        key="kaart_groep",
        disabled=len(indicator.groups) == 1,
        placeholder=t("common.placeholder.choose"),
    )
url_state.seed("kaart_modus", param="modus", allowed=["waarde", "verandering"], default="waarde")
with controls[2]:
    mode = st.radio(
        t("kaart.mode"),
        ["waarde", "verandering"],
        format_func=lambda m: t(f"kaart.mode.{m}"),
        key="kaart_modus",
    )

if data_gaps.indicator_missing(indicator, ctx, group):
    st.stop()
years = data_access.indicator_years(indicator.code, group, ctx.data_version)
year = shown_year(years, ctx.year)

if mode == "verandering" and len(years) < 2:
    st.info(t("kaart.one_year_only"))
    mode = "waarde"

if mode == "waarde":
    st.session_state["kaart_jaar"] = year
    year = st.select_slider(
        t("kaart.year"), years, key="kaart_jaar", on_change=_sync_shared_year, args=("kaart_jaar",)
    )
    frame = data_access.indicator_by_gemeente(indicator.code, year, group, ctx.data_version)
    heading = t("kaart.map_heading", indicator=indicator.name(ctx.lang), year=year)
    since = None
    hover = None
    scale, midpoint = "YlGnBu", None
    legend = t(
        "kaart.legend_better",
        direction=t("kaart.higher_better") if indicator.higher_is_better else t("kaart.lower_better"),
    )
else:
    end = year if year != years[0] else years[-1]
    url_state.seed(
        "kaart_sinds", param="sinds", allowed=[y for y in years if y < end], default=years[0], convert=int
    )
    st.session_state["kaart_periode"] = (st.session_state["kaart_sinds"], end)
    since, year = st.select_slider(
        t("kaart.years_change"),
        years,
        key="kaart_periode",
        on_change=_sync_shared_year,
        args=("kaart_periode", 1),
    )
    if since == year:
        since = years[0] if year != years[0] else years[1]
    st.session_state["kaart_sinds"] = since
    frame = data_access.change_since(indicator.code, since, year, group, ctx.data_version)
    heading = t("kaart.change_heading", indicator=indicator.name(ctx.lang), start=since, end=year)
    hover = change_hover_lines(frame, unit=indicator.unit, lang=ctx.lang)
    scale, midpoint = DIVERGING_SCALE, 0.0
    legend = t("kaart.legend_change")

url_state.publish(indicator=indicator.code, groep=group, modus=mode, sinds=since)

st.subheader(heading)
st.caption(f"**{t('kaart.definition')}:** {indicator.definition(ctx.lang)} {legend}")
problem = data_access.boundary_problem()
left, right = st.columns([3, 2])
with left:
    event = draw_indicator_map(
        frame=frame,
        indicator=indicator,
        lang=ctx.lang,
        key="kaart_map",
        selectable=True,
        hover_text=hover,
        colour_scale=scale,
        midpoint=midpoint,
    )
    open_profile_on_click(event)
with right:
    st.markdown(f"**{t('kaart.ranking')}**")
    twente = frame["twente"].iloc[0] if len(frame) else None
    nederland = frame["nederland"].iloc[0] if len(frame) else None
    bar = ranked_bar_figure(
        frame=frame, unit=indicator.unit, lang=ctx.lang, twente=twente, nederland=nederland
    )
    bar_event = st.plotly_chart(
        bar, key="kaart_bar", config={"displaylogo": False}, on_select="rerun", selection_mode="points"
    )
    open_profile_on_click(bar_event)
st.caption(t("kaart.click_hint"))
st.caption(data_gaps.figure_source(indicator, [year] if since is None else [since, year], ctx))

known = frame.dropna(subset=["waarde"])
if len(known):
    best, worst = known.iloc[0], known.iloc[-1]
    show = format_difference if mode == "verandering" else format_value
    st.markdown(
        t(
            "kaart.summary",
            best=best["naam"],
            best_value=show(best["waarde"], indicator.unit, ctx.lang),
            worst=worst["naam"],
            worst_value=show(worst["waarde"], indicator.unit, ctx.lang),
            twente=show(twente, indicator.unit, ctx.lang),
        )
    )

with table_expander(t("kaart.table"), key="kaart_table", expanded=bool(problem)) as table_open:
    if table_open:
        table = indicator_table(frame, indicator, ctx.lang, change=mode == "verandering")
        st.dataframe(table, hide_index=True)
        st.download_button(
            t("kaart.download_csv"),
            data=csv_bytes(
                indicator_download_table(frame, indicator, ctx.lang, change=mode == "verandering"),
                dutch=ctx.lang != "en",
            ),
            file_name=f"{indicator.code}_{group}_{f'{since}-' if since else ''}{year}.csv",
            mime="text/csv",
        )
