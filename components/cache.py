"""Every Streamlit cache of the app: the store connections, every cached read and cached figures.

No other module calls ``st.cache_data`` or ``st.cache_resource`` (a test checks).  One key
style: plain values, the frozen filter and pivot dataclasses (``InitiativeFilter``,
``PivotSpec``) as they are, plus the store's data version, so an import invalidates
exactly what it changed and nothing else.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import duckdb
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st

from components.charts.gemeenteprofiel import initiatives_table
from components.charts.presenteren import SlideGeo, load_slide_geo
from components.export.presenteren import Deck, build_deck
from data import cocreation, coverage, crossborder, explore, geo, profile, provenance, queries, templates
from data.demo import ensure_database
from data.filters import InitiativeFilter
from data.i18n import DEFAULT_LANGUAGE
from data.login import LoginThrottle
from data.store import DEMO_DATASET, connect, default_db_path, holds_imported_data, imported_db_path
from data.story import Slide, build_story

# --- The stores: one connection per process, the session's choice between them -------------

# Session key of the sidebar switch between imported data (on) and the demo data (off).
IMPORTED_DATA_KEY = "databron_import"


@st.cache_resource(show_spinner=False)
def _connection(db_path: str) -> duckdb.DuckDBPyConnection:
    """One connection per process; each query uses its own cursor (thread safe)."""
    ensure_database(Path(db_path))
    return connect(db_path)


@st.cache_resource(show_spinner=False)
def _imported_connection(db_path: str) -> duckdb.DuckDBPyConnection:
    """The store of imported data (data beheer); never filled with demo data."""
    return connect(db_path)


def imported_cursor(*, create: bool = False) -> duckdb.DuckDBPyConnection | None:
    """A cursor on the store of imported data; None while that store does not exist."""
    path = imported_db_path()
    if not create and not path.exists():
        return None
    return _imported_connection(str(path)).cursor()


@st.cache_resource(show_spinner=False)
def _imported_store_holds_data(db_path: str) -> bool:
    """Read once per process: every page asks on every run, and only Data beheer changes it."""
    return Path(db_path).exists() and holds_imported_data(_imported_connection(db_path).cursor())


@st.cache_resource(show_spinner=False)
def _store_metadata(db_path: str, imported: bool) -> dict[str, str]:
    """A store's metadata (dataset, data version, demo seed), read once per process.

    Each run asked for it several times, a DuckDB query each time; under load that was
    a tenth of the server's work.  Writes go through Data beheer, which calls
    ``forget_store_facts``; no other process can write while the server holds the file.
    """
    cursor = _store_connection(db_path, imported).cursor()
    return dict(cursor.execute("SELECT sleutel, waarde FROM metadata").fetchall())


def forget_store_facts() -> None:
    """After an import or undo: every session reads the stores' metadata afresh."""
    _imported_store_holds_data.clear()
    _store_metadata.clear()


def has_imported_data() -> bool:
    return _imported_store_holds_data(str(imported_db_path()))


def shows_imported_data() -> bool:
    """True when the app reads the imported store: it holds data and the switch is on."""
    return bool(st.session_state.get(IMPORTED_DATA_KEY, True)) and has_imported_data()


def _active_store() -> tuple[str, bool]:
    """The path of the store the session reads, and whether it is the imported one."""
    if shows_imported_data():
        return str(imported_db_path()), True
    return str(default_db_path()), False


def _store_connection(db_path: str, imported: bool) -> duckdb.DuckDBPyConnection:
    return _imported_connection(db_path) if imported else _connection(db_path)


def cursor() -> duckdb.DuckDBPyConnection:
    return _store_connection(*_active_store()).cursor()


def store_metadata() -> dict[str, str]:
    """The metadata of the store the session reads (imported or demo)."""
    return _store_metadata(*_active_store())


def data_version() -> str:
    """Changes whenever the stored data changes; part of every cache key."""
    return store_metadata().get("data_version") or "0"


