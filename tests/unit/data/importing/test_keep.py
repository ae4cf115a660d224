"""A column that a file leaves out keeps what is stored; the preview says what is kept and what is written."""

from __future__ import annotations

from pathlib import Path

import pandas.testing as pdt
import pytest

from data.importing.commit import commit
from data.importing.plan import analyse
from data.importing.report import format_report
from data.importing.undo import fact_tables, undo_last_import
from data.store import connect
from tests.unit.data.importing.test_importer import (
    INDICATOR_HEADER,
    INITIATIVE_HEADER,
    PARTNER_HEADER,
    csv_bytes,
    initiative,
)


@pytest.fixture
def store(tmp_path: Path):
    con = connect(tmp_path / "import.duckdb")
    yield con
    con.close()


def commit_csv(store, header: list[str], rows: list[list[object]], name: str = "w.csv"):
    analysis = analyse(store, [(name, csv_bytes(header, rows))])
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    commit(store, analysis, user="test")
    return analysis


FULL = [
    ["Almelo", 2023, "cultuurdeelname", "totaal", "80", "GGD Twente", "voorlopig"],
    ["Borne", 2023, "cultuurdeelname", "totaal", "70", "GGD Twente", "voorlopig"],
]
VALUES_ONLY = ["gemeente", "jaar", "indicator", "waarde"]


def stored_indicators(store) -> list[tuple]:
    return store.execute(
        "SELECT gemeente_code, waarde, bron, status FROM indicator_waarde ORDER BY gemeente_code"
    ).fetchall()


def test_a_file_without_source_and_status_keeps_the_stored_ones(store):
    commit_csv(store, INDICATOR_HEADER, FULL)
    commit_csv(
        store,
        VALUES_ONLY,
        [["Almelo", 2023, "cultuurdeelname", "81"], ["Losser", 2023, "cultuurdeelname", "60"]],
    )
    assert stored_indicators(store) == [
        ("GM0141", 81.0, "GGD Twente", "voorlopig"),  # updated value, source and status kept
        ("GM0147", 70.0, "GGD Twente", "voorlopig"),  # not in the file: untouched
        ("GM0168", 60.0, None, "definitief"),  # new: nothing to keep, the defaults
    ]


def test_a_column_that_is_there_but_empty_does_overwrite(store):
    commit_csv(store, INDICATOR_HEADER, FULL)
    commit_csv(store, INDICATOR_HEADER, [["Almelo", 2023, "cultuurdeelname", "totaal", "80", "", ""]])
    assert stored_indicators(store)[0] == ("GM0141", 80.0, None, "definitief")


def test_the_preview_names_the_columns_kept_and_overwritten(store):
    commit_csv(store, INDICATOR_HEADER, FULL)
    analysis = analyse(
        store, [("w.csv", csv_bytes(VALUES_ONLY, [["Almelo", 2023, "cultuurdeelname", "80"]]))]
    )
    row = analysis.preview.set_index("tabel").loc["indicator_waarde"]
    assert (row["gewijzigd"], row["ongewijzigd"]) == (0, 1), "kept columns are no change"
    assert row["overschreven"] == "waarde"
    assert row["behouden"] == "bron, status"
    report = format_report(analysis)
    assert "indicator_waarde: blijft zoals opgeslagen (ontbreekt in het bestand): bron, status" in report


def test_undo_after_a_partial_import_restores_exactly(store):
    commit_csv(store, INDICATOR_HEADER, FULL)
    before = fact_tables(store)
    commit_csv(store, VALUES_ONLY, [["Almelo", 2023, "cultuurdeelname", "99"]])
    undo_last_import(store)
    for table, frame in before.items():
        pdt.assert_frame_equal(frame, fact_tables(store)[table], obj=table)


def test_an_initiative_without_description_or_german_reach_keeps_them(store):
    header = [*INITIATIVE_HEADER, "omschrijving"]
    first = [*initiative(partners="", deelnemers_duitsland="300"), "Een festival aan de grens"]
    commit_csv(store, header, [first], "i.csv")
    narrow = [c for c in INITIATIVE_HEADER if c not in ("deelnemers_duitsland", "partners")]
    row = dict(zip(INITIATIVE_HEADER, initiative(bereik="1.500"), strict=True))
    commit_csv(store, narrow, [[row[c] for c in narrow]], "i.csv")
    stored = store.execute("SELECT bereik, bereik_duitsland, omschrijving FROM initiatief").fetchall()
    assert stored == [(1500, 300, "Een festival aan de grens")]


def test_funding_sources_left_out_of_the_file_keep_their_amounts(store):
    commit_csv(store, INITIATIVE_HEADER, [initiative(partners="")], "i.csv")
    header = [c for c in INITIATIVE_HEADER if c not in ("financiering_interreg", "partners")]
    row = dict(
        zip(INITIATIVE_HEADER, initiative(financiering_gemeente="9.000", budget="11.500"), strict=True)
    )
    analysis = commit_csv(store, header, [[row[c] for c in header]], "i.csv")
    assert "financiering_interreg" in analysis.preview.set_index("tabel").loc["financiering", "behouden"]
    stored = store.execute("SELECT bron, bedrag FROM financiering ORDER BY bron").fetchall()
    assert stored == [("gemeente", 9000.0), ("interreg", 2500.0)]


def test_partner_coordinates_left_out_are_kept(store):
    header = [*PARTNER_HEADER, "lat", "lon"]
    commit_csv(store, header, [["P1", "Theater Hengelo", "NL", "Hengelo", "", "52,2656", "6,7931"]], "p.csv")
    commit_csv(store, PARTNER_HEADER, [["P1", "Schouwburg Hengelo", "NL", "Hengelo", ""]], "p.csv")
    assert store.execute("SELECT naam, lat, lon FROM partner").fetchall() == [
        ("Schouwburg Hengelo", 52.2656, 6.7931)
    ]
