"""The Kaart page's UI pieces: indicator, group and mode, the year or period, map, ranking, table.

Every choice lives in ``st.session_state`` and in the URL (``components/url_state``);
the page's year control moves the sidebar year too, so every page agrees.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components import cache, url_state
from components.cache import cached_figures
from components.charts.clickable_svg import ranking_html
from components.charts.maps import hover_lines
from components.widgets.clickable_picture import clickable_picture
from components.widgets.map_panel import (
    change_hover_lines,
    draw_indicator_map,
    indicator_download_table,
    indicator_table,
    table_expander,
)
from components.widgets.page_setup import PageContext, follow_page_control
from data.formatting import COUNT_UNIT, format_difference, format_value
from data.i18n import translate
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE, INDICATORS, Indicator
from data.reference import AGE_GROUP_BY_CODE, TOTAL_GROUP
from data.safe_files import csv_bytes
from data.years import change_end, change_period, shown_year

PROFILE_PAGE = "app_pages/gemeenteprofiel.py"
RANKING_HEIGHT = 520
MODES = ("waarde", "verandering")


@dataclass(frozen=True)
class View:
    """What the page shows: one indicator and group, in one year or as a change since ``since``."""

    indicator: Indicator
    group: str
    mode: str
    year: int
    since: int | None
    frame: pd.DataFrame
    lang: str
    version: str = ""


def _opening_indicator(codes: list[str], version: str) -> str:
    """A store with only some indicators (a CBS fetch) opens on one it has, not on an empty map."""
    with_data = set(cache.indicator_availability(version)["indicator"])
    if HEADLINE_INDICATOR in with_data or not with_data:
        return HEADLINE_INDICATOR
    return min(with_data, key=codes.index)


def render_controls(ctx: PageContext) -> tuple[Indicator, str, str]:
    """Indicator, age group and mode (value or change), each restored from the URL."""
    lang = ctx.lang
    codes = [i.code for i in INDICATORS]
    opening = lambda: _opening_indicator(codes, ctx.data_version)  # noqa: E731 - only asked when needed
    url_state.seed("kaart_indicator", "indicator", default=opening)
    controls = st.columns([3, 2, 2])
    with controls[0]:
        indicator_code = st.selectbox(
            translate("kaart.indicator", lang),
            codes,
            format_func=lambda c: INDICATOR_BY_CODE[c].name(lang),
            key="kaart_indicator",
            placeholder=translate("common.placeholder.choose", lang),
        )
    indicator = INDICATOR_BY_CODE[indicator_code]
    url_state.seed("kaart_groep", "groep", allowed=indicator.groups, default=TOTAL_GROUP)
    with controls[1]:
        group = st.selectbox(
            translate("kaart.group", lang),
            list(indicator.groups),
            format_func=lambda g: AGE_GROUP_BY_CODE[g].name(lang),
            key="kaart_groep",
            disabled=len(indicator.groups) == 1,
            placeholder=translate("common.placeholder.choose", lang),
        )
    url_state.seed("kaart_modus", "modus")
    with controls[2]:
        mode = st.radio(
            translate("kaart.mode", lang),
            list(MODES),
            format_func=lambda m: translate(f"kaart.mode.{m}", lang),
            key="kaart_modus",
        )
    return indicator, group, mode


def _order_period(years: list[int]) -> None:
    """``on_change`` of the change's two years: they come in order, and the sidebar's year follows the end."""
    period = change_period(years, st.session_state["kaart_sinds"], st.session_state["kaart_tot"])
    st.session_state["kaart_sinds"], st.session_state["kaart_tot"] = period
    follow_page_control("kaart_tot")


def render_period(indicator: Indicator, group: str, mode: str, ctx: PageContext) -> View:
    """The year (or the two years of a change) and the figures for it.

    Year choosers are drop-downs like the sidebar's: a slider's script and set-up were a
    tenth of the page's wait in a new browser (issue 18, bench/RESULTS.md).
    """
    lang, version = ctx.lang, ctx.data_version
    years = cache.indicator_years(indicator.code, group, version)
    year = shown_year(years, ctx.year)
    if mode == "verandering" and len(years) < 2:
        st.info(translate("kaart.one_year_only", lang))
        mode = "waarde"
    if mode == "waarde":
        st.session_state["kaart_jaar"] = year
        year = st.selectbox(
            translate("kaart.year", lang),
            years,
            key="kaart_jaar",
            on_change=follow_page_control,
            args=("kaart_jaar",),
            placeholder=translate("common.placeholder.choose", lang),
        )
        frame = cache.indicator_by_gemeente(indicator.code, year, group, version)
        since = None
    else:
        end = change_end(years, year)
        url_state.seed("kaart_sinds", "sinds", allowed=[y for y in years if y < end], default=years[0])
        period = change_period(years, st.session_state["kaart_sinds"], end)
        st.session_state["kaart_sinds"], st.session_state["kaart_tot"] = period
        first, last = st.columns(2)
        ends = {
            "on_change": _order_period,
            "args": (years,),
            "placeholder": translate("common.placeholder.choose", lang),
        }
        since = first.selectbox(translate("kaart.change_from", lang), years, key="kaart_sinds", **ends)
        year = last.selectbox(translate("kaart.change_to", lang), years, key="kaart_tot", **ends)
        frame = cache.change_since(indicator.code, since, year, group, version)
    url_state.publish(indicator=indicator.code, groep=group, modus=mode, sinds=since)
    return View(
        indicator=indicator,
        group=group,
        mode=mode,
        year=year,
        since=since,
        frame=frame,
        lang=lang,
        version=version,
    )


def heading(view: View) -> str:
    name = view.indicator.name(view.lang)
    if view.since is None:
        return translate("kaart.map_heading", view.lang, indicator=name, year=view.year)
    return translate("kaart.change_heading", view.lang, indicator=name, start=view.since, end=view.year)


def render_definition(view: View) -> None:
    lang, indicator = view.lang, view.indicator
    if view.since is None:
        better = "kaart.higher_better" if indicator.higher_is_better else "kaart.lower_better"
        legend = translate("kaart.legend_better", lang, direction=translate(better, lang))
    else:
        legend = translate("kaart.legend_change", lang)
    st.caption(f"**{translate('kaart.definition', lang)}:** {indicator.definition(lang)} {legend}")


def _open_profile(code: str | None, lang: str) -> None:
    if code:
        st.switch_page(PROFILE_PAGE, query_params={"gemeente": code, "lang": lang})


def _reference(frame: pd.DataFrame, column: str) -> float | None:
    return frame[column].iloc[0] if len(frame) else None


@cached_figures
def ranking_markup(indicator: str, group: str, year: int, since: int | None, lang: str, version: str) -> str:
    """The ranked bars of one view, built once per view and data version."""
    unit = INDICATOR_BY_CODE[indicator].unit
    if since is None:
        frame = cache.indicator_by_gemeente(indicator, year, group, version)
        tips, axis_title = hover_lines(frame, unit=unit, lang=lang), unit
        show = lambda value: format_value(value, unit, lang)  # noqa: E731
    else:
        frame = cache.change_since(indicator, since, year, group, version)
        tips = change_hover_lines(frame, unit=unit, lang=lang)
        # A change of a share is in percentage points: the bars say so once, below them.
        bare = COUNT_UNIT if unit == "%" else unit
        axis_title = translate("format.percentage_points", lang) if unit == "%" else unit
        show = lambda value: format_difference(value, bare, lang)  # noqa: E731
    return ranking_html(
        frame=frame,
        show=show,
        tips=tips,
        twente=_reference(frame, "twente"),
        nederland=_reference(frame, "nederland"),
        axis_title=axis_title,
        lang=lang,
        label=translate("kaart.ranking", lang),
        selectable=True,
    )


def render_map_and_ranking(view: View) -> None:
    """The map beside the ranking; a click on either opens that municipality's profile.

    In a narrow main area (a tablet in portrait) the map takes the width and the ranking
    goes below it: the ``stack_`` key opts the panel into page_setup's DEVICE_CSS.
    """
    lang, frame = view.lang, view.frame
    left, right = st.container(key="stack_kaart").columns([3, 2])
    with left:
        clicked = draw_indicator_map(
            frame=frame,
            indicator=view.indicator,
            lang=lang,
            key="kaart_map",
            label=heading(view),
            clickable=True,
            change=view.since is not None,
        )
        _open_profile(clicked, lang)
    with right:
        st.markdown(f"**{translate('kaart.ranking', lang)}**")
        ranking = ranking_markup(view.indicator.code, view.group, view.year, view.since, lang, view.version)
        clicked = clickable_picture(
            markup=ranking, key="kaart_bar", max_height=RANKING_HEIGHT, clickable=True
        )
        _open_profile(clicked, lang)
    st.caption(translate("kaart.click_hint", lang))


def render_summary(view: View) -> None:
    """Best and worst municipality and Twente, in one sentence."""
    known = view.frame.dropna(subset=["waarde"])
    if not len(known):
        return
    unit, lang = view.indicator.unit, view.lang
    best, worst = known.iloc[0], known.iloc[-1]
    show = format_difference if view.since is not None else format_value
    st.markdown(
        translate(
            "kaart.summary",
            lang,
            best=best["naam"],
            best_value=show(best["waarde"], unit, lang),
            worst=worst["naam"],
            worst_value=show(worst["waarde"], unit, lang),
            twente=show(_reference(view.frame, "twente"), unit, lang),
        )
    )


def render_table(view: View, *, expanded: bool) -> None:
    """The figures as a table, with a CSV download."""
    lang, indicator, change = view.lang, view.indicator, view.since is not None
    with table_expander(translate("kaart.table", lang), key="kaart_table", expanded=expanded) as table_open:
        if table_open:
            st.dataframe(indicator_table(view.frame, indicator, lang, change=change), hide_index=True)
            since = f"{view.since}-" if view.since else ""
            st.download_button(
                translate("kaart.download_csv", lang),
                data=csv_bytes(
                    indicator_download_table(view.frame, indicator, lang, change=change), dutch=lang != "en"
                ),
                file_name=f"{indicator.code}_{view.group}_{since}{view.year}.csv",
                mime="text/csv",
            )
