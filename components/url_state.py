"""View state that lives in the URL, so a copied link opens exactly the same view.

The only module that touches ``st.query_params``.  Every parameter is declared once in
:data:`PARAMETERS`; reading an undeclared one is a programming error.  A value from a
link is untrusted: longer than :data:`MAX_VALUE_LENGTH` it counts as absent, and every
reader checks it against the values it allows before use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import streamlit as st

from data import explore
from data.filters import URL_KEYS as FILTER_PARAMETERS

# Every parameter a link may carry, and what it holds.
PARAMETERS: dict[str, str] = {
    "lang": "interface language (nl, en, de)",
    "jaar": "the sidebar year",
    "gemeente": "Gemeenteprofiel: the municipality (CBS code or name)",
    "vergelijk": "Gemeenteprofiel: up to three municipalities to compare with",
    "indicator": "Kaart, Gemeenteprofiel: the indicator",
    "groep": "Kaart: the age group",
    "modus": "Kaart: value in one year or change between two",
    "sinds": "Kaart: the first year of a change",
    "initiatief": "Initiatieven: the initiative shown in full",
    "cel": "Thema's: the chosen cell of the matrix (gemeente.thema)",
    "maat": "Thema's and Verkennen: the measure",
    "per1000": "Thema's: per 1,000 inhabitants",
    "sorteer": "Thema's: the order of the matrix",
    "dias": "Presenteren: the chosen slides in order",
    "dia": "Presenteren: the slide on screen",
    "focus": "Presenteren: the municipality in focus",
    **{name: f"Verkennen: {name}" for name in explore.URL_KEYS if name != "maat"},
    **{name: f"initiative filter: {name}" for name in FILTER_PARAMETERS if name != "gemeente"},
}
PARAMETERS["gemeente"] += "; elsewhere the initiative filter's municipalities"
MAX_VALUE_LENGTH = 500  # longer than any real choice; a crafted link may carry anything


def _declared(param: str) -> str:
    if param not in PARAMETERS:
        raise KeyError(f"URL parameter {param!r} is not declared in components/url_state.PARAMETERS")
    return param


def read(param: str, default: str | None = None) -> str | None:
    """The raw value of ``param`` in the link, or ``default`` when absent or implausibly long."""
    raw = st.query_params.get(_declared(param))
    if raw is None or len(raw) > MAX_VALUE_LENGTH:
        return default
    return raw


def read_all(params: Iterable[str]) -> dict[str, str]:
    """The values of ``params`` ('' when absent), as the parsers in data/ expect them."""
    return {param: read(param) or "" for param in params}


def current() -> dict[str, str]:
    """Every declared parameter the link carries now (for a link to share)."""
    return {k: v for k, v in st.query_params.to_dict().items() if k in PARAMETERS}


def seed(
    key: str, *, param: str, allowed: Sequence[Any], default: Any, convert: Callable[[str], Any] = str
) -> None:
    """Give widget ``key`` its value: kept if valid, else from URL ``param``, else ``default``."""
    if key in st.session_state and st.session_state[key] in allowed:
        return
    raw = read(param)
    value = default
    if raw is not None:
        try:
            candidate = convert(raw)
        except ValueError:
            candidate = None
        if candidate in allowed:
            value = candidate
    st.session_state[key] = value


def publish(**params: object) -> None:
    """Write values into the URL; None removes the parameter."""
    for name, value in params.items():
        _declared(name)
        if value is None:
            if name in st.query_params:
                del st.query_params[name]
        elif st.query_params.get(name) != str(value):
            st.query_params[name] = str(value)


def sync(wanted: Mapping[str, str], params: Iterable[str]) -> None:
    """Make the URL hold exactly ``wanted`` among ``params``: set what is chosen, drop the rest."""
    publish(**{param: wanted.get(param) for param in params})
