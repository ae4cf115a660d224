"""Shared page setup: the store connection, the sidebar, language and the demo banner.

``app.py`` calls :func:`render_sidebar` on every run; pages call :func:`context` to
read what the user chose, and :func:`t` to translate.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import streamlit as st

from components import url_state
from data import queries
from data.demo import ensure_database
from data.i18n import ALL_LANGUAGES, DEFAULT_LANGUAGE, translate
from data.importer import holds_imported_data, imported_db_path
from data.store import DEMO_DATASET, connect, default_db_path

LANGUAGE_LABELS = {"nl": "NL", "en": "EN", "de": "DE"}


@dataclass(frozen=True)
class PageContext:
    lang: str
    year: int
    demo: bool
    data_version: str


@st.cache_resource(show_spinner=False)
def _connection(db_path: str) -> duckdb.DuckDBPyConnection:
    """One connection per process; each query uses its own cursor (thread safe)."""
    ensure_database(Path(db_path))
    return connect(db_path)


# Session key of the sidebar switch between imported data (on) and the demo data (off).
IMPORTED_DATA_KEY = "databron_import"


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


def _is_demo() -> bool:
    return store_metadata().get("dataset") == DEMO_DATASET


@st.cache_data(show_spinner=False)
def _years(version: str) -> list[int]:
    return queries.all_data_years(cursor())


def _default_year(years: list[int]) -> int:
    indicator_years = queries.indicator_years(cursor(), "cultuurdeelname")
    candidates = [y for y in years if y in indicator_years] or years
    return max(candidates)


def _init_from_url(key: str, allowed: list, convert: type = str) -> None:
    """Seed a widget's state from the URL once, so a shared link restores the view."""
    if key in st.session_state:
        return
    raw = url_state.read(key)
    if raw is None:
        return
    try:
        value = convert(raw)
    except ValueError:
        return
    if value in allowed:
        st.session_state[key] = value


def current_language(languages: tuple[str, ...] = ALL_LANGUAGES) -> str:
    """The chosen language, known before the sidebar is drawn (app.py titles its pages with it)."""
    _init_from_url("lang", list(languages))
    if st.session_state.get("lang") not in languages:
        st.session_state["lang"] = DEFAULT_LANGUAGE
    return st.session_state["lang"]


def t(key: str, **values: object) -> str:
    """Translate ``key`` into the language chosen in the sidebar."""
    return translate(key, st.session_state.get("lang", DEFAULT_LANGUAGE), **values)


def render_sidebar(languages: tuple[str, ...] = ALL_LANGUAGES) -> PageContext:
    """The shared sidebar.  German is offered for German partners; untranslated texts show in English."""
    version = data_version()
    years = _years(version)
    _init_from_url("lang", list(languages))
    _init_from_url("jaar", years, int)
    if st.session_state.get("lang") not in languages:
        st.session_state["lang"] = DEFAULT_LANGUAGE
    if st.session_state.get("jaar") not in years:
        st.session_state["jaar"] = _default_year(years)
    with st.sidebar:
        lang = st.radio(
            translate("sidebar.language", st.session_state["lang"]),
            options=list(languages),
            format_func=LANGUAGE_LABELS.__getitem__,
            horizontal=True,
            key="lang",
        )
        year = st.selectbox(
            translate("sidebar.year", lang),
            options=years,
            key="jaar",
            help=translate("sidebar.year_help", lang),
            placeholder=translate("common.placeholder.choose", lang),
        )
        if has_imported_data():
            st.toggle(
                translate("sidebar.imported_data", lang),
                value=True,
                key=IMPORTED_DATA_KEY,
                help=translate("sidebar.imported_data_help", lang),
            )
    url_state.publish(lang=lang, jaar=year)
    return PageContext(lang=lang, year=int(year), demo=_is_demo(), data_version=version)


def context() -> PageContext:
    """The choices made in the shared sidebar, for the page that is running."""
    version = data_version()
    return PageContext(
        lang=st.session_state.get("lang", DEFAULT_LANGUAGE),
        year=int(st.session_state.get("jaar") or _default_year(_years(version))),
        demo=_is_demo(),
        data_version=version,
    )


def set_document_language(lang: str) -> None:
    """Tell browsers and screen readers which language the page is in (WCAG 3.1.1)."""
    if lang in ALL_LANGUAGES:  # a fixed code, never user text
        st.html(f"<script>document.documentElement.lang = '{lang}';</script>", unsafe_allow_javascript=True)


def page_header(title: str, ctx: PageContext, *, shows_figures: bool = True) -> None:
    """Title plus, where the page shows figures of the demo store, the demo banner.

    Pages that show no figures (Data beheer works on the imported store; Over de data
    says itself what is demo) pass ``shows_figures=False``.
    """
    set_document_language(ctx.lang)
    st.title(title)
    if ctx.demo and shows_figures:
        st.warning(translate("demo.banner", ctx.lang), icon="ℹ️")
    if not st.get_option("server.enableStaticServing"):
        # The maps' base map is served from static/ (components/maps.py); without it
        # plotly.js would try its CDN and, offline, draw no map at all.
        st.error(translate("common.static_serving_off", ctx.lang))
