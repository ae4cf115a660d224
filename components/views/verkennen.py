"""The Verkennen page's UI pieces: the question, its answer (chart, notes, table, downloads), the link.

The question lives in ``st.session_state`` and in the URL (``components/url_state``), so a
shared link asks it again; choices that no longer fit the others fall back, nothing raises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import plotly.graph_objects as go
import streamlit as st

from components import cache, url_state
from components.cache import cached_figures
from components.charts.clickable_svg import ranking_html
from components.charts.maps import MAP_CONFIG, MAP_HEIGHT
from components.charts.verkennen import pivot_figure
from components.widgets import downloads
from components.widgets.clickable_picture import clickable_picture
from components.widgets.static_table import render_static_table
from data import explore
from data.filters import InitiativeFilter
from data.formatting import escape_markdown, format_number
from data.i18n import translate
from data.indicators import INDICATOR_BY_CODE
from data.years import year_span

PREFIX = "ver"
NONE = ""  # the "do not split" choice of a dimension


def _choice(
    lang: str, label: str, options: list[str], name: str, format_func: Callable[[str], str], **kwargs: Any
) -> str:
    """A selectbox restored from the URL whose value falls back when it no longer fits the other choices.

    A fresh page (no question in the link) splits as :class:`explore.PivotSpec` does; a
    link that asks a question without a dimension means none.
    """
    key, param = f"{PREFIX}_{name}", url_state.EXPLORE_PARAMETERS[name]
    default = options[0]
    if name == "rij" and not url_state.carries(url_state.EXPLORE_PARAMETERS.values()):
        default = explore.PivotSpec().dimensions[0]
    url_state.seed(key, param, allowed=options, default=default)
    kwargs.setdefault("placeholder", translate("common.placeholder.choose", lang))
    return st.selectbox(label, options=options, format_func=format_func, key=key, **kwargs)


def _measure_changed() -> None:
    """A new measure starts with its own natural summary (sum of euros, mean of a share)."""
    measure = st.session_state[f"{PREFIX}_maat"]
    st.session_state[f"{PREFIX}_agg"] = explore.allowed_aggregations(measure)[0]


def _why_not(measure: str, lang: str) -> str:
    if explore.is_indicator(measure):
        return f"{translate('explore.why.indicator_dimension', lang)} {translate('explore.why.sum', lang)}"
    if measure == "initiatieven":
        return f"{translate('explore.why.aggregation_count', lang)} {translate('explore.why.age', lang)}"
    return translate("explore.why.age", lang)


def render_question(lang: str) -> explore.PivotSpec:
    """The five choices of the question, each offering only what fits the ones before it."""

    def dimension_label(dimension: str) -> str:
        if dimension == NONE:
            return translate("explore.no_dimension", lang)
        return explore.dimension_label(dimension, lang)

    cols = st.columns([3, 2, 2, 2, 2])
    with cols[0]:
        measure = _choice(
            lang,
            translate("explore.measure", lang),
            list(explore.MEASURES),
            "maat",
            lambda m: explore.measure_label(m, lang),
            on_change=_measure_changed,
        )
    with cols[1]:
        aggregation = _choice(
            lang,
            translate("explore.aggregation", lang),
            list(explore.allowed_aggregations(measure)),
            "agg",
            lambda a: translate(f"explore.agg.{a}", lang),
        )
    allowed = list(explore.allowed_dimensions(measure))
    with cols[2]:
        first = _choice(lang, translate("explore.dim1", lang), [NONE, *allowed], "rij", dimension_label)
    with cols[3]:
        second_options = [NONE] + ([d for d in allowed if d != first] if first else [])
        second = _choice(lang, translate("explore.dim2", lang), second_options, "kolom", dimension_label)
    dimensions = tuple(d for d in (first, second) if d)
    with cols[4]:
        chart = _choice(
            lang,
            translate("explore.chart", lang),
            list(explore.allowed_charts(dimensions)),
            "grafiek",
            lambda c: translate(f"explore.chart.{c}", lang),
            help=translate("explore.why.chart", lang),
        )
    with st.expander(translate("explore.why.title", lang)):
        st.markdown(_why_not(measure, lang))
    return explore.normalise(explore.PivotSpec(measure, aggregation, dimensions, chart))


def publish_question(spec: explore.PivotSpec) -> None:
    """The question into the URL, as ``explore.spec_to_query`` writes it."""
    query = explore.spec_to_query(spec)
    url_state.publish({param: query.get(name) for name, param in url_state.EXPLORE_PARAMETERS.items()})


def _share_link() -> str:
    """The full address of this page with every choice; relative when the browser's is unknown."""
    base = (st.context.url or "").rstrip("/").removesuffix("/verkennen")
    query = urlencode(url_state.current())
    return f"{base}/verkennen?{query}"


def _notes(spec: explore.PivotSpec, chosen: InitiativeFilter, lang: str, version: str) -> None:
    notes = []
    ignored = explore.ignored_filters(spec.measure, chosen)
    if ignored:
        names = ", ".join(translate(f"filter.{name}", lang) for name in ignored)
        notes.append(translate("explore.note.ignored", lang, filters=names))
    if explore.is_indicator(spec.measure):
        notes.append(translate("explore.note.indicator", lang))
    elif spec.measure != "initiatieven":
        notes.append(translate("explore.note.years", lang, years=year_span(chosen.year_from, chosen.year_to)))
    for dimension in explore.overlapping_dimensions(spec):
        total = cache.pivot(explore.PivotSpec(spec.measure, spec.aggregation, (), "bar"), chosen, version)
        label = explore.dimension_label(dimension, lang)
        total_text = format_number(float(total["waarde"].iloc[0]), 0, lang)
        notes.append(translate("explore.note.not_additive", lang, dimension=label, total=total_text))
    for note in notes:
        st.caption(note)


