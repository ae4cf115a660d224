"""View state that lives in the URL, so a copied link opens exactly the same view.

The only module that touches ``st.query_params``.  Every parameter is declared once in
:data:`PARAMETERS`: its name in the link, its codec (``parse`` from the link's text,
``format`` back to it), the values it may take and its default.  Pages and components
give a widget its value with :func:`seed` and write their choices back with
:func:`publish`; reading an undeclared parameter is a programming error.  A value from
a link is untrusted: longer than :data:`MAX_VALUE_LENGTH`, unparsable or not allowed,
it counts as absent.

Adding a control that a shared link restores is one :class:`Param` below, one
``seed(key, param)`` before its widget and one ``publish({param: value})`` after it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import streamlit as st

from data import explore
from data import filters as initiative_filter
from data.coverage import ALL_THEMES, MEASURES, THEME_CODES
from data.i18n import ALL_LANGUAGES, DEFAULT_LANGUAGE
from data.indicators import INDICATOR_BY_CODE
from data.reference import AGE_GROUP_BY_CODE, GEMEENTE_BY_CODE, REGION_TWENTE, find_gemeente
from data.story import DEFAULT_FOCUS, DEFAULT_KINDS, SLIDE_KINDS

MAX_VALUE_LENGTH = 500  # longer than any real choice; a crafted link may carry anything
_UNSET: Any = object()


@dataclass(frozen=True, kw_only=True)
class Param:
    """One URL parameter: how its text becomes a value and back, and which values it may take.

    ``allowed`` is the set of values (a membership test), or None when the page names
    them because they depend on the data (the years a store holds).  With ``many`` the
    value is a list: ``parse`` yields its items, items not allowed are dropped, at most
    ``max_items`` are kept, and fewer than ``min_items`` count as no value.  ``format``
    returning None leaves the parameter out of the link (a default or an empty choice).
    ``id`` tells apart two views that use one name for different things (``modus``).
    """

    name: str
    what: str
    parse: Callable[[str], Any] = str
    format: Callable[[Any], str | None] = str
    allowed: Collection[Any] | None = None
    default: Any = None
    many: bool = False
    min_items: int = 0
    max_items: int | None = None
    id: str = ""

    @property
    def key(self) -> str:
        return self.id or self.name

    def accepts(self, value: Any, allowed: Collection[Any] | None = None) -> bool:
        """True when ``value`` is one this parameter (and the page's ``allowed``) may take."""
        if self.many:
            if not isinstance(value, list | tuple) or len(value) < self.min_items:
                return False
            if self.max_items is not None and len(value) > self.max_items:
                return False
            return all(self._item_allowed(item, allowed) for item in value)
        return self._item_allowed(value, allowed)

    def _item_allowed(self, item: Any, allowed: Collection[Any] | None) -> bool:
        for domain in (self.allowed, allowed):
            # True == 1 in Python: a flag is never a year, nor a year a flag
            if domain is not None and not any(
                item == v and isinstance(item, bool) == isinstance(v, bool) for v in domain
            ):
                return False
        return True

    def decode(self, raw: str, allowed: Collection[Any] | None = None) -> Any:
        """The value ``raw`` stands for, or ``_UNSET`` when it stands for none."""
        try:
            value = self.parse(raw)
        except (ValueError, KeyError):
            return _UNSET
        if self.many:
            items = [item for item in dict.fromkeys(value) if self._item_allowed(item, allowed)]
            value = items[: self.max_items] if self.max_items is not None else items
        return value if self.accepts(value, allowed) else _UNSET


# --- The codecs ------------------------------------------------------------------------------


def _items(raw: str) -> list[str]:
    return [item for item in raw.split(",") if item]


def _joined(items: Iterable[str]) -> str | None:
    return ",".join(items) or None


def _omit(default: Any) -> Callable[[Any], str | None]:
    """Format that leaves ``default`` out of the link (an unchanged control adds nothing)."""
    return lambda value: None if value == default else str(value)


def _or_none(text: str) -> str | None:
    return text or None


def _gemeente(raw: str) -> str:
    code = find_gemeente(raw)
    if code is None:
        raise ValueError(raw)
    return code


def _cell(raw: str) -> tuple[str, str]:
    gemeente, _, thema = raw.partition(".")
    return gemeente, thema


def _slide_number(raw: str) -> int:
    # isdigit() also accepts "²", which int() refuses; a slide number has at most a few digits
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 4):
        raise ValueError(raw)
    return max(int(raw) - 1, 0)  # the link counts from 1, the state from 0


