"""Storing an analysed import: all rows or none, in one transaction, recorded for undo.

Per fact table (:mod:`data.importing.spec`) the rows in the import's scope are copied
to the table's undo copies (``import_oud_*``, ``import_bereik_*``) first, then replaced.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from data.importing.plan import Analysis, effective_rows, join_on, sql_list
from data.importing.spec import FACT_TABLES, FactTable
from data.store import DATASET_EMPTY, DATASET_IMPORT, WRITE_LOCK, read_metadata, set_metadata

Connection = duckdb.DuckDBPyConnection


class ImportRefusedError(Exception):
    """An import that must not be written (errors, no data, or a demo store as target)."""


def _apply_table(
    con: Connection, import_id: int, spec: FactTable, new: pd.DataFrame, scope: pd.DataFrame
) -> None:
    """Keep the rows in scope for undo, then replace them by the new rows (see :func:`_effective_rows`)."""
    columns = sql_list(spec.column_names)
    con.register("_import_nieuw", new)
    con.register("_import_bereik", scope)
    try:
        con.execute(
            f"INSERT INTO import_bereik_{spec.name} "  # noqa: S608 - constant names
            f"SELECT DISTINCT ?, {sql_list(spec.scope)} FROM _import_bereik",
            [import_id],
        )
        con.execute(
            f"""INSERT INTO import_oud_{spec.name} (import_id, {columns})
                SELECT ?, {sql_list(spec.column_names, "t.")} FROM {spec.name} t
                JOIN _import_bereik s ON {join_on("t", "s", spec.scope)}""",  # noqa: S608
            [import_id],
        )
        # The undo copy just made is the stored state that kept columns are taken from.
        stored = f"(SELECT * FROM import_oud_{spec.name} WHERE import_id = {int(import_id)}) AS bewaard"  # noqa: S608 - constant names, an int
        con.execute(f"DELETE FROM {spec.name} t USING _import_bereik s WHERE {join_on('t', 's', spec.scope)}")  # noqa: S608
        con.execute(f"INSERT INTO {spec.name} ({columns}) {effective_rows(spec, stored)}")
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
    with WRITE_LOCK:
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
