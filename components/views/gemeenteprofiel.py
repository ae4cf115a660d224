"""The Gemeenteprofiel page's UI pieces: key figures, indicator lines, initiatives, cached figures."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import cache, url_state
from components.cache import cached_figures
from components.charts.gemeenteprofiel import initiatives_theme_svg
from components.charts.svg import (
    locator_svg,
    series_description,
    svg_image,
    trend_chart_svg,
    trend_sparkline_svg,
)
from components.widgets import data_gaps
from components.widgets.gemeente_picker import render_gemeente_picker
from components.widgets.map_panel import table_expander
from components.widgets.page_setup import PageContext
from components.widgets.static_table import render_static_table
from data.formatting import (
    COUNT_UNIT,
    escape_markdown,
    format_difference,
    format_euro,
    format_number,
    format_value,
)
from data.i18n import translate
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE, INDICATORS, Indicator
from data.profile import highlight_sentence
from data.reference import COUNTRY_NL, GEMEENTE_CODES, REGION_TWENTE, TOTAL_GROUP, Gemeente, gemeente_name

# The comparison's picture in units across, on a laptop and on a phone (about 1:1 there).
COMPARISON_WIDTH, COMPARISON_PHONE_WIDTH = 640.0, 380.0


def key_figure_tiles(gemeente: Gemeente, figures: dict[str, float], ctx: PageContext) -> None:
    lang, year = ctx.lang, ctx.year
    tiles = (
        (
            translate("profile.population", lang, date=f"1-1-{figures['inhabitants_year']}"),
            format_number(figures["inhabitants"], 0, lang),
        ),
        (
            translate("profile.area", lang),
            f"{format_number(gemeente.oppervlakte_land_ha / 100, 1, lang)} km²",
        ),
        (translate("profile.initiatives", lang, year=year), format_number(figures["initiatives"], 0, lang)),
        (translate("profile.participants", lang, year=year), format_number(figures["participants"], 0, lang)),
        (translate("profile.budget", lang, year=year), format_euro(figures["budget"], lang)),
        (translate("profile.cross_border", lang, year=year), format_number(figures["cross_border"], 0, lang)),
    )
    columns = st.columns(3)
    for index, (label, value) in enumerate(tiles):
        with columns[index % 3]:
            st.metric(label, value)
    st.caption(translate("profile.key_note", lang))


def latest_line(row: pd.Series, indicator: Indicator, lang: str) -> str:
    """'**84,2%** in 2024 · rang 3 van 14 · +2,1 procentpunt sinds 2019'."""
    return translate(
        "profile.latest",
        lang,
        value=format_value(row["waarde"], indicator.unit, lang),
        year=int(row["jaar"]),
        rank="–" if pd.isna(row["rang"]) else int(row["rang"]),
        change=format_difference(row["verandering"], indicator.unit, lang),
        first=int(row["eerste_jaar"]),
    )


def initiatives_column_config(lang: str) -> dict[str, object]:
    return {
        "naam": st.column_config.TextColumn(translate("profile.col.name", lang), width="large"),
        "thema": translate("profile.col.theme", lang),
        "jaren": translate("profile.col.years", lang),
        "status": translate("profile.col.status", lang),
        "budget": st.column_config.NumberColumn(translate("profile.col.budget", lang), format="localized"),
        "bereik": st.column_config.NumberColumn(translate("profile.col.reach", lang), format="localized"),
        "grens": st.column_config.CheckboxColumn(translate("profile.col.cross_border", lang)),
        "link": st.column_config.LinkColumn(
            translate("profile.col.link", lang), display_text=translate("profile.col.link", lang)
        ),
    }


# --- Figures, built once per municipality, language and data version ----------------------


@cached_figures
def locator_map(code: str, lang: str) -> str:
    """Where the municipality lies in Twente: a static picture, drawn as SVG on the server."""
    label = translate("profile.locator_alt", lang, naam=gemeente_name(code, lang))
    return svg_image(
        locator_svg(geojson=cache.twente_geojson(), focus=code, label=label), alt=label, max_height=240
    )


def break_notes(indicator: Indicator, lang: str) -> list[str]:
    """'Trendbreuk 2020: ...' per series break of the indicator, for a picture's alt text."""
    word = translate("profile.series_break", lang)
    return [
        f"{word[:1].upper()}{word[1:]} {year}: {note}"
        for year, note in indicator.series_break_notes(lang).items()
    ]


def comparison_rows(code: str, compare: tuple[str, ...], indicator_code: str, version: str) -> pd.DataFrame:
    """The stored values of the comparison's indicator for the municipality, the chosen others,
    Twente and the Netherlands."""
    trends = cache.indicator_trends((code, *compare), version)
    return trends[(trends["indicator"] == indicator_code) & trends["waarde"].notna()]


def shown_areas(rows: pd.DataFrame, code: str, compare: tuple[str, ...]) -> list[str]:
    """The areas with a value in ``rows``, in the legend's order: the municipality, the
    chosen others, Twente, the Netherlands."""
    stored = set(rows["gemeente_code"])
    return [c for c in (code, *compare, REGION_TWENTE, COUNTRY_NL) if c in stored]


