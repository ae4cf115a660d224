"""Importing partners' CSV and Excel files into the store: all rows or none, and undoable.

    python -m data.importer FILE [FILE ...] [--dry-run] [--db PATH] [--user NAME]
    python -m data.importer --undo [--db PATH]

Imported data lives in its own database file (:func:`imported_db_path`), next to the
demo store, so the app can switch between the two.  Every import is one transaction;
it is recorded in ``import_log`` together with the rows it replaced, so the last
import can be undone to exactly the state before it.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import getpass
import hashlib
import io
import os
import sys
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from data.i18n import translate
from data.store import IMPORT_SCOPES, connect, default_db_path, set_metadata
from data.validation import (
    ERROR,
    INFO_SHEETS,
    SHEETS,
    TABLE_COLUMNS,
    Issue,
    RawTable,
    Validation,
    is_empty,
    match_header,
    normalize_header,
    validate_tables,
)

IMPORT_DB_ENV_VAR = "CULTUUR_IMPORT_DB"
MAX_MB_ENV_VAR = "CULTUUR_MAX_UPLOAD_MB"
DEFAULT_MAX_MB = 20
MAX_ROWS = 200_000
HEADER_SEARCH_ROWS = 15
DATASET_IMPORT = "import"
DATASET_EMPTY = "leeg"
Connection = duckdb.DuckDBPyConnection


def imported_db_path() -> Path:
    """The store of imported data: ``$CULTUUR_IMPORT_DB``, else beside the demo store."""
    configured = os.environ.get(IMPORT_DB_ENV_VAR)
    if configured:
        return Path(configured)
    demo = default_db_path()
    return demo.with_name(f"{demo.stem}-import{demo.suffix}")


def read_metadata(con: Connection, key: str) -> str | None:
    """Like ``store.get_metadata``, but fetches the whole result so the connection is free again."""
    rows = con.execute("SELECT waarde FROM metadata WHERE sleutel = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def holds_imported_data(con: Connection) -> bool:
    """True when the store holds imported (not demo) data that the app can show."""
    return read_metadata(con, "dataset") == DATASET_IMPORT


def store_state(con: Connection) -> str:
    """Changes with every import and undo; for caching an analysis against the store."""
    return f"{read_metadata(con, 'data_version')}/{last_import(con)}"


def max_upload_bytes() -> int:
    """The upload limit: ``$CULTUUR_MAX_UPLOAD_MB`` megabytes, 20 by default."""
    try:
        megabytes = float(os.environ.get(MAX_MB_ENV_VAR, DEFAULT_MAX_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    return int(megabytes * 1024 * 1024)


class ImportFileError(Exception):
    """A file that cannot be read at all; ``code`` names the Dutch explanation."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


# --- Reading files --------------------------------------------------------------------------


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


def _delimiter(lines: Sequence[str]) -> str:
    """';' in Dutch Excel exports, ',' elsewhere, tab sometimes: the most frequent one wins."""
    counts = {d: sum(line.count(d) for line in lines) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ";"


def _tables_from_rows(rows: list[Sequence[Any]], source: str) -> RawTable | None:
    """Find the header (a title row above it is fine) and collect the rows below it."""
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = match_header(cells)
        if found is None:
            continue
        kind, positions = found
        headers = {name: str(cells[pos]).strip() for name, pos in positions.items()}
        used = set(positions.values())
        unknown = [
            str(c).strip() for i, c in enumerate(cells) if i not in used and not is_empty(c) and c is not None
        ]
        data = []
        for offset, row in enumerate(rows[index + 1 :], start=index + 2):
            values = {name: row[pos] if pos < len(row) else None for name, pos in positions.items()}
            if all(is_empty(v) for v in row):
                continue
            data.append((offset, values))
        return RawTable(kind, source, headers, data, unknown)
    return None


def _expected_columns() -> str:
    return "; ".join(
        f"{kind}: {', '.join(s.name for s in specs if s.required)}" for kind, specs in SHEETS.items()
    )


def read_csv(name: str, content: bytes) -> list[RawTable]:
    text = _decode(content)
    if not text.strip():
        raise ImportFileError("file_empty")
    if text.count("\n") > MAX_ROWS + HEADER_SEARCH_ROWS:
        raise ImportFileError("file_too_many_rows", limit=f"{MAX_ROWS:,}".replace(",", "."))
    lines = [line for line in text.splitlines() if line.strip()][:HEADER_SEARCH_ROWS]
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(lines)))
    except csv.Error as error:
        raise ImportFileError("csv_unreadable", detail=str(error)) from error
    table = _tables_from_rows(rows, name)
    if table is None:
        raise ImportFileError("no_header", expected=_expected_columns())
    return [table]