def is_demo() -> bool:
    return store_metadata().get("dataset") == DEMO_DATASET


# --- Figures, built once per data version and view, then shared by every session ------------
#
# Building a plotly figure validates every property it is given; on the chart-heavy
# pages that was most of a warm rerun, and under load the same figures were rebuilt
# for every session.  A figure depends only on its data (keyed by the data version)
# and the view's choices, so it is cached on exactly those plain values.  The figures
# are shared objects: ``st.plotly_chart`` only reads them, and no caller may change a
# figure it got from this cache.

# Per cached builder; a figure is 10 to 250 KB, so at most a few tens of MB in all.
FIGURE_CACHE_ENTRIES = 96

Params = ParamSpec("Params")
Built = TypeVar("Built")


def ready_to_send(built: Built) -> Built:
    """The same figures (in a tuple, dict or alone) with every array as plain JSON lists.

    ``st.plotly_chart`` copies and serialises its figure on every rerun, and plotly cleans
    a numpy array of objects (names, hover text) value by value in Python: a Voorbeelden
    map cost about 9 ms a rerun, as lists 3 ms (bench/RESULTS.md, round 5).  Done once,
    when the figure is built and cached.
    """
    if isinstance(built, go.Figure):
        return pio.from_json(built.to_json())
    if isinstance(built, tuple):
        return tuple(ready_to_send(item) for item in built)
    if isinstance(built, dict):
        return {name: ready_to_send(item) for name, item in built.items()}
    return built


def cached_figures(builder: Callable[Params, Built]) -> Callable[Params, Built]:
    """Cache ``builder``'s figures per process, keyed on its (plain, hashable) arguments."""

    @functools.wraps(builder)
    def build(*args: Params.args, **kwargs: Params.kwargs) -> Built:
        return ready_to_send(builder(*args, **kwargs))

    return st.cache_resource(show_spinner=False, max_entries=FIGURE_CACHE_ENTRIES)(build)


# --- The login throttle ----------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def login_throttle(_clock: Callable[[], float]) -> LoginThrottle:
    """The one throttle of this server process, shared by every session (the clock is not a key)."""
    return LoginThrottle(clock=_clock)


# --- Years and the overview --------------------------------------------------------------

# The indicator whose latest year the sidebar opens on.
DEFAULT_YEAR_INDICATOR = "cultuurdeelname"


@st.cache_data(show_spinner=False)
def data_years(version: str) -> list[int]:
    """Years with initiatives or indicator values: the sidebar's years, and Verkennen's range."""
    return queries.all_data_years(cursor())


@st.cache_data(show_spinner=False)
def default_year(version: str) -> int:
    """The sidebar's opening year: the latest with the headline indicator, else the latest of all.

    Asked on every session's first run (and by ``context()`` before the sidebar has a
    year); a DuckDB query each time before it was cached.
    """
    years = data_years(version)
    with_indicator = set(queries.indicator_years(cursor(), DEFAULT_YEAR_INDICATOR))
    return max([y for y in years if y in with_indicator] or years)


@st.cache_data(show_spinner=False)
def initiative_years(version: str) -> list[int]:
    return queries.initiative_years(cursor())


@st.cache_data(show_spinner=False)
def overview_kpis(year: int, version: str) -> queries.OverviewKpis:
    return queries.overview_kpis(cursor(), year)


# --- Indicators: Overzicht, Kaart, Gemeenteprofiel, Over de data ------------------------


@st.cache_data(show_spinner=False)
def indicator_by_gemeente(indicator: str, year: int, group: str, version: str) -> pd.DataFrame:
    return queries.indicator_by_gemeente(cursor(), indicator, year, group)


@st.cache_data(show_spinner=False)
def indicator_years(indicator: str, group: str, version: str) -> list[int]:
    return queries.indicator_years(cursor(), indicator, group)


@st.cache_data(show_spinner=False)
def indicator_provenance(version: str) -> pd.DataFrame:
    return provenance.indicator_provenance(cursor())


