"""Theme coverage on the small hand-made store (tests/conftest.py), answers worked out by hand.

The store holds three initiatives:
  A  tijd_ruimte         2022-2023  € 20.000  reach 400  Enschede + Losser
  B  grenzeloos          2023       €  9.000  reach 300  Losser, German partner
  C  traditie_innovatie  2023-2025  € 30.000  reach 900  Hengelo
Budget and reach are spread evenly over the years, so in 2023: A € 10.000 / 200,
B € 9.000 / 300, C € 10.000 / 300.
"""

import duckdb
import pytest

from data import coverage
from data.filters import InitiativeFilter
from data.reference import GEMEENTE_BY_CODE, GEMEENTEN, REGION_TWENTE
from tests.conftest import INSERT_INITIATIVE

ENSCHEDE, LOSSER, HENGELO, ALMELO, BORNE = "GM0153", "GM0168", "GM0164", "GM0141", "GM0147"
Y2023 = InitiativeFilter(year_from=2023, year_to=2023)
TWENTE_POPULATION_2015 = 625_976
TWENTE_POPULATION_2024 = 640_806  # sum of 85984NED's 14 municipalities


def row(matrix, code: str) -> dict:
    return matrix.set_index("gemeente_code").loc[code].to_dict()


def add_target_groups(con: duckdb.DuckDBPyConnection) -> None:
    con.executemany(
        "INSERT INTO initiatief_doelgroep VALUES (?, ?)",
        [("A", "jeugd"), ("A", "ouderen"), ("B", "jeugd"), ("C", "algemeen")],
    )


def add_initiative(con, ident: str, thema: str, budget: float, gemeente: str, year: int = 2023) -> None:
    con.execute(
        INSERT_INITIATIVE + "(?, ?, '', 'Stichting', ?, 'muziek', 'lopend', ?, ?, ?, 10)",
        [ident, f"Initiatief {ident}", thema, year, year, budget],
    )
    con.execute("INSERT INTO initiatief_gemeente VALUES (?, ?)", [ident, gemeente])


# --- The matrix and the counting rule -----------------------------------------------------


def test_matrix_counts_initiatives_per_municipality_and_theme(small_con):
    matrix = coverage.coverage_matrix(small_con, Y2023, "aantal")
    assert len(matrix) == len(GEMEENTEN) + 1
    assert matrix["gemeente_code"].iloc[-1] == REGION_TWENTE
    assert row(matrix, ENSCHEDE) == {
        "naam": "Enschede",
        "tijd_ruimte": 1.0,
        "traditie_innovatie": 0.0,
        "grenzeloos": 0.0,
        "totaal": 1.0,
        "aantal_tijd_ruimte": 1,
        "aantal_traditie_innovatie": 0,
        "aantal_grenzeloos": 0,
    }
    losser = row(matrix, LOSSER)
    assert (losser["tijd_ruimte"], losser["grenzeloos"], losser["totaal"]) == (1, 1, 2)
    assert row(matrix, HENGELO)["traditie_innovatie"] == 1
    assert row(matrix, ALMELO)["totaal"] == 0


def test_multi_municipality_initiative_counts_once_per_municipality_and_once_in_twente(small_con):
    counts = coverage.coverage_matrix(small_con, Y2023, "aantal")
    budget = coverage.coverage_matrix(small_con, Y2023, "budget")
    municipalities = counts[counts["gemeente_code"] != REGION_TWENTE]
    # A serves Enschede and Losser: it counts in both rows, fully ...
    assert municipalities["tijd_ruimte"].sum() == 2
    assert row(budget, ENSCHEDE)["tijd_ruimte"] == row(budget, LOSSER)["tijd_ruimte"] == 10_000
    # ... and once in Twente, so the Twente row is not the sum of the rows above it.
    twente = row(counts, REGION_TWENTE)
    assert (twente["tijd_ruimte"], twente["traditie_innovatie"], twente["grenzeloos"]) == (1, 1, 1)
    assert twente["totaal"] == 3
    assert row(budget, REGION_TWENTE)["tijd_ruimte"] == 10_000
    assert row(budget, REGION_TWENTE)["totaal"] == 29_000