def _filter_list(name: str, field_name: str, allowed: Collection[str]) -> Param:
    """An initiative filter's list, through the filter's own URL form (``data.filters``)."""
    return Param(
        name=name,
        what=f"initiative filter: {name}",
        parse=lambda raw: list(getattr(initiative_filter.from_query({name: raw}), field_name)),
        format=lambda codes: initiative_filter.to_query(
            initiative_filter.InitiativeFilter(**{field_name: tuple(codes)})
        ).get(name),
        allowed=tuple(allowed),
        default=[],
        many=True,
        id=f"filter.{name}" if name == "gemeente" else "",
    )


_CELL_GEMEENTEN = (*GEMEENTE_BY_CODE, REGION_TWENTE)
_CELL_THEMES = (*THEME_CODES, ALL_THEMES)
_CELLS = tuple((g, t) for g in _CELL_GEMEENTEN for t in _CELL_THEMES)
_INDICATORS = tuple(INDICATOR_BY_CODE)

_DECLARED: tuple[Param, ...] = (
    Param(name="lang", what="interface language", allowed=ALL_LANGUAGES, default=DEFAULT_LANGUAGE),
    Param(name="jaar", what="the sidebar year (allowed: the store's years)", parse=int),
    # Gemeenteprofiel
    Param(name="gemeente", what="Gemeenteprofiel: the municipality (CBS code or name)", parse=_gemeente),
    Param(
        name="vergelijk",
        what="Gemeenteprofiel: up to three municipalities to compare with",
        parse=_items,
        format=_joined,
        allowed=tuple(GEMEENTE_BY_CODE),
        default=[],
        many=True,
        max_items=3,
    ),
    Param(name="indicator", what="Kaart, Gemeenteprofiel: the indicator", allowed=_INDICATORS),
    # Kaart
    Param(name="groep", what="Kaart: the age group", allowed=tuple(AGE_GROUP_BY_CODE)),
    Param(
        name="modus",
        what="Kaart: value in one year or change between two",
        allowed=("waarde", "verandering"),
        default="waarde",
    ),
    Param(name="sinds", what="Kaart: the first year of a change", parse=int),
    # Initiatieven
    Param(name="initiatief", what="Initiatieven: the initiative shown in full (allowed: the listed ids)"),
    # Thema's
    Param(
        name="cel",
        what="Thema's: the chosen cell of the matrix (gemeente.thema)",
        parse=_cell,
        format=lambda cell: ".".join(cell) if cell else None,
        allowed=_CELLS,
    ),
    Param(
        name="maat",
        what="Thema's: the measure",
        allowed=MEASURES,
        default=MEASURES[0],
        format=_omit(MEASURES[0]),
    ),
    Param(
        name="per1000",
        what="Thema's: per 1,000 inhabitants",
        parse=lambda raw: raw == "ja",
        format=lambda on: "ja" if on else None,
        allowed=(True, False),
        default=False,
    ),
    Param(
        name="sorteer",
        what="Thema's: the order of the matrix (allowed: the page's options)",
        default="naam",
        format=_omit("naam"),
    ),
    # Presenteren
    Param(
        name="dias",
        what="Presenteren: the chosen slides in order",
        parse=_items,
        format=_joined,
        allowed=SLIDE_KINDS,
        default=list(DEFAULT_KINDS),
        many=True,
        min_items=1,
    ),
    Param(
        name="dia",
        what="Presenteren: the slide on screen (from 1 in the link, from 0 in the state)",
        parse=_slide_number,
        format=lambda position: str(position + 1),
        default=0,
    ),
    Param(
        name="focus",
        what="Presenteren: the municipality in focus",
        allowed=tuple(GEMEENTE_BY_CODE),
        default=DEFAULT_FOCUS,
    ),
    Param(
        name="modus",
        id="presenteren.modus",
        what="Presenteren: presentation mode ('1')",
        parse=lambda raw: raw == "1",
        format=lambda on: "1" if on else None,
        allowed=(True, False),
        default=False,
    ),
    # Voorbeelden
    Param(name="voorbeeld", what="Voorbeelden: the example shown alone (allowed: the marked examples' ids)"),
    # Verkennen (the question as in data.explore; the allowed values depend on each other)
    Param(name="maat", id="verkennen.maat", what="Verkennen: the measure", allowed=explore.MEASURES),
    Param(name="agg", what="Verkennen: the aggregation", allowed=explore.AGGREGATIONS),
    Param(name="rij", what="Verkennen: the first dimension", allowed=explore.DIMENSIONS, format=_or_none),
    Param(name="kolom", what="Verkennen: the second dimension", allowed=explore.DIMENSIONS, format=_or_none),
    Param(name="grafiek", what="Verkennen: the chart", allowed=explore.CHARTS),
    # The initiative filter (Thema's, Grenzeloos, Initiatieven, Verkennen; see data.filters)
    Param(name="van", what="initiative filter: first year", parse=int),
    Param(name="tot", what="initiative filter: last year", parse=int),
    *(
        _filter_list(name, field_name, allowed)
        for name, (field_name, allowed) in initiative_filter.LIST_FIELDS.items()
    ),
    Param(
        name="grens",
        what="initiative filter: with a German partner",
        allowed=("alle", "ja", "nee"),
        default="alle",
        format=_omit("alle"),
    ),
    Param(
        name="zoek",
        what="initiative filter: search text",
        default="",
        format=lambda text: text.strip() or None,
    ),
)

