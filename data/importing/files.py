"""Reading an uploaded CSV or XLSX into :class:`RawTable` objects, within the import's bounds.

Every row of a file is counted as it is parsed (whatever its line ends), every cell is
held to Excel's own length limit, and a CSV row must have as many cells as its header:
an unquoted ``2,4`` in a comma-separated file is an error on its row, never a silent 2.
The separator of a CSV is the one that makes its header line a known header.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from data.importing import limits, xlsx
from data.importing.issues import ERROR, Issue, shorten
from data.importing.limits import ImportFileError
from data.importing.parsing import is_empty
from data.importing.rows import Validation, validate_tables
from data.importing.sheets import INFO_SHEETS, SHEETS, RawTable, header_match, normalize_header
from data.safe_files import csv_unescape

SEPARATORS = (";", ",", "\t")  # the first one wins a tie: Dutch Excel writes ';'
_LINE_END = re.compile(r"\r\n|\r|\n")
_HEAD_CHARS = 1024 * 1024  # the header is within the first lines; never read a whole file three times
_SHARED_CHARS = 40
_SHARED_TEXTS = 100_000


def _decode(content: bytes) -> str:
    if b"\x00" in content[:65536]:
        raise ImportFileError("file_binary")
    if content.startswith(codecs.BOM_UTF8):
        content = content[len(codecs.BOM_UTF8) :]
    for encoding in ("utf-8", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError("file_encoding")


def expected_columns() -> str:
    """The required columns of every kind of table, for the message when no header is found."""
    return "; ".join(
        f"{kind}: {', '.join(s.name for s in specs if s.required)}" for kind, specs in SHEETS.items()
    )


def _too_many_rows() -> ImportFileError:
    return ImportFileError("file_too_many_rows", limit=limits.dutch_count(limits.MAX_ROWS))


class TableBuilder:
    """Finds the header among the first rows and turns the rows below it into a RawTable.

    ``separator`` is set for CSV, whose rows must be exactly as wide as the header; an
    Excel row has no such thing as a missing cell.
    """

    def __init__(self, source: str, *, separator: str | None = None) -> None:
        self.source = source
        self.separator = separator
        self.table: RawTable | None = None
        self.width = 0
        self.positions: dict[str, int] = {}
        self.names: tuple[str, ...] = ()
        self.pick: Callable[[Sequence[Any]], tuple[Any, ...]] = tuple
        self.reach = 0
        self.last_row = 0
        # One object per distinct short text: a column of 200,000 times "Lopend" is one string.
        self.texts: dict[str, str] = {}

    @property
    def gave_up(self) -> bool:
        """No header in the rows where one may be: the rest of the sheet is not a table."""
        return self.table is None and self.last_row >= limits.HEADER_SEARCH_ROWS

    def add(self, number: int, cells: Sequence[Any]) -> None:
        self.last_row = number
        if self.table is None:
            if number <= limits.HEADER_SEARCH_ROWS:
                self._try_header(cells)
            return
        for value in cells:  # the first cell has a value in nearly every row: no call per cell
            if value is not None and not is_empty(value):
                break
        else:
            return
        if len(cells) >= self.reach:
            picked = self.pick(cells)
        else:
            picked = tuple(cells[pos] if pos < len(cells) else None for pos in self.positions.values())
        if self.separator is None:  # the XLSX reader shares its texts itself
            values = dict(zip(self.names, picked, strict=True))
        else:
            values = dict(zip(self.names, map(self._shared, picked), strict=True))
            if len(cells) != self.width:
                self._reject(self.table, self.separator, number, cells, values)
                return
        self.table.rows.append((number, values))

    def _shared(self, value: Any) -> Any:
        if not isinstance(value, str) or len(value) > _SHARED_CHARS:
            return value
        shared = self.texts.get(value)
        if shared is None:
            if len(self.texts) >= _SHARED_TEXTS:
                return value
            shared = self.texts[value] = value
        return shared

    def _try_header(self, cells: Sequence[Any]) -> None:
        found = header_match(cells)
        if found is None:
            return
        _, kind, positions = found
        headers = {name: str(cells[pos]).strip() for name, pos in positions.items()}
        used = set(positions.values())
        unknown = [str(c).strip() for i, c in enumerate(cells) if i not in used and not is_empty(c)]
        self.table = RawTable(kind, self.source, headers, [], unknown)
        self.width = len(cells)
        self.positions = positions
        self.names = tuple(positions)
        self.pick = operator.itemgetter(*positions.values())  # a header has two columns or more
        self.reach = max(positions.values()) + 1

    def _reject(
        self, table: RawTable, separator: str, number: int, cells: Sequence[Any], values: dict[str, Any]
    ) -> None:
        """A row wider or narrower than its header: its cells cannot be trusted to be in their columns."""
        table.issues.append(
            Issue(
                ERROR,
                "row_cell_count",
                self.source,
                row=number,
                value=shorten(separator.join(str(c) for c in cells)),
                params={
                    "found": len(cells),
                    "expected": self.width,
                    "separator": separator.replace("\t", "tab"),
                },
            )
        )
        if len(table.rejected) < limits.MAX_ISSUES:
            table.rejected.append((number, values))


# --- CSV ------------------------------------------------------------------------------------


def _head(text: str) -> str:
    """The text up to the end of the lines the header may be on."""
    end = min(len(text), _HEAD_CHARS)
    for count, found in enumerate(_LINE_END.finditer(text, 0, end), start=1):
        if count > limits.HEADER_SEARCH_ROWS:
            return text[: found.end()]
    return text[:end]


def _separator(text: str) -> str:
    """The separator with which one of the first lines reads best as a known header.

    Counting characters fails on a ';' file whose texts hold commas; the header line has
    none of them.
    """
    head = _head(text)
    best: tuple[int, str] | None = None
    for separator in SEPARATORS:
        reader = csv.reader(io.StringIO(head, newline=""), delimiter=separator)
        try:
            for cells in itertools.islice(reader, limits.HEADER_SEARCH_ROWS):
                found = header_match(cells)
                if found and (best is None or found[0] > best[0]):
                    best = (found[0], separator)
        except csv.Error:
            continue  # a long cell further down; the header, if any, came before it
    if best is None:
        raise ImportFileError("no_header", expected=expected_columns())
    return best[1]


def _check_cells(number: int, cells: list[str], builder: TableBuilder) -> None:
    if len(cells) > limits.MAX_COLUMNS:
        raise ImportFileError(
            "too_many_columns",
            row=number,
            cell=f"{xlsx.column_letters(limits.MAX_COLUMNS + 1)}{number}",
            last=xlsx.column_letters(limits.MAX_COLUMNS),
            limit=limits.MAX_COLUMNS,
        )
    if cells and max(map(len, cells)) > limits.MAX_CELL_CHARS:
        index = next(i for i, cell in enumerate(cells) if len(cell) > limits.MAX_CELL_CHARS)
        names = {pos: name for name, pos in builder.positions.items()}
        header = builder.table.headers.get(names.get(index, ""), "") if builder.table else ""
        raise ImportFileError(
            "cell_too_long",
            row=number,
            column=header or xlsx.column_letters(index + 1),
            limit=limits.dutch_count(limits.MAX_CELL_CHARS),
        )


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _lines(text: str) -> Iterable[str]:
    """The lines of ``text`` with their ends, one at a time: a StringIO copy costs 4 bytes a character."""
    for found in _LINE.finditer(text):
        yield found.group()


def _csv_rows(text: str, separator: str) -> Iterable[tuple[int, list[str]]]:
    """Numbered records; a field past the csv module's own limit is the same Dutch message."""
    reader = csv.reader(_lines(text), delimiter=separator)
    number = 0
    while True:
        try:
            cells = next(reader, None)
        except csv.Error as error:
            code = "cell_too_long" if "field larger" in str(error) else "csv_unreadable"
            raise ImportFileError(
                code, row=number + 1, limit=limits.dutch_count(limits.MAX_CELL_CHARS)
            ) from error
        if cells is None:
            return
        number += 1
        yield number, cells


