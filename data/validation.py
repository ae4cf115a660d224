"""Reading what Dutch offices put in spreadsheets, and checking every row before it is stored.

The importer (``data.importer``) turns a file into :class:`RawTable` objects; this
module recognises their columns (case-insensitive, with synonyms), understands the
Dutch conventions (``1.234,5``, ``€ 2.500``, ``31-12-2023``, "Hof v. Twente",
``0153``) and produces the store's tables plus a list of :class:`Issue` objects, each
with its row, column, the value found and an explanation in the user's language.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import pandas as pd

from data import import_limits as limits
from data.formatting import format_number
from data.i18n import translate
from data.indicators import INDICATOR_BY_CODE, INDICATORS
from data.reference import (
    AGE_GROUPS,
    COUNTRY_NL,
    DISCIPLINES,
    FUNDING_SOURCES,
    GEMEENTEN,
    GERMAN_PLACES,
    KREIS_NAMES,
    KREISE,
    REGION_TWENTE,
    STATUSES,
    TARGET_GROUPS,
    THEMES,
    TOTAL_GROUP,
    GermanPlace,
    Term,
)

ERROR = "error"
WARNING = "warning"
YEAR_MIN, YEAR_MAX = 1990, 2050

KIND_INDICATORS = "indicatorwaarden"
KIND_INITIATIVES = "initiatieven"
KIND_PARTNERS = "partners"
KIND_POPULATION = "inwoners"
FUNDING_PREFIX = "financiering_"


# --- Issues -------------------------------------------------------------------------------


MORE_ISSUES = "more_issues"
# Parameters that hold what the file said (and may be long); the others are the app's own.
_USER_PARAMS = ("item",)


def shorten(text: str, limit: int | None = None) -> str:
    """A value as a report shows it: a 50 MB cell must not become a 50 MB message."""
    limit = limits.MAX_VALUE_CHARS if limit is None else limit
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Issue:
    """One problem found in a file: where it is, what was there and why it is a problem.

    ``follow_on`` marks a problem that another one caused (a link to a rejected row), so
    the report can put the cause first.
    """

    severity: str
    code: str
    source: str
    row: int | None = None
    column: str | None = None
    value: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    follow_on: bool = False

    def __post_init__(self) -> None:
        if len(self.value) > limits.MAX_VALUE_CHARS:
            object.__setattr__(self, "value", shorten(self.value))
        long = {
            k: shorten(self.params[k])
            for k in _USER_PARAMS
            if isinstance(self.params.get(k), str) and len(self.params[k]) > limits.MAX_VALUE_CHARS
        }
        if long:
            object.__setattr__(self, "params", {**self.params, **long})

    def message(self, lang: str = "nl") -> str:
        values = {"value": self.value, "column": self.column or "", "row": self.row or "", **self.params}
        return translate(f"beheer.issue.{self.code}", lang, **values)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def report_order(self) -> tuple:
        """Errors before warnings, causes before what they caused, the count of the rest last."""
        return (
            self.code == MORE_ISSUES,
            not self.is_error,
            self.follow_on,
            self.source,
            self.row or 0,
            self.column or "",
        )


class IssueList(list):
    """The issues of one import, up to :data:`limits.MAX_ISSUES`; past that they are only counted.

    A file of a million bad rows would otherwise hold millions of issues in memory and in
    the report.  :meth:`close` adds one issue that says how many more there were.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.dropped_errors = 0
        self.dropped_warnings = 0

    @property
    def full(self) -> bool:
        return len(self) >= limits.MAX_ISSUES

    def count_dropped(self, severity: str, number: int = 1) -> None:
        if severity == ERROR:
            self.dropped_errors += number
        else:
            self.dropped_warnings += number

    def append(self, issue: Issue) -> None:
        if self.full:
            self.count_dropped(issue.severity)
        else:
            super().append(issue)

    def add_always(self, issue: Issue) -> None:
        """An issue about the import as a whole, listed whatever the bound."""
        super().append(issue)

    def absorb(self, issues: Sequence[Issue]) -> None:
        """Add another list's issues, with what it counted but did not keep."""
        for issue in issues:
            self.append(issue)
        if isinstance(issues, IssueList):
            self.dropped_errors += issues.dropped_errors
            self.dropped_warnings += issues.dropped_warnings

    def close(self) -> None:
        dropped = self.dropped_errors + self.dropped_warnings
        if dropped:
            self.add_always(
                Issue(
                    ERROR if self.dropped_errors else WARNING,
                    MORE_ISSUES,
                    "–",
                    params={
                        "count": limits.dutch_count(dropped),
                        "errors": limits.dutch_count(self.dropped_errors),
                        "warnings": limits.dutch_count(self.dropped_warnings),
                        "shown": limits.dutch_count(len(self)),
                    },
                )
            )
            self.dropped_errors = self.dropped_warnings = 0


