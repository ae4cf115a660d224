"""Reading what Dutch offices put in spreadsheets, and checking every row before it is stored.

The importer (``data.importer``) turns a file into :class:`RawTable` objects; this
module recognises their columns (case-insensitive, with synonyms), understands the
Dutch conventions (``1.234,5``, ``€ 2.500``, ``31-12-2023``, "Hof v. Twente",
``0153``) and produces the store's tables plus a list of :class:`Issue` objects, each
with its row, column, the value found and an explanation in the user's language.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pandas as pd

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


@dataclass(frozen=True)
class Issue:
    """One problem found in a file: where it is, what was there and why it is a problem."""

    severity: str
    code: str
    source: str
    row: int | None = None
    column: str | None = None
    value: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "nl") -> str:
        values = {"value": self.value, "column": self.column or "", **self.params}
        return translate(f"beheer.issue.{self.code}", lang, **values)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


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
    """One table as read from a file: cell values as found, keyed by canonical column."""

    kind: str
    source: str
    headers: dict[str, str]  # canonical name -> header as written in the file
    rows: list[tuple[int, dict[str, Any]]]  # (row number as the user sees it, cells)
    unknown_columns: list[str] = field(default_factory=list)

    def has_column(self, column: str) -> bool:
        return column in self.headers


def match_header(cells: Sequence[object]) -> tuple[str, dict[str, int]] | None:
    """Which kind of table a header row belongs to, and where each known column is."""
    best: tuple[int, str, dict[str, int]] | None = None
    for kind, lookup in SHEET_LOOKUP.items():
        positions: dict[str, int] = {}
        for index, cell in enumerate(cells):
            name = lookup.get(normalize_header(cell)) if cell not in (None, "") else None
            if name and name not in positions:
                positions[name] = index
        required_found = sum(1 for r in REQUIRED[kind] if r in positions)
        score = required_found * 10 + len(positions)
        if required_found >= 2 and (best is None or score > best[0]):
            best = (score, kind, positions)
    return (best[1], best[2]) if best else None


# --- Values -------------------------------------------------------------------------------


class CellValueError(ValueError):
    """A cell that cannot be read as the type its column needs; carries the issue code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def is_empty(raw: object) -> bool:
    if raw is None:
        return True
    if isinstance(raw, float) and math.isnan(raw):
        return True
    return isinstance(raw, str) and raw.strip() in ("", "-", "–")


_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")


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


def parse_number(raw: object) -> float:
    """A number from a cell: 1.234,5 / 1234.5 / € 2.500 / 84,5% / an Excel number."""
    if isinstance(raw, bool):
        raise CellValueError("not_a_number")
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
        year = parse_integer(raw if not isinstance(raw, str) else text.replace(".", ""))
    except CellValueError as error:
        raise CellValueError("not_a_year") from error
    return year


# --- Names --------------------------------------------------------------------------------