def read_csv(name: str, content: bytes) -> list[RawTable]:
    """The one table of a CSV file."""
    text = _decode(content)
    if not text.strip():
        raise ImportFileError("file_empty")
    separator = _separator(text)
    builder = TableBuilder(name, separator=separator)
    for number, cells in _csv_rows(text, separator):
        if number > limits.MAX_ROWS + limits.HEADER_SEARCH_ROWS:
            raise _too_many_rows()
        _check_cells(number, cells, builder)
        # The app's own CSV exports quote text that starts like a formula (OWASP); read it back as written.
        builder.add(number, [csv_unescape(cell) if cell.startswith("'") else cell for cell in cells])
    if builder.table is None:
        raise ImportFileError("no_header", expected=expected_columns())
    return [builder.table]


# --- XLSX -----------------------------------------------------------------------------------


def read_xlsx(name: str, content: bytes) -> list[RawTable]:
    """The tables of a workbook: one per sheet with a known header; explanation sheets are skipped."""
    book = xlsx.open_workbook(content)
    tables = []
    count = 0
    for title, path in book.sheets:
        if normalize_header(title) in INFO_SHEETS:
            continue
        builder = TableBuilder(f"{name} / {title}")
        for number, cells in book.rows(title, path):
            count += 1
            if count > limits.MAX_ROWS + limits.HEADER_SEARCH_ROWS:
                raise _too_many_rows()
            builder.add(number, cells)
            if builder.gave_up:
                break
        if builder.table is not None:
            tables.append(builder.table)
    if book.missing_formulas:
        missing = book.missing_formulas
        raise ImportFileError(
            "xlsx_formulas", cells=", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
        )
    if not tables:
        sheets = ", ".join(title for title, _ in book.sheets) or "–"
        raise ImportFileError("no_known_sheet", sheets=shorten(sheets), expected=expected_columns())
    return tables