def test_budget_and_reach_count_only_the_selected_years(small_con):
    budget = coverage.coverage_matrix(small_con, Y2023, "budget")
    reach = coverage.coverage_matrix(small_con, Y2023, "bereik")
    assert row(budget, LOSSER)["totaal"] == 10_000 + 9_000
    assert row(reach, LOSSER)["totaal"] == 200 + 300
    assert row(reach, HENGELO)["traditie_innovatie"] == 300
    two_years = coverage.coverage_matrix(small_con, InitiativeFilter(year_from=2022, year_to=2023), "budget")
    assert row(two_years, ENSCHEDE)["tijd_ruimte"] == 20_000
    later = coverage.coverage_matrix(small_con, InitiativeFilter(year_from=2024, year_to=2025), "budget")
    assert row(later, HENGELO)["traditie_innovatie"] == 20_000
    assert row(later, LOSSER)["totaal"] == 0
    every_year = coverage.coverage_matrix(small_con, InitiativeFilter(), "budget")
    assert row(every_year, REGION_TWENTE)["totaal"] == 59_000


def test_per_1000_residents_divides_by_the_nearest_known_population(small_con):
    """2023 has no population of its own in a new store: the nearest known year (2024, CBS) is used."""
    matrix = coverage.coverage_matrix(small_con, Y2023, "budget", per_1000=True)
    assert row(matrix, ENSCHEDE)["tijd_ruimte"] == pytest.approx(10_000 / 161_738 * 1000)
    assert row(matrix, LOSSER)["totaal"] == pytest.approx(19_000 / 23_376 * 1000)
    assert row(matrix, REGION_TWENTE)["totaal"] == pytest.approx(29_000 / TWENTE_POPULATION_2024 * 1000)
    counts = coverage.coverage_matrix(small_con, Y2023, "aantal", per_1000=True)
    assert row(counts, HENGELO)["traditie_innovatie"] == pytest.approx(1 / 83_058 * 1000)
    # gaps stay marked by the number of initiatives, whatever the measure
    assert row(counts, HENGELO)["aantal_tijd_ruimte"] == 0
    assert coverage.population_for(small_con, Y2023).year == 2024


def test_per_1000_uses_the_population_of_its_own_year_once_known(small_con):
    """After a CBS fetch of 2023's inhabitants, 2023's figures divide by them."""
    small_con.executemany(
        "INSERT INTO inwoners VALUES (?, 2023, ?, 'CBS StatLine test', 'definitief')",
        [(g.code, 100_000) for g in GEMEENTEN],
    )
    matrix = coverage.coverage_matrix(small_con, Y2023, "budget", per_1000=True)
    assert row(matrix, ENSCHEDE)["tijd_ruimte"] == pytest.approx(10_000 / 100_000 * 1000)
    assert row(matrix, REGION_TWENTE)["totaal"] == pytest.approx(29_000 / 1_400_000 * 1000)
    assert coverage.population_for(small_con, Y2023).sources == ("CBS StatLine test",)


def test_years_nearer_2015_divide_by_the_2015_population(small_con):
    early = InitiativeFilter(year_from=2016, year_to=2018)
    assert coverage.population_for(small_con, early).year == 2015
    assert sum(g.inwoners_2015 for g in GEMEENTEN) == TWENTE_POPULATION_2015
    assert coverage.twente_totals(small_con, early)["inwoners"].iloc[0] == TWENTE_POPULATION_2015


def test_gaps_are_marked_by_the_number_of_initiatives(small_con):
    matrix = coverage.coverage_matrix(small_con, Y2023, "bereik")
    gaps = {
        (code, theme)
        for code in (ENSCHEDE, LOSSER, HENGELO)
        for theme in coverage.THEME_CODES
        if row(matrix, code)[f"aantal_{theme}"] == 0
    }
    assert gaps == {
        (ENSCHEDE, "traditie_innovatie"),
        (ENSCHEDE, "grenzeloos"),
        (LOSSER, "traditie_innovatie"),
        (HENGELO, "tijd_ruimte"),
        (HENGELO, "grenzeloos"),
    }


