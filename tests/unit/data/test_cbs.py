"""The CBS StatLine connector against a local fake of the OData v3 API (there is no internet here).

The fake (``tests/cbs_fake_server.py``) answers from the real CBS files in
``tests/fixtures/cbs``; every expected value below is read from those fixture tables, never
computed by ``data.cbs`` itself.
"""

from __future__ import annotations

import copy
import hashlib
import re
import socket
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pytest

from data import cbs
from data.cbs import CbsError, analyse_fetch, fetch_all
from data.i18n import ALL_LANGUAGES, TEXTS
from data.importing.commit import commit
from data.importing.undo import fact_tables, undo_last_import
from data.reference import GEMEENTE_CODES
from data.store import connect, set_metadata
from tests.cbs_fake_server import (
    FIXTURES,
    IV3_WITHOUT_FIGURES,
    NULL_IN_70072NED,
    NULL_IN_80305NED,
    FakeCbs,
    build_tables,
    untyped_80305ned,
)
from tests.conftest import build_small_database

TODAY = date(2026, 12, 1)
PAGE_SIZE = 50
_TABLES = build_tables()


@pytest.fixture
def fake() -> Iterator[FakeCbs]:
    with FakeCbs(page_size=PAGE_SIZE, tables=copy.deepcopy(_TABLES)) as server:
        yield server


def fetch(fake: FakeCbs, **kwargs: object) -> cbs.CbsFetch:
    return fetch_all(fake.base_url, today=TODAY, timeout=5, **kwargs)


def rows_of(result: cbs.CbsFetch, source: str) -> list[dict]:
    return [cells for table in result.tables if table.source == source for _, cells in table.rows]