# --- Columns ------------------------------------------------------------------------------


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


# --- Values -------------------------------------------------------------------------------


class CellValueError(ValueError):
    """A cell that cannot be read as the type its column needs; carries the issue code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


_EMPTY_TEXTS = frozenset(("", "-", "–"))


def is_empty(raw: object) -> bool:
    """No value: nothing, NaN, or a blank, '-' or '–' (called for every cell, so text comes first)."""
    if isinstance(raw, str):
        return raw in _EMPTY_TEXTS or raw.strip() in _EMPTY_TEXTS
    if raw is None:
        return True
    return isinstance(raw, float) and math.isnan(raw)


_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
# The usual cell, 80 or 80,5: read at once (one comma is a decimal comma, as below).
_PLAIN_NUMBER = re.compile(r"[+-]?\d{1,15}(?:,\d{1,15})?", re.ASCII)


def _canonical_number_text(text: str) -> str:
    """Dutch and international number notations to '1234.5'."""
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return text.replace(thousands, "").replace(decimal, ".")
    if "," in text:
        # one comma is a decimal comma (84,5); several are thousands separators (1,234,567)
        return text.replace(",", ".") if text.count(",") == 1 else text.replace(",", "")
    if text.count(".") > 1:
        return text.replace(".", "")  # 1.234.567
    if re.fullmatch(r"[+-]?[1-9]\d{0,2}\.\d{3}", text):
        return text.replace(".", "")  # 1.234 is one thousand two hundred and thirty-four
    return text


def _as_shown(moment: date | time | timedelta) -> str:
    if isinstance(moment, datetime):
        return moment.strftime("%d-%m-%Y") if moment.time() == time() else moment.strftime("%d-%m-%Y %H:%M")
    if isinstance(moment, date):
        return moment.strftime("%d-%m-%Y")
    if isinstance(moment, time):
        return moment.strftime("%H:%M")
    return str(moment)


def parse_number(raw: object) -> float:
    """A number from a cell: 1.234,5 / 1234.5 / € 2.500 / 84,5% / an Excel number."""
    if isinstance(raw, bool):
        raise CellValueError("not_a_number")
    if isinstance(raw, str) and _PLAIN_NUMBER.fullmatch(raw):
        return float(raw.replace(",", "."))
    if isinstance(raw, date | time | timedelta):
        raise CellValueError("date_not_a_number", shown=_as_shown(raw))  # a cell Excel shows as a date
    if isinstance(raw, int | float):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise CellValueError("not_a_number")
        return float(raw)
    text = str(raw).strip().replace("\u00a0", "").replace(" ", "").replace("€", "").replace("%", "")
    text = text.replace("EUR", "").replace("eur", "").replace("−", "-")
    text = _canonical_number_text(text)
    if not _NUMBER.match(text):
        raise CellValueError("not_a_number")
    return float(text)


def parse_integer(raw: object) -> int:
    number = parse_number(raw)
    if number != int(number):
        raise CellValueError("not_an_integer")
    return int(number)


_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


def parse_year(raw: object) -> int:
    """A year from 2023, '2023', '31-12-2023', '2023-12-31' or an Excel date."""
    if isinstance(raw, str) and len(raw) == 4 and raw.isascii() and raw.isdigit():
        return int(raw)
    if isinstance(raw, datetime | date):
        return raw.year
    text = str(raw).strip()
    for pattern, group in ((_DATE_DMY, 3), (_DATE_ISO, 1)):
        found = pattern.match(text)
        if found:
            day_month = (found.group(1), found.group(2)) if group == 3 else (found.group(3), found.group(2))
            try:
                date(int(found.group(group)), int(day_month[1]), int(day_month[0]))
            except ValueError as error:
                raise CellValueError("not_a_year") from error
            return int(found.group(group))
    try:
        # 2023, 2023.0 and 2023,0 (CSV exports of Excel and pandas) are all the year 2023
        year = parse_integer(raw if not isinstance(raw, str) else text)
    except CellValueError as error:
        raise CellValueError("not_a_year") from error
    return year


# --- Names --------------------------------------------------------------------------------


def name_key(text: object) -> str:
    """A comparison key for names: case, accents, spacing, hyphens and 'v.' do not matter.

    The same few names fill most cells, so short ones are remembered.
    """
    text = str(text)
    return _short_name_key(text) if len(text) <= _CACHED_CHARS else _name_key(text)


_CACHED_CHARS = 64


@functools.lru_cache(maxsize=4096)
def _short_name_key(text: str) -> str:
    return _name_key(text)


def _name_key(text: str) -> str:
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    value = re.sub(r"['`]", "", value).replace("&", " en ")
    value = re.sub(r"\bv\b\.?", " van ", value)
    value = re.sub(r"[^a-z0-9]+", " ", value).strip()
    value = re.sub(r"^gemeente ", "", value)
    return value.replace(" ", "")


def _gemeente_lookup() -> dict[str, str]:
    lookup = {name_key(g.naam): g.code for g in GEMEENTEN}
    lookup |= {name_key(g.code): g.code for g in GEMEENTEN}
    for code, names in (
        (REGION_TWENTE, ("Twente", "Regio Twente", "COROP Twente", REGION_TWENTE)),
        (COUNTRY_NL, ("Nederland", "Netherlands", "NL", COUNTRY_NL)),
    ):
        lookup |= {name_key(n): code for n in names}
    return lookup


GEMEENTE_LOOKUP = _gemeente_lookup()
_REFERENCE_AREAS = frozenset({REGION_TWENTE, COUNTRY_NL})
_NAME_BY_KEY = {name_key(g.naam): g.naam for g in GEMEENTEN}
_CBS_CODE = re.compile(r"^(?:gm)?0*(\d{1,4})$")


def match_gemeente(raw: object, *, reference_areas: bool = True) -> str:
    """The CBS code for a municipality name or code; raises CellValueError with a suggestion."""
    key = name_key(raw)
    code, problem, params = _gemeente_by_key(key) if len(key) <= _CACHED_CHARS else _find_gemeente(key)
    if problem:
        raise CellValueError(problem, **params)
    if code in _REFERENCE_AREAS and not reference_areas:
        raise CellValueError("reference_area_not_allowed")
    return code  # type: ignore[return-value]


@functools.lru_cache(maxsize=4096)
def _gemeente_by_key(key: str) -> tuple[str | None, str, dict[str, str]]:
    return _find_gemeente(key)


def _find_gemeente(key: str) -> tuple[str | None, str, dict[str, str]]:
    """(code, "", {}) or (None, problem code, its parameters)."""
    code = GEMEENTE_LOOKUP.get(key)
    numeric = _CBS_CODE.match(key)
    if code is None and numeric:
        candidate = f"GM{int(numeric.group(1)):04d}"
        code = GEMEENTE_LOOKUP.get(name_key(candidate))
        if code is None:
            return None, "not_twente_code", {"cbs_code": candidate}
    if code is not None:
        return code, "", {}
    # difflib's cost grows with the length of the text (a 200 MB cell ran out of memory):
    # a name of Twente is short, so only short texts get a "did you mean".
    if len(key) <= limits.MAX_FUZZY_CHARS:
        close = difflib.get_close_matches(key, list(_NAME_BY_KEY), n=1, cutoff=0.6)
        if close:
            return None, "unknown_gemeente", {"suggestion": _NAME_BY_KEY[close[0]]}
    return None, "unknown_gemeente_nosuggestion", {}


def term_lookup(terms: Iterable[Term]) -> dict[str, str]:
    return {name_key(v): t.code for t in terms for v in (t.code, t.nl, t.en, t.de) if v}


def allowed_names(terms: Iterable[Term]) -> str:
    return ", ".join(t.nl for t in terms)


def _place_lookup() -> dict[str, GermanPlace]:
    lookup = {}
    for place in GERMAN_PLACES:
        lookup[name_key(place.naam)] = place
        lookup.setdefault(name_key(re.sub(r"\s*\(.*\)", "", place.naam)), place)
    return lookup


GERMAN_PLACE_LOOKUP = _place_lookup()


def _kreis_lookup() -> dict[str, str]:
    """A district by its AGS (also as Excel's number, without the leading zero), NUTS3 or name.

    The superseded GADM-based keys (``DE-GADM-297``) stay accepted, so older files import.
    """
    lookup = {}
    for kreis in KREISE:
        for alias in (kreis.code, str(int(kreis.code)), kreis.nuts3, kreis.naam, kreis.gadm_code):
            lookup[name_key(alias)] = kreis.code
    return lookup


KREIS_LOOKUP = _kreis_lookup()
COUNTRY_LOOKUP = {
    name_key(v): code
    for code, names in (
        ("NL", ("NL", "N", "Nederland", "Netherlands", "Niederlande", "Holland")),
        ("DE", ("DE", "D", "Duitsland", "Deutschland", "Germany")),
    )
    for v in names
}
INDICATOR_LOOKUP = {name_key(v): i.code for i in INDICATORS for v in (i.code, i.name_nl, i.name_en)}
GROUP_LOOKUP = term_lookup(AGE_GROUPS)
VALUE_STATUS_LOOKUP = {
    name_key(v): code
    for code, names in (
        ("definitief", ("definitief", "d", "def", "final")),
        ("voorlopig", ("voorlopig", "v", "voorl", "provisional")),
    )
    for v in names
}
_LIST_SPLIT = re.compile(r"[,;|\n]")


def split_list(raw: object) -> list[str]:
    return [part.strip() for part in _LIST_SPLIT.split(str(raw)) if part.strip()]


# --- Row checks ---------------------------------------------------------------------------


class RowReader:
    """Reads the cells of one row, collecting an issue for every cell that is not right."""

    def __init__(self, table: RawTable, issues: IssueList) -> None:
        self.table = table
        self.issues = issues
        self.row = 0
        self.cells: dict[str, Any] = {}
        self.failed = False
        self._absent: dict[tuple[str, ...], frozenset[str]] = {}

    def start(self, row: int, cells: dict[str, Any]) -> None:
        self.row, self.cells, self.failed = row, cells, False

    def has(self, column: str) -> bool:
        return column in self.table.headers

    def absent(self, *columns: str) -> frozenset[str]:
        """The store columns among ``columns`` whose file column this table does not have."""
        found = self._absent.get(columns)
        if found is None:  # the same for every row of the table: one set for all of them
            found = self._absent[columns] = frozenset(
                c for c in columns if FILE_COLUMN.get(c, c) not in self.table.headers
            )
        return found

    def report(self, code: str, column: str | None, *, severity: str = ERROR, **params: object) -> None:
        if severity == ERROR:
            self.failed = True
        if self.issues.full:  # counted only: no need to build what is not listed
            self.issues.count_dropped(severity)
            return
        raw = self.cells.get(column) if column else None
        self.issues.append(
            Issue(
                severity=severity,
                code=code,
                source=self.table.source,
                row=self.row,
                column=self.table.headers.get(column, column) if column else None,
                value="" if is_empty(raw) else shorten(str(raw)),
                params=dict(params),
            )
        )

    def _present(self, column: str, required: bool) -> Any:
        raw = self.cells.get(column)
        if is_empty(raw):
            if required:
                self.report("missing_required", column)
            return None
        return raw

    def text(self, column: str, *, required: bool = False) -> str | None:
        raw = self._present(column, required)
        if raw is None:
            return None
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        return str(raw).strip()

    def convert(self, column: str, parser: Any, *, required: bool = False, **params: object) -> Any:
        raw = self._present(column, required)
        if raw is None:
            return None
        try:
            return parser(raw)
        except CellValueError as problem:
            self.report(problem.code, column, **{**params, **problem.params})
            return None

    def number(self, column: str, *, required: bool = False, minimum: float | None = 0.0) -> float | None:
        value = self.convert(column, parse_number, required=required)
        if value is not None and minimum is not None and value < minimum:
            self.report("negative_value", column)
            return None
        return value

    def integer(self, column: str, *, required: bool = False) -> int | None:
        value = self.convert(column, parse_integer, required=required)
        if value is not None and value < 0:
            self.report("negative_value", column)
            return None
        return value

    def year(self, column: str) -> int | None:
        value = self.convert(column, parse_year, required=True)
        if value is not None and not YEAR_MIN <= value <= YEAR_MAX:
            self.report("year_out_of_range", column, min=YEAR_MIN, max=YEAR_MAX)
            return None
        return value

    def term(
        self, column: str, lookup: dict[str, str], code: str, *, allowed: str = "", default: str | None = None
    ) -> str | None:
        raw = self._present(column, default is None)
        if raw is None:
            return default
        found = lookup.get(name_key(raw))
        if found is None:
            self.report(code, column, allowed=allowed)
        return found

    def terms(self, column: str, lookup: dict[str, str], code: str, *, allowed: str) -> list[str]:
        found = []
        for part in split_list(self.cells.get(column) or ""):
            value = lookup.get(name_key(part))
            if value is None:
                self.report(code, column, allowed=allowed, item=part)
            elif value not in found:
                found.append(value)
        return sorted(found)

    def gemeenten(self, column: str) -> list[str]:
        found: list[str] = []
        for part in split_list(self.cells.get(column) or ""):
            try:
                code = match_gemeente(part, reference_areas=False)
            except CellValueError as problem:
                self.report(f"list_{problem.code}", column, item=part, **problem.params)
                continue
            if code not in found:
                found.append(code)
        if not found and not self.failed:
            self.report("missing_required", column)
        return sorted(found)


# --- Tables -------------------------------------------------------------------------------

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "indicator_waarde": ("gemeente_code", "jaar", "indicator", "groep", "waarde", "bron", "status"),
    "initiatief": (
        "id",
        "naam",
        "omschrijving",
        "organisatie",
        "thema",
        "discipline",
        "status",
        "startjaar",
        "eindjaar",
        "budget",
        "bereik",
        "bereik_duitsland",
    ),
    "initiatief_gemeente": ("initiatief_id", "gemeente_code"),
    "initiatief_doelgroep": ("initiatief_id", "doelgroep"),
    "partner": ("id", "naam", "land", "plaats", "lat", "lon", "kreis_code"),
    "initiatief_partner": ("initiatief_id", "partner_id"),
    "financiering": ("initiatief_id", "bron", "bedrag"),
    "inwoners": ("gemeente_code", "jaar", "inwoners", "bron", "status"),
}
# The key of each store table: a row of the file replaces the stored row with the same key.
STORE_KEYS: dict[str, tuple[str, ...]] = {
    "indicator_waarde": ("gemeente_code", "jaar", "indicator", "groep"),
    "initiatief": ("id",),
    "initiatief_gemeente": ("initiatief_id", "gemeente_code"),
    "initiatief_doelgroep": ("initiatief_id", "doelgroep"),
    "partner": ("id",),
    "initiatief_partner": ("initiatief_id", "partner_id"),
    "financiering": ("initiatief_id", "bron"),
    "inwoners": ("gemeente_code", "jaar"),
}
INTEGER_COLUMNS = frozenset({"jaar", "startjaar", "eindjaar", "bereik", "bereik_duitsland", "inwoners"})
FLOAT_COLUMNS = frozenset({"waarde", "budget", "lat", "lon", "bedrag"})
# Store columns that an optional file column fills: a file without that column keeps
# what is stored for the rows it updates (a new row gets the default).
KEEPABLE: dict[str, tuple[str, ...]] = {
    "indicator_waarde": ("bron", "status"),
    "inwoners": ("bron", "status"),
    "initiatief": ("omschrijving", "bereik_duitsland"),
    "partner": ("plaats", "lat", "lon", "kreis_code"),
}
# Row key: the store columns of this row that the file does not supply.
KEEP = "_behouden"
# The file column of a store column, where the names differ.
FILE_COLUMN = {"kreis_code": "kreis", "gemeente_code": "gemeente"}
# Child tables whose rows are replaced per initiative, and the file column behind each.
CHILD_COLUMNS = {
    "initiatief_gemeente": "gemeenten",
    "initiatief_doelgroep": "doelgroepen",
    "initiatief_partner": "partners",
}


def table_frame(table: str, rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a frame with the store's column types, also when there are none."""
    data = {}
    for column in TABLE_COLUMNS[table]:
        values = [r.get(column) for r in rows]
        if column in INTEGER_COLUMNS:
            data[column] = pd.Series(values, dtype="Int64")
        elif column in FLOAT_COLUMNS:
            data[column] = pd.Series([math.nan if v is None else v for v in values], dtype="float64")
        else:
            data[column] = pd.Series(values, dtype="object")
    return pd.DataFrame(data)


@dataclass
class Validation:
    """Checked rows per store table, the scope each replaces, and every issue found.

    ``written`` and ``kept`` name, per store table, the file columns whose values the
    import writes and those it leaves as stored (because the file does not have them);
    ``carry`` lists child rows (funding per source) kept for the same reason.
    """

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in TABLE_COLUMNS})
    # Initiative ids whose child rows (municipalities, target groups, ...) the file replaces.
    child_scope: dict[str, set[str]] = field(default_factory=dict)
    issues: IssueList = field(default_factory=IssueList)
    rows_read: int = 0
    written: dict[str, set[str]] = field(default_factory=dict)
    kept: dict[str, set[str]] = field(default_factory=dict)
    carry: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Per store table, once checking is done: the rows as one frame with its _keep_ flags.
    frozen: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.is_error]

    def freeze(self) -> None:
        """The checked rows as one frame per table, built once: a dict per row takes far more memory."""
        for table in TABLE_COLUMNS:
            self.frozen[table] = self.flagged_frame(table)
            self.rows[table] = []

    def flagged_frame(self, table: str) -> pd.DataFrame:
        """The new rows with, per keepable column, ``_keep_<column>``: whether the stored value stays."""
        if table in self.frozen:
            return self.frozen[table]
        rows = self.rows[table]
        frame = table_frame(table, rows)
        for column in KEEPABLE.get(table, ()):
            frame[f"_keep_{column}"] = pd.Series([column in r.get(KEEP, ()) for r in rows], dtype="bool")
        return frame

    def frame(self, table: str) -> pd.DataFrame:
        return self.flagged_frame(table)[list(TABLE_COLUMNS[table])]

    def note_columns(self, table: str, written: Iterable[str], kept: Iterable[str]) -> None:
        self.written.setdefault(table, set()).update(written)
        self.kept.setdefault(table, set()).update(kept)