# Every parameter a link may carry, by id (its name, unless two views share the name).
PARAMETERS: dict[str, Param] = {param.key: param for param in _DECLARED}
NAMES: frozenset[str] = frozenset(param.name for param in _DECLARED)
FILTER_PARAMETERS: dict[str, str] = {  # filter URL name -> parameter id
    name: PARAMETERS.get(f"filter.{name}", PARAMETERS.get(name)).key for name in initiative_filter.URL_KEYS
}
EXPLORE_PARAMETERS: dict[str, str] = {
    name: "verkennen.maat" if name == "maat" else name for name in explore.URL_KEYS
}
if len(PARAMETERS) != len(_DECLARED):
    raise RuntimeError("two URL parameters share one id: give one an id")


def _declared(param: str) -> Param:
    if param not in PARAMETERS:
        raise KeyError(f"URL parameter {param!r} is not declared in components/url_state.PARAMETERS")
    return PARAMETERS[param]


# --- Reading ---------------------------------------------------------------------------------


def read(param: str, default: str | None = None) -> str | None:
    """The raw text of ``param`` in the link (to quote it back), or ``default`` when absent or too long."""
    raw = st.query_params.get(_declared(param).name)
    if raw is None or len(raw) > MAX_VALUE_LENGTH:
        return default
    return raw


def _from_link(param: str, allowed: Collection[Any] | None) -> Any:
    raw = read(param)
    return _UNSET if raw is None else _declared(param).decode(raw, allowed)


def value(param: str, *, allowed: Collection[Any] | None = None, default: Any = _UNSET) -> Any:
    """The value the link gives ``param``, decoded and checked; else ``default`` (the declared one)."""
    found = _from_link(param, allowed)
    if found is not _UNSET:
        return found
    return _declared(param).default if default is _UNSET else default


def carries(params: Iterable[str]) -> bool:
    """True when the link gives any of ``params`` a value (a shared view, not a fresh page)."""
    return any(read(param) for param in params)


def seed(
    key: str,
    param: str,
    *,
    allowed: Collection[Any] | None = None,
    default: Any = _UNSET,
    convert: Any = None,
) -> Any:
    """Give widget ``key`` its value before it is drawn, and return it.

    The one way a page restores a view: the value in session state is kept while it
    is allowed; else the link's value; else ``default`` (the declared one when not
    given; a callable is called only then, for defaults that cost a query).
    """
    declared = _declared(param)
    if key in st.session_state and declared.accepts(st.session_state[key], allowed):
        return st.session_state[key]
    if default is _UNSET:
        default = declared.default
    found = _from_link(param, allowed)
    if found is _UNSET:
        found = default() if callable(default) else default
    st.session_state[key] = list(found) if declared.many else found
    return st.session_state[key]


def current() -> dict[str, str]:
    """Every declared parameter the link carries now (for a link to share)."""
    return {k: v for k, v in st.query_params.to_dict().items() if k in NAMES}


# --- Writing ---------------------------------------------------------------------------------


def publish(values: Mapping[str, Any] | None = None, /, **more: Any) -> None:
    """Write values (by parameter id) into the URL through their codec; None removes one."""
    for param, choice in {**(values or {}), **more}.items():
        declared = _declared(param)
        text = None if choice is None else declared.format(choice)
        if text is None:
            if declared.name in st.query_params:
                del st.query_params[declared.name]
        elif st.query_params.get(declared.name) != text:
            st.query_params[declared.name] = text
