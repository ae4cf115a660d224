"""The store migrates once, records its version and keeps reference data intact."""

from pathlib import Path

import duckdb
import pytest

from data import store
from data.demo import GENERATOR_VERSION, build_demo_database, ensure_database
from data.store import SCHEMA_VERSION, connect, default_db_path, migrate, schema_version
from tests.conftest import INSERT_INITIATIVE


def test_new_database_gets_the_current_schema(tmp_path: Path):
    con = connect(tmp_path / "new.duckdb")
    assert schema_version(con) == SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM gemeente").fetchone()[0] == 14
    assert con.execute("SELECT count(*) FROM thema").fetchone()[0] == 3


def test_migrations_are_idempotent(tmp_path: Path):
    path = tmp_path / "twice.duckdb"
    connect(path).close()
    con = connect(path)
    assert migrate(con) == SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM gemeente").fetchone()[0] == 14


def test_a_store_from_before_german_participants_keeps_its_rows_and_gains_the_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "v2.duckdb"
    monkeypatch.setattr(store, "MIGRATIONS", store.MIGRATIONS[:2])
    old = connect(path)
    old.execute(INSERT_INITIATIVE + "('X','n','','o','grenzeloos','erfgoed','lopend',2023,2024,10,500)")
    old.close()
    monkeypatch.undo()
    con = connect(path)
    assert schema_version(con) == SCHEMA_VERSION == 5
    assert con.execute("SELECT bereik, bereik_duitsland FROM initiatief").fetchall() == [(500, None)]
    yearly = con.execute("SELECT jaar, bereik_jaar, bereik_duitsland_jaar FROM initiatief_jaar ORDER BY jaar")
    assert yearly.fetchall() == [(2023, 250.0, None), (2024, 250.0, None)]


def test_db_path_is_configurable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("CULTUUR_DB", str(tmp_path / "x.duckdb"))
    assert default_db_path() == tmp_path / "x.duckdb"
    monkeypatch.delenv("CULTUUR_DB")
    assert default_db_path().parent.name == ".data"