def name_key(text: object) -> str:
    """A comparison key for names: case, accents, spacing, hyphens and 'v.' do not matter."""
    value = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
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
    code = GEMEENTE_LOOKUP.get(key)
    numeric = _CBS_CODE.match(key)
    if code is None and numeric:
        candidate = f"GM{int(numeric.group(1)):04d}"
        code = GEMEENTE_LOOKUP.get(name_key(candidate))
        if code is None:
            raise CellValueError("not_twente_code", cbs_code=candidate)
    if code is None:
        close = difflib.get_close_matches(key, list(_NAME_BY_KEY), n=1, cutoff=0.6)
        if close:
            raise CellValueError("unknown_gemeente", suggestion=_NAME_BY_KEY[close[0]])
        raise CellValueError("unknown_gemeente_nosuggestion")
    if code in _REFERENCE_AREAS and not reference_areas:
        raise CellValueError("reference_area_not_allowed")
    return code


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

    def __init__(self, table: RawTable, issues: list[Issue]) -> None:
        self.table = table
        self.issues = issues
        self.row = 0
        self.cells: dict[str, Any] = {}
        self.failed = False

    def start(self, row: int, cells: dict[str, Any]) -> None:
        self.row, self.cells, self.failed = row, cells, False

    def has(self, column: str) -> bool:
        return column in self.table.headers

    def report(self, code: str, column: str | None, *, severity: str = ERROR, **params: object) -> None:
        raw = self.cells.get(column) if column else None
        self.issues.append(
            Issue(
                severity=severity,
                code=code,
                source=self.table.source,
                row=self.row,
                column=self.table.headers.get(column, column) if column else None,
                value="" if is_empty(raw) else str(raw),
                params=dict(params),
            )
        )
        if severity == ERROR:
            self.failed = True

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
INTEGER_COLUMNS = frozenset({"jaar", "startjaar", "eindjaar", "bereik", "bereik_duitsland", "inwoners"})
FLOAT_COLUMNS = frozenset({"waarde", "budget", "lat", "lon", "bedrag"})


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
    """Checked rows per store table, the scope each replaces, and every issue found."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in TABLE_COLUMNS})
    # Initiative ids whose child rows (municipalities, target groups, ...) the file replaces.
    child_scope: dict[str, set[str]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    rows_read: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.is_error]

    def frame(self, table: str) -> pd.DataFrame:
        return table_frame(table, self.rows[table])


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
    status = reader.term("status", VALUE_STATUS_LOOKUP, "unknown_value_status", default="definitief")
    source = reader.text("bron")
    if reader.failed:
        return None
    return {
        "gemeente_code": gemeente,
        "jaar": year,
        "indicator": indicator,
        "groep": group,
        "waarde": value,
        "bron": source,
        "status": status,
    }


def _population_row(reader: RowReader) -> dict[str, Any] | None:
    gemeente = reader.convert("gemeente", _twente_gemeente, required=True)
    year = reader.year("jaar")
    count = reader.integer("inwoners", required=True)
    if count == 0:
        reader.report("population_zero", "inwoners")
    status = reader.term("status", VALUE_STATUS_LOOKUP, "unknown_value_status", default="definitief")
    source = reader.text("bron")
    if reader.failed:
        return None
    return {"gemeente_code": gemeente, "jaar": year, "inwoners": count, "bron": source, "status": status}


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
    if fields["plaats"] is None:
        code = "german_partner_without_place" if fields["land"] == "DE" else "missing_required"
        reader.report(code, "plaats")
    elif fields["land"] == "DE":
        place = GERMAN_PLACE_LOOKUP.get(name_key(fields["plaats"]))
        if place is not None:
            fields["kreis_code"] = fields["kreis_code"] or place.kreis_code
            if fields["lat"] is None and fields["lon"] is None:
                fields["lat"], fields["lon"] = place.lat, place.lon
        if fields["kreis_code"] is None:
            reader.report("unknown_german_place", "plaats", kreise=", ".join(KREIS_NAMES.values()))
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


def _check_columns(table: RawTable, issues: list[Issue]) -> bool:
    missing = [c for c in REQUIRED[table.kind] if c not in table.headers]
    for column in missing:
        issues.append(Issue(ERROR, "missing_column", table.source, column=column))
    for column in table.unknown_columns:
        issues.append(Issue(WARNING, "unknown_column", table.source, column=column))
    return not missing


def _child_scope(table: RawTable, ids: list[str], scope: dict[str, set[str]]) -> None:
    """An initiative's links are replaced only for the lists its sheet actually has."""
    present = {
        "initiatief_gemeente": table.has_column("gemeenten"),
        "initiatief_doelgroep": table.has_column("doelgroepen"),
        "initiatief_partner": table.has_column("partners"),
        "financiering": any(c.startswith(FUNDING_PREFIX) for c in table.headers),
    }
    for child, has in present.items():
        if has:
            scope.setdefault(child, set()).update(ids)


def validate_tables(tables: Sequence[RawTable], known_partner_ids: Iterable[str] = ()) -> Validation:
    """Check every row of every table; only rows without errors end up in the result."""
    result = Validation()
    seen: dict[tuple, str] = {}
    for table in tables:
        if not _check_columns(table, result.issues):
            continue
        reader = RowReader(table, result.issues)
        ids: list[str] = []
        for row_number, cells in table.rows:
            result.rows_read += 1
            reader.start(row_number, cells)
            rows = _validate_row(reader, table.kind)
            if rows is None or not _check_duplicate(reader, table.kind, rows, seen):
                continue
            for name, new in rows.items():
                result.rows[name].extend(new)
            if table.kind == KIND_INITIATIVES:
                ids.append(rows["initiatief"][0]["id"])
        if table.kind == KIND_INITIATIVES:
            _child_scope(table, ids, result.child_scope)
    _check_partner_links(tables, result, set(known_partner_ids))
    return result


def _check_partner_links(tables: Sequence[RawTable], result: Validation, known: set[str]) -> None:
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
                    result.issues.append(
                        Issue(
                            ERROR,
                            "unknown_partner",
                            table.source,
                            row_number,
                            table.headers["partners"],
                            str(cells.get("partners")),
                            {"item": part},
                        )
                    )
