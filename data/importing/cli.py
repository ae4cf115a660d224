"""Importing partners' CSV and Excel files into the store from the command line.

    python -m data.importing.cli FILE [FILE ...] [--dry-run] [--db PATH] [--user NAME]
    python -m data.importing.cli --undo [--db PATH]

Imported data lives in its own database file (:func:`data.store.imported_db_path`), next
to the demo store, so the app can switch between the two.  Every import is one
transaction; it is recorded in ``import_log`` together with the rows it replaced, so the
last import can be undone to exactly the state before it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

import duckdb

from data.importing.commit import commit
from data.importing.plan import analyse
from data.importing.report import format_report
from data.importing.undo import undo_last_import
from data.store import DEMO_DATASET, connect, imported_db_path, read_metadata

Connection = duckdb.DuckDBPyConnection


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m data.importing.cli",
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
        if read_metadata(con, "dataset") == DEMO_DATASET:
            print(f"{args.db} bevat demodata; importeer in een eigen database (--db).", file=sys.stderr)
            return 2
        user = args.user or getpass.getuser()
        return _run_undo(con, user) if args.undo else _run_import(con, args, user)
    finally:
        con.close()


if __name__ == "__main__":
    raise SystemExit(main())