_THEME_LOOKUP = term_lookup(THEMES)
_DISCIPLINE_LOOKUP = term_lookup(DISCIPLINES)
_STATUS_LOOKUP = term_lookup(STATUSES)
_TARGET_LOOKUP = term_lookup(TARGET_GROUPS)


def _indicator_row(reader: RowReader) -> dict[str, Any] | None:
    gemeente = reader.convert("gemeente", match_gemeente, required=True)
    year = reader.year("jaar")
    indicator = reader.term("indicator", INDICATOR_LOOKUP, "unknown_indicator")
    group = reader.term("groep", GROUP_LOOKUP, "unknown_group", default=TOTAL_GROUP)
    if indicator and group and group not in INDICATOR_BY_CODE[indicator].groups:
        allowed = ", ".join(INDICATOR_BY_CODE[indicator].groups)
        reader.report("group_not_for_indicator", "groep", allowed=allowed)
    value = reader.number("waarde", minimum=None)
    if value is None and not reader.failed and is_empty(reader.cells.get("waarde")):
        reader.report("empty_value", "waarde", severity=WARNING)
    if indicator and value is not None:
        if value < 0:
            reader.report("negative_value", "waarde")
        elif INDICATOR_BY_CODE[indicator].is_share and value > 100:
            reader.report("percentage_over_100", "waarde")
    provenance = _source_and_status(reader)
    if reader.failed:
        return None
    return {
        "gemeente_code": gemeente,
        "jaar": year,
        "indicator": indicator,
        "groep": group,
        "waarde": value,
        **provenance,
    }