def _sheet_rows(sheet: Any) -> list[tuple[Any, ...]]:
    rows = []
    for row in sheet.iter_rows(values_only=True):
        rows.append(row)
        if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise ImportFileError("file_too_many_rows", limit=f"{MAX_ROWS:,}".replace(",", "."))
    return rows


def _load_workbook(content: bytes, *, data_only: bool) -> Any:
    import openpyxl  # imported here: only Excel files need it

    try:
        return openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=data_only)
    except Exception as error:  # a damaged zip or XML shows up as many exception types
        raise ImportFileError("xlsx_unreadable") from error


def _workbook_rows(content: bytes, *, data_only: bool) -> dict[str, list[tuple[Any, ...]]]:
    book = _load_workbook(content, data_only=data_only)
    try:
        return {sheet.title: _sheet_rows(sheet) for sheet in book.worksheets}
    except ImportFileError:
        raise
    except Exception as error:
        raise ImportFileError("xlsx_unreadable") from error
    finally:
        book.close()


def _formula_cells(sheets: dict[str, list[tuple[Any, ...]]]) -> list[tuple[str, int, int]]:
    return [
        (title, r, c)
        for title, rows in sheets.items()
        for r, row in enumerate(rows)
        for c, value in enumerate(row)
        if isinstance(value, str) and value.startswith("=")
    ]


def _resolve_formulas(content: bytes, sheets: dict[str, list[tuple[Any, ...]]]) -> None:
    """Use the values Excel saved for formulas; a formula without a saved value is an error."""
    cells = _formula_cells(sheets)
    if not cells:
        return
    values = _workbook_rows(content, data_only=True)
    missing = []
    for title, r, c in cells:
        value = values[title][r][c] if c < len(values[title][r]) else None
        if value is None:
            from openpyxl.utils import get_column_letter

            missing.append(f"{title}!{get_column_letter(c + 1)}{r + 1}")
        row = list(sheets[title][r])
        row[c] = value
        sheets[title][r] = tuple(row)
    if missing:
        raise ImportFileError(
            "xlsx_formulas", cells=", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
        )


def read_xlsx(name: str, content: bytes) -> list[RawTable]:
    sheets = _workbook_rows(content, data_only=False)
    _resolve_formulas(content, sheets)
    tables = []
    for title, rows in sheets.items():
        if normalize_header(title) in INFO_SHEETS:
            continue
        table = _tables_from_rows(rows, f"{name} / {title}")
        if table is not None:
            tables.append(table)
    if not tables:
        raise ImportFileError("no_known_sheet", sheets=", ".join(sheets) or "–", expected=_expected_columns())
    return tables


def read_file(name: str, content: bytes, *, max_bytes: int | None = None) -> list[RawTable]:
    """The tables in one uploaded file; raises :class:`ImportFileError` with a clear reason."""
    limit = max_upload_bytes() if max_bytes is None else max_bytes
    if len(content) > limit:
        raise ImportFileError("file_too_large", limit_mb=round(limit / 1024 / 1024, 1))
    if not content.strip():
        raise ImportFileError("file_empty")
    suffix = Path(name).suffix.lower()
    if content.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise ImportFileError("xls_old_format")
    if content.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        if not zipfile.is_zipfile(io.BytesIO(content)):
            raise ImportFileError("xlsx_unreadable")
        return read_xlsx(name, content)
    return read_csv(name, content)


