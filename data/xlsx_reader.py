"""The cells of an XLSX workbook, read in bounded memory and time, as Excel shows them.

An XLSX file is a zip of XML parts.  openpyxl builds Python objects for every cell and
pads rows to the size a sheet claims (a forged ``A1:XFD1048576`` costs gigabytes), so
the importer reads the parts itself with expat: sizes and ratios are checked before any
part is parsed, no text grows past Excel's own cell limit, a row holds only the cells
that have a value, and rows stream to the caller.  Values follow the cell's number format
as Excel shows them: a percent cell holding 0.453 is 45.3, a date cell a date, a formula
its saved value.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.parsers import expat

from data import import_limits as limits
from data.import_limits import ImportFileError

CHUNK_BYTES = 1024 * 1024
_PERCENT = "percent"
_DATE = "date"
_TIMEDELTA = "timedelta"
# Parts of a format that are shown as they are: "quoted text", \x escapes, [colours] and [h].
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _local(name: str) -> str:
    """'x:c' -> 'c'.  Namespaces are not resolved (that costs a tenth of the time of a large sheet);
    a part's elements are told apart by their local names, and a sheet's cells are only read
    inside its ``sheetData``, where nothing else lives.
    """
    return name.rpartition(":")[2]


def _refuse_declarations(*_args: object) -> None:
    raise ImportFileError("xlsx_unreadable")  # no Excel part has a DTD; entity tricks end here


class _Handler:
    """The expat callbacks of one part; subclasses keep what they need."""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        """An element opens."""

    def end(self, tag: str) -> None:
        """An element closes."""

    def text(self, data: str) -> None:
        """Character data inside the current element."""


def _parser(handler: _Handler) -> Any:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 65536
    if isinstance(handler, _SheetHandler):  # the hot path: no extra call per element
        parser.StartElementHandler = handler.start_raw
        parser.EndElementHandler = handler.end_raw
    else:
        tags: dict[str, str] = {}

        def start(name: str, attrs: dict[str, str]) -> None:
            tag = tags.get(name)
            if tag is None:
                tag = tags[name] = _local(name)
            handler.start(tag, attrs)

        def end(name: str) -> None:
            handler.end(tags.get(name) or _local(name))

        parser.StartElementHandler = start
        parser.EndElementHandler = end
    parser.CharacterDataHandler = handler.text
    parser.StartDoctypeDeclHandler = _refuse_declarations
    parser.EntityDeclHandler = _refuse_declarations
    return parser


def _chunks(archive: zipfile.ZipFile, path: str) -> Iterator[bytes]:
    with archive.open(path) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            yield chunk


def _parse(archive: zipfile.ZipFile, path: str, handler: _Handler) -> None:
    parser = _parser(handler)
    for chunk in _chunks(archive, path):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


# --- The small parts: relationships, workbook, styles, shared strings -----------------------------


@dataclass
class _Relationships(_Handler):
    base: str
    targets: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (type, part path)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(self.base, target)
            self.targets[attrs.get("Id", "")] = (attrs.get("Type", ""), posixpath.normpath(path))

    def of_type(self, suffix: str) -> str | None:
        return next((path for kind, path in self.targets.values() if kind.endswith(suffix)), None)


@dataclass
class _WorkbookPart(_Handler):
    sheets: list[tuple[str, str]] = field(default_factory=list)  # (title, relationship id)
    date1904: bool = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "sheet":
            # r:id, whatever the prefix of the relationships namespace is called
            rid = next((v for k, v in attrs.items() if ":" in k and _local(k) == "id"), "")
            self.sheets.append((attrs.get("name", ""), rid))
        elif tag == "workbookPr":
            self.date1904 = attrs.get("date1904", "0").lower() in ("1", "true")


@dataclass
class _Styles(_Handler):
    formats: dict[int, str] = field(default_factory=dict)
    cell_formats: list[int] = field(default_factory=list)
    in_cell_xfs: bool = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "numFmt":
            self.formats[int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
        elif tag == "cellXfs":
            self.in_cell_xfs = True
        elif tag == "xf" and self.in_cell_xfs:
            self.cell_formats.append(int(attrs.get("numFmtId", "0")))

    def end(self, tag: str) -> None:
        if tag == "cellXfs":
            self.in_cell_xfs = False

    def kinds(self) -> list[str | None]:
        """Per cell style: percent, date, timedelta or nothing special."""
        from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

        kinds: list[str | None] = []
        for number_format_id in self.cell_formats:
            code = self.formats.get(number_format_id) or BUILTIN_FORMATS.get(number_format_id, "General")
            if "%" in _FORMAT_LITERALS.sub("", code):
                kinds.append(_PERCENT)
            elif is_timedelta_format(code):
                kinds.append(_TIMEDELTA)
            elif is_date_format(code):
                kinds.append(_DATE)
            else:
                kinds.append(None)
        return kinds


@dataclass(frozen=True)
class _TooLong:
    """A shared string longer than a cell may be: only its length is kept."""

    length: int


@dataclass
class _SharedStrings(_Handler):
    items: list[str | _TooLong] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    length: int = 0
    in_text: bool = False
    in_phonetic: bool = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "si":
            self.parts, self.length = [], 0
        elif tag == "t" and not self.in_phonetic:
            self.in_text = True
        elif tag == "rPh":
            self.in_phonetic = True

    def end(self, tag: str) -> None:
        if tag == "si":
            too_long = self.length > limits.MAX_CELL_CHARS
            self.items.append(_TooLong(self.length) if too_long else "".join(self.parts))
        elif tag == "t":
            self.in_text = False
        elif tag == "rPh":
            self.in_phonetic = False

    def text(self, data: str) -> None:
        if self.in_text:
            self.length += len(data)
            if self.length <= limits.MAX_CELL_CHARS:
                self.parts.append(data)


# --- Sheets --------------------------------------------------------------------------------------


def column_letters(number: int) -> str:
    """3 -> 'C', 16384 -> 'XFD'."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_number(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