def read_file(name: str, content: bytes, *, max_bytes: int | None = None) -> list[RawTable]:
    """The tables in one uploaded file; raises :class:`ImportFileError` with a clear reason."""
    limit = limits.max_upload_bytes() if max_bytes is None else max_bytes
    if len(content) > limit:
        raise ImportFileError("file_too_large", limit_mb=round(limit / 1024 / 1024, 1))
    if not content.strip():
        raise ImportFileError("file_empty")
    suffix = Path(name).suffix.lower()
    if content.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise ImportFileError("xls_old_format")
    if content.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return read_xlsx(name, content)
    return read_csv(name, content)


# --- Reading and checking together ----------------------------------------------------------


def check_tables(
    tables: Sequence[RawTable], known_partner_ids: Iterable[str], file_issues: Sequence[Issue] = ()
) -> Validation:
    """Every row of ``tables`` checked, the files' own problems first; an import without data is an error."""
    validation = validate_tables(tables, known_partner_ids)
    validation.issues[:0] = list(file_issues)
    if not tables and not file_issues:
        validation.issues.add_always(Issue(ERROR, "no_files", "–"))
    elif tables and not any(table.rows or table.rejected for table in tables):
        names = ", ".join(dict.fromkeys(table.source.split(" / ")[0] for table in tables))
        validation.issues.add_always(Issue(ERROR, "no_data_rows", names, params={"files": names}))
    return validation


def check_files(
    files: Sequence[tuple[str, bytes]], max_bytes: int, known_partner_ids: Iterable[str]
) -> Validation:
    """Read every file and check every row; a file that cannot be read is one issue naming why."""
    tables: list[RawTable] = []
    file_issues: list[Issue] = []
    for name, content in files:
        try:
            tables.extend(read_file(name, content, max_bytes=max_bytes))
        except ImportFileError as error:
            file_issues.append(
                Issue(ERROR, error.code, name, row=error.row, column=error.column, params=dict(error.params))
            )
    return check_tables(tables, known_partner_ids, file_issues)
