"""The DuckDB store: one embedded database file, created and migrated on first use.

Migrations are numbered and recorded in ``schema_version``; running them again is a
no-op, so every start of the app can call :func:`migrate` safely.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import duckdb

from data.importing.spec import IMPORT_SCOPES
from data.indicators import INDICATORS
from data.reference import (
    DISCIPLINES,
    FUNDING_SOURCES,
    GEMEENTEN,
    KREISE,
    POPULATION_SOURCES,
    REFERENCE_POPULATION,
    STATUSES,
    TARGET_GROUPS,
    THEMES,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DB_ENV_VAR = "CULTUUR_DB"
IMPORT_DB_ENV_VAR = "CULTUUR_IMPORT_DB"


def default_db_path() -> Path:
    """The database file: ``$CULTUUR_DB`` if set, else a git-ignored file in ``.data/``."""
    configured = os.environ.get(DB_ENV_VAR)
    if configured:
        return Path(configured)
    return PROJECT_ROOT / ".data" / "cultuurdashboard.duckdb"


def imported_db_path() -> Path:
    """The store of imported data: ``$CULTUUR_IMPORT_DB``, else beside the demo store."""
    configured = os.environ.get(IMPORT_DB_ENV_VAR)
    if configured:
        return Path(configured)
    demo = default_db_path()
    return demo.with_name(f"{demo.stem}-import{demo.suffix}")


_PARTNER_TABLE = """
CREATE TABLE partner (
    id VARCHAR PRIMARY KEY,
    naam VARCHAR NOT NULL,
    land VARCHAR NOT NULL CHECK (land IN ('NL', 'DE')),
    plaats VARCHAR NOT NULL,
    lat DOUBLE,
    lon DOUBLE,
    kreis_code VARCHAR REFERENCES kreis(code),
    CHECK (land = 'NL' OR kreis_code IS NOT NULL)
);
"""

_SCHEMA_V1 = """
CREATE TABLE gemeente (
    code VARCHAR PRIMARY KEY,
    naam VARCHAR NOT NULL,
    inwoners_2015 INTEGER NOT NULL,
    oppervlakte_land_ha INTEGER NOT NULL
);
CREATE TABLE thema (code VARCHAR PRIMARY KEY, naam_nl VARCHAR NOT NULL, naam_en VARCHAR NOT NULL);
CREATE TABLE discipline (code VARCHAR PRIMARY KEY, naam_nl VARCHAR NOT NULL, naam_en VARCHAR NOT NULL);
CREATE TABLE doelgroep (code VARCHAR PRIMARY KEY, naam_nl VARCHAR NOT NULL, naam_en VARCHAR NOT NULL);
CREATE TABLE financieringsbron (code VARCHAR PRIMARY KEY, naam_nl VARCHAR NOT NULL, naam_en VARCHAR NOT NULL);
CREATE TABLE status (code VARCHAR PRIMARY KEY, naam_nl VARCHAR NOT NULL, naam_en VARCHAR NOT NULL);
CREATE TABLE indicator (code VARCHAR PRIMARY KEY, naam_nl VARCHAR NOT NULL, eenheid VARCHAR NOT NULL);
CREATE TABLE kreis (code VARCHAR PRIMARY KEY, naam VARCHAR NOT NULL);

CREATE TABLE indicator_waarde (
    gemeente_code VARCHAR NOT NULL,
    jaar INTEGER NOT NULL CHECK (jaar BETWEEN 1990 AND 2100),
    indicator VARCHAR NOT NULL REFERENCES indicator(code),
    groep VARCHAR NOT NULL DEFAULT 'totaal',
    waarde DOUBLE,
    bron VARCHAR,
    status VARCHAR NOT NULL DEFAULT 'definitief' CHECK (status IN ('voorlopig', 'definitief')),
    PRIMARY KEY (gemeente_code, jaar, indicator, groep)
);

CREATE TABLE initiatief (
    id VARCHAR PRIMARY KEY,
    naam VARCHAR NOT NULL,
    omschrijving VARCHAR,
    organisatie VARCHAR NOT NULL,
    thema VARCHAR NOT NULL REFERENCES thema(code),
    discipline VARCHAR NOT NULL REFERENCES discipline(code),
    status VARCHAR NOT NULL REFERENCES status(code),
    startjaar INTEGER NOT NULL,
    eindjaar INTEGER NOT NULL,
    budget DOUBLE NOT NULL CHECK (budget >= 0),
    bereik INTEGER NOT NULL CHECK (bereik >= 0),
    CHECK (eindjaar >= startjaar)
);
CREATE TABLE initiatief_gemeente (
    initiatief_id VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL REFERENCES gemeente(code),
    PRIMARY KEY (initiatief_id, gemeente_code)
);
CREATE TABLE initiatief_doelgroep (
    initiatief_id VARCHAR NOT NULL,
    doelgroep VARCHAR NOT NULL REFERENCES doelgroep(code),
    PRIMARY KEY (initiatief_id, doelgroep)
);
{partner}
CREATE TABLE initiatief_partner (
    initiatief_id VARCHAR NOT NULL,
    partner_id VARCHAR NOT NULL,
    PRIMARY KEY (initiatief_id, partner_id)
);
CREATE TABLE financiering (
    initiatief_id VARCHAR NOT NULL,
    bron VARCHAR NOT NULL REFERENCES financieringsbron(code),
    bedrag DOUBLE NOT NULL CHECK (bedrag >= 0),
    PRIMARY KEY (initiatief_id, bron)
);
CREATE TABLE metadata (sleutel VARCHAR PRIMARY KEY, waarde VARCHAR);