# --- Analysis -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    name: str
    key: tuple[str, ...]
    scope: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return TABLE_COLUMNS[self.name]


_KEYS = {
    "indicator_waarde": ("gemeente_code", "jaar", "indicator", "groep"),
    "initiatief": ("id",),
    "initiatief_gemeente": ("initiatief_id", "gemeente_code"),
    "initiatief_doelgroep": ("initiatief_id", "doelgroep"),
    "partner": ("id",),
    "initiatief_partner": ("initiatief_id", "partner_id"),
    "financiering": ("initiatief_id", "bron"),
    "inwoners": ("gemeente_code", "jaar"),
}
FACT_TABLES: tuple[TableSpec, ...] = tuple(
    TableSpec(name, _KEYS[name], scope) for name, scope in IMPORT_SCOPES.items()
)


@dataclass
class Analysis:
    """What an import would do: the checked rows, the problems and the preview."""

    file_names: list[str]
    checksums: list[str]
    validation: Validation
    preview: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def issues(self) -> list[Issue]:
        return sorted(
            self.validation.issues, key=lambda i: (not i.is_error, i.source, i.row or 0, i.column or "")
        )

    @property
    def has_errors(self) -> bool:
        return bool(self.validation.errors)

    @property
    def changes(self) -> int:
        if self.preview.empty:
            return 0
        return int(self.preview[["nieuw", "gewijzigd", "verwijderd"]].to_numpy().sum())

    def new_frame(self, table: str) -> pd.DataFrame:
        return self.validation.frame(table)

    def scope_frame(self, spec: TableSpec) -> pd.DataFrame:
        if spec.scope == spec.key:
            return self.new_frame(spec.name)[list(spec.key)].drop_duplicates()
        ids = sorted(self.validation.child_scope.get(spec.name, set()))
        return pd.DataFrame({"initiatief_id": pd.Series(ids, dtype="object")})


def _sql_list(columns: Iterable[str], prefix: str = "") -> str:
    return ", ".join(f"{prefix}{c}" for c in columns)


def _join(left: str, right: str, columns: Iterable[str]) -> str:
    return " AND ".join(f"{left}.{c} = {right}.{c}" for c in columns)


def _preview_table(
    con: Connection, spec: TableSpec, new: pd.DataFrame, scope: pd.DataFrame
) -> dict[str, Any]:
    values = [c for c in spec.columns if c not in spec.key]
    differs = " OR ".join(f"n.{c} IS DISTINCT FROM o.{c}" for c in values) or "false"
    on = _join("n", "o", spec.key)
    con.register("_import_nieuw", new)
    con.register("_import_bereik", scope)
    try:
        row = con.execute(
            f"""WITH oud AS (
                SELECT t.* FROM {spec.name} t JOIN _import_bereik s ON {_join("t", "s", spec.scope)})
            SELECT (SELECT count(*) FROM _import_nieuw n WHERE NOT EXISTS (SELECT 1 FROM oud o WHERE {on})),
                   (SELECT count(*) FROM _import_nieuw n JOIN oud o ON {on} WHERE {differs}),
                   (SELECT count(*) FROM _import_nieuw n JOIN oud o ON {on} WHERE NOT ({differs})),
                   (SELECT count(*) FROM oud o WHERE NOT EXISTS (SELECT 1 FROM _import_nieuw n WHERE {on}))
            """  # noqa: S608 - table and column names are constants
        ).fetchall()[0]
    finally:
        con.unregister("_import_nieuw")
        con.unregister("_import_bereik")
    new_rows, updated, unchanged, removed = (int(v) for v in row)
    return {
        "tabel": spec.name,
        "nieuw": new_rows,
        "gewijzigd": updated,
        "ongewijzigd": unchanged,
        "verwijderd": removed,
    }