@cached_figures
def comparison_html(code: str, compare: tuple[str, ...], indicator_code: str, lang: str, version: str) -> str:
    """One indicator for the municipality, up to three others, Twente and the Netherlands.

    A picture drawn on the server, its values in the alt text and the table below: the
    plotly chart it replaces was the page's last, and loading plotly.js was most of the
    page's wait in a new browser (issue 18).
    """
    rows = comparison_rows(code, compare, indicator_code, version)
    indicator = INDICATOR_BY_CODE[indicator_code]
    areas = shown_areas(rows, code, compare)
    names = {c: gemeente_name(c, lang) for c in areas}
    label = translate(
        "profile.compare_alt", lang, indicator=indicator.name(lang), namen=", ".join(names.values())
    )
    drawn = {
        width: trend_chart_svg(
            series=rows,
            names=names,
            focus=code,
            compare=list(compare),
            unit=indicator.unit,
            lang=lang,
            label=label,
            series_breaks=indicator.series_break_notes(lang),
            break_label=translate("profile.series_break", lang),
            width=width,
        )
        for width in (COMPARISON_WIDTH, COMPARISON_PHONE_WIDTH)
    }
    values = [
        series_description(series=rows, name=names[c], code=c, unit=indicator.unit, lang=lang) for c in areas
    ]
    alt = " ".join([label, *values, *break_notes(indicator, lang)])
    return svg_image(drawn[COMPARISON_WIDTH], alt=alt, max_height=420, narrow=drawn[COMPARISON_PHONE_WIDTH])


def comparison_table(
    code: str, compare: tuple[str, ...], indicator_code: str, lang: str, version: str
) -> pd.DataFrame:
    """The comparison's values: a row per year, a column per area (its unit in the heading)."""
    indicator = INDICATOR_BY_CODE[indicator_code]
    rows = comparison_rows(code, compare, indicator_code, version)
    areas = shown_areas(rows, code, compare)
    suffix = "" if indicator.unit == COUNT_UNIT else f" ({indicator.unit})"
    table = rows.pivot_table(index="jaar", columns="gemeente_code", values="waarde", aggfunc="first")
    table = table.reindex(columns=areas).rename(columns=lambda c: f"{gemeente_name(c, lang)}{suffix}")
    table.index = table.index.astype(int).astype(str)  # a year, not a number to localise
    return table.rename_axis(translate("sidebar.year", lang)).reset_index().rename_axis(columns=None)


@cached_figures
def indicator_sparklines(code: str, lang: str, version: str) -> dict[str, str]:
    """Per stored indicator its trend as an SVG sparkline (an ``<img>``): municipality, Twente, NL.

    Drawn on the server: fourteen small plotly charts (or one figure of fourteen subplots)
    cost the browser most of the page's wait, for pictures nobody zooms (issue 18).
    """
    trends = cache.indicator_trends((code,), version)
    names = {c: gemeente_name(c, lang) for c in trends["gemeente_code"].unique()}
    stored = set(trends.loc[(trends["gemeente_code"] == code) & trends["waarde"].notna(), "indicator"])
    word = translate("profile.series_break", lang)
    sparklines = {}
    for indicator in INDICATORS:
        if indicator.code not in stored:
            continue
        rows = trends[trends["indicator"] == indicator.code]
        label = translate("profile.sparkline_alt", lang, indicator=indicator.name(lang), naam=names[code])
        breaks = indicator.series_break_notes(lang)
        values = series_description(series=rows, name=names[code], code=code, unit=indicator.unit, lang=lang)
        svg = trend_sparkline_svg(
            series=rows,
            names=names,
            focus=code,
            unit=indicator.unit,
            lang=lang,
            label=label,
            series_breaks=breaks,
            break_label=word,
        )
        alt = " ".join([label, values, *break_notes(indicator, lang)])
        sparklines[indicator.code] = svg_image(svg, alt=alt, max_height=200)
    return sparklines


@cached_figures
def initiatives_theme_html(code: str, lang: str, version: str) -> str:
    svg, words = initiatives_theme_svg(initiatives=cache.gemeente_initiatives(code, version), lang=lang)
    return svg_image(svg, alt=words, max_height=280)


# --- The page's parts --------------------------------------------------------------------


def render_choice(requested: str | None, lang: str) -> None:
    """No municipality (or an unknown one) in the link: say so and let the reader pick one."""
    if requested:
        st.error(translate("profile.unknown", lang, value=escape_markdown(requested[:80])))
    clicked, below_list = render_gemeente_picker(lang)
    choice = below_list.selectbox(
        translate("profile.choose", lang),
        GEMEENTE_CODES,
        index=None,
        format_func=gemeente_name,
        key="profiel_keuze",
        placeholder=translate("common.placeholder.choose", lang),
    )
    choice = clicked or choice
    if choice:
        url_state.publish(gemeente=choice)
        st.rerun()