def _source_and_status(reader: RowReader) -> dict[str, Any]:
    """Where a figure comes from and whether it is final; kept as stored when the file leaves them out."""
    return {
        "bron": reader.text("bron"),
        "status": reader.term("status", VALUE_STATUS_LOOKUP, "unknown_value_status", default="definitief"),
        KEEP: reader.absent("bron", "status"),
    }


def _population_row(reader: RowReader) -> dict[str, Any] | None:
    gemeente = reader.convert("gemeente", _twente_gemeente, required=True)
    year = reader.year("jaar")
    count = reader.integer("inwoners", required=True)
    if count == 0:
        reader.report("population_zero", "inwoners")
    provenance = _source_and_status(reader)
    if reader.failed:
        return None
    return {
        "gemeente_code": gemeente,
        "jaar": year,
        "inwoners": count,
        **provenance,
    }


def _twente_gemeente(raw: object) -> str:
    return match_gemeente(raw, reference_areas=False)


def _initiative_fields(reader: RowReader) -> dict[str, Any]:
    fields = {
        "id": reader.text("id", required=True),
        "naam": reader.text("naam", required=True),
        "omschrijving": reader.text("omschrijving"),
        "organisatie": reader.text("organisatie", required=True),
        "thema": reader.term("thema", _THEME_LOOKUP, "unknown_theme", allowed=allowed_names(THEMES)),
        "discipline": reader.term(
            "discipline", _DISCIPLINE_LOOKUP, "unknown_discipline", allowed=allowed_names(DISCIPLINES)
        ),
        "status": reader.term("status", _STATUS_LOOKUP, "unknown_status", allowed=allowed_names(STATUSES)),
        "startjaar": reader.year("startjaar"),
        "eindjaar": reader.year("eindjaar"),
        "budget": reader.number("budget", required=True),
        "bereik": reader.integer("bereik", required=True),
        "bereik_duitsland": reader.integer("bereik_duitsland"),
        KEEP: reader.absent("omschrijving", "bereik_duitsland"),
    }
    start, end = fields["startjaar"], fields["eindjaar"]
    if start is not None and end is not None and end < start:
        reader.report("end_before_start", "eindjaar", start=start)
    total, german = fields["bereik"], fields["bereik_duitsland"]
    if total is not None and german is not None and german > total:
        reader.report("reach_germany_above_total", "bereik_duitsland", total=format_number(total, 0, "nl"))
    return fields