class _SheetHandler(_Handler):
    """Collects finished rows as (row number, values) with only the cells that have a value.

    The callbacks run once per XML element of the sheet (millions for a large file), so
    the current cell lives in plain attributes rather than an object per cell.
    """

    def __init__(self, title: str, book: Workbook) -> None:
        self.title = title
        self.book = book
        self.done: list[tuple[int, list[Any]]] = []
        self.row_number = 0
        self.column = 0
        self.cells: list[tuple[int, Any]] = []
        self.kind = "n"
        self.style: str | None = None
        self.formula = False
        self.value_text: str | None = None
        self.parts: list[str] = []
        self.length = 0
        self.collecting = False
        self.in_inline = False
        self.in_phonetic = False
        self.in_data = False
        self.columns: dict[str, int] = {}
        self.tags: dict[str, str] = {}
        # Per style id as written ("3"): percent, date, timedelta or None.
        self.style_kinds = {str(index): kind for index, kind in enumerate(book.style_kinds) if kind}

    def start_raw(self, name: str, attrs: dict[str, str]) -> None:
        tag = self.tags.get(name)
        if tag is None:
            tag = self.tags[name] = _local(name)
        if not self.in_data:
            self.in_data = tag == "sheetData"
        elif tag == "c":
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                column = self.columns.get(letters)
                self.column = column if column is not None else self._learn_column(letters)
            else:
                self.column += 1
            self.kind = attrs.get("t", "n")
            self.style = attrs.get("s")
            self.formula, self.value_text, self.parts, self.length = False, None, [], 0
        elif tag == "v" or (tag == "t" and self.in_inline and not self.in_phonetic):
            self.collecting = True
        elif tag == "row":
            self.row_number = int(attrs["r"]) if "r" in attrs else self.row_number + 1
            self.column, self.cells = 0, []
        else:
            self.start(tag, attrs)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "f":
            self.formula = True
        elif tag == "is":
            self.in_inline = True
        elif tag == "rPh":
            self.in_phonetic = True

    def end_raw(self, name: str) -> None:
        tag = self.tags.get(name) or _local(name)
        if not self.in_data:
            return
        if tag == "v":
            self.collecting = False
            self.value_text = "".join(self.parts)
        elif tag == "c":
            self._end_cell()
        elif tag == "t":
            self.collecting = False
        elif tag == "row":
            self._end_row()
        elif tag == "is":
            self.in_inline = False
            self.value_text = "".join(self.parts)
        elif tag == "rPh":
            self.in_phonetic = False
        elif tag == "sheetData":
            self.in_data = False

    def _end_row(self) -> None:
        if self.cells:
            values: list[Any] = [None] * self.cells[-1][0]
            for column, value in self.cells:
                values[column - 1] = value
            self.done.append((self.row_number, values))

    def text(self, data: str) -> None:
        if self.collecting:
            self.length += len(data)
            if self.length > limits.MAX_CELL_CHARS:
                self._too_long()
            self.parts.append(data)

    def _where(self) -> tuple[int, str]:
        return self.row_number, column_letters(self.column)

    def _too_long(self) -> None:
        row, column = self._where()
        raise ImportFileError(
            "cell_too_long", row=row, column=column, limit=limits.dutch_count(limits.MAX_CELL_CHARS)
        )

    def _learn_column(self, letters: str) -> int:
        number = self.columns[letters] = _column_number(letters)
        return number

    def _end_cell(self) -> None:
        text = self.value_text
        if text and self.kind == "n" and self.style not in self.style_kinds:
            # The common case, kept short: a plain number.
            try:
                value: Any = int(text) if text.isascii() and text.isdigit() else float(text)
            except ValueError:
                value = text
        else:
            value = self._value()
            if value is None:
                return
        if self.column > limits.MAX_COLUMNS:
            raise ImportFileError(
                "too_many_columns",
                row=self.row_number,
                cell=f"{column_letters(self.column)}{self.row_number}",
                last=column_letters(limits.MAX_COLUMNS),
                limit=limits.MAX_COLUMNS,
            )
        if self.cells and self.column <= self.cells[-1][0]:
            raise ImportFileError("xlsx_unreadable")  # cells out of order: not written by Excel
        self.cells.append((self.column, value))

    def _value(self) -> Any:
        text = self.value_text
        if not text:  # as openpyxl: an empty <v/> is no value, and a formula without one was never computed
            if self.formula:
                self.book.missing_formulas.append(
                    f"{self.title}!{column_letters(self.column)}{self.row_number}"
                )
            return None
        kind = self.kind
        if kind == "n":
            return self._number(text, self.style_kinds.get(self.style or ""))
        if kind == "s":
            return self._shared(text)
        if kind in ("inlineStr", "str", "e"):
            return text
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "d":
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                return text
        return self._number(text, self.style_kinds.get(self.style or ""))

    def _shared(self, text: str) -> str:
        try:
            value = self.book.strings[int(text)]
        except (ValueError, IndexError) as error:
            raise ImportFileError("xlsx_unreadable") from error
        if isinstance(value, _TooLong):
            self._too_long()
        return value  # type: ignore[return-value]

    def _number(self, text: str, kind: str | None) -> Any:
        try:
            if kind == _PERCENT:
                return float(Decimal(text) * 100)  # exact: 0.453 is 45.3, not 45.300000000000004
            number = float(text) if any(c in text for c in ".eEnN") else int(text)
        except (ValueError, InvalidOperation):
            return text
        if kind in (_DATE, _TIMEDELTA):
            from openpyxl.utils.datetime import from_excel

            try:
                return from_excel(number, self.book.epoch, timedelta=kind == _TIMEDELTA)
            except (OverflowError, ValueError):
                return number
        return number


