"""Checking every row before it is stored: the store's rows from a file's cells, and every problem.

:func:`validate_tables` reads each :class:`~data.importing.sheets.RawTable` row by row
through a :class:`RowReader`, which collects an :class:`~data.importing.issues.Issue`
for every cell that is not right; only rows without errors end up in the
:class:`Validation`, as frames with the columns and types of :mod:`data.importing.spec`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from data.formatting import format_number
from data.importing.issues import ERROR, WARNING, Issue, IssueList, shorten
from data.importing.parsing import (
    COUNTRY_LOOKUP,
    GERMAN_PLACE_LOOKUP,
    GROUP_LOOKUP,
    INDICATOR_LOOKUP,
    KREIS_LOOKUP,
    VALUE_STATUS_LOOKUP,
    YEAR_MAX,
    YEAR_MIN,
    CellValueError,
    allowed_names,
    is_empty,
    match_gemeente,
    parse_integer,
    parse_number,
    parse_year,
    split_list,
    term_lookup,
)
from data.importing.sheets import (
    FUNDING_PREFIX,
    KIND_INDICATORS,
    KIND_INITIATIVES,
    KIND_PARTNERS,
    KIND_POPULATION,
    REQUIRED,
    RawTable,
)
from data.importing.spec import (
    CHILD_COLUMNS,
    DOUBLE,
    FILE_COLUMN,
    INTEGER,
    KEEPABLE,
    STORE_KEYS,
    TABLE_COLUMNS,
    TABLES,
)
from data.indicators import INDICATOR_BY_CODE
from data.reference import (
    DISCIPLINES,
    FUNDING_SOURCES,
    KREIS_NAMES,
    STATUSES,
    TARGET_GROUPS,
    THEMES,
    TOTAL_GROUP,
    name_key,
)


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
        if raw.__class__ is int:  # no call for the commonest cells
            return raw
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


# Row key: the store columns of this row that the file does not supply.
KEEP = "_behouden"


def table_frame(table: str, rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a frame with the store's column types (from the table's spec), also when there are none."""
    data = {}
    for column in TABLES[table].columns:
        values = [r.get(column.name) for r in rows]
        if column.type == INTEGER:
            data[column.name] = pd.Series(values, dtype="Int64")
        elif column.type == DOUBLE:
            data[column.name] = pd.Series([math.nan if v is None else v for v in values], dtype="float64")
        else:
            data[column.name] = pd.Series(values, dtype="object")
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


# The store table of each kind of row; its key finds the same thing twice in one import.
_ROW_TABLES = {
    KIND_INDICATORS: "indicator_waarde",
    KIND_INITIATIVES: "initiatief",
    KIND_PARTNERS: "partner",
    KIND_POPULATION: "inwoners",
}


def _check_duplicate(
    reader: RowReader, kind: str, rows: dict[str, list[dict[str, Any]]], seen: dict[tuple, tuple[str, int]]
) -> bool:
    table = _ROW_TABLES[kind]
    key_columns = STORE_KEYS[table]
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
