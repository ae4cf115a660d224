"""The Thema's page's UI pieces: measure choice, matrix with drill-down, maps, score, charts.

Choices that shape the view (measure, per 1,000, sort order, the chosen cell) live
in ``st.session_state`` and in the URL, like the shared initiative filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import cache, url_state
from components.cache import cached_figures
from components.charts.svg import svg_image
from components.charts.themas import (
    dekking_bars,
    dekking_table,
    discipline_sunburst,
    initiatives_table,
    matrix_columns,
    matrix_table,
    measure_label,
    sort_matrix,
    target_group_figure,
    theme_maps,
    trend_figure,
)
from components.widgets.static_table import render_static_table
from data.coverage import ALL_THEMES, DEKKING, MEASURES, THEME_CODES, TOTAL_COLUMN
from data.filters import InitiativeFilter
from data.formatting import escape_markdown, format_euro, format_number
from data.i18n import ALL_LANGUAGES, translate
from data.reference import GEMEENTE_BY_CODE, GEMEENTEN, REGION_TWENTE, THEME_BY_CODE
from data.years import year_span

PREFIX = "themas"
SORT_OPTIONS: tuple[str, ...] = ("naam", *THEME_CODES, TOTAL_COLUMN)
CELL_GEMEENTEN: tuple[str, ...] = (*(g.code for g in GEMEENTEN), REGION_TWENTE)
CELL_THEMES: tuple[str, ...] = (*THEME_CODES, ALL_THEMES)
_KEY_MEASURE = f"{PREFIX}_maat"
_KEY_PER_1000 = f"{PREFIX}_per1000"
_KEY_SORT = f"{PREFIX}_sorteer"
_KEY_MATRIX = f"{PREFIX}_matrix"
_KEY_LAST_CELL = f"{PREFIX}_matrix_last"
_KEY_CELL_GEMEENTE = f"{PREFIX}_cel_gemeente"
_KEY_CELL_THEMA = f"{PREFIX}_cel_thema"
_KEY_TAB = f"{PREFIX}_tab"


@dataclass(frozen=True)
class View:
    """What the page shows: the filter and how to measure."""

    chosen: InitiativeFilter
    measure: str
    per_1000: bool
    lang: str
    version: str


# --- URL state -------------------------------------------------------------------------------


def _cell_from_url() -> None:
    """One parameter, two selectboxes: both from the link's cell, or neither."""
    if _KEY_CELL_GEMEENTE in st.session_state:
        return
    cell = url_state.value("cel")
    if cell is not None:
        st.session_state[_KEY_CELL_GEMEENTE], st.session_state[_KEY_CELL_THEMA] = cell


# --- Controls --------------------------------------------------------------------------------


def render_measure_controls(lang: str) -> tuple[str, bool, str]:
    """Measure, per-1,000 switch and sort order; all three mirrored in the URL."""
    url_state.seed(_KEY_MEASURE, "maat")
    url_state.seed(_KEY_PER_1000, "per1000")
    url_state.seed(_KEY_SORT, "sorteer", allowed=SORT_OPTIONS)
    left, middle, right = st.columns([3, 2, 3])
    with left:
        measure = st.radio(
            translate("themas.measure", lang),
            options=list(MEASURES),
            format_func=lambda m: translate(f"themas.measure.{m}", lang),
            horizontal=True,
            key=_KEY_MEASURE,
        )
    with middle:
        per_1000 = st.toggle(
            translate("themas.per_1000", lang),
            key=_KEY_PER_1000,
            help=translate("themas.per_1000.help", lang),
        )
    with right:
        sort = st.selectbox(
            translate("themas.sort", lang),
            options=list(SORT_OPTIONS),
            format_func=lambda s: _sort_label(s, lang),
            key=_KEY_SORT,
            placeholder=translate("common.placeholder.choose", lang),
        )
    url_state.publish(maat=measure, per1000=per_1000, sorteer=sort)
    return measure, bool(per_1000), sort


def _sort_label(option: str, lang: str) -> str:
    if option == "naam":
        return translate("themas.sort.naam", lang)
    name = (
        THEME_BY_CODE[option].name(lang) if option in THEME_BY_CODE else translate("themas.col.total", lang)
    )
    return translate("themas.sort.fewest", lang, name=name)