def _funding(reader: RowReader, budget: float | None) -> list[tuple[str, float]]:
    amounts = []
    for term in FUNDING_SOURCES:
        column = f"{FUNDING_PREFIX}{term.code}"
        amount = reader.number(column) if reader.has(column) else None
        if amount:
            amounts.append((term.code, amount))
    total = sum(a for _, a in amounts)
    if amounts and budget is not None and abs(total - budget) > 1:
        reader.report("funding_mismatch", "budget", severity=WARNING, total=format_number(total, 0, "nl"))
    return amounts


def _initiative_rows(reader: RowReader) -> dict[str, list[dict[str, Any]]] | None:
    fields = _initiative_fields(reader)
    gemeenten = reader.gemeenten("gemeenten")
    targets = reader.terms(
        "doelgroepen", _TARGET_LOOKUP, "unknown_target_group", allowed=allowed_names(TARGET_GROUPS)
    )
    partners = sorted(set(split_list(reader.cells.get("partners") or "")))
    funding = _funding(reader, fields["budget"])
    if reader.failed:
        return None
    ident = fields["id"]
    return {
        "initiatief": [fields],
        "initiatief_gemeente": [{"initiatief_id": ident, "gemeente_code": c} for c in gemeenten],
        "initiatief_doelgroep": [{"initiatief_id": ident, "doelgroep": c} for c in targets],
        "initiatief_partner": [{"initiatief_id": ident, "partner_id": p} for p in partners],
        "financiering": [{"initiatief_id": ident, "bron": s, "bedrag": a} for s, a in funding],
    }


