"""Undoing the last import, exactly: the store as it was before it, rows and metadata alike.

Also the import history and a sorted copy of every fact, to compare two states.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from data.importing.plan import join_on, sql_list
from data.importing.spec import FACT_TABLES
from data.store import WRITE_LOCK, read_metadata, set_metadata

Connection = duckdb.DuckDBPyConnection


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
    with WRITE_LOCK:  # the import to undo is chosen under the lock: two undos take back two imports
        import_id = last_import(con)
        if import_id is None:
            return None
        con.execute("BEGIN TRANSACTION")
        try:
            for spec in reversed(FACT_TABLES):
                columns = sql_list(spec.column_names)
                con.execute(
                    f"""DELETE FROM {spec.name} t USING import_bereik_{spec.name} s
                        WHERE s.import_id = ? AND {join_on("t", "s", spec.scope)}""",  # noqa: S608
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
            f"SELECT {sql_list(spec.column_names)} FROM {spec.name} ORDER BY {sql_list(spec.column_names)}"  # noqa: S608
        ).df()
        for spec in FACT_TABLES
    }


def store_state(con: Connection) -> str:
    """Changes with every import and undo; for caching an analysis against the store."""
    return f"{read_metadata(con, 'data_version')}/{last_import(con)}"