def years_label(chosen: InitiativeFilter) -> str:
    """'2023' or '2022–2024'."""
    return year_span(chosen.year_from, chosen.year_to)


# --- Matrix and drill-down -------------------------------------------------------------------


def _theme_of_column(column: str) -> str:
    """Theme code for a matrix header in any language; other columns mean all themes."""
    for lang in ALL_LANGUAGES:
        for code, header in matrix_columns(lang).items():
            if header == column and code in THEME_CODES:
                return code
    return ALL_THEMES


def _take_cell_selection(event: object, codes: list[str]) -> None:
    """A newly clicked cell becomes the drill-down choice (the selectboxes follow it)."""
    cells = list(getattr(getattr(event, "selection", None), "cells", None) or [])
    if not cells:
        return
    row, column = tuple(cells[0])
    if st.session_state.get(_KEY_LAST_CELL) == (row, column) or not 0 <= int(row) < len(codes):
        return
    st.session_state[_KEY_LAST_CELL] = (row, column)
    st.session_state[_KEY_CELL_GEMEENTE] = codes[int(row)]
    st.session_state[_KEY_CELL_THEMA] = _theme_of_column(column)


def render_matrix(view: View, sort: str) -> None:
    """The coverage matrix; clicking a cell chooses it for the drill-down below."""
    lang = view.lang
    matrix = cache.coverage_matrix(view.chosen, view.measure, view.per_1000, view.version)
    matrix = sort_matrix(matrix, by=sort)
    event = st.dataframe(
        matrix_table(matrix=matrix, measure=view.measure, per_1000=view.per_1000, lang=lang),
        key=_KEY_MATRIX,
        on_select="rerun",
        selection_mode="single-cell",
        hide_index=True,
        width="stretch",
        height=(len(matrix) + 1) * 35 + 3,
    )
    _take_cell_selection(event, list(matrix["gemeente_code"]))
    st.caption(translate("themas.matrix.caption", lang))
    if view.per_1000:
        st.caption(population_caption(view))


def population_caption(view: View) -> str:
    """Which year's inhabitants the figures per 1.000 use, and from where (#14)."""
    year, wanted, sources = cache.population_used(view.chosen, view.version)
    text = translate("themas.per_1000.population", view.lang, year=year, source="; ".join(sources) or "CBS")
    if wanted is not None and wanted != year:
        text += " " + translate("themas.per_1000.nearest", view.lang, wanted=wanted)
    return text


def _cell_label(code: str, lang: str) -> str:
    return translate("themas.twente_row", lang) if code == REGION_TWENTE else GEMEENTE_BY_CODE[code].naam


def _theme_label(code: str, lang: str) -> str:
    return translate("themas.all_themes", lang) if code == ALL_THEMES else THEME_BY_CODE[code].name(lang)


def render_cell_choice(lang: str) -> tuple[str | None, str | None]:
    """Two selectboxes for the drill-down cell; a click in the matrix fills them."""
    _cell_from_url()
    left, right = st.columns(2)
    with left:
        gemeente = st.selectbox(
            translate("themas.cell.gemeente", lang),
            options=list(CELL_GEMEENTEN),
            format_func=lambda c: _cell_label(c, lang),
            index=None,
            placeholder=translate("themas.cell.choose", lang),
            key=_KEY_CELL_GEMEENTE,
        )
    with right:
        thema = st.selectbox(
            translate("themas.cell.thema", lang),
            options=list(CELL_THEMES),
            format_func=lambda c: _theme_label(c, lang),
            index=None,
            placeholder=translate("themas.cell.choose", lang),
            key=_KEY_CELL_THEMA,
        )
    url_state.publish(cel=(gemeente, thema) if gemeente and thema else None)
    return gemeente, thema


def _initiative_list(frame: pd.DataFrame, lang: str, key: str) -> None:
    money = st.column_config.NumberColumn(format="localized")
    number = st.column_config.NumberColumn(format="localized")
    table = initiatives_table(frame=frame, lang=lang)
    st.dataframe(
        table,
        hide_index=True,
        key=key,
        column_config={
            translate("themas.col.budget_periode", lang): money,
            translate("themas.col.budget", lang): money,
            translate("themas.col.bereik_periode", lang): number,
            translate("themas.col.bereik", lang): number,
        },
    )