def _funding_columns_present(table: RawTable) -> tuple[list[str], list[str]]:
    """The funding columns a sheet has and those it leaves out."""
    columns = [f"{FUNDING_PREFIX}{term.code}" for term in FUNDING_SOURCES]
    return [c for c in columns if c in table.headers], [c for c in columns if c not in table.headers]


def _coordinate(reader: RowReader, column: str, low: float, high: float) -> float | None:
    value = reader.number(column, minimum=None)
    if value is not None and not low <= value <= high:
        reader.report("coordinate_out_of_range", column, min=low, max=high)
        return None
    return value


def _partner_row(reader: RowReader) -> dict[str, Any] | None:
    fields = {
        "id": reader.text("id", required=True),
        "naam": reader.text("naam", required=True),
        "land": reader.term("land", COUNTRY_LOOKUP, "unknown_country"),
        "plaats": reader.text("plaats"),
        "lat": _coordinate(reader, "lat", 50.0, 54.0),
        "lon": _coordinate(reader, "lon", 3.0, 10.0),
        "kreis_code": reader.term("kreis", KREIS_LOOKUP, "unknown_kreis", default="", allowed="") or None,
    }
    absent = reader.absent("plaats", "lat", "lon", "kreis_code")
    if fields["plaats"] is None:
        code = "german_partner_without_place" if fields["land"] == "DE" else "missing_required"
        reader.report(code, "plaats")
    elif fields["land"] == "DE":
        place = GERMAN_PLACE_LOOKUP.get(name_key(fields["plaats"]))
        if place is not None:
            if fields["kreis_code"] is None:
                fields["kreis_code"] = place.kreis_code
                absent -= {"kreis_code"}  # derived from the place the file gives
            if fields["lat"] is None and fields["lon"] is None:
                fields["lat"], fields["lon"] = place.lat, place.lon
                absent -= {"lat", "lon"}
        if fields["kreis_code"] is None:
            reader.report("unknown_german_place", "plaats", kreise=", ".join(KREIS_NAMES.values()))
    fields[KEEP] = absent
    return None if reader.failed else fields


