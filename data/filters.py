"""One filter model for initiatives, shared by Thema's, Grenzeloos, Initiatieven and Verkennen.

A filter becomes a SQL condition on the ``initiatief`` table (alias ``i``) with bound
parameters; user input is never pasted into SQL.  The URL form (``to_query``/
``from_query``) lets a copied link restore the same selection.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from data.i18n import translate
from data.reference import (
    DISCIPLINE_BY_CODE,
    FUNDING_BY_CODE,
    GEMEENTE_BY_CODE,
    STATUS_BY_CODE,
    TARGET_GROUP_BY_CODE,
    THEME_BY_CODE,
    gemeente_name,
)
from data.years import year_span

# URL parameter name -> (field, allowed codes); years and flags are handled apart.
LIST_FIELDS: dict[str, tuple[str, Mapping[str, object]]] = {
    "thema": ("themes", THEME_BY_CODE),
    "discipline": ("disciplines", DISCIPLINE_BY_CODE),
    "status": ("statuses", STATUS_BY_CODE),
    "doelgroep": ("target_groups", TARGET_GROUP_BY_CODE),
    "financiering": ("funding_sources", FUNDING_BY_CODE),
    "gemeente": ("gemeenten", GEMEENTE_BY_CODE),
}


# Every URL parameter a filter may use.
URL_KEYS: tuple[str, ...] = ("van", "tot", *LIST_FIELDS, "grens", "zoek")


@dataclass(frozen=True)
class InitiativeFilter:
    """Which initiatives to count.  Empty tuples and None mean "no restriction"."""

    year_from: int | None = None
    year_to: int | None = None
    themes: tuple[str, ...] = ()
    disciplines: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    funding_sources: tuple[str, ...] = ()
    gemeenten: tuple[str, ...] = ()
    cross_border: bool | None = None
    search: str = ""

    def with_years(self, year_from: int | None, year_to: int | None) -> InitiativeFilter:
        return replace(self, year_from=year_from, year_to=year_to)

    @property
    def is_empty(self) -> bool:
        return self == InitiativeFilter()


def _normalised_search_sql() -> str:
    return "strip_accents(lower(concat_ws(' ', i.naam, i.omschrijving, i.organisatie)))"


def filter_condition(f: InitiativeFilter) -> tuple[str, list[object]]:
    """A SQL boolean expression over ``initiatief i`` and the parameters it binds."""
    clauses: list[str] = []
    params: list[object] = []
    if f.year_from is not None:
        clauses.append("i.eindjaar >= ?")
        params.append(f.year_from)
    if f.year_to is not None:
        clauses.append("i.startjaar <= ?")
        params.append(f.year_to)
    for column, values in (("i.thema", f.themes), ("i.discipline", f.disciplines), ("i.status", f.statuses)):
        if values:
            clauses.append(f"list_contains(?, {column})")
            params.append(list(values))
    for table, column, values in (
        ("initiatief_doelgroep", "doelgroep", f.target_groups),
        ("financiering", "bron", f.funding_sources),
        ("initiatief_gemeente", "gemeente_code", f.gemeenten),
    ):
        if values:
            # table and column names are constants from this function, values are bound
            clauses.append(
                f"EXISTS (SELECT 1 FROM {table} x "  # noqa: S608
                f"WHERE x.initiatief_id = i.id AND list_contains(?, x.{column}))"
            )
            params.append(list(values))
    if f.cross_border is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id "
            "WHERE ip.initiatief_id = i.id AND p.land = 'DE') = ?"
        )
        params.append(f.cross_border)
    if f.search.strip():
        clauses.append(f"contains({_normalised_search_sql()}, strip_accents(lower(?)))")
        params.append(f.search.strip())
    return (" AND ".join(clauses) or "TRUE"), params


def matching_ids_sql(f: InitiativeFilter) -> tuple[str, list[object]]:
    """``SELECT i.id FROM initiatief i WHERE ...`` for use as a subquery or CTE."""
    condition, params = filter_condition(f)
    return f"SELECT i.id FROM initiatief i WHERE {condition}", params  # noqa: S608 - bound params


def to_query(f: InitiativeFilter) -> dict[str, str]:
    """The filter as URL query parameters (only what is set)."""
    query: dict[str, str] = {}
    if f.year_from is not None:
        query["van"] = str(f.year_from)
    if f.year_to is not None:
        query["tot"] = str(f.year_to)
    for name, (field_name, _allowed) in LIST_FIELDS.items():
        values = getattr(f, field_name)
        if values:
            query[name] = ",".join(values)
    if f.cross_border is not None:
        query["grens"] = "ja" if f.cross_border else "nee"
    if f.search.strip():
        query["zoek"] = f.search.strip()
    return query


def _int_or_none(raw: str | None) -> int | None:
    try:
        return int(raw) if raw not in (None, "") else None
    except ValueError:
        return None


def from_query(query: Mapping[str, str]) -> InitiativeFilter:
    """Read a filter back from URL parameters; unknown codes are dropped, never raised."""
    values: dict[str, object] = {
        "year_from": _int_or_none(query.get("van")),
        "year_to": _int_or_none(query.get("tot")),
        "search": query.get("zoek", "") or "",
        "cross_border": {"ja": True, "nee": False}.get(query.get("grens", "")),
    }
    for name, (field_name, allowed) in LIST_FIELDS.items():
        raw = query.get(name, "") or ""
        values[field_name] = tuple(code for code in raw.split(",") if code in allowed)
    return InitiativeFilter(**values)


def describe(f: InitiativeFilter, lang: str) -> list[str]:
    """The filter in words, one part per choice: what the closed filter panel has chosen.

    The parts are plain text (a search term is the user's own), for the caller to escape.
    """
    years = [year_span(f.year_from, f.year_to)] if f.year_from is not None or f.year_to is not None else []
    choices = []
    for name, (field_name, allowed) in LIST_FIELDS.items():
        codes = getattr(f, field_name)
        if codes:
            names = [gemeente_name(c, lang) if name == "gemeente" else allowed[c].name(lang) for c in codes]
            choices.append(f"{translate(f'filter.{name}', lang)}: {', '.join(names)}")
    if f.cross_border is not None:
        choices.append(translate(f"filter.grens.{'ja' if f.cross_border else 'nee'}", lang))
    if f.search.strip():
        choices.append(f"{translate('filter.zoek', lang)}: “{f.search.strip()}”")
    return [*years, *(choices or [translate("filter.none", lang)])]


FILTER_FIELDS = tuple(f.name for f in fields(InitiativeFilter))