def render_drilldown(view: View, gemeente: str | None, thema: str | None) -> None:
    """The initiatives behind the chosen cell; for a gap, who does the theme elsewhere."""
    lang = view.lang
    if not gemeente or not thema:
        st.info(translate("themas.cell.hint", lang))
        return
    frame = cache.cell_initiatives(view.chosen, gemeente, thema, False, view.version)
    where, what = _cell_label(gemeente, lang), _theme_label(thema, lang)
    years = years_label(view.chosen)
    if frame.empty:
        st.warning(translate("themas.cell.gap", lang, gemeente=where, thema=what, years=years))
    else:
        st.markdown(
            translate(
                "themas.cell.summary",
                lang,
                count=len(frame),
                gemeente=where,
                thema=what,
                years=years,
                budget=format_euro(float(frame["budget_periode"].sum()), lang),
                bereik=format_number(float(frame["bereik_periode"].sum()), 0, lang),
            )
        )
        _initiative_list(frame, lang, key=f"{PREFIX}_cel_lijst")
    if gemeente == REGION_TWENTE:
        return
    elsewhere = cache.cell_initiatives(view.chosen, gemeente, thema, True, view.version)
    title = translate("themas.cell.elsewhere", lang, count=len(elsewhere), thema=what, gemeente=where)
    if frame.empty:
        st.markdown(f"**{title}**")
        _initiative_list(elsewhere, lang, key=f"{PREFIX}_elders_lijst")
    else:
        with st.expander(title):
            _initiative_list(elsewhere, lang, key=f"{PREFIX}_elders_lijst")


@st.fragment
def render_matrix_and_cell(view: View, sort: str) -> None:
    """The matrix and the drill-down below it, rerun on their own.

    A click on a cell or a new choice in the two selectboxes changes only the list
    below, so only this part reruns: the page's charts are neither rebuilt nor sent.
    """
    lang, years = view.lang, years_label(view.chosen)
    st.subheader(translate("themas.matrix.title", lang, years=years))
    render_matrix(view, sort)
    st.subheader(translate("themas.cell.title", lang))
    gemeente, thema = render_cell_choice(lang)
    render_drilldown(view, gemeente, thema)


# --- Maps, score, breakdowns, trend ----------------------------------------------------------


# The three maps side by side where a map gets at least 12rem, else below each other.
THEME_MAPS_CSS = """<style>
.cdt-theme-maps { display: grid; gap: 0.75rem;
  grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
.cdt-theme-maps figure { margin: 0; min-width: 0; }
.cdt-theme-maps figcaption { font-weight: 600; text-align: center; margin-bottom: 0.25rem; }
.cdt-theme-legend { max-width: 22rem; margin: 0.5rem auto 0; }
</style>"""
THEME_MAP_MAX_HEIGHT = 320
DEKKING_MAX_HEIGHT = 460


@cached_figures
def theme_maps_html(key: InitiativeFilter, measure: str, per_1000: bool, lang: str, version: str) -> str:
    """The three themes' maps and their shared colour scale, as pictures drawn on the server."""
    drawn = theme_maps(
        geojson=cache.twente_geojson(),
        frame=cache.theme_map_frame(key, measure, per_1000, version),
        measure=measure,
        per_1000=per_1000,
        lang=lang,
        labels=cache.twente_labels(),
    )
    figures = "".join(
        f'<figure data-theme="{one.theme}"><figcaption>{escape(one.title)}</figcaption>'
        f"{svg_image(one.svg, alt=one.alt, max_height=THEME_MAP_MAX_HEIGHT)}</figure>"
        for one in drawn.maps
    )
    legend = svg_image(drawn.legend_svg, alt=drawn.legend_alt, max_height=24)
    return (
        f'{THEME_MAPS_CSS}<div class="cdt-theme-maps">{figures}</div>'
        f'<div class="cdt-theme-legend">{legend}</div>'
    )


def render_theme_maps(view: View) -> None:
    """Three small-multiple choropleths, one per theme, on one colour scale."""
    lang = view.lang
    problem = cache.boundary_problem(lang)
    if problem:
        st.error(translate("map.unavailable", lang, reason=escape_markdown(problem)))
        return
    with st.container(key=f"{PREFIX}_maps"):
        st.html(theme_maps_html(view.chosen, view.measure, view.per_1000, lang, view.version))
    st.caption(
        translate(
            "themas.maps.caption",
            lang,
            measure=measure_label(measure=view.measure, per_1000=view.per_1000, lang=lang),
        )
    )
    st.caption(translate("geo.credit", lang))