# The key of each kind of row, to find the same thing twice in one import.
_ROW_KEYS = {
    KIND_INDICATORS: ("indicator_waarde", ("gemeente_code", "jaar", "indicator", "groep")),
    KIND_INITIATIVES: ("initiatief", ("id",)),
    KIND_PARTNERS: ("partner", ("id",)),
    KIND_POPULATION: ("inwoners", ("gemeente_code", "jaar")),
}


def _check_duplicate(
    reader: RowReader, kind: str, rows: dict[str, list[dict[str, Any]]], seen: dict[tuple, tuple[str, int]]
) -> bool:
    table, key_columns = _ROW_KEYS[kind]
    key = (kind, *(rows[table][0][c] for c in key_columns))
    if key in seen:
        first_file, first_row = seen[key]
        column = "jaar" if kind in (KIND_INDICATORS, KIND_POPULATION) else key_columns[0]
        reader.report("duplicate_key", column, first_file=first_file, first_row=first_row)
        return False
    seen[key] = (reader.table.source, reader.row)
    return True


def _validate_row(reader: RowReader, kind: str) -> dict[str, list[dict[str, Any]]] | None:
    if kind == KIND_INDICATORS:
        row = _indicator_row(reader)
        return None if row is None else {"indicator_waarde": [row]}
    if kind == KIND_PARTNERS:
        row = _partner_row(reader)
        return None if row is None else {"partner": [row]}
    if kind == KIND_POPULATION:
        row = _population_row(reader)
        return None if row is None else {"inwoners": [row]}
    return _initiative_rows(reader)


def _check_columns(table: RawTable, issues: IssueList) -> bool:
    missing = [c for c in REQUIRED[table.kind] if c not in table.headers]
    for column in missing:
        issues.append(Issue(ERROR, "missing_column", table.source, column=column))
    for column in table.unknown_columns:
        issues.append(Issue(WARNING, "unknown_column", table.source, column=column))
    return not missing