def preview(con: Connection, analysis: Analysis) -> pd.DataFrame:
    """Rows new, updated, unchanged and removed per table, as the store stands now."""
    rows = [
        _preview_table(con, spec, analysis.new_frame(spec.name), analysis.scope_frame(spec))
        for spec in FACT_TABLES
    ]
    return pd.DataFrame(rows)


def _known_partner_ids(con: Connection) -> list[str]:
    return [r[0] for r in con.execute("SELECT id FROM partner").fetchall()]


def analyse(con: Connection, files: Sequence[tuple[str, bytes]], *, max_bytes: int | None = None) -> Analysis:
    """Read and check ``files`` (name, content) against the store; nothing is written."""
    tables: list[RawTable] = []
    file_issues: list[Issue] = []
    for name, content in files:
        try:
            tables.extend(read_file(name, content, max_bytes=max_bytes))
        except ImportFileError as error:
            file_issues.append(Issue(ERROR, error.code, name, params=dict(error.params)))
    return analyse_tables(
        con,
        tables,
        file_names=[name for name, _ in files],
        checksums=[hashlib.sha256(content).hexdigest() for _, content in files],
        file_issues=file_issues,
    )


def analyse_tables(
    con: Connection,
    tables: Sequence[RawTable],
    *,
    file_names: list[str],
    checksums: list[str],
    file_issues: Sequence[Issue] = (),
) -> Analysis:
    """Check tables read from files or fetched elsewhere (CBS) against the store; nothing is written.

    Every source of data goes through here, so a fetch is validated, previewed, committed
    and undone exactly like an uploaded file.
    """
    validation = validate_tables(tables, _known_partner_ids(con))
    validation.issues[:0] = list(file_issues)
    if not tables and not file_issues:
        validation.issues.append(Issue(ERROR, "no_files", "–"))
    analysis = Analysis(file_names=file_names, checksums=checksums, validation=validation)
    if not analysis.has_errors:
        analysis.preview = preview(con, analysis)
    return analysis


# --- Commit and undo ------------------------------------------------------------------------


class ImportRefusedError(Exception):
    """An import that must not be written (errors, or a demo store as target)."""


def _apply_table(
    con: Connection, import_id: int, spec: TableSpec, new: pd.DataFrame, scope: pd.DataFrame
) -> None:
    """Keep the rows in scope for undo, then replace them by the new rows."""
    columns = _sql_list(spec.columns)
    con.register("_import_nieuw", new)
    con.register("_import_bereik", scope)
    try:
        con.execute(
            f"INSERT INTO import_bereik_{spec.name} "  # noqa: S608 - constant names
            f"SELECT DISTINCT ?, {_sql_list(spec.scope)} FROM _import_bereik",
            [import_id],
        )
        con.execute(
            f"""INSERT INTO import_oud_{spec.name} (import_id, {columns})
                SELECT ?, {_sql_list(spec.columns, "t.")} FROM {spec.name} t
                JOIN _import_bereik s ON {_join("t", "s", spec.scope)}""",  # noqa: S608
            [import_id],
        )
        con.execute(f"DELETE FROM {spec.name} t USING _import_bereik s WHERE {_join('t', 's', spec.scope)}")  # noqa: S608
        con.execute(f"INSERT INTO {spec.name} ({columns}) SELECT {columns} FROM _import_nieuw")  # noqa: S608
    finally:
        con.unregister("_import_nieuw")
        con.unregister("_import_bereik")


