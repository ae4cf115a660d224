"""Ranks, change over time and generated sentences, on the small hand-made store."""

import math

import duckdb
import pandas as pd
import pytest

from data.profile import (
    change_since,
    gemeente_initiatives,
    gemeente_key_figures,
    highlight_sentence,
    highlights,
    indicator_trends,
    latest_summary,
)
from data.reference import find_gemeente


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("GM0153", "GM0153"),
        ("gm0153", "GM0153"),
        ("0153", "GM0153"),
        ("153", "GM0153"),
        ("enschede", "GM0153"),
        ("ENSCHEDE", "GM0153"),
        ("Hof v. Twente", "GM1735"),
        ("hof-van-twente", "GM1735"),
        ("rijssen holten", "GM1742"),
        (" Rijssen-Holten ", "GM1742"),
        ("Amsterdam", None),
        ("GM0363", None),
        ("", None),
        (None, None),
    ],
)
def test_find_gemeente_accepts_codes_and_names(raw, code):
    assert find_gemeente(raw) == code


def test_change_since_per_municipality(small_con: duckdb.DuckDBPyConnection):
    frame = change_since(small_con, "cultuurdeelname", 2022, 2023)
    enschede = frame[frame["gemeente_code"] == "GM0153"].iloc[0]
    assert enschede["van"] == 75.0
    assert enschede["tot"] == 80.0
    assert enschede["waarde"] == 5.0
    assert enschede["rang"] == 1
    # Hengelo has no 2022 value: its change is missing, not 85.
    hengelo = frame[frame["gemeente_code"] == "GM0164"].iloc[0]
    assert pd.isna(hengelo["waarde"])
    assert frame["waarde"].notna().sum() == 1


def test_trends_rank_among_the_fourteen_and_keep_references(small_con: duckdb.DuckDBPyConnection):
    trends = indicator_trends(small_con, ["GM0168"])
    museum = trends[(trends["indicator"] == "afstand_museum") & (trends["jaar"] == 2023)].set_index(
        "gemeente_code"
    )
    assert museum.loc["GM0168", "rang"] == 1  # 7.0 km is the shortest of the three: lower is better
    assert set(museum.index) == {"GM0168", "CR12", "NL01"}
    visits = trends[(trends["indicator"] == "cultuurdeelname") & (trends["jaar"] == 2023)].set_index(
        "gemeente_code"
    )
    assert visits.loc["GM0168", "rang"] == 3
    assert pd.isna(visits.loc["CR12", "rang"])


def test_latest_summary(small_con: duckdb.DuckDBPyConnection):
    summary = latest_summary(indicator_trends(small_con, ["GM0153"]), "GM0153").set_index("indicator")
    row = summary.loc["cultuurdeelname"]
    assert row["jaar"] == 2023
    assert row["waarde"] == 80.0
    assert row["verandering"] == 5.0
    assert row["eerste_jaar"] == 2022
    assert row["twente"] == 78.0


def test_highlights_and_sentences(small_con: duckdb.DuckDBPyConnection):
    above, below = highlights(small_con, "GM0164")
    # Both lie 0.92 standard deviations above Twente, so their order is a tie.
    assert set(above["indicator"]) == {"cultuurdeelname", "afstand_museum"}
    assert below.empty
    row = above[above["indicator"] == "cultuurdeelname"].iloc[0]
    assert row["verschil"] == 7.0
    assert (
        highlight_sentence(row, "Hengelo")
        == "Het aandeel inwoners dat een culturele activiteit bezocht ligt in Hengelo 7,0 procentpunt "
        "boven het Twentse gemiddelde (2023)."
    )
    assert highlight_sentence(row, "Hengelo", "en") == (
        "The share of residents who attended a cultural activity in Hengelo is 7.0 pp above "
        "the Twente average (2023)."
    )
    _, losser_below = highlights(small_con, "GM0168")
    assert "onder het Twentse gemiddelde" in highlight_sentence(losser_below.iloc[0], "Losser")


def test_key_figures_count_shared_initiatives_in_full(small_con: duckdb.DuckDBPyConnection):
    losser = gemeente_key_figures(small_con, "GM0168", 2023)
    # A (shared with Enschede, half its budget in 2023) and B (with a German partner).
    assert losser["initiatives"] == 2
    assert math.isclose(losser["budget"], 10_000 + 9_000)
    assert math.isclose(losser["participants"], 200 + 300)
    assert losser["cross_border"] == 1
    assert gemeente_key_figures(small_con, "GM0141", 2023)["initiatives"] == 0


def test_initiatives_of_a_municipality(small_con: duckdb.DuckDBPyConnection):
    frame = gemeente_initiatives(small_con, "GM0168")
    assert frame["id"].tolist() == ["B", "A"]  # newest first
    assert frame.set_index("id").loc["B", "grensoverschrijdend"]