def _child_scope(table: RawTable, ids: list[str], result: Validation) -> None:
    """An initiative's links are replaced only for the lists its sheet actually has.

    Funding is one list per source: a sheet with some funding columns replaces those
    sources and carries the stored amounts of the others over unchanged.
    """
    if not ids:
        return
    for child, column in CHILD_COLUMNS.items():
        if table.has_column(column):
            result.child_scope.setdefault(child, set()).update(ids)
            result.note_columns(child, [column], [])
        else:
            result.note_columns(child, [], [column])
    present, absent = _funding_columns_present(table)
    if not present:
        result.note_columns("financiering", [], [f"{FUNDING_PREFIX}*"])
        return
    result.child_scope.setdefault("financiering", set()).update(ids)
    result.note_columns("financiering", present, absent)
    sources = [column.removeprefix(FUNDING_PREFIX) for column in absent]
    result.carry.setdefault("financiering", []).extend(
        {"initiatief_id": ident, "bron": source} for ident in ids for source in sources
    )


def _note_row_columns(result: Validation, table: str, keep_sets: set[frozenset[str]]) -> None:
    """Which file columns the rows of ``table`` write, and which they leave as stored."""
    values = [c for c in TABLE_COLUMNS[table] if c not in STORE_KEYS[table]]
    for keep in keep_sets:
        result.note_columns(
            table,
            [FILE_COLUMN.get(c, c) for c in values if c not in keep],
            [FILE_COLUMN.get(c, c) for c in values if c in keep],
        )


@dataclass
class _TableRun:
    """What validating one table collects besides its rows."""

    ids: list[str] = field(default_factory=list)
    keep_sets: dict[str, set[frozenset[str]]] = field(default_factory=dict)


def _rejected_partner(table: RawTable, row_number: int, cells: dict[str, Any], failed: dict) -> None:
    """Remember where a partner's rejected row is, to say so where an initiative names it."""
    if table.kind == KIND_PARTNERS:
        failed.setdefault(str(cells.get("id") or "").strip(), (table.source, row_number))


def _store_rows(result: Validation, run: _TableRun, rows: dict[str, list[dict[str, Any]]]) -> None:
    for name, new in rows.items():
        result.rows[name].extend(new)
        if new and KEEP in new[0]:
            run.keep_sets.setdefault(name, set()).add(new[0][KEEP])
    if "initiatief" in rows:
        run.ids.append(rows["initiatief"][0]["id"])


def _validate_table(
    table: RawTable,
    result: Validation,
    seen: dict[tuple, tuple[str, int]],
    failed: dict[str, tuple[str, int]],
) -> None:
    reader = RowReader(table, result.issues)
    run = _TableRun()
    result.issues.absorb(table.issues)
    result.rows_read += len(table.rejected)
    for row_number, cells in table.rejected:
        _rejected_partner(table, row_number, cells, failed)
    for row_number, cells in table.rows:
        result.rows_read += 1
        reader.start(row_number, cells)
        rows = _validate_row(reader, table.kind)
        if rows is not None and _check_duplicate(reader, table.kind, rows, seen):
            _store_rows(result, run, rows)
        elif reader.failed:
            _rejected_partner(table, row_number, cells, failed)
    for name, keep_sets in run.keep_sets.items():
        _note_row_columns(result, name, keep_sets)
    if table.kind == KIND_INITIATIVES:
        _child_scope(table, run.ids, result)


def validate_tables(tables: Sequence[RawTable], known_partner_ids: Iterable[str] = ()) -> Validation:
    """Check every row of every table; only rows without errors end up in the result."""
    result = Validation()
    seen: dict[tuple, tuple[str, int]] = {}
    failed_partners: dict[str, tuple[str, int]] = {}  # partner id -> where its rejected row is
    for table in tables:
        if _check_columns(table, result.issues):
            _validate_table(table, result, seen, failed_partners)
    _check_partner_links(tables, result, set(known_partner_ids), failed_partners)
    result.issues.close()
    result.freeze()
    return result


def _partner_link_issue(
    table: RawTable, row_number: int, cells: dict[str, Any], part: str, failed: dict[str, tuple[str, int]]
) -> Issue:
    """An unknown partner, or (a follow-on) one whose own row was rejected."""
    where = failed.get(part)
    params: dict[str, Any] = {"item": part}
    if where is not None:
        params |= {"first_file": where[0], "first_row": where[1]}
    return Issue(
        ERROR,
        "unknown_partner" if where is None else "partner_row_failed",
        table.source,
        row_number,
        table.headers["partners"],
        str(cells.get("partners")),
        params,
        follow_on=where is not None,
    )


def _check_partner_links(
    tables: Sequence[RawTable], result: Validation, known: set[str], failed: dict[str, tuple[str, int]]
) -> None:
    known |= {p["id"] for p in result.rows["partner"]}
    unknown = {link["partner_id"] for link in result.rows["initiatief_partner"]} - known
    if not unknown:
        return
    for table in tables:
        if table.kind != KIND_INITIATIVES or "partners" not in table.headers:
            continue
        for row_number, cells in table.rows:
            for part in split_list(cells.get("partners") or ""):
                if part in unknown:
                    result.issues.append(_partner_link_issue(table, row_number, cells, part, failed))
