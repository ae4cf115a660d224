"""Queries on the small hand-made store give the answers worked out by hand."""

import math

import duckdb

from data.queries import (
    all_data_years,
    indicator_by_gemeente,
    indicator_years,
    initiative_years,
    overview_kpis,
)


def test_overview_kpis_for_2023(small_con: duckdb.DuckDBPyConnection):
    kpis = overview_kpis(small_con, 2023)
    # A runs 2022-2023 (half its budget and reach in 2023), B only 2023, C 2023-2025 (a third).
    assert kpis.initiatives == 3
    assert math.isclose(kpis.budget, 10_000 + 9_000 + 10_000)
    assert math.isclose(kpis.participants, 200 + 300 + 300)
    assert math.isclose(kpis.cross_border_share, 1 / 3)  # only B has a German partner
    assert kpis.gemeenten_per_theme == {"tijd_ruimte": 2, "traditie_innovatie": 1, "grenzeloos": 1}


def test_overview_kpis_for_a_year_without_initiatives(small_con: duckdb.DuckDBPyConnection):
    kpis = overview_kpis(small_con, 2019)
    assert kpis.initiatives == 0
    assert kpis.budget == 0
    assert kpis.cross_border_share is None
    assert set(kpis.gemeenten_per_theme.values()) == {0}


def test_indicator_ranks_best_first_and_keeps_missing(small_con: duckdb.DuckDBPyConnection):
    frame = indicator_by_gemeente(small_con, "cultuurdeelname", 2023)
    assert len(frame) == 14
    known = frame.dropna(subset=["waarde"])
    assert known["naam"].tolist() == ["Hengelo", "Enschede", "Losser"]
    assert known["rang"].tolist() == [1, 2, 3]
    assert known["verschil_twente"].tolist() == [7.0, 2.0, -8.0]
    assert known["verschil_nederland"].tolist() == [3.0, -2.0, -12.0]
    assert frame["waarde"].isna().sum() == 11  # missing stays missing, never zero


def test_lower_is_better_ranks_smallest_first(small_con: duckdb.DuckDBPyConnection):
    frame = indicator_by_gemeente(small_con, "afstand_museum", 2023).dropna(subset=["waarde"])
    assert frame["naam"].tolist() == ["Losser", "Enschede", "Hengelo"]
    assert frame["rang"].tolist() == [1, 2, 3]


def test_years(small_con: duckdb.DuckDBPyConnection):
    assert initiative_years(small_con) == [2022, 2023, 2024, 2025]
    assert indicator_years(small_con, "cultuurdeelname") == [2022, 2023]
    assert all_data_years(small_con) == [2022, 2023, 2024, 2025]
