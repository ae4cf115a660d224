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

from data.importing import limits
from data.importing.limits import ImportFileError

CHUNK_BYTES = 1024 * 1024
_SHARED_CHARS = 40  # texts up to this long are kept once per sheet ...
_SHARED_TEXTS = 100_000  # ... up to this many of them
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
        # One object per distinct short text: a column of 200,000 times "Lopend" is one string.
        self.texts: dict[str, str] = {}
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

    def share(self, text: str) -> str:
        if len(text) > _SHARED_CHARS or len(self.texts) >= _SHARED_TEXTS:
            return text
        return self.texts.setdefault(text, text)

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
            return self.share(text)
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
        """(row number, values) of each row with a value, as the sheet is parsed.

        The rows of ``sheetData`` in the form Excel and openpyxl write them are read by
        :class:`_PlainRows` (one regular expression per block of rows, no Python call per
        XML element); everything else, and every block not in that form, goes through
        expat as before.
        """
        handler = _SheetHandler(title, self)
        parser = guarded(lambda: _parser(handler))
        plain: _PlainRows | None = _PlainRows(handler)
        pending = b""
        chunks = _chunks(self.archive, path)
        while True:
            chunk = guarded(lambda: next(chunks, None))
            last = chunk is None
            if plain is not None:
                rows, pending, done = plain.take(parser, pending + (chunk or b""), last=last)
                yield from rows
                if not done:
                    continue
                plain, chunk, pending = None, pending, b""  # expat reads the rest of the part
            guarded(lambda: parser.Parse(chunk or b"", last))  # noqa: B023 - called at once
            yield from handler.done
            handler.done.clear()
            if last:
                return


_SHEET_DATA = b"<sheetData>"
_SHEET_DATA_END = b"</sheetData>"
_ROW_END = b"</row>"
_HEAD_BYTES = 1024 * 1024  # the part before the rows (columns, views) is a few KB in practice
# One token of sheetData as Excel and openpyxl write it: a cell (self-closed, empty, with a
# value or with an inline string), a row's start or its end.  Anything else (a formula,
# rich text, other attributes, a namespace prefix) is not matched, which the count of
# "<" per block notices; that block and the rest of the sheet then go through expat.
_TOKEN = re.compile(
    r'<c r="([A-Z]{1,3})[0-9]+"(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")?'
    r'(?:(/)>|>(?:(<v>|<is><t(?: xml:space="preserve")?>)([^<]*)(?:</v>|</t></is>))?</c>)'
    r'|<row r="([0-9]+)"[^<>/]*/?>|</row>'
)
# XML that expat refuses (control characters, a broken entity) or rewrites (line ends).
_NOT_PLAIN_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x0D])
_ENTITY_NAMES = r"(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});"
_BAD_ENTITY = re.compile(r"&(?!" + _ENTITY_NAMES + ")")
_ENTITY = re.compile("&" + _ENTITY_NAMES)
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape(text: str) -> str:
    def one(found: re.Match[str]) -> str:
        name = found.group(1)
        if name[0] != "#":
            return _ENTITIES[name]
        code = int(name[2:], 16) if name[1] == "x" else int(name[1:])
        allowed = code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
        if not (allowed or 0x10000 <= code <= 0x10FFFF):
            raise ImportFileError("xlsx_unreadable")
        return chr(code)

    return _ENTITY.sub(one, text)