-- One row per initiative and year it runs; budget and reach are spread evenly
-- over those years so that yearly totals never count an initiative twice.
CREATE VIEW initiatief_jaar AS
WITH duits AS (
    SELECT DISTINCT ip.initiatief_id
    FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id
    WHERE p.land = 'DE'
), jaren AS (
    SELECT id, budget, bereik, eindjaar - startjaar + 1 AS looptijd,
           unnest(generate_series(startjaar, eindjaar)) AS jaar
    FROM initiatief
)
SELECT j.id AS initiatief_id,
       CAST(j.jaar AS INTEGER) AS jaar,
       j.budget / j.looptijd AS budget_jaar,
       j.bereik / j.looptijd AS bereik_jaar,
       d.initiatief_id IS NOT NULL AS grensoverschrijdend
FROM jaren j LEFT JOIN duits d ON d.initiatief_id = j.id;
""".replace("{partner}", _PARTNER_TABLE)


def _seed_reference(con: duckdb.DuckDBPyConnection) -> None:
    con.executemany(
        "INSERT INTO gemeente VALUES (?, ?, ?, ?)",
        [(g.code, g.naam, g.inwoners_2015, g.oppervlakte_land_ha) for g in GEMEENTEN],
    )
    for table, terms in (
        ("thema", THEMES),
        ("discipline", DISCIPLINES),
        ("doelgroep", TARGET_GROUPS),
        ("financieringsbron", FUNDING_SOURCES),
        ("status", STATUSES),
    ):
        con.executemany(
            f"INSERT INTO {table} VALUES (?, ?, ?)",  # noqa: S608 - table names are constants
            [(t.code, t.nl, t.en) for t in terms],
        )
    con.executemany(
        "INSERT INTO indicator VALUES (?, ?, ?)", [(i.code, i.name_nl, i.unit) for i in INDICATORS]
    )
    con.executemany("INSERT INTO kreis VALUES (?, ?)", [(k.gadm_code, k.naam) for k in KREISE])


def _migration_1(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(_SCHEMA_V1)
    _seed_reference(con)


# The fact tables of schema version 2; later migrations add their own undo tables.
_V2_FACT_TABLES = (
    "indicator_waarde",
    "initiatief",
    "partner",
    "initiatief_gemeente",
    "initiatief_doelgroep",
    "initiatief_partner",
    "financiering",
)


def _migration_2(con: duckdb.DuckDBPyConnection) -> None:
    """The import log, plus per fact table the rows each import replaced (for undo)."""
    con.execute(
        """CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            tijdstip TIMESTAMP NOT NULL,
            bestanden VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            rijen INTEGER NOT NULL,
            gebruiker VARCHAR,
            samenvatting VARCHAR,
            vorige_dataset VARCHAR,
            vorige_versie VARCHAR,
            ongedaan_op TIMESTAMP,
            ongedaan_door VARCHAR
        )"""
    )
    for table in _V2_FACT_TABLES:
        _undo_tables(con, table)


def _migration_3(con: duckdb.DuckDBPyConnection) -> None:
    """Participants from Germany, where an initiative reports them (#5: both sides of the border).

    ``bereik_duitsland`` is part of ``bereik``, NULL when unknown; the yearly view spreads
    it over the running years like the rest.  The undo copy of the table gets it too.
    """
    for table in ("initiatief", "import_oud_initiatief"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN bereik_duitsland INTEGER")
    con.execute(
        """CREATE OR REPLACE VIEW initiatief_jaar AS
        WITH duits AS (
            SELECT DISTINCT ip.initiatief_id
            FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id
            WHERE p.land = 'DE'
        ), jaren AS (
            SELECT id, budget, bereik, bereik_duitsland, eindjaar - startjaar + 1 AS looptijd,
                   unnest(generate_series(startjaar, eindjaar)) AS jaar
            FROM initiatief
        )
        SELECT j.id AS initiatief_id,
               CAST(j.jaar AS INTEGER) AS jaar,
               j.budget / j.looptijd AS budget_jaar,
               j.bereik / j.looptijd AS bereik_jaar,
               d.initiatief_id IS NOT NULL AS grensoverschrijdend,
               j.bereik_duitsland / j.looptijd AS bereik_duitsland_jaar
        FROM jaren j LEFT JOIN duits d ON d.initiatief_id = j.id"""
    )


def _undo_tables(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """The copies an import keeps of the rows it replaced, and of its scope (for undo)."""
    con.execute(
        f"CREATE TABLE import_oud_{table} AS "  # noqa: S608 - constant table names
        f"SELECT CAST(NULL AS INTEGER) AS import_id, * FROM {table} WHERE false"
    )
    con.execute(
        f"CREATE TABLE import_bereik_{table} AS "  # noqa: S608
        f"SELECT CAST(NULL AS INTEGER) AS import_id, {', '.join(IMPORT_SCOPES[table])} "
        f"FROM {table} WHERE false"
    )


def _migration_4(con: duckdb.DuckDBPyConnection) -> None:
    """German districts keyed by their official AGS (with NUTS3), and inhabitants per year (#14).

    The superseded GADM-based keys are mapped in ``partner`` and in the undo copies, so
    an old import still undoes exactly.  DuckDB cannot re-key a row that a foreign key
    points at inside one transaction, so ``kreis`` and ``partner`` are rebuilt.
    ``inwoners`` starts with the reference years (2015, 2024); the CBS fetch adds more.
    """
    mapping = (
        "CASE kreis_code "
        + " ".join(f"WHEN '{k.gadm_code}' THEN '{k.code}'" for k in KREISE)
        + " ELSE kreis_code END"
    )
    con.execute(f"CREATE TEMP TABLE _partner_ags AS SELECT * REPLACE ({mapping} AS kreis_code) FROM partner")  # noqa: S608
    con.execute(f"UPDATE import_oud_partner SET kreis_code = {mapping}")  # noqa: S608 - constants
    con.execute("DROP TABLE partner")
    con.execute("DROP TABLE kreis")
    con.execute(
        "CREATE TABLE kreis (code VARCHAR PRIMARY KEY, naam VARCHAR NOT NULL, nuts3 VARCHAR NOT NULL)"
    )
    con.executemany("INSERT INTO kreis VALUES (?, ?, ?)", [(k.code, k.naam, k.nuts3) for k in KREISE])
    con.execute(_PARTNER_TABLE)
    con.execute("INSERT INTO partner SELECT * FROM _partner_ags")
    con.execute("DROP TABLE _partner_ags")
    con.execute(
        """CREATE TABLE inwoners (
            gemeente_code VARCHAR NOT NULL REFERENCES gemeente(code),
            jaar INTEGER NOT NULL CHECK (jaar BETWEEN 1990 AND 2100),
            inwoners INTEGER NOT NULL CHECK (inwoners > 0),
            bron VARCHAR,
            status VARCHAR NOT NULL DEFAULT 'definitief' CHECK (status IN ('voorlopig', 'definitief')),
            PRIMARY KEY (gemeente_code, jaar)
        )"""
    )
    con.executemany(
        "INSERT INTO inwoners VALUES (?, ?, ?, ?, 'definitief')",
        [
            (code, year, count, POPULATION_SOURCES[year])
            for year, counts in REFERENCE_POPULATION.items()
            for code, count in counts.items()
        ],
    )
    _undo_tables(con, "inwoners")


def _migration_5(con: duckdb.DuckDBPyConnection) -> None:
    """Inspiring examples (#17): initiatives a moderator marked, each with a short story.

    Keyed by the initiative's id but without a foreign key: an import replaces
    initiatives (delete and insert), and an example whose initiative is gone is simply
    not shown (``data.cocreation.examples`` joins on the agenda).
    """
    con.execute(
        """CREATE TABLE voorbeeld (
            initiatief_id VARCHAR PRIMARY KEY,
            verhaal VARCHAR NOT NULL,
            gemarkeerd_door VARCHAR,
            gemarkeerd_op TIMESTAMP
        )"""
    )


MIGRATIONS: tuple[Callable[[duckdb.DuckDBPyConnection], None], ...] = (
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or exists[0] == 0:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the schema up to date, each migration in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = schema_version(con)
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            migration(con)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return schema_version(con)


# One import, undo or approval writes to a store at a time within this process: DuckDB's
# optimistic transactions would refuse the second of two at once (both take the next
# import number), and the user would see an error for a write that only had to wait.
WRITE_LOCK = threading.RLock()


def connect(path: Path | str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, when writable, migrate) the database file at ``path``."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        migrate(con)
    return con


# The ``dataset`` metadata: a store filled by data.demo, by imports, or by imports that
# left no year to show.
DEMO_DATASET = "demo"
DATASET_IMPORT = "import"
DATASET_EMPTY = "leeg"


def get_metadata(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    row = con.execute("SELECT waarde FROM metadata WHERE sleutel = ?", [key]).fetchone()
    return row[0] if row else None


def set_metadata(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO metadata VALUES (?, ?)", [key, value])


def is_demo(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the store holds generated demo data (the app then shows a banner)."""
    return get_metadata(con, "dataset") == DEMO_DATASET


def read_metadata(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    """Like :func:`get_metadata`, but fetches the whole result so the connection is free again."""
    rows = con.execute("SELECT waarde FROM metadata WHERE sleutel = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def holds_imported_data(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the store holds imported (not demo) data that the app can show.

    Which store a page reads (the import store when this holds, else the demo store) is
    decided from this and the two paths above; ``components`` asks here, not the importer.
    """
    return read_metadata(con, "dataset") == DATASET_IMPORT