@st.cache_resource(show_spinner=False, max_entries=8)
def indicator_sources(version: str) -> dict[str, list[dict[str, Any]]]:
    """Per indicator its stored sources, each with its years; shared and read-only.

    Every indicator card names its own source: fourteen copies of the provenance table
    were a fifth of a Gemeenteprofiel rerun.
    """
    frame = indicator_provenance(version)
    return dict(zip(frame["indicator"], frame["bronnen"], strict=True))


@st.cache_data(show_spinner=False)
def indicator_availability(version: str) -> pd.DataFrame:
    return queries.indicator_availability(cursor())


@st.cache_data(show_spinner=False)
def change_since(indicator: str, year_from: int, year_to: int, group: str, version: str) -> pd.DataFrame:
    return profile.change_since(cursor(), indicator, year_from, year_to, group)


@st.cache_data(show_spinner=False)
def indicator_trends(gemeente_codes: tuple[str, ...], version: str) -> pd.DataFrame:
    return profile.indicator_trends(cursor(), list(gemeente_codes))


@st.cache_data(show_spinner=False)
def latest_summary(gemeente_code: str, version: str) -> pd.DataFrame:
    """Per stored indicator the municipality's latest value, rank and year (indexed by indicator)."""
    trends = profile.indicator_trends(cursor(), [gemeente_code])
    return profile.latest_summary(trends, gemeente_code).set_index("indicator")


