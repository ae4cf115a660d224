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
import getpass
import hashlib
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from data.i18n import translate
from data.import_files import check_tables, read_csv, read_file, read_xlsx
from data.import_limits import (
    DEFAULT_MAX_MB,
    HEADER_SEARCH_ROWS,
    MAX_MB_ENV_VAR,
    MAX_ROWS,
    ImportFileError,
    max_upload_bytes,
)
from data.import_worker import check_uploads
from data.store import IMPORT_SCOPES, connect, default_db_path, set_metadata
from data.validation import (
    FILE_COLUMN,
    KEEPABLE,
    STORE_KEYS,
    TABLE_COLUMNS,
    Issue,
    RawTable,
    Validation,
    table_frame,
)

IMPORT_DB_ENV_VAR = "CULTUUR_IMPORT_DB"
DATASET_IMPORT = "import"
DATASET_EMPTY = "leeg"
Connection = duckdb.DuckDBPyConnection
# Reading lives in data.import_files and its bounds in data.import_limits; these names
# stay importable from here for the code and tests that use them.
__all__ = [
    "DEFAULT_MAX_MB",
    "HEADER_SEARCH_ROWS",
    "MAX_MB_ENV_VAR",
    "MAX_ROWS",
    "Analysis",
    "ImportFileError",
    "ImportRefusedError",
    "analyse",
    "analyse_tables",
    "commit",
    "max_upload_bytes",
    "read_csv",
    "read_file",
    "read_xlsx",
    "undo_last_import",
]


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


# --- Analysis -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    name: str
    key: tuple[str, ...]
    scope: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return TABLE_COLUMNS[self.name]


FACT_TABLES: tuple[TableSpec, ...] = tuple(
    TableSpec(name, STORE_KEYS[name], scope) for name, scope in IMPORT_SCOPES.items()
)
# Funding is replaced per initiative; the sources a file leaves out are carried over.
_KEEPABLE = {**KEEPABLE, "financiering": ("bedrag",)}
# The file columns in the order the preview names them.
_COLUMN_ORDER = [FILE_COLUMN.get(c, c) for columns in TABLE_COLUMNS.values() for c in columns] + [
    "gemeenten",
    "doelgroepen",
    "partners",
]


@dataclass
class Analysis:
    """What an import would do: the checked rows, the problems and the preview."""

    file_names: list[str]
    checksums: list[str]
    validation: Validation
    preview: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def issues(self) -> list[Issue]:
        """Errors first, each cause before the problems it caused, warnings after them."""
        return sorted(self.validation.issues, key=lambda i: i.report_order)

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

    def import_frame(self, spec: TableSpec) -> pd.DataFrame:
        """The new rows as the SQL below needs them: per keepable column a ``_keep_`` flag.

        Rows marked ``_carry`` keep every such column and are stored only where a row
        with their key is stored already (a funding source the file leaves out).
        """
        keepable = _KEEPABLE.get(spec.name)
        if not keepable:
            return self.new_frame(spec.name)
        frame = self.validation.flagged_frame(spec.name).copy()
        for column in keepable:
            if f"_keep_{column}" not in frame:
                frame[f"_keep_{column}"] = pd.Series([False] * len(frame), dtype="bool")
        frame["_carry"] = pd.Series([False] * len(frame), dtype="bool")
        carried = self.validation.carry.get(spec.name)
        if carried:
            extra = table_frame(spec.name, carried)
            for column in keepable:
                extra[f"_keep_{column}"] = True
            extra["_carry"] = True
            frame = pd.concat([frame, extra], ignore_index=True)
        return frame


def _sql_list(columns: Iterable[str], prefix: str = "") -> str:
    return ", ".join(f"{prefix}{c}" for c in columns)


def _join(left: str, right: str, columns: Iterable[str]) -> str:
    return " AND ".join(f"{left}.{c} = {right}.{c}" for c in columns)


def _effective_rows(spec: TableSpec, stored: str) -> str:
    """SQL for the rows to store: the new rows, with the columns the file left out as ``stored`` has them.

    ``stored`` is a relation of the rows in scope as they are now.  A column absent from
    the file must leave the stored value alone, never blank it.
    """
    keepable = _KEEPABLE.get(spec.name)
    if not keepable:
        return f"SELECT {_sql_list(spec.columns)} FROM _import_nieuw"  # noqa: S608 - constant names
    values = ", ".join(
        f"CASE WHEN n._keep_{c} AND o._stored THEN o.{c} ELSE n.{c} END AS {c}" if c in keepable else f"n.{c}"
        for c in spec.columns
    )
    return (
        f"SELECT {values} FROM _import_nieuw n "  # noqa: S608 - constant names
        f"LEFT JOIN (SELECT *, true AS _stored FROM {stored}) o ON {_join('n', 'o', spec.key)} "
        "WHERE NOT (n._carry AND o._stored IS NULL)"
    )


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
                SELECT t.* FROM {spec.name} t JOIN _import_bereik s ON {_join("t", "s", spec.scope)}),
            nieuw AS ({_effective_rows(spec, "oud")})
            SELECT (SELECT count(*) FROM nieuw n WHERE NOT EXISTS (SELECT 1 FROM oud o WHERE {on})),
                   (SELECT count(*) FROM nieuw n JOIN oud o ON {on} WHERE {differs}),
                   (SELECT count(*) FROM nieuw n JOIN oud o ON {on} WHERE NOT ({differs})),
                   (SELECT count(*) FROM oud o WHERE NOT EXISTS (SELECT 1 FROM nieuw n WHERE {on}))
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