def value(result: cbs.CbsFetch, code: str, year: int, indicator: str) -> dict:
    found = [
        cells
        for table in result.tables
        for _, cells in table.rows
        if cells.get("indicator") == indicator and cells["gemeente"] == code and cells["jaar"] == year
    ]
    assert len(found) == 1, (code, year, indicator, found)
    return found[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store of imported data with some facts in it already (the small test store)."""
    return build_small_database(tmp_path / "import.duckdb")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- What is fetched ----------------------------------------------------------------------------


def test_pages_are_followed_through_next_link(fake: FakeCbs):
    twente_rows = [r for r in fake.iter_rows("80305NED") if r["RegioS"].strip() in GEMEENTE_CODES]
    assert len(twente_rows) > 3 * PAGE_SIZE  # the fixture needs several pages

    result = fetch(fake)

    pages = [r for r in fake.requests if "80305NED/TypedDataSet" in r]
    assert len(pages) == -(-len(twente_rows) // PAGE_SIZE)
    assert any("$skip=150" in r for r in pages)
    fetched = {(c["gemeente"], c["jaar"]) for c in rows_of(result, "CBS StatLine 80305NED")}
    assert fetched == {(r["RegioS"].strip(), int(r["Perioden"][:4])) for r in twente_rows}


def test_only_the_14_municipalities_and_the_needed_columns_are_asked_for(fake: FakeCbs):
    fetch(fake)

    typed = next(r for r in fake.requests if "80305NED/TypedDataSet" in r)
    assert "startswith(RegioS,'GM0153')" in typed
    select = re.search(r"\$select=([^&]+)", typed).group(1).split(",")
    assert select == [
        "RegioS",
        "Perioden",
        "AfstandTotBibliotheek_103",
        "AfstandTotMuseum_106",
        "AfstandTotPodiumkunstenTotaal_110",
        "AfstandTotBioscoop_115",
        "Binnen10Km_108",
    ]


def test_a_changed_numeric_suffix_is_still_matched(fake: FakeCbs):
    result = fetch(fake)

    # 80305NED calls the library column AfstandTotBibliotheek_103, its successors _92.
    old = fake.row("80305NED", "GM0153", Perioden="2015JJ00")
    new = fake.row("84718NED", "GM0153")
    assert value(result, "GM0153", 2015, "afstand_bibliotheek")["waarde"] == old["AfstandTotBibliotheek_103"]
    assert value(result, "GM0153", 2019, "afstand_bibliotheek")["waarde"] == new["AfstandTotBibliotheek_92"]
    assert (
        value(result, "GM0153", 2019, "afstand_podiumkunsten")["waarde"]
        == new["AfstandTotPodiumkunstenTotaal_99"]
    )
    assert (
        value(result, "GM0153", 2024, "afstand_bioscoop")["waarde"]
        == fake.row("86134NED", "GM0153")["AfstandTotBioscoop_104"]
    )


def test_museums_within_10_km_come_from_the_museum_group(fake: FakeCbs):
    result = fetch(fake)

    row = fake.row("80305NED", "GM0164", Perioden="2013JJ00")
    others = {k: v for k, v in row.items() if k.startswith("Binnen10Km_") and k != "Binnen10Km_108"}
    assert row["Binnen10Km_108"] not in others.values()  # the fixture tells them apart
    assert value(result, "GM0164", 2013, "musea_binnen_10km")["waarde"] == row["Binnen10Km_108"]
    successor = fake.row("84718NED", "GM0164")
    assert successor["Binnen10Km_30"] != successor["Binnen10Km_97"]  # the warehouse's comes first
    assert value(result, "GM0164", 2019, "musea_binnen_10km")["waarde"] == successor["Binnen10Km_97"]


def test_a_cbs_dot_or_null_is_a_missing_value_never_zero(fake: FakeCbs, store: Path):
    _header, province = untyped_80305ned()
    assert province[2]["AfstandTotMuseum_106"].strip() == "."  # the real export: 2008 unknown
    assert cbs.cbs_number(province[2]["AfstandTotMuseum_106"], table="80305NED", column="x") is None
    assert cbs.cbs_number(province[0]["AfstandTotBibliotheek_103"], table="80305NED", column="x") == 1.7
    code, year, key = NULL_IN_80305NED
    assert fake.row("80305NED", code, Perioden=f"{year}JJ00")[key] is None

    result = fetch(fake)
    con = connect(store)
    analysis = analyse_fetch(con, result)
    commit(con, analysis, user="test")

    empty = [i for i in analysis.validation.warnings if i.code == "empty_value"]
    assert empty, "the importer warns about values CBS does not have"
    stored = con.execute(
        "SELECT waarde FROM indicator_waarde WHERE gemeente_code = ? AND jaar = ? AND indicator = ?",
        [code, year, "afstand_bioscoop"],
    ).fetchall()
    assert stored == [(None,)]
    zeros = con.execute(
        "SELECT count(*) FROM indicator_waarde WHERE bron LIKE 'CBS%' AND waarde = 0"
    ).fetchall()
    assert zeros == [(0,)]
    con.close()


def test_padded_region_codes_are_stripped(fake: FakeCbs):
    assert fake.row("84718NED", "GM0141")["WijkenEnBuurten"] == "GM0141    "
    assert (
        fake.row("45063NED", "GM0141", TaakveldBalanspost="5.3", Categorie="L1.1", Verslagsoort="2023X005")[
            "Gemeenten"
        ]
        == "GM0141   "
    )

    result = fetch(fake)

    codes = {cells["gemeente"] for table in result.tables for _, cells in table.rows}
    assert codes == set(GEMEENTE_CODES)  # no padding, no wijk, buurt, Zwolle or province


def test_status_comes_from_cbs(fake: FakeCbs):
    result = fetch(fake)

    # 80305NED's Perioden: 2018 is 'Voorlopig' in the fixture, 2017 'Definitief'.
    perioden = {p["Key"]: p["Status"] for p in fake.tables["80305NED"].perioden}
    assert (perioden["2017JJ00"], perioden["2018JJ00"]) == ("Definitief", "Voorlopig")
    assert value(result, "GM0153", 2017, "afstand_museum")["status"] == "definitief"
    assert value(result, "GM0153", 2018, "afstand_museum")["status"] == "voorlopig"
    # A single-year table states it in its TableInfos: 86134NED 'Voorlopig', 84718NED 'Definitief'.
    assert "Voorlopig" in fake.tables["86134NED"].table_infos[0]["ShortDescription"]
    assert value(result, "GM0153", 2024, "afstand_museum")["status"] == "voorlopig"
    assert value(result, "GM0153", 2019, "afstand_museum")["status"] == "definitief"
    population = {(c["gemeente"], c["jaar"]): c["status"] for c in rows_of(result, "CBS StatLine 70072NED")}
    assert population[("GM0153", 2025)] == "voorlopig"
    assert population[("GM0153", 2024)] == "definitief"


def test_each_value_names_its_table_and_the_day_it_was_fetched(fake: FakeCbs):
    result = fetch(fake)

    assert (
        value(result, "GM0168", 2012, "afstand_bioscoop")["bron"]
        == "CBS StatLine 80305NED (opgehaald 2026-12-01)"
    )
    assert (
        value(result, "GM0168", 2019, "afstand_bioscoop")["bron"]
        == "CBS StatLine 84718NED (opgehaald 2026-12-01)"
    )
    iv3 = value(result, "GM0168", 2024, "cultuuruitgaven")["bron"]
    assert "45067NED" in iv3
    assert "70072NED" in iv3
    assert "2026-12-01" in iv3


def test_a_year_in_two_tables_is_taken_from_the_first(fake: FakeCbs):
    result = fetch(fake)

    # 84463NED (2018) repeats a year of the series 80305NED: the series is kept.
    assert (
        value(result, "GM0173", 2018, "afstand_museum")["waarde"]
        == fake.row("80305NED", "GM0173", Perioden="2018JJ00")["AfstandTotMuseum_106"]
    )
    assert rows_of(result, "CBS StatLine 84463NED") == []
    assert "84463NED" in cbs.fetch_report(result)


def test_inhabitants_per_year_become_the_inwoners_import(fake: FakeCbs):
    result = fetch(fake)

    population = {(c["gemeente"], c["jaar"]): c["inwoners"] for c in rows_of(result, "CBS StatLine 70072NED")}
    real_2024 = (FIXTURES / "twente_kerncijfers_2024.csv").read_text(encoding="utf-8")
    assert "GM0153,Enschede,2024-01-01,161738," in real_2024
    assert population[("GM0153", 2024)] == 161738
    assert NULL_IN_70072NED not in population  # no figure, no row (inwoners is required)
    assert len(population) == sum(
        1
        for r in fake.iter_rows("70072NED")
        if r["RegioS"].strip() in GEMEENTE_CODES and r["TotaleBevolking_1"]
    )
    table = next(t for t in result.tables if t.source == "CBS StatLine 70072NED")
    assert table.kind == "inwoners"


def _culture_lasten(fake: FakeCbs, table: str, code: str, year: int) -> float:
    total = 0.0
    for row in fake.iter_rows(table):
        if (
            row["Gemeenten"].strip() == code
            and row["Verslagsoort"] == f"{year}X005"
            and row["TaakveldBalanspost"].strip() in ("5.3", "5.4", "5.5", "5.6")
            and row["Categorie"].startswith("L")
        ):
            amount = row["k_2ePlaatsing_2"] if row["k_2ePlaatsing_2"] is not None else row["k_1ePlaatsing_1"]
            total += amount
    return total


def test_culture_spending_is_iv3_lasten_5_3_to_5_6_per_inhabitant(fake: FakeCbs):
    result = fetch(fake)

    for table, year in (("45063NED", 2023), ("45067NED", 2024)):
        inhabitants = fake.row("70072NED", "GM0147", Perioden=f"{year}JJ00")["TotaleBevolking_1"]
        expected = round(_culture_lasten(fake, table, "GM0147", year) * 1000 / inhabitants, 2)
        assert value(result, "GM0147", year, "cultuuruitgaven")["waarde"] == expected
    code, year = IV3_WITHOUT_FIGURES
    assert value(result, code, year, "cultuuruitgaven")["waarde"] is None
    report = cbs.fetch_report(result)
    assert "45071NED" in report
    assert "45078NED" in report


def test_the_checksum_changes_with_the_figures_only(fake: FakeCbs):
    first, second = fetch(fake), fetch(fake)
    assert first.checksum == second.checksum
    fake.tables["80305NED"].rows[0]["AfstandTotMuseum_106"] = 99.9
    assert fetch(fake).checksum != first.checksum


def test_the_base_url_comes_from_the_environment(fake: FakeCbs, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("CULTUUR_CBS_URL", raising=False)
    monkeypatch.delenv("CULTUUR_CBS_IV3_URL", raising=False)
    assert cbs.resolve_base_urls() == (cbs.DEFAULT_BASE_URL, cbs.DEFAULT_IV3_BASE_URL)
    monkeypatch.setenv("CULTUUR_CBS_URL", fake.base_url)
    assert cbs.resolve_base_urls() == (fake.base_url, fake.base_url)

    result = fetch_all(today=TODAY, timeout=5)

    assert result.base_url == fake.base_url
    assert result.rows > 0


# --- Errors: one CbsError in Dutch, and nothing changed ---------------------------------------------


def test_an_error_halfway_through_paging_changes_nothing(fake: FakeCbs, store: Path, capsys):
    before = sha256(store)
    fake.fail_at("80305NED/TypedDataSet", after=2)  # the third of four pages fails

    with pytest.raises(CbsError) as raised:
        fetch(fake)
    assert raised.value.code == "http"
    assert "foutcode 500" in str(raised.value)
    assert str(raised.value).endswith("Er is niets gewijzigd.")

    fake.reset()
    fake.fail_at("80305NED/TypedDataSet", after=2)
    assert cbs.main(["--base-url", fake.base_url, "--db", str(store), "--timeout", "5"]) == 2

    pages = [r for r in fake.requests if "80305NED/TypedDataSet" in r]
    assert len(pages) == 3
    assert "$skip=100" in pages[-1]
    assert "Er is niets gewijzigd." in capsys.readouterr().err
    assert sha256(store) == before


def test_connection_refused_is_a_dutch_cbs_error():
    url = f"http://127.0.0.1:{free_port()}/ODataApi/odata"
    with pytest.raises(CbsError) as raised:
        fetch_all(url, timeout=5)
    assert raised.value.code == "refused"
    assert str(raised.value) == (
        f"CBS is niet bereikbaar op {url}: de verbinding werd geweigerd. Er is niets gewijzigd."
    )


def test_an_unknown_host_is_a_dutch_cbs_error():
    with pytest.raises(CbsError) as raised:
        fetch_all("http://cbs.invalid/ODataApi/odata", timeout=5)
    assert raised.value.code == "dns"
    assert "(cbs.invalid) is niet gevonden" in str(raised.value)


def test_a_server_that_does_not_answer_times_out(fake: FakeCbs):
    fake.hang("TypedDataSet")
    start = time.monotonic()
    with pytest.raises(CbsError) as raised:
        fetch_all(fake.base_url, timeout=0.5)
    assert time.monotonic() - start < 5
    assert raised.value.code == "timeout"
    assert "gaf binnen 0.5 seconden geen antwoord" in str(raised.value)


@pytest.mark.parametrize(
    ("misbehave", "code", "dutch"),
    [
        (lambda f: f.fail_at("70072NED/Perioden", status=503), "http", "foutcode 503"),
        (lambda f: f.garbage_at("84718NED/DataProperties"), "invalid_json", "geen leesbare JSON"),
        (lambda f: setattr(f, "next_link_host", "cbs.example.org"), "foreign_link", "andere server"),
        (lambda f: f.fail_after(10), "http", "foutcode 500"),
    ],
)
def test_a_misbehaving_server_is_a_dutch_cbs_error(fake: FakeCbs, misbehave, code: str, dutch: str):
    misbehave(fake)
    with pytest.raises(CbsError) as raised:
        fetch(fake)
    assert raised.value.code == code
    assert dutch in str(raised.value)
    assert str(raised.value).endswith("Er is niets gewijzigd.")


def test_a_foreign_next_link_is_never_followed(fake: FakeCbs):
    fake.next_link_host = "cbs.example.org"
    with pytest.raises(CbsError):
        fetch(fake)
    assert not any("cbs.example.org" in r for r in fake.requests)


def test_a_redirect_is_followed_on_the_same_host_only(fake: FakeCbs):
    same_host = fake.base_url.replace("/odata", "/OData")  # the spelling of CBS's own links
    fake.redirect_at("/odata/70072NED/DataProperties", f"{same_host}/70072NED/DataProperties?$format=json")
    assert fetch(fake).rows > 0
    assert any(r.startswith("/ODataApi/OData/70072NED/DataProperties") for r in fake.requests)

    fake.reset()
    fake.redirect_at(
        "70072NED/DataProperties", "http://cbs.example.org/ODataApi/odata/70072NED/DataProperties"
    )
    with pytest.raises(CbsError) as raised:
        fetch(fake)
    assert raised.value.code == "foreign_link"
    assert "andere server (cbs.example.org)" in str(raised.value)


@pytest.mark.parametrize(
    ("limit", "size", "page_size", "code", "dutch"),
    [
        ("MAX_PAGES", 2, PAGE_SIZE, "too_many_pages", "meer dan 2 pagina's"),
        ("MAX_ROWS", 120, 10_000, "too_many_rows", "meer dan 120 rijen"),
        ("MAX_RESPONSE_BYTES", 10 * 1024, 10_000, "too_large", "groter dan 10 kB"),
    ],
)
def test_what_a_server_can_make_us_read_is_capped(
    fake: FakeCbs,
    monkeypatch: pytest.MonkeyPatch,
    limit: str,
    size: int,
    page_size: int,
    code: str,
    dutch: str,
):
    fake.page_size = page_size
    monkeypatch.setattr(cbs, limit, size)
    with pytest.raises(CbsError) as raised:
        fetch(fake)
    assert raised.value.code == code
    assert dutch in str(raised.value)


def test_a_missing_expected_column_is_a_cbs_error(fake: FakeCbs):
    properties = fake.tables["84718NED"].data_properties
    properties[:] = [p for p in properties if not p["Key"].startswith("AfstandTotMuseum")]
    with pytest.raises(CbsError) as raised:
        fetch(fake)
    assert raised.value.code == "missing_columns"
    assert "84718NED" in str(raised.value)
    assert "AfstandTotMuseum" in str(raised.value)


def test_an_unpublished_yearly_table_is_skipped_but_a_required_one_is_an_error(fake: FakeCbs):
    assert "84334NED" not in fake.tables
    report = cbs.fetch_report(fetch(fake))
    assert "84334NED (nabijheid voorzieningen): niet gevonden bij CBS" in report

    del fake.tables["70072NED"]
    with pytest.raises(CbsError) as raised:
        fetch(fake)
    assert raised.value.code == "http"
    assert "foutcode 404" in str(raised.value)


def test_every_error_has_a_text_in_every_language():
    source = Path(cbs.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'CbsError\(\s*"(\w+)"', source))
    assert {"refused", "timeout", "http", "invalid_json", "missing_columns", "foreign_link"} <= codes
    for key in [f"cbs.error.{code}" for code in codes] + ["cbs.error.nothing_changed"]:
        assert set(TEXTS[key]) == set(ALL_LANGUAGES), key


# --- Import, dry run and undo -----------------------------------------------------------------------


def test_the_dry_run_prints_what_it_would_import_and_stores_nothing(fake: FakeCbs, store: Path, capsys):
    before = sha256(store)

    assert cbs.main(["--dry-run", "--base-url", fake.base_url, "--db", str(store)]) == 0

    out = capsys.readouterr().out
    twente_80305 = sum(1 for r in fake.iter_rows("80305NED") if r["RegioS"].strip() in GEMEENTE_CODES)
    assert f"afstand_museum: {twente_80305} rijen te importeren" in out
    assert "kolom AfstandTotMuseum_106" in out
    assert "kolom AfstandTotMuseum_95" in out
    assert "cultuuruitgaven: 14 rijen te importeren" in out
    assert "indicator_waarde" in out
    assert "inwoners" in out
    assert "Proefimport (--dry-run): niets opgeslagen." in out
    assert sha256(store) == before


def test_an_import_is_logged_and_its_undo_restores_the_previous_state(fake: FakeCbs, store: Path):
    con = connect(store)
    con.execute(
        "INSERT INTO indicator_waarde VALUES ('GM0153', 2016, 'afstand_museum', 'totaal', 9.9, 'handmatig', "
        "'voorlopig')"
    )
    before = fact_tables(con)

    result = fetch(fake)
    analysis = analyse_fetch(con, result)
    assert not analysis.has_errors
    import_id = commit(con, analysis, user="beleidsmedewerker")

    log = con.execute(
        "SELECT bestanden, sha256, gebruiker FROM import_log WHERE id = ?", [import_id]
    ).fetchall()
    assert log == [(", ".join(result.file_names), result.checksum, "beleidsmedewerker")]
    assert "CBS StatLine 80305NED" in log[0][0]
    museum = fake.row("80305NED", "GM0153", Perioden="2016JJ00")["AfstandTotMuseum_106"]
    stored = con.execute(
        "SELECT waarde, bron FROM indicator_waarde WHERE gemeente_code = 'GM0153' AND jaar = 2016 "
        "AND indicator = 'afstand_museum'"
    ).fetchall()
    assert stored == [(museum, "CBS StatLine 80305NED (opgehaald 2026-12-01)")]
    inhabitants = con.execute(
        "SELECT inwoners FROM inwoners WHERE gemeente_code = 'GM0153' AND jaar = 2024"
    ).fetchall()
    assert inhabitants == [(161738,)]

    assert undo_last_import(con, user="beleidsmedewerker") == import_id
    after = fact_tables(con)
    assert after.keys() == before.keys()
    for name, frame in before.items():
        assert after[name].equals(frame), name
    con.close()


def test_the_command_line_imports_and_says_so(fake: FakeCbs, store: Path, capsys):
    assert cbs.main(["--base-url", fake.base_url, "--db", str(store), "--user", "test"]) == 0
    assert "Import 1 opgeslagen in" in capsys.readouterr().out
    con = duckdb.connect(str(store), read_only=True)
    assert con.execute("SELECT count(*) FROM import_log").fetchall() == [(1,)]
    con.close()


def test_the_command_line_refuses_a_demo_store(fake: FakeCbs, tmp_path: Path, capsys):
    demo = tmp_path / "demo.duckdb"
    con = connect(demo)
    set_metadata(con, "dataset", "demo")
    con.close()
    before = sha256(demo)

    assert cbs.main(["--base-url", fake.base_url, "--db", str(demo)]) == 2

    assert "bevat demodata" in capsys.readouterr().err
    assert fake.requests == []  # not even fetched
    assert sha256(demo) == before


def test_figures_the_importer_rejects_store_nothing(fake: FakeCbs, store: Path, capsys):
    fake.tables["80305NED"].rows[0]["AfstandTotMuseum_106"] = -1.0  # a negative distance
    before = sha256(store)

    assert cbs.main(["--base-url", fake.base_url, "--db", str(store)]) == 1

    captured = capsys.readouterr()
    assert "FOUT: CBS StatLine 80305NED" in captured.out
    assert "Niets opgeslagen" in captured.err
    assert sha256(store) == before


def test_a_dry_run_without_a_store_creates_none(fake: FakeCbs, tmp_path: Path):
    missing = tmp_path / "nog-niet.duckdb"
    assert cbs.main(["--dry-run", "--base-url", fake.base_url, "--db", str(missing)]) == 0
    assert not missing.exists()


# --- The fake answers in CBS's real shapes ------------------------------------------------------------


def test_the_fake_answers_in_the_real_envelope(fake: FakeCbs):
    import json
    import urllib.request

    real = json.loads((FIXTURES / "84489NED_TypedDataSet_sample.json").read_text(encoding="utf-8"))
    url = f"{fake.base_url}/84718NED/TypedDataSet?$top=2&$select=WijkenEnBuurten"
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - a local test server
        answer = json.loads(response.read())
    assert answer.keys() == real.keys()
    assert answer["odata.metadata"].endswith("/84718NED/$metadata#Cbs.OData.WebAPI.TypedDataSet")
    assert real["value"][0]["Code_3"] == "GM0141    "  # CBS pads codes to ten characters ...
    assert answer["value"][0]["WijkenEnBuurten"] == "NL00      "  # ... and so does the fake
    real_keys = [p["Key"] for p in json.loads((FIXTURES / "85984NED_DataProperties.json").read_text())[:6]]
    assert [p["Key"] for p in fake.tables["84718NED"].data_properties[:6]] == real_keys
