"""Which kind of table a sheet is, and where its columns are: headers as offices write them.

Columns are recognised case-insensitively and with synonyms ("Budget (€)", "Gemeente-code",
"Projectnaam"); the header may be below a few title rows.  A sheet read from a file
becomes a :class:`RawTable`: its cells as found, keyed by the column's canonical name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from data.importing import limits
from data.importing.issues import Issue, IssueList
from data.reference import FUNDING_SOURCES

KIND_INDICATORS = "indicatorwaarden"
KIND_INITIATIVES = "initiatieven"
KIND_PARTNERS = "partners"
KIND_POPULATION = "inwoners"
FUNDING_PREFIX = "financiering_"


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    synonyms: tuple[str, ...] = ()
    required: bool = False


def normalize_header(text: object) -> str:
    """'Budget (€)' -> 'budget', 'Gemeente-code' -> 'gemeente_code'."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def _funding_columns() -> tuple[ColumnSpec, ...]:
    return tuple(
        ColumnSpec(
            f"{FUNDING_PREFIX}{term.code}",
            (f"bijdrage_{term.code}", f"fin_{term.code}", normalize_header(f"financiering {term.nl}")),
        )
        for term in FUNDING_SOURCES
    )


# Participants from Germany: part of ``bereik``, optional (#5, both sides of the border).
_GERMAN_REACH_SYNONYMS = ("deelnemers_duitsland", "deelnemers_uit_duitsland", "deelnemers_de", "reach_de")

SHEETS: dict[str, tuple[ColumnSpec, ...]] = {
    KIND_INDICATORS: (
        ColumnSpec(
            "gemeente",
            (
                "gemeentenaam",
                "gemeente_code",
                "gemeentecode",
                "gm_code",
                "regio",
                "regiocode",
                "gebied",
                "gebiedscode",
                "municipality",
            ),
            True,
        ),
        ColumnSpec("jaar", ("year", "peiljaar", "peildatum", "datum", "periode", "perioden"), True),
        ColumnSpec("indicator", ("indicatorcode", "indicator_code", "kenmerk", "onderwerp"), True),
        ColumnSpec("groep", ("leeftijdsgroep", "leeftijd", "group", "age_group")),
        ColumnSpec("waarde", ("value", "score", "uitkomst", "percentage", "aantal"), True),
        ColumnSpec("bron", ("source", "herkomst")),
        ColumnSpec("status", ("definitief_voorlopig",)),
    ),
    KIND_POPULATION: (
        ColumnSpec("gemeente", ("gemeentenaam", "gemeente_code", "gemeentecode", "gm_code", "regio"), True),
        ColumnSpec("jaar", ("year", "peiljaar", "peildatum", "perioden"), True),
        ColumnSpec("inwoners", ("aantal_inwoners", "bevolking", "totale_bevolking", "population"), True),
        ColumnSpec("bron", ("source", "herkomst")),
        ColumnSpec("status", ("definitief_voorlopig",)),
    ),
    KIND_INITIATIVES: (
        ColumnSpec(
            "id", ("code", "initiatief_id", "initiatiefcode", "kenmerk", "projectcode", "nummer"), True
        ),
        ColumnSpec("naam", ("initiatief", "naam_initiatief", "titel", "projectnaam", "name"), True),
        ColumnSpec("omschrijving", ("beschrijving", "toelichting", "description")),
        ColumnSpec("organisatie", ("penvoerder", "aanvrager", "organisation", "trekker"), True),
        ColumnSpec("thema", ("theme", "cultuurprofiel_thema"), True),
        ColumnSpec("discipline", ("sector", "kunstdiscipline"), True),
        ColumnSpec("status", ("projectstatus",), True),
        ColumnSpec("startjaar", ("start", "begin", "beginjaar", "startdatum", "begindatum"), True),
        ColumnSpec("eindjaar", ("eind", "einde", "einddatum"), True),
        ColumnSpec("budget", ("begroting", "totaal_budget", "kosten", "totale_kosten"), True),
        ColumnSpec("bereik", ("deelnemers", "aantal_deelnemers", "bezoekers", "reach"), True),
        ColumnSpec(
            "bereik_duitsland",
            (
                "deelnemers_duitsland",
                "deelnemers_uit_duitsland",
                "bereik_de",
                "deelnemers_de",
                "reach_germany",
            ),
        ),
        ColumnSpec("gemeenten", ("gemeente", "gemeente_n", "gemeenten_codes"), True),
        ColumnSpec("doelgroepen", ("doelgroep",)),
        ColumnSpec("partners", ("partner", "partner_ids", "partnercodes")),
        *_funding_columns(),
    ),
    KIND_PARTNERS: (
        ColumnSpec("id", ("code", "partner_id", "partnercode"), True),
        ColumnSpec("naam", ("organisatie", "partner", "name"), True),
        ColumnSpec("land", ("country", "staat"), True),
        ColumnSpec("plaats", ("woonplaats", "vestigingsplaats", "stad", "ort", "city")),
        ColumnSpec("kreis", ("kreis_code", "landkreis", "district")),
        ColumnSpec("lat", ("latitude", "breedtegraad")),
        ColumnSpec("lon", ("lng", "longitude", "lengtegraad")),
    ),
}
SHEET_LOOKUP: dict[str, dict[str, str]] = {
    kind: {
        key: spec.name
        for spec in specs
        for key in (normalize_header(spec.name), *(normalize_header(s) for s in spec.synonyms))
    }
    for kind, specs in SHEETS.items()
}
REQUIRED: dict[str, tuple[str, ...]] = {
    kind: tuple(s.name for s in specs if s.required) for kind, specs in SHEETS.items()
}
# Sheets of the templates that explain things and hold no data.
INFO_SHEETS = frozenset({"toelichting", "toegestane_waarden", "uitleg", "lijsten", "voorbeeld"})


@dataclass
class RawTable:
    """One table as read from a file: cell values as found, keyed by canonical column.

    ``issues`` are problems found while reading rows (a row with more or fewer cells
    than its header); those rows are in ``rejected``, not in ``rows``, and are not
    checked further.
    """

    kind: str
    source: str
    headers: dict[str, str]  # canonical name -> header as written in the file
    rows: list[tuple[int, dict[str, Any]]]  # (row number as the user sees it, cells)
    unknown_columns: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=IssueList)
    rejected: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def has_column(self, column: str) -> bool:
        return column in self.headers


def header_match(cells: Sequence[object]) -> tuple[int, str, dict[str, int]] | None:
    """How well a row reads as a header (higher is better), its kind of table and column positions."""
    if len(cells) > limits.MAX_COLUMNS:
        return None
    names = [normalize_header(cell) if cell not in (None, "") else "" for cell in cells]
    best: tuple[int, str, dict[str, int]] | None = None
    for kind, lookup in SHEET_LOOKUP.items():
        positions: dict[str, int] = {}
        for index, name in enumerate(names):
            column = lookup.get(name) if name else None
            if column and column not in positions:
                positions[column] = index
        required_found = sum(1 for r in REQUIRED[kind] if r in positions)
        score = required_found * 10 + len(positions)
        if required_found >= 2 and (best is None or score > best[0]):
            best = (score, kind, positions)
    return best


def match_header(cells: Sequence[object]) -> tuple[str, dict[str, int]] | None:
    """Which kind of table a header row belongs to, and where each known column is."""
    best = header_match(cells)
    return (best[1], best[2]) if best else None