def test_filters_restrict_what_is_counted(small_con):
    running = coverage.coverage_matrix(small_con, InitiativeFilter(2023, 2023, statuses=("lopend",)))
    assert row(running, ENSCHEDE)["totaal"] == 0  # A is afgerond
    assert row(running, REGION_TWENTE)["totaal"] == 2
    cross_border = coverage.coverage_matrix(small_con, InitiativeFilter(2023, 2023, cross_border=True))
    assert row(cross_border, REGION_TWENTE)["totaal"] == 1
    assert row(cross_border, LOSSER)["grenzeloos"] == 1
    add_target_groups(small_con)
    older = coverage.coverage_matrix(small_con, InitiativeFilter(2023, 2023, target_groups=("ouderen",)))
    assert row(older, REGION_TWENTE)["totaal"] == 1
    assert row(older, ENSCHEDE)["tijd_ruimte"] == 1


def test_unknown_measure_is_refused(small_con):
    with pytest.raises(ValueError, match="unknown measure"):
        coverage.coverage_matrix(small_con, Y2023, "bezoekers")


def test_map_frame_has_every_municipality_for_every_theme(small_con):
    frame = coverage.theme_map_frame(small_con, Y2023, "aantal", per_1000=True)
    assert len(frame) == 14 * 3
    hengelo = frame[(frame["gemeente_code"] == HENGELO) & (frame["thema"] == "traditie_innovatie")]
    assert hengelo["waarde"].iloc[0] == pytest.approx(1000 / 83_058)  # 2024 inhabitants, nearest to 2023
    assert hengelo["aantal"].iloc[0] == 1


# --- The dekking score -----------------------------------------------------------------------


def test_dekking_score_from_themes_covered_and_budget_balance(small_con):
    scores = coverage.dekking_scores(small_con, Y2023).set_index("gemeente_code")
    # Losser: two of three themes; budget 10.000 / 0 / 9.000 -> deviation 2/3 -> balance 1/2
    assert scores.at[LOSSER, "themas_gedekt"] == 2
    assert scores.at[LOSSER, "balans"] == pytest.approx(0.5)
    assert scores.at[LOSSER, "score"] == pytest.approx(50 * 2 / 3 + 50 * 0.5)
    assert list(scores.at[LOSSER, "ontbrekend"]) == ["traditie_innovatie"]
    # Enschede: one theme, everything in it -> balance 0
    assert scores.at[ENSCHEDE, "balans"] == pytest.approx(0.0)
    assert scores.at[ENSCHEDE, "score"] == pytest.approx(50 / 3)
    # Almelo: nothing at all
    assert scores.at[ALMELO, "score"] == 0
    assert list(scores.at[ALMELO, "ontbrekend"]) == ["tijd_ruimte", "traditie_innovatie", "grenzeloos"]
    assert scores["score"].is_monotonic_increasing, "weakest first"


def test_dekking_score_is_100_for_an_even_spread_over_all_themes(small_con):
    for ident, theme in (("D1", "tijd_ruimte"), ("D2", "traditie_innovatie"), ("D3", "grenzeloos")):
        add_initiative(small_con, ident, theme, 5_000, ALMELO)
    for ident, theme, budget in (("E1", "tijd_ruimte", 6_000), ("E2", "traditie_innovatie", 3_000)):
        add_initiative(small_con, ident, theme, budget, BORNE)
    add_initiative(small_con, "E3", "grenzeloos", 3_000, BORNE)
    scores = coverage.dekking_scores(small_con, Y2023).set_index("gemeente_code")
    assert scores.at[ALMELO, "score"] == pytest.approx(100)
    # shares 1/2, 1/4, 1/4: deviation 1/3 of the largest 4/3 -> balance 3/4
    assert scores.at[BORNE, "balans"] == pytest.approx(0.75)
    assert scores.at[BORNE, "score"] == pytest.approx(50 + 37.5)