def _title(spec: explore.PivotSpec, chosen: InitiativeFilter, lang: str) -> str:
    """What the chart shows, in words, so a downloaded PNG explains itself."""
    measure = explore.measure_label(spec.measure, lang)
    counted = spec.measure == "initiatieven"
    parts = [measure if counted else f"{translate(f'explore.agg.{spec.aggregation}', lang)}: {measure}"]
    parts += [explore.dimension_label(d, lang) for d in spec.dimensions]
    if chosen.year_from is not None:
        parts.append(year_span(chosen.year_from, chosen.year_to))
    return " · ".join(parts)


def _figure(spec: explore.PivotSpec, chosen: InitiativeFilter, lang: str, version: str) -> go.Figure:
    """The answer's chart; a bar chart, with a note, when a map cannot be drawn."""
    if spec.chart == "map":
        problem = cache.boundary_problem(lang)
        if problem:
            st.error(translate("map.unavailable", lang, reason=escape_markdown(problem)))
            spec = explore.PivotSpec(spec.measure, spec.aggregation, spec.dimensions, "bar")
    return answer_figure(spec, chosen, lang, version)


@cached_figures
def answer_figure(spec: explore.PivotSpec, chosen: InitiativeFilter, lang: str, version: str) -> go.Figure:
    """``pivot_figure`` of one question, built once per question, filter, language and data version."""
    named = explore.labelled(cache.pivot(spec, chosen, version), spec, lang)
    indicator = INDICATOR_BY_CODE.get(spec.measure)
    geojson = labels = None
    if spec.chart == "map":
        geojson, labels = cache.twente_geojson(), cache.twente_labels()
    return pivot_figure(
        frame=named,
        spec=spec,
        lang=lang,
        value_title=explore.measure_label(spec.measure, lang),
        title=_title(spec, chosen, lang),
        unit=explore.measure_unit(spec.measure),
        higher_is_better=indicator.higher_is_better if indicator else True,
        geojson=geojson,
        labels=labels,
    )


def drawn_on_server(spec: explore.PivotSpec) -> bool:
    """One group's bars (the page's opening question) need no plotly.js: they are drawn as HTML.

    The other charts (groups by groups, lines, heatmaps, maps) stay plotly, with its zoom
    and its PNG download, for the questions a reader builds herself.
    """
    return spec.chart == "bar" and len(spec.dimensions) == 1


@cached_figures
def answer_bars(spec: explore.PivotSpec, chosen: InitiativeFilter, lang: str, version: str) -> str:
    """The bars of a one-group question, in the answer's order, each with its value and tip."""
    named = explore.labelled(cache.pivot(spec, chosen, version), spec, lang)
    dimension, digits = spec.dimensions[0], explore.decimals(spec)
    show = lambda value: format_number(value, digits, lang)  # noqa: E731
    return ranking_html(
        frame=named,
        show=show,
        tips=[
            [str(name), show(value)] for name, value in zip(named[dimension], named["waarde"], strict=True)
        ],
        twente=None,
        nederland=None,
        axis_title=explore.measure_label(spec.measure, lang),
        lang=lang,
        label=_title(spec, chosen, lang),
        selectable=False,
        code_column=f"{dimension}_code",
        name_column=dimension,
    )


def render_answer(spec: explore.PivotSpec, chosen: InitiativeFilter, lang: str, version: str) -> None:
    """The chart, its notes, the table and the downloads; a note when nothing matches."""
    result = cache.pivot(spec, chosen, version)
    if result.empty or int(result["aantal"].sum()) == 0:
        st.info(translate("explore.empty", lang))
        return
    figure: go.Figure | Callable[[], go.Figure]
    if drawn_on_server(spec):
        figure = lambda: answer_figure(spec, chosen, lang, version)  # noqa: E731 - for the PNG only
        st.markdown(f"**{escape_markdown(_title(spec, chosen, lang))}**")
        clickable_picture(
            markup=answer_bars(spec, chosen, lang, version),
            key="ver_chart",
            max_height=MAP_HEIGHT,
            clickable=False,
        )
    else:
        figure = _figure(spec, chosen, lang, version)
        config = MAP_CONFIG if spec.chart == "map" else {"displaylogo": False}
        st.plotly_chart(figure, key="ver_chart", config=config)
        if any(trace.type == "choropleth" for trace in figure.data):  # a map: credit its boundaries
            st.caption(translate("geo.credit", lang))
    _notes(spec, chosen, lang, version)
    st.markdown(f"**{translate('explore.table', lang)}**")
    margins = {m.dimensions: cache.pivot(m, chosen, version) for m in explore.margin_specs(spec)}
    table = explore.wide_table(result, spec, lang, margins)
    render_static_table(table, lang=lang, label=translate("explore.table", lang))  # a few dozen rows at most
    st.markdown(f"**{translate('export.title', lang)}**")
    with st.container(horizontal=True):
        downloads.render_table_downloads(table, name="verkennen", lang=lang, key="ver_download")
        downloads.render_png_download(figure, name="verkennen", lang=lang, key="ver_png")


def render_share_link(lang: str) -> None:
    """The page's link in a popover: its code box (with the copy button) is drawn once opened,
    so a first visit does not load the code highlighter (1.5 MB of script, issue 18)."""
    with st.popover(translate("explore.link", lang), icon=":material/link:"):
        st.code(_share_link(), language=None, wrap_lines=True)
        st.caption(translate("explore.link_help", lang))
