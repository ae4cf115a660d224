"""What an import would do, before anything is written: the checked rows, the problems, the preview.

:func:`analyse` reads uploaded files (large ones in :mod:`data.importing.worker`);
:func:`analyse_tables` takes tables fetched elsewhere (CBS), so every source is checked,
previewed, committed (:mod:`data.importing.commit`) and undone
(:mod:`data.importing.undo`) alike.  What each fact table is comes from
:mod:`data.importing.spec`; the SQL helpers here serve the preview and the commit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from data.importing.files import check_tables
from data.importing.issues import Issue
from data.importing.limits import max_upload_bytes
from data.importing.rows import Validation, table_frame
from data.importing.sheets import RawTable
from data.importing.spec import FACT_TABLES, FILE_COLUMN, TABLE_COLUMNS, FactTable
from data.importing.worker import check_uploads

Connection = duckdb.DuckDBPyConnection
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

    def scope_frame(self, spec: FactTable) -> pd.DataFrame:
        if spec.scope == spec.key:
            return self.new_frame(spec.name)[list(spec.key)].drop_duplicates()
        ids = sorted(self.validation.child_scope.get(spec.name, set()))
        return pd.DataFrame({"initiatief_id": pd.Series(ids, dtype="object")})

    def import_frame(self, spec: FactTable) -> pd.DataFrame:
        """The new rows as the SQL below needs them: per keepable column a ``_keep_`` flag.

        Rows marked ``_carry`` keep every such column and are stored only where a row
        with their key is stored already (a funding source the file leaves out).
        """
        keepable = spec.keepable
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


def sql_list(columns: Iterable[str], prefix: str = "") -> str:
    return ", ".join(f"{prefix}{c}" for c in columns)


def join_on(left: str, right: str, columns: Iterable[str]) -> str:
    return " AND ".join(f"{left}.{c} = {right}.{c}" for c in columns)


def effective_rows(spec: FactTable, stored: str) -> str:
    """SQL for the rows to store: the new rows, with the columns the file left out as ``stored`` has them.

    ``stored`` is a relation of the rows in scope as they are now.  A column absent from
    the file must leave the stored value alone, never blank it.
    """
    keepable = spec.keepable
    if not keepable:
        return f"SELECT {sql_list(spec.column_names)} FROM _import_nieuw"  # noqa: S608 - constant names
    values = ", ".join(
        f"CASE WHEN n._keep_{c} AND o._stored THEN o.{c} ELSE n.{c} END AS {c}" if c in keepable else f"n.{c}"
        for c in spec.column_names
    )
    return (
        f"SELECT {values} FROM _import_nieuw n "  # noqa: S608 - constant names
        f"LEFT JOIN (SELECT *, true AS _stored FROM {stored}) o ON {join_on('n', 'o', spec.key)} "
        "WHERE NOT (n._carry AND o._stored IS NULL)"
    )


def _preview_table(
    con: Connection, spec: FactTable, new: pd.DataFrame, scope: pd.DataFrame
) -> dict[str, Any]:
    values = [c for c in spec.column_names if c not in spec.key]
    differs = " OR ".join(f"n.{c} IS DISTINCT FROM o.{c}" for c in values) or "false"
    on = join_on("n", "o", spec.key)
    con.register("_import_nieuw", new)
    con.register("_import_bereik", scope)
    try:
        row = con.execute(
            f"""WITH oud AS (
                SELECT t.* FROM {spec.name} t JOIN _import_bereik s ON {join_on("t", "s", spec.scope)}),
            nieuw AS ({effective_rows(spec, "oud")})
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

    A large upload is read and checked in a worker process (:mod:`data.importing.worker`), so
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