def test_ensure_database_builds_once_and_keeps_existing(tmp_path: Path):
    path = tmp_path / "app.duckdb"
    ensure_database(path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE metadata SET waarde = 'kept' WHERE sleutel = 'demo_seed'")
    con.close()
    ensure_database(path)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT waarde FROM metadata WHERE sleutel = 'demo_seed'").fetchone()[0] == "kept"


def test_no_partial_file_is_left_behind(tmp_path: Path):
    build_demo_database(tmp_path / "demo.duckdb", seed=3)
    assert [p.name for p in tmp_path.iterdir()] == ["demo.duckdb"]


def test_constraints_refuse_impossible_rows(tmp_path: Path):
    con = connect(tmp_path / "c.duckdb")
    with pytest.raises(duckdb.ConstraintException):
        con.execute(INSERT_INITIATIVE + "('X','n','','o','onbekend_thema','erfgoed','lopend',2023,2023,1,1)")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO partner VALUES ('D','Duitse partner','DE','Gronau',NULL,NULL,NULL)")


def test_an_outdated_scaled_demo_is_rebuilt_with_its_own_seed_and_scale(tmp_path: Path):
    """A 100x benchmark store must not come back at 1x after a generator change."""
    path = build_demo_database(tmp_path / "x2.duckdb", seed=7, scale=2)
    con = duckdb.connect(str(path))
    before = con.execute("SELECT count(*) FROM initiatief").fetchone()[0]
    con.execute("UPDATE metadata SET waarde = 'old' WHERE sleutel = 'demo_generator'")
    con.close()
    ensure_database(path)
    con = duckdb.connect(str(path), read_only=True)
    meta = dict(con.execute("SELECT sleutel, waarde FROM metadata").fetchall())
    assert (meta["demo_seed"], meta["demo_scale"], meta["demo_generator"]) == ("7", "2", GENERATOR_VERSION)
    assert con.execute("SELECT count(*) FROM initiatief").fetchone()[0] == before
    con.close()


def test_outdated_demo_database_is_rebuilt_but_imported_data_is_kept(tmp_path: Path):
    path = tmp_path / "app.duckdb"
    ensure_database(path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE metadata SET waarde = 'old' WHERE sleutel = 'demo_generator'")
    con.close()
    ensure_database(path)
    con = duckdb.connect(str(path))
    assert con.execute("SELECT waarde FROM metadata WHERE sleutel = 'demo_generator'").fetchone()[0] != "old"
    con.execute("UPDATE metadata SET waarde = 'geimporteerd' WHERE sleutel = 'dataset'")
    con.execute("UPDATE metadata SET waarde = 'old' WHERE sleutel = 'demo_generator'")
    con.close()
    ensure_database(path)
    con = duckdb.connect(str(path), read_only=True)
    assert (
        con.execute("SELECT waarde FROM metadata WHERE sleutel = 'dataset'").fetchone()[0] == "geimporteerd"
    )


STORES = Path(__file__).resolve().parents[2] / "fixtures" / "stores"


def _unpacked(name: str, tmp_path: Path) -> Path:
    import gzip
    import shutil

    target = tmp_path / name.removesuffix(".gz")
    with gzip.open(STORES / name, "rb") as packed, target.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return target


def test_a_demo_store_with_gadm_keys_is_migrated_to_official_keys_keeping_every_row(tmp_path: Path):
    path = _unpacked("schema3-demo.duckdb.gz", tmp_path)
    before = duckdb.connect(str(path), read_only=True)
    old_partners = before.execute("SELECT id, kreis_code FROM partner ORDER BY id").fetchall()
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("initiatief", "partner")}
    before.close()
    assert schema_version(duckdb.connect(str(path), read_only=True)) == 3
    assert {code for _, code in old_partners if code} >= {"DE-GADM-297", "DE-GADM-241"}

    con = connect(path)
    assert schema_version(con) == SCHEMA_VERSION
    assert {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
    new_partners = dict(con.execute("SELECT id, kreis_code FROM partner").fetchall())
    gadm_to_ags = {"DE-GADM-297": "05554", "DE-GADM-241": "03456", "DE-GADM-301": "05515"}
    for partner_id, old_code in old_partners:
        if old_code in gadm_to_ags:
            assert new_partners[partner_id] == gadm_to_ags[old_code]
    assert con.execute("SELECT count(*) FROM partner WHERE kreis_code LIKE 'DE-GADM%'").fetchone()[0] == 0
    kreise = con.execute("SELECT code, naam, nuts3 FROM kreis ORDER BY code").fetchall()
    assert kreise[0] == ("03404", "Osnabrück (kreisfreie Stadt)", "DE944")
    assert len(kreise) == 9
    # the cross-border view still joins the partners to their districts
    joined = con.execute(
        "SELECT count(*) FROM partner p JOIN kreis k ON k.code = p.kreis_code WHERE p.land = 'DE'"
    ).fetchone()[0]
    assert joined == sum(1 for _, code in old_partners if code)


def test_an_import_store_with_gadm_keys_migrates_and_its_imports_still_undo_exactly(tmp_path: Path):
    from data.importing.undo import undo_last_import

    con = connect(_unpacked("schema3-import.duckdb.gz", tmp_path))
    assert con.execute("SELECT id, naam, kreis_code FROM partner ORDER BY id").fetchall() == [
        ("P1", "Kulturbüro Gronau e.V.", "05554"),
        ("P2", "Theater Enschede", None),
        ("P3", "Museum Nordhorn", "03456"),
    ]
    assert undo_last_import(con, user="test") == 2
    assert con.execute("SELECT naam, kreis_code FROM partner WHERE id = 'P1'").fetchall() == [
        ("Kulturbüro Gronau", "05554")
    ]
    assert undo_last_import(con, user="test") == 1
    assert con.execute("SELECT count(*) FROM partner").fetchone()[0] == 0


def test_inhabitants_of_2015_and_2024_are_in_every_new_store(tmp_path: Path):
    con = connect(tmp_path / "new.duckdb")
    rows = con.execute(
        "SELECT jaar, count(*), sum(inwoners) FROM inwoners GROUP BY jaar ORDER BY jaar"
    ).fetchall()
    assert rows == [(2015, 14, 625_976), (2024, 14, 640_806)]
    assert con.execute(
        "SELECT inwoners, bron FROM inwoners WHERE gemeente_code = 'GM0153' AND jaar = 2024"
    ).fetchall() == [(161_738, "CBS StatLine 85984NED, 1-1-2024")]