@st.cache_data(show_spinner=False)
def highlights(gemeente_code: str, version: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    return profile.highlights(cursor(), gemeente_code)


@st.cache_data(show_spinner=False)
def gemeente_key_figures(gemeente_code: str, year: int, version: str) -> dict[str, float]:
    return profile.gemeente_key_figures(cursor(), gemeente_code, year)


@st.cache_data(show_spinner=False)
def gemeente_initiatives(gemeente_code: str, version: str) -> pd.DataFrame:
    return profile.gemeente_initiatives(cursor(), gemeente_code)


@st.cache_data(show_spinner=False)
def gemeente_initiatives_table(gemeente_code: str, lang: str, version: str) -> pd.DataFrame:
    """``initiatives_table`` built once per municipality and language, not on every rerun.

    At 100x the demo data a municipality has thousands of initiatives, and making each
    one's link took most of the page's rerun time.
    """
    return initiatives_table(initiatives=gemeente_initiatives(gemeente_code, version), lang=lang)


# --- Boundaries ----------------------------------------------------------------------------


@st.cache_data(show_spinner=False)
def twente_geojson() -> dict[str, Any]:
    """Slim GeoJSON of the 14 municipalities; raises ``geo.BoundaryError`` if absent."""
    return geo.to_geojson(geo.load_twente_gemeenten(), ("code", "naam"))


@st.cache_data(show_spinner=False)
def twente_labels() -> pd.DataFrame:
    return geo.label_points(geo.load_twente_gemeenten())


def boundary_problem(lang: str = DEFAULT_LANGUAGE) -> str | None:
    """Why the boundaries cannot be loaded, in the reader's language, else None."""
    try:
        twente_geojson()
    except geo.BoundaryError as error:
        return error.message(lang)
    return None


@st.cache_data(show_spinner=False)
def german_geojson() -> dict[str, Any]:
    """Slim GeoJSON of the 9 EUREGIO districts; raises ``geo.BoundaryError`` if absent."""
    return geo.to_geojson(geo.load_german_districts(), ("code", "naam"))


@st.cache_data(show_spinner=False)
def german_labels() -> pd.DataFrame:
    return geo.label_points(geo.load_german_districts())


@st.cache_data(show_spinner=False)
def border_lines() -> list[list[tuple[float, float]]]:
    """The border along the German districts, from the Dutch provinces when present, else Twente."""
    try:
        dutch = geo.load_provinces()
    except (geo.BoundaryError, OSError, ValueError):
        dutch = geo.load_twente_gemeenten()
    return crossborder.border_lines(dutch, geo.load_german_districts())


def crossborder_boundary_problem(lang: str = DEFAULT_LANGUAGE) -> str | None:
    """Why either side's boundaries cannot be loaded, in the reader's language, else None."""
    try:
        german_geojson()
        geo.load_twente_gemeenten()
    except geo.BoundaryError as error:
        return error.message(lang)
    return None


# --- Thema's ---------------------------------------------------------------------------------


@st.cache_data(show_spinner=False)
def coverage_matrix(f: InitiativeFilter, measure: str, per_1000: bool, version: str) -> pd.DataFrame:
    return coverage.coverage_matrix(cursor(), f, measure, per_1000=per_1000)


@st.cache_data(show_spinner=False)
def theme_map_frame(f: InitiativeFilter, measure: str, per_1000: bool, version: str) -> pd.DataFrame:
    return coverage.theme_map_frame(cursor(), f, measure, per_1000=per_1000)


@st.cache_data(show_spinner=False)
def dekking_scores(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return coverage.dekking_scores(cursor(), f)


@st.cache_data(show_spinner=False)
def theme_disciplines(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return coverage.theme_disciplines(cursor(), f)


@st.cache_data(show_spinner=False)
def theme_target_groups(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return coverage.theme_target_groups(cursor(), f)


@st.cache_data(show_spinner=False)
def theme_trend(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return coverage.theme_trend(cursor(), f)


@st.cache_data(show_spinner=False)
def cell_initiatives(
    f: InitiativeFilter, gemeente: str | None, thema: str | None, exclude_gemeente: bool, version: str
) -> pd.DataFrame:
    return coverage.cell_initiatives(
        cursor(), f, gemeente=gemeente, thema=thema, exclude_gemeente=exclude_gemeente
    )


@st.cache_data(show_spinner=False)
def population_used(f: InitiativeFilter, version: str) -> tuple[int, int | None, tuple[str, ...]]:
    """The year whose inhabitants "per 1.000" divides by, the year wanted, and their sources."""
    used = coverage.population_for(cursor(), f)
    wanted = f.year_to if f.year_to is not None else f.year_from
    return used.year, wanted, used.sources


# --- Grenzeloos ------------------------------------------------------------------------------


@st.cache_data(show_spinner=False)
def crossborder_kpis(f: InitiativeFilter, version: str) -> crossborder.CrossBorderKpis:
    return crossborder.crossborder_kpis(cursor(), f)


@st.cache_data(show_spinner=False)
def crossborder_links(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return crossborder.links(cursor(), f)


@st.cache_data(show_spinner=False)
def crossborder_places(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return crossborder.place_totals(cursor(), f)


@st.cache_data(show_spinner=False)
def crossborder_districts(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return crossborder.district_totals(cursor(), f)


@st.cache_data(show_spinner=False)
def crossborder_gemeenten(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return crossborder.gemeente_totals(cursor(), f)


@st.cache_data(show_spinner=False)
def crossborder_trend(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return crossborder.trend_by_year(cursor(), f)


@st.cache_data(show_spinner=False)
def crossborder_disciplines(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return crossborder.by_discipline(cursor(), f)


# --- Initiatieven and Verkennen ------------------------------------------------------------


@st.cache_resource(show_spinner=False, max_entries=16)
def initiative_rows(f: InitiativeFilter, lang: str, version: str) -> tuple[list[str], pd.DataFrame]:
    """The matching ids and the list as shown (``explore.initiative_table``), per filter and language.

    Cached as plain text: the raw list's columns of arrays take seconds to copy out of
    the cache at 100x the demo data, and naming every row again costs as much per rerun.
    Shared, not copied (``cache_resource``): even as text, unpickling 48,000 rows on
    every rerun doubled the page's time at 100x.  Callers only read it.
    """
    frame = explore.initiative_list(cursor(), f)
    return frame["id"].tolist(), explore.initiative_table(frame, lang)


@st.cache_data(show_spinner=False)
def initiative_count(version: str) -> int:
    return len(explore.initiative_list(cursor()))


@st.cache_data(show_spinner=False)
def initiative_detail(initiative_id: str, version: str) -> explore.InitiativeDetail | None:
    return explore.initiative_detail(cursor(), initiative_id)


@st.cache_data(show_spinner=False)
def pivot(spec: explore.PivotSpec, f: InitiativeFilter, version: str) -> pd.DataFrame:
    return explore.pivot(cursor(), spec, f)


# --- Presenteren -----------------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def slide_geo() -> SlideGeo | None:
    return load_slide_geo()


@st.cache_data(show_spinner=False, max_entries=16)
def story(year: int, focus: str, lang: str, kinds: tuple[str, ...], demo: bool, version: str) -> list[Slide]:
    return build_story(cursor(), year=year, focus=focus, lang=lang, kinds=kinds, demo=demo)


@st.cache_data(show_spinner=False, max_entries=4)
def deck_files(year: int, focus: str, lang: str, kinds: tuple[str, ...], demo: bool, version: str) -> Deck:
    """The deck for the page's download buttons: made once per choice, for both buttons."""
    slides = story(year, focus, lang, kinds, demo, version)
    return build_deck(slides, slide_geo=slide_geo(), lang=lang, demo=demo)


# --- Voorbeelden: the marked examples -------------------------------------------------------


def examples() -> pd.DataFrame:
    """The examples of the store the session reads, shared until one is marked, changed or
    unmarked (the stamp: marking is no import, so the data version stays) or the data changes.

    Read-only for callers.  Reading them took a quarter of a Voorbeelden rerun.
    """
    return _examples(data_version(), examples_stamp())


@st.cache_resource(show_spinner=False, max_entries=8)
def _examples(version: str, stamp: str) -> pd.DataFrame:
    return cocreation.examples(cursor())


def examples_stamp() -> str:
    """Changes when an example is marked, edited or unmarked (for the deck's cache key)."""
    return cocreation.examples_stamp(cursor())


# --- Co-creation: the proposals store ---------------------------------------------------------


@st.cache_resource(show_spinner=False)
def _proposals_connection(db_path: str) -> duckdb.DuckDBPyConnection:
    return cocreation.connect(db_path)


def proposals_connection() -> duckdb.DuckDBPyConnection:
    """One connection per process to the proposals store (``$CULTUUR_COCREATIE_DB``); use a cursor each."""
    return _proposals_connection(str(cocreation.db_path()))


@st.cache_resource(show_spinner=False)
def proposal_limiter() -> cocreation.SendLimiter:
    """The one rate limit of the proposal form (sends, checks, status lookups) in this process."""
    return cocreation.SendLimiter()


def _agenda_store() -> tuple[str, bool]:
    """The store proposals are checked against: the imported data's when it exists, else the shown one."""
    path = imported_db_path()
    return (str(path), True) if path.exists() else _active_store()


def agenda_cursor() -> duckdb.DuckDBPyConnection:
    return _store_connection(*_agenda_store()).cursor()


@st.cache_data(show_spinner=False)
def _agenda_initiatives(db_path: str, imported: bool, version: str) -> pd.DataFrame:
    return cocreation.initiative_choices(_store_connection(db_path, imported).cursor())


def agenda_initiatives() -> pd.DataFrame:
    """The initiatives of the agenda store a proposer may propose a change to (id, naam, organisatie)."""
    db_path, imported = _agenda_store()
    version = _store_metadata(db_path, imported).get("data_version") or "0"
    return _agenda_initiatives(db_path, imported, version)


# --- Data beheer -----------------------------------------------------------------------------


@st.cache_data(show_spinner=False)
def template_files(lang: str) -> dict[str, tuple[bytes, str]]:
    return templates.template_files(lang)


@st.cache_data(show_spinner=False)
def export_xlsx(lang: str, version: str) -> bytes:
    return templates.to_xlsx(templates.export_frames(cursor()), lang)