def commit(con: Connection, analysis: Analysis, *, user: str | None = None) -> int:
    """Store the analysed rows in one transaction and record the import; returns its number."""
    if analysis.has_errors:
        raise ImportRefusedError("the file has errors")
    if read_metadata(con, "dataset") == "demo":
        raise ImportRefusedError("the target store holds demo data")
    con.execute("BEGIN TRANSACTION")
    try:
        import_id = int(con.execute("SELECT coalesce(max(id), 0) + 1 FROM import_log").fetchall()[0][0])
        previous = (read_metadata(con, "dataset"), read_metadata(con, "data_version"))
        for spec in FACT_TABLES:
            _apply_table(con, import_id, spec, analysis.new_frame(spec.name), analysis.scope_frame(spec))
        con.execute(
            """INSERT INTO import_log (id, tijdstip, bestanden, sha256, rijen, gebruiker, samenvatting,
                                       vorige_dataset, vorige_versie)
               VALUES (?, current_timestamp, ?, ?, ?, ?, ?, ?, ?)""",
            [
                import_id,
                ", ".join(analysis.file_names),
                ", ".join(analysis.checksums),
                analysis.validation.rows_read,
                user,
                analysis.preview.to_json(orient="records"),
                *previous,
            ],
        )
        set_metadata(con, "dataset", DATASET_IMPORT if _has_years(con) else DATASET_EMPTY)
        set_metadata(con, "data_version", f"import-{import_id}-{analysis.checksums[0][:12]}")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return import_id


def _has_years(con: Connection) -> bool:
    """Whether the app can show the store: it needs at least one year with facts."""
    rows = con.execute(
        "SELECT count(*) FROM (SELECT jaar FROM initiatief_jaar UNION SELECT jaar FROM indicator_waarde)"
    ).fetchall()
    return rows[0][0] > 0


def _restore_metadata(con: Connection, key: str, value: str | None) -> None:
    if value is None:
        con.execute("DELETE FROM metadata WHERE sleutel = ?", [key])
    else:
        set_metadata(con, key, value)


def last_import(con: Connection) -> int | None:
    """The import that undo would reverse: the most recent one not yet undone."""
    row = con.execute("SELECT max(id) FROM import_log WHERE ongedaan_op IS NULL").fetchall()[0]
    return int(row[0]) if row and row[0] is not None else None