def _column_names(columns: set[str]) -> str:
    def order(column: str) -> tuple[int, str]:
        return (_COLUMN_ORDER.index(column) if column in _COLUMN_ORDER else len(_COLUMN_ORDER), column)

    return ", ".join(sorted(columns, key=order))


def preview(con: Connection, analysis: Analysis) -> pd.DataFrame:
    """Rows new, updated, unchanged and removed per table, as the store stands now.

    ``overschreven`` names the file columns whose values replace the stored ones,
    ``behouden`` those the file does not have, whose stored values stay as they are.
    """
    rows = []
    for spec in FACT_TABLES:
        row = _preview_table(con, spec, analysis.import_frame(spec), analysis.scope_frame(spec))
        written = analysis.validation.written.get(spec.name, set())
        kept = analysis.validation.kept.get(spec.name, set())
        rows.append({**row, "overschreven": _column_names(written), "behouden": _column_names(kept)})
    return pd.DataFrame(rows)


def _known_partner_ids(con: Connection) -> list[str]:
    return [r[0] for r in con.execute("SELECT id FROM partner").fetchall()]


def analyse(con: Connection, files: Sequence[tuple[str, bytes]], *, max_bytes: int | None = None) -> Analysis:
    """Read and check ``files`` (name, content) against the store; nothing is written.

    A large upload is read and checked in a worker process (:mod:`data.import_worker`), so
    parsing it neither holds the server's other sessions up nor leaves its memory behind.
    """
    limit = max_upload_bytes() if max_bytes is None else max_bytes
    validation = check_uploads(list(files), limit, _known_partner_ids(con))
    return _finish(
        con,
        file_names=[name for name, _ in files],
        checksums=[hashlib.sha256(content).hexdigest() for _, content in files],
        validation=validation,
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
    and undone exactly like an uploaded file.  An import without a single data row is an
    error: storing it would log an import that changed nothing.
    """
    validation = check_tables(tables, _known_partner_ids(con), file_issues)
    return _finish(con, file_names=file_names, checksums=checksums, validation=validation)


def _finish(
    con: Connection, *, file_names: list[str], checksums: list[str], validation: Validation
) -> Analysis:
    analysis = Analysis(file_names=file_names, checksums=checksums, validation=validation)
    if not analysis.has_errors:
        analysis.preview = preview(con, analysis)
    return analysis


# --- Commit and undo ------------------------------------------------------------------------


class ImportRefusedError(Exception):
    """An import that must not be written (errors, no data, or a demo store as target)."""


def _apply_table(
    con: Connection, import_id: int, spec: TableSpec, new: pd.DataFrame, scope: pd.DataFrame
) -> None:
    """Keep the rows in scope for undo, then replace them by the new rows (see :func:`_effective_rows`)."""
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
        # The undo copy just made is the stored state that kept columns are taken from.
        stored = f"(SELECT * FROM import_oud_{spec.name} WHERE import_id = {int(import_id)}) AS bewaard"  # noqa: S608 - constant names, an int
        con.execute(f"DELETE FROM {spec.name} t USING _import_bereik s WHERE {_join('t', 's', spec.scope)}")  # noqa: S608
        con.execute(f"INSERT INTO {spec.name} ({columns}) {_effective_rows(spec, stored)}")
    finally:
        con.unregister("_import_nieuw")
        con.unregister("_import_bereik")


def commit(con: Connection, analysis: Analysis, *, user: str | None = None) -> int:
    """Store the analysed rows in one transaction and record the import; returns its number."""
    if analysis.has_errors:
        raise ImportRefusedError("the file has errors")
    if analysis.validation.rows_read == 0:
        raise ImportRefusedError("the import holds no data")
    if read_metadata(con, "dataset") == "demo":
        raise ImportRefusedError("the target store holds demo data")
    con.execute("BEGIN TRANSACTION")
    try:
        import_id = int(con.execute("SELECT coalesce(max(id), 0) + 1 FROM import_log").fetchall()[0][0])
        previous = (read_metadata(con, "dataset"), read_metadata(con, "data_version"))
        for spec in FACT_TABLES:
            _apply_table(con, import_id, spec, analysis.import_frame(spec), analysis.scope_frame(spec))
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
        lines.append(
            analysis.preview[["tabel", "nieuw", "gewijzigd", "ongewijzigd", "verwijderd"]].to_string(
                index=False
            )
        )
        for row in analysis.preview.itertuples():
            if row.behouden:
                lines.append(
                    translate(
                        "beheer.report.kept",
                        lang,
                        table=row.tabel,
                        kept=row.behouden,
                        written=row.overschreven or "–",
                    )
                )
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
