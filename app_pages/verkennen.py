"""Verkennen: answer "measure by up to two dimensions, filtered" without code, and take it away."""

from urllib.parse import urlencode

import streamlit as st

from components import data_access, url_state
from components import initiatieven_data as data
from components.explore_charts import pivot_figure
from components.filters import render_initiative_filters
from components.maps import MAP_CONFIG
from components.page_setup import context, page_header, t
from data import explore
from data.formatting import escape_markdown, format_number
from data.indicators import INDICATOR_BY_CODE
from data.years import year_span

PREFIX = "ver"
NONE = ""  # the "do not split" choice of a dimension

ctx = context()
page_header(t("page.verkennen"), ctx)
st.caption(t("explore.intro"))


def _seed_from_url() -> None:
    """Fill the choices from the URL the first time the page opens, so a shared link restores it."""
    if st.session_state.get(f"{PREFIX}_spec_seeded"):
        return
    spec = explore.spec_from_query(url_state.read_all(explore.URL_KEYS))
    dims = [*spec.dimensions, NONE, NONE]
    values = {"maat": spec.measure, "agg": spec.aggregation, "rij": dims[0], "kolom": dims[1]}
    values["grafiek"] = spec.chart
    for name, value in values.items():
        st.session_state[f"{PREFIX}_{name}"] = value
    st.session_state[f"{PREFIX}_spec_seeded"] = True


def _choice(label: str, options: list[str], name: str, format_func, **kwargs) -> str:
    """A selectbox whose remembered value is dropped when it no longer fits the other choices."""
    key = f"{PREFIX}_{name}"
    if st.session_state.get(key) not in options:
        st.session_state[key] = options[0]
    kwargs.setdefault("placeholder", t("common.placeholder.choose"))
    return st.selectbox(label, options=options, format_func=format_func, key=key, **kwargs)


def _measure_changed() -> None:
    """A new measure starts with its own natural summary (sum of euros, mean of a share)."""
    st.session_state.pop(f"{PREFIX}_agg", None)


def _measure_label(measure: str) -> str:
    return explore.measure_label(measure, ctx.lang)


def _dimension_label(dimension: str) -> str:
    return t("explore.no_dimension") if dimension == NONE else explore.dimension_label(dimension, ctx.lang)


def _why_not(measure: str) -> str:
    if explore.is_indicator(measure):
        return f"{t('explore.why.indicator_dimension')} {t('explore.why.sum')}"
    if measure == "initiatieven":
        return f"{t('explore.why.aggregation_count')} {t('explore.why.age')}"
    return t("explore.why.age")


def _render_controls() -> explore.PivotSpec:
    _seed_from_url()
    cols = st.columns([3, 2, 2, 2, 2])
    with cols[0]:
        measure = _choice(
            t("explore.measure"),
            list(explore.MEASURES),
            "maat",
            _measure_label,
            on_change=_measure_changed,
        )
    with cols[1]:
        aggregation = _choice(
            t("explore.aggregation"),
            list(explore.allowed_aggregations(measure)),
            "agg",
            lambda a: t(f"explore.agg.{a}"),
        )
    allowed = list(explore.allowed_dimensions(measure))
    with cols[2]:
        first = _choice(t("explore.dim1"), [NONE, *allowed], "rij", _dimension_label)
    with cols[3]:
        second_options = [NONE] + ([d for d in allowed if d != first] if first else [])
        second = _choice(t("explore.dim2"), second_options, "kolom", _dimension_label)
    dimensions = tuple(d for d in (first, second) if d)
    with cols[4]:
        chart = _choice(
            t("explore.chart"),
            list(explore.allowed_charts(dimensions)),
            "grafiek",
            lambda c: t(f"explore.chart.{c}"),
            help=t("explore.why.chart"),
        )
    with st.expander(t("explore.why.title")):
        st.markdown(_why_not(measure))
    return explore.PivotSpec(measure, aggregation, dimensions, chart)


def _sync_url(spec: explore.PivotSpec) -> None:
    url_state.sync(explore.spec_to_query(spec), explore.URL_KEYS)


def _share_link() -> str:
    """The full address of this page with every choice; relative when the browser's is unknown."""
    base = (st.context.url or "").rstrip("/").removesuffix("/verkennen")
    query = urlencode(url_state.current())
    return f"{base}/verkennen?{query}"