# --- The workbook ---------------------------------------------------------------------------------


def check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse a zip that unpacks to more than the app reads, or packs like a bomb; before parsing."""
    members = archive.infolist()
    if len(members) > limits.MAX_ZIP_MEMBERS:
        raise ImportFileError("xlsx_unreadable")
    for member in members:
        packed = max(member.compress_size, 1)
        if (
            member.file_size > limits.RATIO_CHECK_FROM_BYTES
            and member.file_size > packed * limits.MAX_COMPRESSION_RATIO
        ):
            raise ImportFileError(
                "xlsx_compression_ratio", ratio=limits.dutch_count(member.file_size // packed)
            )
    total = sum(member.file_size for member in members)
    if total > limits.MAX_UNPACKED_BYTES:
        megabytes = 1024 * 1024
        raise ImportFileError(
            "xlsx_too_large_unpacked",
            size_mb=limits.dutch_count(round(total / megabytes)),
            limit_mb=limits.dutch_count(limits.MAX_UNPACKED_BYTES // megabytes),
        )


class Workbook:
    """An opened XLSX: its sheets, shared strings and cell styles; rows are read per sheet."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.parts = set(archive.namelist())
        self.missing_formulas: list[str] = []
        package = _Relationships("")
        self._parse_optional("_rels/.rels", package)
        workbook_path = package.of_type("/officeDocument") or "xl/workbook.xml"
        base = posixpath.dirname(workbook_path)
        part = _WorkbookPart()
        _parse(archive, workbook_path, part)
        relationships = _Relationships(base)
        rels_path = posixpath.join(base, "_rels", posixpath.basename(workbook_path) + ".rels")
        self._parse_optional(rels_path, relationships)
        self.sheets = [
            (title, relationships.targets[rid][1])
            for title, rid in part.sheets
            if rid in relationships.targets
        ]
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        self.epoch = CALENDAR_MAC_1904 if part.date1904 else CALENDAR_WINDOWS_1900
        styles = _Styles()
        self._parse_optional(relationships.of_type("/styles"), styles)
        self.style_kinds = styles.kinds()
        strings = _SharedStrings()
        self._parse_optional(relationships.of_type("/sharedStrings"), strings)
        self.strings = strings.items

    def _parse_optional(self, path: str | None, handler: _Handler) -> None:
        if path and path in self.parts:
            _parse(self.archive, path, handler)

    def rows(self, title: str, path: str) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values) of each row with a value, as the sheet is parsed."""
        handler = _SheetHandler(title, self)
        parser = guarded(lambda: _parser(handler))
        chunks = _chunks(self.archive, path)
        while True:
            chunk = guarded(lambda: next(chunks, None))
            guarded(lambda: parser.Parse(chunk or b"", chunk is None))  # noqa: B023 - called at once
            yield from handler.done
            handler.done.clear()
            if chunk is None:
                return


_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    expat.ExpatError,
    KeyError,
    ValueError,
    EOFError,
    OSError,
    RuntimeError,
)


def guarded(read: Callable[[], Any]) -> Any:
    """Run ``read``; a damaged zip or XML of any kind becomes one clear Dutch message."""
    try:
        return read()
    except ImportFileError:
        raise
    except _DAMAGED as error:
        raise ImportFileError("xlsx_unreadable") from error


def open_workbook(content: bytes) -> Workbook:
    """The workbook in ``content``, after checking its unpacked sizes."""

    def read() -> Workbook:
        archive = zipfile.ZipFile(io.BytesIO(content))
        check_archive(archive)
        return Workbook(archive)

    return guarded(read)
