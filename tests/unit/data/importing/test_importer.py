"""The importer reads what Dutch offices produce, explains every problem, and stores all or nothing."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest
from openpyxl import Workbook

from data import templates
from data.importing.commit import ImportRefusedError, commit
from data.importing.parsing import CellValueError, match_gemeente, parse_number, parse_year
from data.importing.plan import analyse
from data.importing.sheets import match_header
from data.importing.undo import fact_tables, import_history, undo_last_import
from data.store import connect, get_metadata

INDICATOR_HEADER = ["gemeente", "jaar", "indicator", "groep", "waarde", "bron", "status"]
INITIATIVE_HEADER = [
    "id",
    "naam",
    "organisatie",
    "thema",
    "discipline",
    "status",
    "startjaar",
    "eindjaar",
    "budget",
    "bereik",
    "gemeenten",
    "doelgroepen",
    "partners",
    "financiering_gemeente",
    "financiering_interreg",
    "deelnemers_duitsland",
]
PARTNER_HEADER = ["id", "naam", "land", "plaats", "kreis"]


def csv_bytes(
    header: list[str], rows: list[list[object]], *, sep: str = ";", encoding: str = "utf-8"
) -> bytes:
    lines = [sep.join(header)] + [sep.join("" if v is None else str(v) for v in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def xlsx_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def initiative(ident: str = "ENS-1", **changes: object) -> list[object]:
    row = {
        "id": ident,
        "naam": "Zomerfestival",
        "organisatie": "Stichting Zomer",
        "thema": "Grenzeloos Twente",
        "discipline": "Festivals en evenementen",
        "status": "Lopend",
        "startjaar": 2023,
        "eindjaar": 2024,
        "budget": "€ 12.500",
        "bereik": "1.200",
        "gemeenten": "Enschede, Losser",
        "doelgroepen": "Jeugd (0-17), Algemeen publiek",
        "partners": "DE-1",
        "financiering_gemeente": "10.000",
        "financiering_interreg": "2.500",
        "deelnemers_duitsland": "",
    }
    row.update(changes)
    return [row[c] for c in INITIATIVE_HEADER]


@pytest.fixture
def store(tmp_path: Path):
    con = connect(tmp_path / "import.duckdb")
    yield con
    con.close()


def analyse_csv(store, rows: list[list[object]], header: list[str] = INDICATOR_HEADER, **kwargs):
    return analyse(store, [("waarden.csv", csv_bytes(header, rows, **kwargs))])


def only_issue(analysis, code: str):
    found = [i for i in analysis.issues if i.code == code]
    assert found, f"expected {code}, got {[(i.code, i.message()) for i in analysis.issues]}"
    return found[0]


# --- Dutch conventions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.234,5", 1234.5),
        ("84,5", 84.5),
        ("84.5", 84.5),
        ("1.234", 1234.0),
        ("1.234.567", 1234567.0),
        ("1,234.5", 1234.5),
        ("€ 2.500", 2500.0),
        ("€2.500,50", 2500.5),
        ("84,5%", 84.5),
        ("0.125", 0.125),
        (" 12 ", 12.0),
        (7, 7.0),
    ],
)
def test_numbers_in_dutch_and_international_notation(raw: object, expected: float):
    assert parse_number(raw) == expected


def test_text_is_not_a_number():
    with pytest.raises(CellValueError):
        parse_number("veel")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023", 2023),
        ("31-12-2023", 2023),
        ("1-1-2022", 2022),
        ("2023-12-31", 2023),
        (datetime(2021, 5, 1), 2021),
    ],
)
def test_years_from_years_and_dates(raw: object, expected: int):
    assert parse_year(raw) == expected


def test_an_impossible_date_is_not_a_year():
    with pytest.raises(CellValueError):
        parse_year("31-13-2023")


@pytest.mark.parametrize(
    "name",
    [
        "Hof van Twente",
        "Hof v. Twente",
        "hof v twente",
        "HOF-VAN-TWENTE",
        "  hof  van twente ",
        "GM1735",
        "1735",
    ],
)
def test_municipality_name_variants(name: str):
    assert match_gemeente(name) == "GM1735"


@pytest.mark.parametrize(
    "name", ["Rijssen-Holten", "rijssen holten", "Rijssen Holten", "gemeente Rijssen-Holten"]
)
def test_rijssen_holten_with_or_without_hyphen(name: str):
    assert match_gemeente(name) == "GM1742"


@pytest.mark.parametrize("code", ["GM0153", "gm0153", "0153", "153", "Enschede", "enschede"])
def test_cbs_codes_with_or_without_gm(code: str):
    assert match_gemeente(code) == "GM0153"


def test_reference_areas_twente_and_nederland():
    assert match_gemeente("Twente") == "CR12"
    assert match_gemeente("Nederland") == "NL01"


def test_unknown_municipality_comes_with_the_closest_name():
    with pytest.raises(CellValueError) as caught:
        match_gemeente("Enschde")
    assert caught.value.params == {"suggestion": "Enschede"}


def test_code_outside_twente_is_named():
    with pytest.raises(CellValueError) as caught:
        match_gemeente("GM0363")
    assert caught.value.code == "not_twente_code"


def test_column_names_case_insensitive_with_synonyms():
    kind, positions = match_header(["Gemeentenaam", "JAAR", "Indicator", "Waarde (%)", "Opmerking"])
    assert kind == "indicatorwaarden"
    assert positions == {"gemeente": 0, "jaar": 1, "indicator": 2, "waarde": 3}


def test_semicolons_decimal_commas_and_bom(store):
    content = "\ufeff" + "Gemeente;Jaar;Indicator;Waarde\r\nHof v. Twente;31-12-2023;cultuurdeelname;84,5\r\n"
    analysis = analyse(store, [("a.csv", content.encode("utf-8"))])
    assert not analysis.has_errors
    assert analysis.new_frame("indicator_waarde").to_dict("records") == [
        {
            "gemeente_code": "GM1735",
            "jaar": 2023,
            "indicator": "cultuurdeelname",
            "groep": "totaal",
            "waarde": 84.5,
            "bron": None,
            "status": "definitief",
        }
    ]


def test_commas_as_separator_with_quoted_decimal_commas(store):
    content = b'gemeente,jaar,indicator,waarde\r\nEnschede,2023,cultuuruitgaven,"1.234,5"\r\n'
    analysis = analyse(store, [("a.csv", content)])
    assert analysis.new_frame("indicator_waarde")["waarde"].tolist() == [1234.5]


def test_cp1252_file_with_euro_sign_and_umlaut(store):
    header = ["id", "naam", "land", "plaats"]
    content = csv_bytes(header, [["DE-9", "Kulturbüro Münster €", "DE", "Münster"]], encoding="cp1252")
    analysis = analyse(store, [("partners.csv", content)])
    assert not analysis.has_errors, analysis.issues
    row = analysis.new_frame("partner").iloc[0]
    assert row["naam"] == "Kulturbüro Münster €"
    assert row["kreis_code"] == "05515"  # derived from the known place
    assert row["lat"] == pytest.approx(51.9607)


def test_excel_with_a_title_row_above_the_header(store):
    content = xlsx_bytes(
        {
            "Blad1": [
                ["Cultuurmonitor gemeente Losser 2023"],
                [],
                INDICATOR_HEADER,
                ["Losser", 2023, "museumbezoek", "totaal", 51.2, "GGD", "voorlopig"],
            ]
        }
    )
    analysis = analyse(store, [("monitor.xlsx", content)])
    assert not analysis.has_errors
    frame = analysis.new_frame("indicator_waarde")
    assert frame[["gemeente_code", "waarde", "status"]].to_dict("records") == [
        {"gemeente_code": "GM0168", "waarde": 51.2, "status": "voorlopig"}
    ]


def test_excel_dates_and_formulas_with_saved_values_are_read(store):
    book = Workbook()
    sheet = book.active
    sheet.append(INDICATOR_HEADER)
    sheet.append(["Borne", datetime(2022, 12, 31), "amateurkunst", None, 40, None, None])
    buffer = io.BytesIO()
    book.save(buffer)
    analysis = analyse(store, [("b.xlsx", buffer.getvalue())])
    assert analysis.new_frame("indicator_waarde")["jaar"].tolist() == [2022]


def test_initiative_with_partners_and_funding(store):
    files = [
        ("initiatieven.csv", csv_bytes(INITIATIVE_HEADER, [initiative()])),
        (
            "partners.csv",
            csv_bytes(PARTNER_HEADER, [["DE-1", "Kulturverein Gronau", "Duitsland", "Gronau", ""]]),
        ),
    ]
    analysis = analyse(store, files)
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    ini = analysis.new_frame("initiatief").iloc[0]
    assert (ini["thema"], ini["budget"], ini["bereik"]) == ("grenzeloos", 12500.0, 1200)
    assert analysis.new_frame("initiatief_gemeente")["gemeente_code"].tolist() == ["GM0153", "GM0168"]
    assert analysis.new_frame("initiatief_doelgroep")["doelgroep"].tolist() == ["algemeen", "jeugd"]
    assert analysis.new_frame("financiering").to_dict("records") == [
        {"initiatief_id": "ENS-1", "bron": "gemeente", "bedrag": 10000.0},
        {"initiatief_id": "ENS-1", "bron": "interreg", "bedrag": 2500.0},
    ]
    assert analysis.new_frame("partner").iloc[0]["kreis_code"] == "05554"
    assert pd.isna(ini["bereik_duitsland"]), "not reported: unknown, never 0"


def test_participants_from_germany_are_stored_with_the_initiative_and_undone_with_it(store):
    files = [
        ("initiatieven.csv", csv_bytes(INITIATIVE_HEADER, [initiative(deelnemers_duitsland="300")])),
        ("partners.csv", csv_bytes(PARTNER_HEADER, [["DE-1", "Kulturverein Gronau", "DE", "Gronau", ""]])),
    ]
    analysis = analyse(store, files)
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    import_id = commit(store, analysis, user="test")
    stored = "SELECT bereik, bereik_duitsland FROM initiatief WHERE id = 'ENS-1'"
    assert store.execute(stored).fetchone() == (1200, 300)
    yearly = "SELECT sum(bereik_duitsland_jaar) FROM initiatief_jaar WHERE initiatief_id = 'ENS-1'"
    assert store.execute(yearly).fetchone()[0] == 300, "spread over the running years, summing back"
    assert undo_last_import(store, user="test") == import_id
    assert store.execute(stored).fetchone() is None


# --- Every validation message -----------------------------------------------------------------

INDICATOR_CASES = [
    # (row, expected code, column, value, part of the Dutch message)
    (
        ["Enschde", 2023, "cultuurdeelname", "", "80", "", ""],
        "unknown_gemeente",
        "gemeente",
        "Enschde",
        "Enschede?",
    ),
    (
        ["Zwolle", 2023, "cultuurdeelname", "", "80", "", ""],
        "unknown_gemeente_nosuggestion",
        "gemeente",
        "Zwolle",
        "CBS-code",
    ),
    (
        ["GM0363", 2023, "cultuurdeelname", "", "80", "", ""],
        "not_twente_code",
        "gemeente",
        "GM0363",
        "14 Twentse",
    ),
    (
        ["Almelo", 2023, "cultuurdeelname", "", "120", "", ""],
        "percentage_over_100",
        "waarde",
        "120",
        "groter dan 100",
    ),
    (["Almelo", 2023, "cultuuruitgaven", "", "-5", "", ""], "negative_value", "waarde", "-5", "negatief"),
    (["Almelo", 1890, "cultuurdeelname", "", "80", "", ""], "year_out_of_range", "jaar", "1890", "1990–2050"),
    (["Almelo", "ooit", "cultuurdeelname", "", "80", "", ""], "not_a_year", "jaar", "ooit", "geen jaar"),
    (["Almelo", 2023, "cultuurdeelname", "", "veel", "", ""], "not_a_number", "waarde", "veel", "geen getal"),
    (["", 2023, "cultuurdeelname", "", "80", "", ""], "missing_required", "gemeente", "", "Verplicht veld"),
    (
        ["Almelo", 2023, "geluk", "", "80", "", ""],
        "unknown_indicator",
        "indicator",
        "geluk",
        "Onbekende indicator",
    ),
    (
        ["Almelo", 2023, "cultuurdeelname", "kinderen", "80", "", ""],
        "unknown_group",
        "groep",
        "kinderen",
        "Onbekende groep",
    ),
    (
        ["Almelo", 2023, "amateurkunst", "65+", "80", "", ""],
        "group_not_for_indicator",
        "groep",
        "65+",
        "bestaat niet",
    ),
    (
        ["Almelo", 2023, "cultuurdeelname", "", "80", "", "concept"],
        "unknown_value_status",
        "status",
        "concept",
        "voorlopig",
    ),
    (["Almelo", 2023, "cultuurdeelname", "", "", "", ""], "empty_value", "waarde", "", "geen gegevens"),
]


@pytest.mark.parametrize(
    ("row", "code", "column", "value", "text"), INDICATOR_CASES, ids=[c[1] for c in INDICATOR_CASES]
)
def test_indicator_messages(store, row, code, column, value, text):
    issue = only_issue(analyse_csv(store, [row]), code)
    assert (issue.row, issue.column, issue.value) == (2, column, value)
    assert text in issue.message("nl")
    assert issue.message("en") != issue.message("nl")


def test_duplicate_key_names_the_first_row(store):
    rows = [
        ["Almelo", 2023, "cultuurdeelname", "", "80", "", ""],
        ["almelo", 2023, "Cultuurdeelname", "totaal", "81", "", ""],
    ]
    issue = only_issue(analyse_csv(store, rows), "duplicate_key")
    assert issue.row == 3
    assert "rij 2" in issue.message()
    assert issue.message("en").endswith(", row 2.")
    assert issue.message("de").endswith(", Zeile 2.")


INITIATIVE_CASES = [
    (
        initiative(thema="Cultuur en sport"),
        "unknown_theme",
        "thema",
        "Tijd en ruimte, Traditie en innovatie, Grenzeloos Twente",
    ),
    (initiative(discipline="Sport"), "unknown_discipline", "discipline", "Erfgoed"),
    (initiative(status="Bezig"), "unknown_status", "status", "Gepland"),
    (initiative(doelgroepen="Jeugd (0-17), Honden"), "unknown_target_group", "doelgroepen", "Honden"),
    (initiative(eindjaar=2021), "end_before_start", "eindjaar", "vóór startjaar 2023"),
    (initiative(gemeenten="Enschede, Hengeloo"), "list_unknown_gemeente", "gemeenten", "Hengelo?"),
    (initiative(gemeenten="Twente"), "list_reference_area_not_allowed", "gemeenten", "geen gemeente"),
    (initiative(gemeenten=""), "missing_required", "gemeenten", "Verplicht"),
    (initiative(budget="-100"), "negative_value", "budget", "negatief"),
    (initiative(bereik="12,5"), "not_an_integer", "bereik", "heel getal"),
    (initiative(partners="DE-404"), "unknown_partner", "partners", "DE-404"),
    (initiative(financiering_gemeente="1.000"), "funding_mismatch", "budget", "€ 3.500"),
    (
        initiative(deelnemers_duitsland="1.500"),
        "reach_germany_above_total",
        "deelnemers_duitsland",
        "1.500 deelnemers uit Duitsland is meer dan het hele bereik (1.200)",
    ),
    (initiative(deelnemers_duitsland="-5"), "negative_value", "deelnemers_duitsland", "negatief"),
]


@pytest.mark.parametrize(
    ("row", "code", "column", "text"), INITIATIVE_CASES, ids=[c[1] for c in INITIATIVE_CASES]
)
def test_initiative_messages(store, row, code, column, text):
    files = [
        ("initiatieven.csv", csv_bytes(INITIATIVE_HEADER, [row])),
        ("partners.csv", csv_bytes(PARTNER_HEADER, [["DE-1", "Kulturverein Gronau", "DE", "Gronau", ""]])),
    ]
    issue = only_issue(analyse(store, files), code)
    assert (issue.source, issue.row, issue.column) == ("initiatieven.csv", 2, column)
    assert text in issue.message("nl")


PARTNER_CASES = [
    (
        ["DE-2", "Heimatverein", "DE", "", ""],
        "german_partner_without_place",
        "plaats",
        "Duitse partner zonder plaats",
    ),
    (["DE-2", "Heimatverein", "DE", "Dorfhausen", ""], "unknown_german_place", "plaats", "Kreis Borken"),
    (
        ["DE-2", "Heimatverein", "DE", "Dorfhausen", "Kreis Nirgendwo"],
        "unknown_kreis",
        "kreis",
        "Onbekende Kreis",
    ),
    (["BE-1", "Cultuurhuis", "België", "Gent", ""], "unknown_country", "land", "NL of DE"),
]


@pytest.mark.parametrize(("row", "code", "column", "text"), PARTNER_CASES, ids=[c[1] for c in PARTNER_CASES])
def test_partner_messages(store, row, code, column, text):
    issue = only_issue(analyse(store, [("partners.csv", csv_bytes(PARTNER_HEADER, [row]))]), code)
    assert (issue.row, issue.column) == (2, column)
    assert text in issue.message("nl")


def test_german_place_with_its_kreis_is_accepted(store):
    row = ["DE-2", "Heimatverein", "DE", "Dorfhausen", "Kreis Borken"]
    analysis = analyse(store, [("p.csv", csv_bytes(PARTNER_HEADER, [row]))])
    assert not analysis.has_errors
    assert analysis.new_frame("partner").iloc[0]["kreis_code"] == "05554"


def test_missing_required_column_and_unknown_column(store):
    analysis = analyse_csv(
        store,
        [["Almelo", 2023, "cultuurdeelname", "x"]],
        header=["gemeente", "jaar", "indicator", "opmerking"],
    )
    assert only_issue(analysis, "missing_column").column == "waarde"
    assert only_issue(analysis, "unknown_column").column == "opmerking"
    assert analysis.has_errors


# --- Preview, commit and undo -------------------------------------------------------------------


def test_preview_counts_new_updated_and_unchanged(store):
    rows = [
        ["Almelo", 2023, "cultuurdeelname", "", "80", "", ""],
        ["Borne", 2023, "cultuurdeelname", "", "70", "", ""],
    ]
    commit(store, analyse_csv(store, rows))
    changed = [
        ["Almelo", 2023, "cultuurdeelname", "", "80", "", ""],
        ["Borne", 2023, "cultuurdeelname", "", "71", "", ""],
    ]
    changed.append(["Losser", 2023, "cultuurdeelname", "", "60", "", ""])
    preview = analyse_csv(store, changed).preview.set_index("tabel").loc["indicator_waarde"]
    assert (preview["nieuw"], preview["gewijzigd"], preview["ongewijzigd"]) == (1, 1, 1)


def test_reimporting_an_initiative_replaces_its_links(store):
    partners = ("partners.csv", csv_bytes(PARTNER_HEADER, [["DE-1", "Kulturverein", "DE", "Gronau", ""]]))
    commit(store, analyse(store, [("i.csv", csv_bytes(INITIATIVE_HEADER, [initiative()])), partners]))
    again = analyse(store, [("i.csv", csv_bytes(INITIATIVE_HEADER, [initiative(gemeenten="Enschede")]))])
    preview = again.preview.set_index("tabel")
    assert preview.loc["initiatief_gemeente", "verwijderd"] == 1
    assert preview.loc["initiatief", "ongewijzigd"] == 1
    commit(store, again)
    links = store.execute("SELECT gemeente_code FROM initiatief_gemeente").fetchall()
    assert links == [("GM0153",)]


def test_nothing_is_stored_while_there_are_errors(store):
    analysis = analyse_csv(
        store,
        [
            ["Almelo", 2023, "cultuurdeelname", "", "80", "", ""],
            ["Nergens", 2023, "cultuurdeelname", "", "1", "", ""],
        ],
    )
    assert analysis.has_errors
    with pytest.raises(ImportRefusedError):
        commit(store, analysis)
    assert store.execute("SELECT count(*) FROM indicator_waarde").fetchall() == [(0,)]
    assert store.execute("SELECT count(*) FROM import_log").fetchall() == [(0,)]


def test_import_is_recorded_and_undo_restores_exactly(store):
    first = analyse_csv(store, [["Almelo", 2023, "cultuurdeelname", "", "80", "", ""]])
    commit(store, first, user="Jan")
    before = fact_tables(store)
    version = get_metadata(store, "data_version")
    second = analyse_csv(
        store,
        [
            ["Almelo", 2023, "cultuurdeelname", "", "85", "", ""],
            ["Borne", 2022, "museumbezoek", "", "50", "", ""],
        ],
    )
    number = commit(store, second, user="Piet")
    assert number == 2
    log = import_history(store)
    assert log.iloc[0][["bestanden", "rijen", "gebruiker"]].tolist() == ["waarden.csv", 2, "Piet"]
    assert log.iloc[0]["sha256"] == second.checksums[0]
    assert len(second.checksums[0]) == 64
    assert undo_last_import(store, user="Piet") == 2
    after = fact_tables(store)
    for table, frame in before.items():
        pdt.assert_frame_equal(frame, after[table])
    assert get_metadata(store, "data_version") == version
    assert undo_last_import(store) == 1
    assert store.execute("SELECT count(*) FROM indicator_waarde").fetchall() == [(0,)]
    assert get_metadata(store, "dataset") is None
    assert undo_last_import(store) is None


def test_a_demo_store_is_never_an_import_target(demo_db_path: Path, tmp_path: Path):
    con = connect(demo_db_path)
    try:
        analysis = analyse(
            con,
            [("a.csv", csv_bytes(INDICATOR_HEADER, [["Almelo", 2023, "cultuurdeelname", "", "80", "", ""]]))],
        )
        with pytest.raises(ImportRefusedError):
            commit(con, analysis)
    finally:
        con.close()


# --- Round trip ---------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_demo_data_round_trips_through_the_templates(demo_con, store, form: str):
    frames = templates.export_frames(demo_con)
    if form == "xlsx":
        files = [("export.xlsx", templates.to_xlsx(frames))]
    else:
        files = [(f"{kind}.csv", templates.to_csv(frame)) for kind, frame in frames.items()]
    analysis = analyse(store, files)
    assert not analysis.has_errors, [i.message() for i in analysis.validation.errors[:5]]
    commit(store, analysis)
    expected, actual = fact_tables(demo_con), fact_tables(store)
    for table, frame in expected.items():
        assert len(frame) > 0
        pdt.assert_frame_equal(frame, actual[table], obj=table)


def test_templates_explain_every_column_and_list_allowed_values():
    from openpyxl import load_workbook

    content, _ = templates.template_files()["sjabloon_initiatieven.xlsx"]
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Initiatieven", "Partners", "Toelichting", "Toegestane waarden"]
    explained = {(r[0], r[1]) for r in book["Toelichting"].iter_rows(min_row=2, values_only=True)}
    for column in templates.columns("initiatieven"):
        assert ("Initiatieven", column) in explained
    allowed = pd.DataFrame(book["Toegestane waarden"].values)
    assert {"GM1735", "Hof van Twente", "Grenzeloos Twente", "cultuurdeelname", "Lopend"} <= set(
        allowed.stack()
    )


@pytest.mark.parametrize(
    "kreis",
    ["05554", 5554, "DEA34", "Kreis Borken", "kreis borken", "DE-GADM-297", "de-gadm-297"],
)
def test_a_german_district_is_accepted_by_ags_nuts3_name_or_the_old_gadm_key(store, kreis):
    """Files written before the official keys (DE-GADM-…) keep importing, stored under the AGS."""
    files = [("partners.csv", csv_bytes(PARTNER_HEADER, [["P9", "Theater Ahaus", "DE", "Ahaus", kreis]]))]
    analysis = analyse(store, files)
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    assert analysis.new_frame("partner").iloc[0]["kreis_code"] == "05554"
    commit(store, analysis, user="test")
    assert store.execute("SELECT kreis_code FROM partner WHERE id = 'P9'").fetchall() == [("05554",)]


def test_an_unknown_district_is_an_error_with_row_and_column(store):
    files = [("partners.csv", csv_bytes(PARTNER_HEADER, [["P9", "Theater X", "DE", "Ahaus", "DE-GADM-999"]]))]
    analysis = analyse(store, files)
    [issue] = [i for i in analysis.issues if i.is_error]
    assert (issue.code, issue.row, issue.column, issue.value) == ("unknown_kreis", 2, "kreis", "DE-GADM-999")


def test_inhabitants_import_per_municipality_and_year_and_undo(store):
    rows = [["Enschede", 2023, "160.000", "CBS StatLine 70072NED"], ["gm0168", 2023, 23000, ""]]
    files = [("inwoners.csv", csv_bytes(["gemeente", "jaar", "inwoners", "bron"], rows))]
    analysis = analyse(store, files)
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    before = fact_tables(store)
    commit(store, analysis, user="test")
    stored = store.execute(
        "SELECT gemeente_code, inwoners FROM inwoners WHERE jaar = 2023 ORDER BY 1"
    ).fetchall()
    assert stored == [("GM0153", 160_000), ("GM0168", 23_000)]
    undo_last_import(store, user="test")
    after = fact_tables(store)
    for table, frame in before.items():
        pd.testing.assert_frame_equal(frame, after[table])


def test_inhabitants_of_zero_or_of_twente_as_a_whole_are_refused(store):
    rows = [["Enschede", 2023, 0], ["Twente", 2023, 600000]]
    files = [("inwoners.csv", csv_bytes(["gemeente", "jaar", "inwoners"], rows))]
    analysis = analyse(store, files)
    problems = {(i.row, i.code) for i in analysis.issues if i.is_error}
    assert problems == {(2, "population_zero"), (3, "reference_area_not_allowed")}
