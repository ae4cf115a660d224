"""Initiative filter widgets, shared by the pages that list or count initiatives.

The widgets' state lives in ``st.session_state`` (per page, by prefix) and in the URL,
so a copied link restores the same selection (see ``data.filters``).
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components import url_state
from data import filters as model
from data.i18n import translate
from data.reference import (
    DISCIPLINES,
    FUNDING_SOURCES,
    GEMEENTEN,
    STATUSES,
    TARGET_GROUPS,
    THEMES,
    Term,
)

ALL_WIDGETS = (
    "years",
    "thema",
    "discipline",
    "status",
    "doelgroep",
    "financiering",
    "gemeente",
    "grens",
    "zoek",
)
_TERMS: dict[str, Sequence[Term]] = {
    "thema": THEMES,
    "discipline": DISCIPLINES,
    "status": STATUSES,
    "doelgroep": TARGET_GROUPS,
    "financiering": FUNDING_SOURCES,
}
_FIELD = {name: field_name for name, (field_name, _allowed) in model.LIST_FIELDS.items()}
_URL_KEYS = model.URL_KEYS


def _seed_state(
    prefix: str, years: list[int], default_year: int, default_range: tuple[int, int] | None = None
) -> None:
    """Fill the widgets' state from the URL the first time the page is opened."""
    if st.session_state.get(f"{prefix}_seeded"):
        return
    from_url = model.from_query(url_state.read_all(_URL_KEYS))
    default_low, default_high = default_range or (default_year, default_year)
    low = from_url.year_from if from_url.year_from in years else default_low
    high = from_url.year_to if from_url.year_to in years else default_high
    # The slider takes this as its starting value (a tuple makes it a range slider);
    # it is not written to the widget's own key, which Streamlit then owns.
    st.session_state[f"{prefix}_years_start"] = (min(low, high), max(low, high))
    for name, field_name in _FIELD.items():
        st.session_state[f"{prefix}_{name}"] = list(getattr(from_url, field_name))
    st.session_state[f"{prefix}_grens"] = {None: "alle", True: "ja", False: "nee"}[from_url.cross_border]
    st.session_state[f"{prefix}_zoek"] = from_url.search
    st.session_state[f"{prefix}_seeded"] = True


def _multiselect(prefix: str, name: str, lang: str) -> tuple[str, ...]:
    if name == "gemeente":
        options = [g.code for g in GEMEENTEN]
        labels = {g.code: g.naam for g in GEMEENTEN}
    else:
        options = [t.code for t in _TERMS[name]]
        labels = {t.code: t.name(lang) for t in _TERMS[name]}
    chosen = st.multiselect(
        translate(f"filter.{name}", lang),
        options=options,
        format_func=labels.__getitem__,
        key=f"{prefix}_{name}",
        placeholder=translate("filter.all", lang),
    )
    return tuple(chosen)


def render_initiative_filters(
    *,
    prefix: str,
    lang: str,
    years: list[int],
    default_year: int,
    widgets: Sequence[str] = ALL_WIDGETS,
    columns: int = 4,
    default_range: tuple[int, int] | None = None,
) -> model.InitiativeFilter:
    """Draw the chosen filter widgets and return the filter they describe.

    ``default_range`` (first, last year) replaces the single ``default_year`` when the
    URL names no years, e.g. to list initiatives of every year.
    """
    _seed_state(prefix, years, default_year, default_range)
    values: dict[str, object] = {}
    slots = st.columns(columns)
    for index, name in enumerate(w for w in widgets if w != "zoek"):
        with slots[index % columns]:
            if name == "years":
                low, high = st.select_slider(
                    translate("filter.years", lang),
                    options=years,
                    value=st.session_state[f"{prefix}_years_start"],
                    key=f"{prefix}_years",
                )
                values["year_from"], values["year_to"] = int(low), int(high)
            elif name == "grens":
                choice = st.selectbox(
                    translate("filter.grens", lang),
                    options=["alle", "ja", "nee"],
                    format_func=lambda c: translate(f"filter.grens.{c}", lang),
                    key=f"{prefix}_grens",
                    placeholder=translate("common.placeholder.choose", lang),
                )
                values["cross_border"] = {"alle": None, "ja": True, "nee": False}[choice]
            else:
                values[_FIELD[name]] = _multiselect(prefix, name, lang)
    if "zoek" in widgets:
        values["search"] = st.text_input(
            translate("filter.zoek", lang),
            key=f"{prefix}_zoek",
            placeholder=translate("filter.zoek.hint", lang),
        )
    chosen = model.InitiativeFilter(**values)
    publish_filter(chosen)
    return chosen


def publish_filter(chosen: model.InitiativeFilter) -> None:
    """Write the filter into the URL and drop parameters that are no longer set."""
    url_state.sync(model.to_query(chosen), _URL_KEYS)