def _notes(spec: explore.PivotSpec, chosen, result) -> None:
    notes = []
    ignored = explore.ignored_filters(spec.measure, chosen)
    if ignored:
        notes.append(t("explore.note.ignored", filters=", ".join(t(f"filter.{name}") for name in ignored)))
    if explore.is_indicator(spec.measure):
        notes.append(t("explore.note.indicator"))
    elif spec.measure != "initiatieven":
        notes.append(t("explore.note.years", years=year_span(chosen.year_from, chosen.year_to)))
    for dimension in explore.overlapping_dimensions(spec):
        total = data.pivot(
            explore.PivotSpec(spec.measure, spec.aggregation, (), "bar"), chosen, ctx.data_version
        )
        label = explore.dimension_label(dimension, ctx.lang)
        total_text = format_number(float(total["waarde"].iloc[0]), 0, ctx.lang)
        notes.append(t("explore.note.not_additive", dimension=label, total=total_text))
    for note in notes:
        st.caption(note)


def _title(spec: explore.PivotSpec, chosen) -> str:
    """What the chart shows, in words, so a downloaded PNG explains itself."""
    measure = explore.measure_label(spec.measure, ctx.lang)
    counted = spec.measure == "initiatieven"
    parts = [measure if counted else f"{t(f'explore.agg.{spec.aggregation}')}: {measure}"]
    parts += [explore.dimension_label(d, ctx.lang) for d in spec.dimensions]
    if chosen.year_from is not None:
        parts.append(year_span(chosen.year_from, chosen.year_to))
    return " · ".join(parts)


def _figure(spec: explore.PivotSpec, named, chosen):
    indicator = INDICATOR_BY_CODE.get(spec.measure)
    geojson = labels = None
    if spec.chart == "map":
        problem = data_access.boundary_problem()
        if problem:
            st.error(t("map.unavailable", reason=escape_markdown(problem)))
            spec = explore.PivotSpec(spec.measure, spec.aggregation, spec.dimensions, "bar")
        else:
            geojson, labels = data_access.twente_geojson(), data_access.twente_labels()
    return pivot_figure(
        frame=named,
        spec=spec,
        lang=ctx.lang,
        value_title=explore.measure_label(spec.measure, ctx.lang),
        title=_title(spec, chosen),
        unit=explore.measure_unit(spec.measure),
        higher_is_better=indicator.higher_is_better if indicator else True,
        geojson=geojson,
        labels=labels,
    )


spec = explore.normalise(_render_controls())
with st.expander(t("explore.filters"), expanded=True):
    chosen = render_initiative_filters(
        prefix=PREFIX, lang=ctx.lang, years=data.data_years(ctx.data_version), default_year=ctx.year
    )
_sync_url(spec)

result = data.pivot(spec, chosen, ctx.data_version)
if result.empty or int(result["aantal"].sum()) == 0:
    st.info(t("explore.empty"))
else:
    named = explore.labelled(result, spec, ctx.lang)
    figure = _figure(spec, named, chosen)
    st.plotly_chart(
        figure, key="ver_chart", config=MAP_CONFIG if spec.chart == "map" else {"displaylogo": False}
    )
    if any(trace.type == "choropleth" for trace in figure.data):  # a map: credit its boundaries
        st.caption(t("geo.credit"))
    _notes(spec, chosen, result)
    st.markdown(f"**{t('explore.table')}**")
    margins = {m.dimensions: data.pivot(m, chosen, ctx.data_version) for m in explore.margin_specs(spec)}
    table = explore.wide_table(result, spec, ctx.lang, margins)
    numbers = {c: st.column_config.NumberColumn(format="localized") for c in table.columns[1:]}
    st.dataframe(table, hide_index=True, key="ver_table", column_config=numbers)
    st.markdown(f"**{t('export.title')}**")
    with st.container(horizontal=True):
        data.render_table_downloads(table, name="verkennen", lang=ctx.lang, key="ver_download")
        data.render_png_download(figure, name="verkennen", lang=ctx.lang, key="ver_png")

st.markdown(f"**{t('explore.link')}**")
st.code(_share_link(), language=None, wrap_lines=True)
st.caption(t("explore.link_help"))