def test_dekking_definition_weights_drive_score_and_text(small_con):
    only_themes = coverage.DekkingDefinition(weight_themes=1.0, weight_balance=0.0)
    scores = coverage.dekking_scores(small_con, Y2023, only_themes).set_index("gemeente_code")
    assert scores.at[LOSSER, "score"] == pytest.approx(100 * 2 / 3)
    assert "100% × *themadekking* + 0% × *balans*" in only_themes.text("nl")
    assert "50% × *theme coverage* + 50% × *balance*" in coverage.DEKKING.text("en")


# --- Breakdowns, trend and drill-down --------------------------------------------------------


def test_breakdowns_count_each_initiative_once_in_twente(small_con):
    disciplines = coverage.theme_disciplines(small_con, Y2023)
    assert sorted(
        zip(disciplines["thema"], disciplines["discipline"], disciplines["aantal"], strict=True)
    ) == [
        ("grenzeloos", "festivals", 1),
        ("tijd_ruimte", "erfgoed", 1),
        ("traditie_innovatie", "design", 1),
    ]
    assert disciplines["budget"].sum() == 29_000
    add_target_groups(small_con)
    groups = coverage.theme_target_groups(small_con, Y2023)
    assert sorted(zip(groups["thema"], groups["doelgroep"], groups["aantal"], strict=True)) == [
        ("grenzeloos", "jeugd", 1),
        ("tijd_ruimte", "jeugd", 1),
        ("tijd_ruimte", "ouderen", 1),
        ("traditie_innovatie", "algemeen", 1),
    ]


def test_trend_covers_every_year_whatever_the_year_filter(small_con):
    trend = coverage.theme_trend(small_con, Y2023)
    by_year = trend.groupby("jaar")[["aantal", "budget"]].sum()
    assert by_year["aantal"].to_dict() == {2022: 1, 2023: 3, 2024: 1, 2025: 1}
    assert by_year["budget"].to_dict() == {2022: 10_000, 2023: 29_000, 2024: 10_000, 2025: 10_000}


def test_drilldown_lists_exactly_the_initiatives_of_the_cell(small_con):
    cell = coverage.cell_initiatives(small_con, Y2023, gemeente=LOSSER, thema="tijd_ruimte")
    assert cell[["id", "gemeenten", "budget_periode", "budget"]].to_dict("records") == [
        {"id": "A", "gemeenten": "Enschede, Losser", "budget_periode": 10_000.0, "budget": 20_000.0}
    ]
    whole_row = coverage.cell_initiatives(small_con, Y2023, gemeente=LOSSER, thema="alle")
    assert list(whole_row["id"]) == ["A", "B"]  # largest budget in the years first
    twente = coverage.cell_initiatives(small_con, Y2023, gemeente=REGION_TWENTE, thema="grenzeloos")
    assert list(twente["id"]) == ["B"]
    gap = coverage.cell_initiatives(small_con, Y2023, gemeente=ENSCHEDE, thema="grenzeloos")
    assert gap.empty


def test_drilldown_elsewhere_lists_the_theme_without_the_municipality(small_con):
    elsewhere = coverage.cell_initiatives(
        small_con, Y2023, gemeente=ENSCHEDE, thema="grenzeloos", exclude_gemeente=True
    )
    assert list(elsewhere["id"]) == ["B"]
    none_left = coverage.cell_initiatives(
        small_con, Y2023, gemeente=LOSSER, thema="grenzeloos", exclude_gemeente=True
    )
    assert none_left.empty


def test_drilldown_sums_give_back_the_matrix_cell(small_con):
    matrix = coverage.coverage_matrix(small_con, Y2023, "budget")
    for code in (ENSCHEDE, LOSSER, HENGELO):
        for theme in coverage.THEME_CODES:
            cell = coverage.cell_initiatives(small_con, Y2023, gemeente=code, thema=theme)
            assert cell["budget_periode"].sum() == pytest.approx(row(matrix, code)[theme]), (
                GEMEENTE_BY_CODE[code].naam,
                theme,
            )
