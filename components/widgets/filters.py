"""Initiative filter widgets, shared by the pages that list or count initiatives.

The widgets' state lives in ``st.session_state`` (per page, by prefix) and in the URL,
so a copied link restores the same selection (see ``data.filters``).
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components import url_state
from data import filters as model
from data.formatting import escape_markdown
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
from data.years import shown_year

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
_CROSS_BORDER = {"alle": None, "ja": True, "nee": False}  # the grens widget's choices
YEAR_ENDS = ("van", "tot")  # the "years" widget as its two drop-downs, named as in the URL


def _seed_state(
    prefix: str,
    widgets: Sequence[str],
    years: list[int],
    default_year: int,
    default_range: tuple[int, int] | None = None,
) -> None:
    """Give the widgets their values: kept, else from the URL, else none chosen."""
    first_key, last_key = f"{prefix}_van", f"{prefix}_tot"
    if st.session_state.get(first_key) not in years or st.session_state.get(last_key) not in years:
        default_low, default_high = default_range or (default_year, default_year)
        low = url_state.value("van", allowed=years, default=default_low)
        high = url_state.value("tot", allowed=years, default=default_high)
        st.session_state[first_key], st.session_state[last_key] = sorted((low, high))
    for name in widgets:
        if name != "years":
            url_state.seed(f"{prefix}_{name}", url_state.FILTER_PARAMETERS[name])


def _order_years(prefix: str) -> None:
    """``on_change`` of the range's two years: a first year after the last swaps with it."""
    first_key, last_key = f"{prefix}_van", f"{prefix}_tot"
    st.session_state[first_key], st.session_state[last_key] = sorted(
        (st.session_state[first_key], st.session_state[last_key])
    )


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


def follow_sidebar_year(prefix: str, year: int, years: list[int]) -> None:
    """When the sidebar's year changes, the page's year range becomes that year.

    The sidebar year applies to every page; the two years of the range let a reader
    widen it here.  Called before the filter widgets are drawn, so their state may be set.
    """
    seen_key = f"{prefix}_sidebar_year"
    previous = st.session_state.get(seen_key)
    st.session_state[seen_key] = year
    if previous is not None and previous != year:
        chosen = shown_year(years, year)
        st.session_state[f"{prefix}_van"] = st.session_state[f"{prefix}_tot"] = chosen


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

    The widgets sit in a popover behind one "Filters" button, with the choices in words
    beside it: a first visit does not draw (or load the code of) widgets a reader has not
    opened, and a phone keeps its screen for the page (bench/RESULTS.md, issue 18).

    ``default_range`` (first, last year) replaces the single ``default_year`` when the
    URL names no years, e.g. to list initiatives of every year.
    """
    _seed_state(prefix, widgets, years, default_year, default_range)
    values: dict[str, object] = {}
    with st.container(horizontal=True, vertical_alignment="center", key=f"{prefix}_filter_bar"):
        panel = st.popover(translate("filter.button", lang), icon=":material/filter_list:")
        summary = st.empty()
    with panel:
        slots = st.columns(columns)
        # The year range is two drop-downs, each in a slot of its own, wide enough for a year.
        shown = [part for w in widgets if w != "zoek" for part in (YEAR_ENDS if w == "years" else (w,))]
        for index, name in enumerate(shown):
            with slots[index % columns]:
                values.update(_filter_widget(prefix, name, lang, years))
    if "zoek" in widgets:
        values["search"] = st.text_input(
            translate("filter.zoek", lang),
            key=f"{prefix}_zoek",
            placeholder=translate("filter.zoek.hint", lang),
        )
    chosen = model.InitiativeFilter(**values)
    summary.caption(" · ".join(escape_markdown(part) for part in model.describe(chosen, lang)))
    publish_filter(chosen)
    return chosen


def _filter_widget(prefix: str, name: str, lang: str, years: list[int]) -> dict[str, object]:
    """One filter widget, drawn; its value under the filter's field name(s)."""
    if name in YEAR_ENDS:  # drop-downs: a range slider's script cost a tenth of a first visit (issue 18)
        chosen = st.selectbox(
            translate("filter.year_from" if name == "van" else "filter.year_to", lang),
            years,
            key=f"{prefix}_{name}",
            on_change=_order_years,
            args=(prefix,),
            placeholder=translate("common.placeholder.choose", lang),
        )
        return {"year_from" if name == "van" else "year_to": int(chosen)}
    if name == "grens":
        choice = st.selectbox(
            translate("filter.grens", lang),
            options=["alle", "ja", "nee"],
            format_func=lambda c: translate(f"filter.grens.{c}", lang),
            key=f"{prefix}_grens",
            placeholder=translate("common.placeholder.choose", lang),
        )
        return {"cross_border": _CROSS_BORDER[choice]}
    return {_FIELD[name]: _multiselect(prefix, name, lang)}


def publish_filter(chosen: model.InitiativeFilter) -> None:
    """Write the filter into the URL and drop parameters that are no longer set."""
    values: dict[str, object] = {
        "van": chosen.year_from,
        "tot": chosen.year_to,
        **{name: getattr(chosen, field_name) for name, field_name in _FIELD.items()},
        "grens": next(choice for choice, flag in _CROSS_BORDER.items() if flag is chosen.cross_border),
        "zoek": chosen.search,
    }
    url_state.publish({url_state.FILTER_PARAMETERS[name]: value for name, value in values.items()})