class _PlainRows:
    """The rows of a sheet in the plain form Excel and openpyxl write, read a block at a time.

    expat calls back into Python for every element, about nine times per cell; that was
    most of the time of a large sheet.  Here one ``findall`` turns a block of complete rows
    into tuples, and the loop below does per cell what :class:`_SheetHandler` does.  A
    block is taken only if its tokens account for every ``<`` in it, so no element is
    skipped unseen; otherwise it goes to expat, which reads it as before.  The parts
    before and after ``sheetData`` always go through expat, which checks them as well.
    """

    def __init__(self, handler: _SheetHandler) -> None:
        self.handler = handler
        self.in_rows = False

    def take(self, parser: Any, pending: bytes, *, last: bool) -> tuple[list, bytes, bool]:
        """(rows read, bytes left over, whether expat takes over from the bytes left over)."""
        if not self.in_rows:
            start = pending.find(_SHEET_DATA)
            if start < 0:
                return [], pending, last or len(pending) > _HEAD_BYTES
            head = pending[: start + len(_SHEET_DATA)]
            guarded(lambda: parser.Parse(head, False))
            if not self.handler.in_data:  # "<sheetData>" inside a comment, or some such
                return [], pending[len(head) :], True
            self.in_rows = True
            pending = pending[len(head) :]
        end = pending.find(_SHEET_DATA_END)
        cut = end if end >= 0 else pending.rfind(_ROW_END) + len(_ROW_END)
        if cut < len(_ROW_END) and end < 0:  # no complete row yet
            return [], pending, last or len(pending) > _HEAD_BYTES
        rows = self.block(pending[:cut])
        if rows is None:
            return [], pending, True
        return rows, pending[cut:], end >= 0 or last

    def block(self, data: bytes) -> list[tuple[int, list[Any]]] | None:  # noqa: C901 - one loop, no call per cell
        """The rows in ``data`` (complete rows only), or None if it is not in the plain form."""
        if not data:
            return []
        if len(data.translate(None, _NOT_PLAIN_BYTES)) != len(data):
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        entities = "&" in text
        if entities and _BAD_ENTITY.search(text):
            return None
        handler = self.handler
        book = handler.book
        strings = book.strings
        special = handler.style_kinds
        columns = handler.columns
        max_columns = limits.MAX_COLUMNS
        max_chars = limits.MAX_CELL_CHARS
        rows: list[tuple[int, list[Any]]] = []
        values: list[Any] = []
        width = 0  # len(values)
        number = handler.row_number
        tags = 0
        problem: ImportFileError | None = None
        for letters, style, kind, closed, opening, text_value, row in _TOKEN.findall(text):
            if not letters:
                tags += 1
                if row:  # a row starts (or is empty: <row r="5"/>)
                    number, values, width = int(row), [], 0
                elif width:
                    rows.append((number, values))
                    values, width = [], 0
                continue
            if not opening:
                tags += 1 if closed else 2
                continue
            inline = opening != "<v>"
            tags += 6 if inline else 4
            if not text_value or problem is not None:
                continue  # no value (as in expat's reading), or the block is refused anyway
            column = columns.get(letters) or handler._learn_column(letters)
            if entities and "&" in text_value:
                text_value = _unescape(text_value)
            if column <= width or column > max_columns or len(text_value) > max_chars:
                problem = self._problem(number, column, len(text_value) > max_chars)
                continue
            if kind == "s":
                try:
                    value: Any = strings[int(text_value)]
                except (ValueError, IndexError):
                    problem = ImportFileError("xlsx_unreadable")
                    continue
                if value.__class__ is _TooLong:
                    problem = self._problem(number, column, True)
                    continue
            elif inline or kind in ("inlineStr", "str", "e"):
                value = handler.share(text_value)
            elif (not kind or kind == "n") and style not in special:
                try:
                    digits = text_value.isdigit() and text_value.isascii()
                    value = int(text_value) if digits else float(text_value)
                except ValueError:
                    value = text_value
            else:
                handler.kind, handler.style, handler.value_text = kind or "n", style or None, text_value
                handler.formula = False
                value = handler._value()
            if column > width + 1:
                values.extend([None] * (column - width - 1))
            values.append(value)
            width = column
        if tags != text.count("<"):
            return None  # an element the plain form does not know: expat reads this block
        if problem is not None:
            raise problem
        handler.row_number = number
        return rows

    def _problem(self, row: int, column: int, too_long: bool) -> ImportFileError:
        if too_long:
            limit = limits.dutch_count(limits.MAX_CELL_CHARS)
            return ImportFileError("cell_too_long", row=row, column=column_letters(column), limit=limit)
        if column > limits.MAX_COLUMNS:
            return ImportFileError(
                "too_many_columns",
                row=row,
                cell=f"{column_letters(column)}{row}",
                last=column_letters(limits.MAX_COLUMNS),
                limit=limits.MAX_COLUMNS,
            )
        return ImportFileError("xlsx_unreadable")  # cells out of order: not written by Excel


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