def undo_last_import(con: Connection, *, user: str | None = None) -> int | None:
    """Restore the store exactly as it was before the last import; returns its number."""
    import_id = last_import(con)
    if import_id is None:
        return None
    con.execute("BEGIN TRANSACTION")
    try:
        for spec in reversed(FACT_TABLES):
            columns = _sql_list(spec.columns)
            con.execute(
                f"""DELETE FROM {spec.name} t USING import_bereik_{spec.name} s
                    WHERE s.import_id = ? AND {_join("t", "s", spec.scope)}""",  # noqa: S608
                [import_id],
            )
            con.execute(
                f"INSERT INTO {spec.name} ({columns}) SELECT {columns} FROM import_oud_{spec.name} "  # noqa: S608
                "WHERE import_id = ?",
                [import_id],
            )
        dataset, version = con.execute(
            "SELECT vorige_dataset, vorige_versie FROM import_log WHERE id = ?", [import_id]
        ).fetchall()[0]
        _restore_metadata(con, "dataset", dataset)
        _restore_metadata(con, "data_version", version)
        con.execute(
            "UPDATE import_log SET ongedaan_op = current_timestamp, ongedaan_door = ? WHERE id = ?",
            [user, import_id],
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return import_id


def import_history(con: Connection) -> pd.DataFrame:
    """Every import, newest first: when, which files, checksums, rows, who, undone when."""
    return con.execute(
        """SELECT id, tijdstip, bestanden, sha256, rijen, gebruiker, ongedaan_op, ongedaan_door
           FROM import_log ORDER BY id DESC"""
    ).df()


def fact_tables(con: Connection) -> dict[str, pd.DataFrame]:
    """All stored facts, sorted, to compare two states of the store."""
    return {
        spec.name: con.execute(
            f"SELECT {_sql_list(spec.columns)} FROM {spec.name} ORDER BY {_sql_list(spec.columns)}"  # noqa: S608
        ).df()
        for spec in FACT_TABLES
    }


# --- Report and command line --------------------------------------------------------------


def issue_table(issues: Sequence[Issue], lang: str = "nl") -> pd.DataFrame:
    """The validation report as a table: severity, file, row, column, value, explanation."""
    return pd.DataFrame(
        {
            "ernst": [translate(f"beheer.severity.{i.severity}", lang) for i in issues],
            "bestand": [i.source for i in issues],
            "rij": pd.Series([i.row for i in issues], dtype="Int64"),
            "kolom": [i.column or "" for i in issues],
            "waarde": [i.value for i in issues],
            "toelichting": [i.message(lang) for i in issues],
        }
    )


def format_report(analysis: Analysis, lang: str = "nl") -> str:
    lines = []
    for issue in analysis.issues:
        where = issue.source
        if issue.row is not None:
            where += f", {translate('beheer.report.row', lang)} {issue.row}"
        if issue.column:
            where += f", {translate('beheer.report.column', lang)} '{issue.column}'"
        label = translate(f"beheer.severity.{issue.severity}", lang).upper()
        lines.append(f"{label}: {where}: {issue.message(lang)}")
    if not analysis.preview.empty:
        lines.append(analysis.preview.to_string(index=False))
    counts = {"errors": len(analysis.validation.errors), "warnings": len(analysis.validation.warnings)}
    lines.append(translate("beheer.report.summary", lang, rows=analysis.validation.rows_read, **counts))
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m data.importer",
        description="Importeer CSV- of Excelbestanden in de database met geïmporteerde gegevens.",
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="CSV- of XLSX-bestanden")
    parser.add_argument("--dry-run", action="store_true", help="alleen controleren, niets opslaan")
    parser.add_argument("--db", type=Path, default=None, help="database (standaard: $CULTUUR_IMPORT_DB)")
    parser.add_argument("--user", default=None, help="naam voor het importlogboek")
    parser.add_argument("--undo", action="store_true", help="de laatste import ongedaan maken")
    parser.add_argument("--max-mb", type=float, default=None, help="maximale bestandsgrootte in MB")
    return parser


def _run_undo(con: Connection, user: str) -> int:
    undone = undo_last_import(con, user=user)
    print(f"Import {undone} ongedaan gemaakt." if undone else "Er is geen import om ongedaan te maken.")
    return 0 if undone else 1


def _run_import(con: Connection, args: argparse.Namespace, user: str) -> int:
    files = [(path.name, path.read_bytes()) for path in args.files]
    max_bytes = None if args.max_mb is None else int(args.max_mb * 1024 * 1024)
    analysis = analyse(con, files, max_bytes=max_bytes)
    print(format_report(analysis))
    if analysis.has_errors:
        print("Niets opgeslagen: los eerst de fouten op.", file=sys.stderr)
        return 1
    if args.dry_run:
        print("Proefimport (--dry-run): niets opgeslagen.")
        return 0
    import_id = commit(con, analysis, user=user)
    print(f"Import {import_id} opgeslagen in {args.db}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    args.db = args.db or imported_db_path()
    if not args.undo and not args.files:
        parser.error("geef een of meer bestanden, of --undo")
    missing = [str(p) for p in args.files if not p.is_file()]
    if missing:
        print(f"Bestand niet gevonden: {', '.join(missing)}", file=sys.stderr)
        return 2
    con = connect(args.db)
    try:
        if read_metadata(con, "dataset") == "demo":
            print(f"{args.db} bevat demodata; importeer in een eigen database (--db).", file=sys.stderr)
            return 2
        user = args.user or getpass.getuser()
        return _run_undo(con, user) if args.undo else _run_import(con, args, user)
    finally:
        con.close()


if __name__ == "__main__":
    raise SystemExit(main())