def render_header(gemeente: Gemeente, ctx: PageContext) -> None:
    """The key figures beside a small map that shows where the municipality lies."""
    header, locator = st.columns([3, 1])
    with header:
        key_figure_tiles(gemeente, cache.gemeente_key_figures(gemeente.code, ctx.year, ctx.data_version), ctx)
    with locator:
        if not cache.boundary_problem():
            with st.container(key="profiel_locator"):
                st.html(locator_map(gemeente.code, ctx.lang))
            st.caption(translate("geo.credit", ctx.lang))


def render_highlights(gemeente: Gemeente, lang: str, version: str) -> None:
    """Where the municipality is furthest above and below Twente."""
    above, below = cache.highlights(gemeente.code, version)
    columns = st.columns(2)
    for column, title, rows in ((columns[0], "profile.above", above), (columns[1], "profile.below", below)):
        with column:  # the heading and its list as one element each side
            items = [f"- {highlight_sentence(row, gemeente.naam, lang)}" for _, row in rows.iterrows()]
            st.markdown("\n".join([f"**{translate(title, lang)}**", "", *items]))
    st.caption(translate("profile.highlights_note", lang))


def render_comparison(gemeente: Gemeente, lang: str, version: str) -> None:
    """One indicator for this municipality and up to three others, both choices in the URL."""
    others = [c for c in GEMEENTE_CODES if c != gemeente.code]
    url_state.seed("profiel_indicator", "indicator", default=HEADLINE_INDICATOR)
    url_state.seed("profiel_vergelijk", "vergelijk", allowed=others)
    pick = st.columns([2, 3])
    indicator = pick[0].selectbox(
        translate("profile.compare_indicator", lang),
        [i.code for i in INDICATORS],
        format_func=lambda c: INDICATOR_BY_CODE[c].name(lang),
        key="profiel_indicator",
        placeholder=translate("common.placeholder.choose", lang),
    )
    compare = pick[1].multiselect(
        translate("profile.compare_with", lang),
        others,
        format_func=gemeente_name,
        max_selections=3,
        key="profiel_vergelijk",
        placeholder=translate("common.placeholder.choose_many", lang),
    )
    url_state.publish(indicator=indicator, vergelijk=compare)
    with st.container(key="profiel_vergelijking"):
        st.html(comparison_html(gemeente.code, tuple(compare), indicator, lang, version))
    with table_expander(translate("table.as_table", lang), key="profiel_vergelijking_tabel") as open_:
        if open_:
            render_static_table(
                comparison_table(gemeente.code, tuple(compare), indicator, lang, version),
                lang=lang,
                label=INDICATOR_BY_CODE[indicator].name(lang),
            )


def render_indicators(gemeente: Gemeente, ctx: PageContext) -> None:
    """Every indicator of the catalogue in a card: its trend as a sparkline, its latest value,
    rank and source in words (or that none is stored)."""
    lang, version, code = ctx.lang, ctx.data_version, gemeente.code
    summary = cache.latest_summary(code, version)
    sparklines = indicator_sparklines(code, lang, version)
    grid = st.columns(3)
    for index, indicator in enumerate(INDICATORS):
        with grid[index % 3], st.container(border=True):
            title = f"**{indicator.name(lang)}**"
            if indicator.code not in summary.index:  # nothing stored: say so, no empty sparkline
                st.markdown(title)
                st.caption(translate("gaps.indicator", lang, indicator=indicator.name(lang)))
                continue
            # Name and latest value in one element, above the trend: twelve cards drew 24 (issue 18).
            st.markdown(f"{title}  \n{latest_line(summary.loc[indicator.code], indicator, lang)}")
            st.html(sparklines[indicator.code])
            years = cache.indicator_years(indicator.code, TOTAL_GROUP, version)
            st.caption(data_gaps.figure_source(indicator, years, ctx))


def render_initiatives(gemeente: Gemeente, lang: str, version: str) -> None:
    """The municipality's initiatives by theme and as a list, with a link to the full list."""
    code = gemeente.code
    if cache.gemeente_initiatives(code, version).empty:
        st.info(translate("profile.no_initiatives", lang))
        return
    st.markdown(f"**{translate('profile.initiatives_by_theme', lang)}**")
    with st.container(key="profiel_themas"):
        st.html(initiatives_theme_html(code, lang, version))
    count = len(cache.gemeente_initiatives(code, version))
    label = translate("profile.initiatives_list", lang, count=format_number(count, 0, lang))
    with table_expander(label, key="profiel_initiatives_open") as open_:
        if open_:  # built once opened: the page draws no data grid until a reader asks for it
            st.dataframe(
                cache.gemeente_initiatives_table(code, lang, version),
                hide_index=True,
                column_config=initiatives_column_config(lang),
            )
    st.page_link(
        "app_pages/initiatieven.py",
        label=translate("profile.open_list", lang),
        icon=":material/list_alt:",
        query_params={"gemeente": code, "lang": lang},
    )