@cached_figures
def dekking_bars_html(key: InitiativeFilter, lang: str, version: str) -> str:
    svg, words = dekking_bars(frame=cache.dekking_scores(key, version), lang=lang)
    return svg_image(svg, alt=words, max_height=DEKKING_MAX_HEIGHT)


def render_dekking(view: View) -> None:
    """The dekking score with its definition in plain words."""
    lang = view.lang
    frame = cache.dekking_scores(view.chosen, view.version)
    st.markdown(DEKKING.text(lang))
    left, right = st.columns(2)
    with left, st.container(key=f"{PREFIX}_dekking_chart"):
        st.html(dekking_bars_html(view.chosen, lang, view.version))
    with right:
        render_static_table(
            dekking_table(frame=frame, lang=lang), lang=lang, label=translate("themas.tab.dekking", lang)
        )


@cached_figures
def _breakdown_figures(
    key: InitiativeFilter, measure: str, lang: str, version: str
) -> tuple[go.Figure | None, go.Figure]:
    """The discipline sunburst (None without initiatives) and the target-group bars."""
    disciplines = cache.theme_disciplines(key, version)
    sunburst = (
        None if disciplines.empty else discipline_sunburst(frame=disciplines, measure=measure, lang=lang)
    )
    groups = target_group_figure(frame=cache.theme_target_groups(key, version), lang=lang)
    return sunburst, groups


def render_breakdowns(view: View) -> None:
    """Theme -> discipline (sunburst) beside theme x target group (bars)."""
    lang = view.lang
    sunburst, groups = _breakdown_figures(view.chosen, view.measure, lang, view.version)
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{translate('themas.disciplines.title', lang)}**")
        if sunburst is None:
            st.info(translate("themas.no_initiatives", lang))
        else:
            st.plotly_chart(sunburst, key=f"{PREFIX}_sunburst")
        st.caption(
            translate(
                "themas.disciplines.caption",
                lang,
                measure=measure_label(measure=view.measure, per_1000=False, lang=lang),
            )
        )
    with right:
        st.markdown(f"**{translate('themas.groups.title', lang)}**")
        st.plotly_chart(groups, key=f"{PREFIX}_doelgroepen")
        st.caption(translate("themas.groups.caption", lang))


@cached_figures
def _trend_figures(
    key: InitiativeFilter, year_from: int, year_to: int, lang: str, version: str
) -> dict[str, go.Figure]:
    frame = cache.theme_trend(key, version)
    return {
        value: trend_figure(frame=frame, value=value, lang=lang, year_from=year_from, year_to=year_to)
        for value in ("aantal", "budget")
    }


def _render_trend(view: View) -> None:
    """Initiatives and budget per theme per year, the chosen years shaded."""
    lang = view.lang
    figures = _trend_figures(view.chosen, view.chosen.year_from, view.chosen.year_to, lang, view.version)
    left, right = st.columns(2)
    for column, value in ((left, "aantal"), (right, "budget")):
        with column:
            st.markdown(f"**{translate(f'themas.trend.{value}', lang)}**")
            st.plotly_chart(figures[value], key=f"{PREFIX}_trend_{value}")
    st.caption(translate("themas.trend.caption", lang))


DETAIL_TABS: tuple[str, ...] = ("dekking", "breakdown", "trend")


def render_details(view: View, years: str) -> None:
    """The dekking score, the breakdowns and the trend in tabs, each built only when shown.

    A first visit draws the matrix, the maps and one small chart; the rest waits for a
    click on its tab (bench/RESULTS.md, issue 18).
    """
    lang = view.lang
    tabs = st.tabs(
        [translate(f"themas.tab.{name}", lang) for name in DETAIL_TABS], key=_KEY_TAB, on_change="rerun"
    )
    titles = {
        "dekking": translate("themas.dekking.title", lang, years=years),
        "breakdown": translate("themas.breakdown.title", lang, years=years),
        "trend": translate("themas.trend.title", lang),
    }
    renderers = {"dekking": render_dekking, "breakdown": render_breakdowns, "trend": _render_trend}
    for name, tab in zip(DETAIL_TABS, tabs, strict=True):
        with tab:
            if tab.open:
                st.subheader(titles[name])
                renderers[name](view)
