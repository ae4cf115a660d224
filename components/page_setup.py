"""Shared page setup: the store connection, the sidebar, language and the demo banner.

``app.py`` calls :func:`render_sidebar` on every run; pages call :func:`context` to
read what the user chose, and :func:`t` to translate.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import streamlit as st

from data import queries
from data.demo import ensure_database
from data.i18n import ALL_LANGUAGES, DEFAULT_LANGUAGE, translate
from data.store import connect, default_db_path, get_metadata, is_demo

LANGUAGE_LABELS = {"nl": "NL", "en": "EN", "de": "DE"}
_SIDEBAR_KEYS = ("lang", "jaar")


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


def cursor() -> duckdb.DuckDBPyConnection:
    return _connection(str(default_db_path())).cursor()


def data_version() -> str:
    """Changes whenever the stored data changes; part of every cache key."""
    return get_metadata(cursor(), "data_version") or "0"


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
    raw = st.query_params.get(key)
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
    for key in _SIDEBAR_KEYS:
        if f"_carried_{key}" in st.session_state:
            st.session_state[key] = st.session_state.pop(f"_carried_{key}")
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
        )
    st.query_params["lang"] = lang
    st.query_params["jaar"] = str(year)
    return PageContext(lang=lang, year=int(year), demo=is_demo(cursor()), data_version=version)


def _leave_pages_directory_mode() -> None:
    """Run through ``app.py`` even when the very first request opens a page URL.

    Until some session has called ``st.navigation``, Streamlit treats a ``pages/``
    folder the old way and runs e.g. ``pages/kaart.py`` on its own, without app.py's
    sidebar and page registry.  Switching that mode off and rerunning sends the same
    URL through app.py.  (Streamlit flips the same flag itself on ``st.navigation``.)
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        for key in _SIDEBAR_KEYS:  # the sidebar was not drawn in this run: keep its values
            if key in st.session_state:
                st.session_state[f"_carried_{key}"] = st.session_state[key]
        st.rerun()


def context() -> PageContext:
    """The choices made in the shared sidebar, for the page that is running."""
    _leave_pages_directory_mode()
    version = data_version()
    return PageContext(
        lang=st.session_state.get("lang", DEFAULT_LANGUAGE),
        year=int(st.session_state.get("jaar") or _default_year(_years(version))),
        demo=is_demo(cursor()),
        data_version=version,
    )


def set_document_language(lang: str) -> None:
    """Tell browsers and screen readers which language the page is in (WCAG 3.1.1)."""
    if lang in ALL_LANGUAGES:  # a fixed code, never user text
        st.html(f"<script>document.documentElement.lang = '{lang}';</script>", unsafe_allow_javascript=True)


def page_header(title: str, ctx: PageContext) -> None:
    """Title plus the demo banner, the same on every page."""
    set_document_language(ctx.lang)
    st.title(title)
    if ctx.demo:
        st.warning(translate("demo.banner", ctx.lang), icon="ℹ️")
