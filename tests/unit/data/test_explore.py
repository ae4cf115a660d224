"""The pivot behind Verkennen, and the list behind Initiatieven.

Known answers come from the small store of ``tests/conftest.py``:
A  tijd_ruimte, erfgoed, 2022-2023, € 20.000, 400 people, Enschede + Losser, no German partner
B  grenzeloos, festivals, 2023, € 9.000, 300 people, Losser, partner in Gronau (Kreis Borken)
C  traditie_innovatie, design, 2023-2025, € 30.000, 900 people, Hengelo
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data import explore
from data.explore import PivotSpec, pivot
from data.filters import InitiativeFilter
from data.i18n import TEXTS
from data.store import connect


def as_dict(frame: pd.DataFrame, *dims: str) -> dict:
    if len(dims) == 1:
        return {row[dims[0]]: row["waarde"] for _, row in frame.iterrows()}
    return {tuple(row[d] for d in dims): row["waarde"] for _, row in frame.iterrows()}


# --- Known answers on the small store ----------------------------------------------------


def test_count_by_gemeente_counts_an_initiative_in_each_of_its_municipalities(small_con):
    result = pivot(small_con, PivotSpec("initiatieven", "count", ("gemeente",)))
    assert as_dict(result, "gemeente") == {"GM0153": 1, "GM0164": 1, "GM0168": 2}
    assert list(result["gemeente"]) == ["GM0153", "GM0164", "GM0168"]  # reference order


def test_budget_by_year_is_spread_over_the_years_an_initiative_runs(small_con):
    result = pivot(small_con, PivotSpec("budget", "sum", ("jaar",)))
    assert as_dict(result, "jaar") == pytest.approx({2022: 10_000, 2023: 29_000, 2024: 10_000, 2025: 10_000})


def test_a_year_filter_takes_only_the_share_of_those_years(small_con):
    result = pivot(small_con, PivotSpec("budget", "sum", ()), InitiativeFilter(year_from=2023, year_to=2023))
    assert result["waarde"].iloc[0] == pytest.approx(29_000)
    assert result["aantal"].iloc[0] == 3


def test_participants_by_cross_border_and_by_german_district(small_con):
    by_border = pivot(small_con, PivotSpec("deelnemers", "sum", ("grens",)))
    assert as_dict(by_border, "grens") == pytest.approx({"ja": 300, "nee": 1300})
    by_kreis = pivot(small_con, PivotSpec("budget", "sum", ("kreis",)))
    assert by_kreis["kreis"].iloc[0] == "05554"
    assert by_kreis["waarde"].tolist() == pytest.approx([9_000, 50_000])  # the rest: no German partner
    assert by_kreis["kreis"].isna().iloc[1]


def test_mean_and_median_are_per_initiative(small_con):
    mean = pivot(small_con, PivotSpec("budget", "mean", ("status",)))
    assert as_dict(mean, "status") == pytest.approx({"lopend": 19_500, "afgerond": 20_000})
    median = pivot(small_con, PivotSpec("deelnemers", "median", ()))
    assert median["waarde"].iloc[0] == pytest.approx(400)


def test_two_dimensions_leave_out_empty_combinations(small_con):
    result = pivot(small_con, PivotSpec("initiatieven", "count", ("thema", "gemeente")))
    assert as_dict(result, "thema", "gemeente") == {
        ("tijd_ruimte", "GM0153"): 1,
        ("tijd_ruimte", "GM0168"): 1,
        ("traditie_innovatie", "GM0164"): 1,
        ("grenzeloos", "GM0168"): 1,
    }


def test_filters_apply_to_the_pivot(small_con):
    f = InitiativeFilter(gemeenten=("GM0168",), search="grens")
    result = pivot(small_con, PivotSpec("budget", "sum", ("thema",)), f)
    assert as_dict(result, "thema") == pytest.approx({"grenzeloos": 9_000})


def test_indicator_mean_is_over_municipalities_only(small_con):
    f = InitiativeFilter(year_from=2023, year_to=2023)
    mean = pivot(small_con, PivotSpec("cultuurdeelname", "mean", ()), f)
    assert mean["waarde"].iloc[0] == pytest.approx((80 + 85 + 70) / 3)  # not Twente or NL rows
    median = pivot(small_con, PivotSpec("cultuurdeelname", "median", ("gemeente",)), f)
    assert as_dict(median, "gemeente") == {"GM0153": 80, "GM0164": 85, "GM0168": 70}


def test_indicator_by_year_with_a_municipality_filter(small_con):
    f = InitiativeFilter(gemeenten=("GM0153",))
    result = pivot(small_con, PivotSpec("cultuurdeelname", "mean", ("jaar",)), f)
    assert as_dict(result, "jaar") == {2022: 75.0, 2023: 80.0}


def test_budget_by_funding_source_uses_the_amount_of_each_source(small_con):
    small_con.execute("INSERT INTO financiering VALUES ('C', 'gemeente', 12000), ('C', 'interreg', 18000)")
    result = pivot(small_con, PivotSpec("budget", "sum", ("financiering",)))
    values = dict(zip(result["financiering"].fillna("-"), result["waarde"], strict=True))
    assert values == pytest.approx({"gemeente": 12_000, "interreg": 18_000, "-": 29_000})


def test_user_text_never_reaches_sql_as_code(small_con):
    f = InitiativeFilter(search="x') OR 1=1; DROP TABLE initiatief; --")
    assert pivot(small_con, PivotSpec("initiatieven", "count", ()), f)["waarde"].iloc[0] == 0
    assert small_con.execute("SELECT count(*) FROM initiatief").fetchone()[0] == 3


# --- Which questions can be asked --------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        (PivotSpec("cultuurdeelname", "sum", ("gemeente",)), "explore.why.sum"),
        (PivotSpec("cultuurdeelname", "mean", ("discipline",)), "explore.why.indicator_dimension"),
        (PivotSpec("budget", "sum", ("leeftijd",)), "explore.why.age"),
        (PivotSpec("initiatieven", "mean", ()), "explore.why.aggregation_count"),
        (PivotSpec("budget", "sum", ("thema",), "map"), "explore.why.chart"),
        (PivotSpec("budget", "sum", ("thema",), "heatmap"), "explore.why.chart"),
        (PivotSpec("budget", "sum", ("thema", "thema")), "explore.why.dimensions"),
        (PivotSpec("budget", "sum", ("thema", "jaar", "status")), "explore.why.dimensions"),
        (PivotSpec("'; DROP TABLE x", "sum", ()), "explore.why.measure"),
    ],
)
def test_impossible_questions_are_refused_with_a_reason(small_con, spec, reason):
    assert explore.problem(spec) == reason
    assert reason in TEXTS
    with pytest.raises(ValueError, match=reason):
        pivot(small_con, spec)


def test_indicators_offer_only_their_own_dimensions_and_no_sum():
    assert explore.allowed_dimensions("museumbezoek") == ("gemeente", "jaar", "leeftijd")
    assert "sum" not in explore.allowed_aggregations("museumbezoek")
    assert "leeftijd" not in explore.allowed_dimensions("budget")
    assert explore.allowed_aggregations("initiatieven") == ("count",)


def test_charts_fit_the_dimensions():
    assert explore.allowed_charts(()) == ("bar",)
    assert explore.allowed_charts(("gemeente",)) == ("bar", "map")
    assert explore.allowed_charts(("thema", "jaar")) == ("bar", "stacked", "line", "heatmap")


def test_url_round_trip_and_nonsense_falls_back():
    spec = PivotSpec("deelnemers", "median", ("gemeente", "jaar"), "heatmap")
    assert explore.spec_from_query(explore.spec_to_query(spec)) == spec
    assert explore.spec_from_query({}) == PivotSpec()
    odd = explore.spec_from_query({"maat": "cultuurdeelname", "agg": "sum", "rij": "thema", "grafiek": "map"})
    assert odd == PivotSpec("cultuurdeelname", "mean", (), "bar")


@given(st.dictionaries(st.sampled_from(explore.URL_KEYS), st.text(max_size=20)))
def test_any_url_gives_an_answerable_question(query):
    assert explore.problem(explore.spec_from_query(query)) is None


def test_ignored_filters_are_named_for_indicators_only():
    f = InitiativeFilter(themes=("grenzeloos",), gemeenten=("GM0153",), search="x")
    assert explore.ignored_filters("cultuurdeelname", f) == ("thema", "zoek")
    assert explore.ignored_filters("budget", f) == ()


# --- Labels and the wide table -----------------------------------------------------------


def test_wide_table_puts_the_second_dimension_across(small_con):
    spec = PivotSpec("budget", "sum", ("thema", "jaar"), "heatmap")
    table = explore.wide_table(pivot(small_con, spec), spec, "nl")
    assert list(table.columns) == ["Thema", "2022", "2023", "2024", "2025"]
    assert list(table["Thema"]) == ["Tijd en ruimte", "Traditie en innovatie", "Grenzeloos Twente"]
    row = table.set_index("Thema").loc["Grenzeloos Twente"]
    assert row["2023"] == 9_000
    assert pd.isna(row["2022"])


def test_wide_table_in_english_and_without_dimensions(small_con):
    spec = PivotSpec("deelnemers", "sum", ("grens",))
    table = explore.wide_table(pivot(small_con, spec), spec, "en")
    assert table.to_dict("list") == {
        "Cross-border": ["With German partner", "Without German partner"],
        "Participants": [300.0, 1300.0],
    }
    total = PivotSpec("initiatieven", "count", ())
    assert explore.wide_table(pivot(small_con, total), total, "nl").iloc[0, 1] == 3


def _with_totals(con: duckdb.DuckDBPyConnection, spec: PivotSpec, lang: str = "nl") -> pd.DataFrame:
    margins = {m.dimensions: pivot(con, m) for m in explore.margin_specs(spec)}
    return explore.wide_table(pivot(con, spec), spec, lang, margins)


def test_totals_count_each_initiative_once_not_the_sum_of_the_cells(small_con):
    spec = PivotSpec("initiatieven", "count", ("gemeente", "jaar"), "heatmap")
    table = _with_totals(small_con, spec).set_index("Gemeente")
    # A runs 2022-2023 in Enschede and Losser: one initiative, however many cells it is in.
    assert table.loc["Losser", ["2022", "2023"]].sum() == 3
    assert table["Totaal"].to_dict() == {"Enschede": 1, "Hengelo": 1, "Losser": 2, "Totaal": 3}
    assert table.loc["Totaal", ["2022", "2023", "2024", "2025"]].tolist() == [1, 3, 1, 1]


def test_a_total_row_for_one_dimension_in_the_chosen_language(small_con):
    table = _with_totals(small_con, PivotSpec("budget", "sum", ("thema",)), "en")
    assert table.iloc[-1].tolist() == ["Total", 59_000]
    assert table.iloc[:-1, 1].sum() == 59_000  # budget is spread, so here the groups do add up
    assert explore.margin_specs(PivotSpec("initiatieven", "count", ())) == []


# --- Properties on the demo data ---------------------------------------------------------


@pytest.fixture(scope="module")
def demo(demo_db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(demo_db_path)
    yield con
    con.close()


YEARS = st.one_of(st.none(), st.integers(2020, 2027))
FILTERS = st.builds(
    InitiativeFilter,
    year_from=YEARS,
    year_to=YEARS,
    themes=st.sampled_from([(), ("grenzeloos",), ("tijd_ruimte", "traditie_innovatie")]),
    gemeenten=st.sampled_from([(), ("GM0153",), ("GM0168", "GM1774")]),
    cross_border=st.sampled_from([None, True, False]),
    search=st.sampled_from(["", "festival", "café"]),
)
INITIATIVE_DIMS = [d for d in explore.DIMENSIONS if d != "leeftijd"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    measure=st.sampled_from(explore.INITIATIVE_MEASURES),
    aggregation=st.sampled_from(["sum", "count"]),
    dimension=st.sampled_from(INITIATIVE_DIMS),
    f=FILTERS,
)
def test_groups_add_up_to_the_total_for_additive_measures(demo, measure, aggregation, dimension, f):
    spec = explore.normalise(PivotSpec(measure, aggregation, (dimension,)))
    total = pivot(demo, PivotSpec(spec.measure, spec.aggregation, ()), f)["waarde"].iloc[0]
    grouped = pivot(demo, spec, f)["waarde"].sum()
    if explore.is_additive(spec, dimension):
        assert grouped == pytest.approx(total)
    else:
        assert grouped >= total - 1e-6
        assert dimension in explore.overlapping_dimensions(spec)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.sampled_from(INITIATIVE_DIMS), second=st.sampled_from(INITIATIVE_DIMS), f=FILTERS)
def test_two_dimensions_sum_to_the_one_dimension_answer(demo, first, second, f):
    """Summing budget over a single-valued second dimension gives the first dimension's answer."""
    if first == second or not explore.is_additive(PivotSpec("budget", "sum"), second):
        return
    one = pivot(demo, PivotSpec("budget", "sum", (first,)), f)
    two = pivot(demo, PivotSpec("budget", "sum", (first, second)), f)
    summed = two.groupby(first, dropna=False)["waarde"].sum()
    expected = one.set_index(first)["waarde"]
    assert summed.reindex(expected.index).to_numpy() == pytest.approx(expected.to_numpy())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(f=FILTERS)
def test_number_of_initiatives_matches_the_list(demo, f):
    """Also for a year range typed backwards in a URL: both read it forwards."""
    counted = pivot(demo, PivotSpec("initiatieven", "count", ()), f)["waarde"].iloc[0]
    assert counted == len(explore.initiative_list(demo, f))


def test_budget_by_theme_matches_an_independent_computation(demo):
    """Spread budgets computed in pandas from the raw table agree with the pivot."""
    f = InitiativeFilter(year_from=2022, year_to=2023)
    raw = demo.execute("SELECT thema, startjaar, eindjaar, budget FROM initiatief").df()
    overlap = (raw["eindjaar"].clip(upper=2023) - raw["startjaar"].clip(lower=2022) + 1).clip(lower=0)
    raw["share"] = raw["budget"] * overlap / (raw["eindjaar"] - raw["startjaar"] + 1)
    expected = raw.groupby("thema")["share"].sum()
    result = pivot(demo, PivotSpec("budget", "sum", ("thema",)), f).set_index("thema")["waarde"]
    assert result.to_dict() == pytest.approx(expected.to_dict())


# --- The list ----------------------------------------------------------------------------


def test_search_ignores_case_and_accents_in_name_description_and_organisation(small_con):
    small_con.execute("UPDATE initiatief SET naam = 'Maakplaats Café' WHERE id = 'C'")
    small_con.execute("UPDATE initiatief SET omschrijving = 'Muziek in het CAFÉ' WHERE id = 'A'")
    small_con.execute("UPDATE initiatief SET organisatie = 'Stichting Cafébühne' WHERE id = 'B'")
    for text in ("cafe", "CAFE", "Café", "cafÉ"):
        assert sorted(explore.initiative_list(small_con, InitiativeFilter(search=text))["id"]) == [
            "A",
            "B",
            "C",
        ]
    found = explore.initiative_list(small_con, InitiativeFilter(search="buhne"))
    assert list(found["id"]) == ["B"]


def test_the_list_carries_every_column_in_the_language(small_con):
    frame = explore.initiative_list(small_con, InitiativeFilter(gemeenten=("GM0168",)))
    table = explore.initiative_table(frame, "nl")
    assert list(table["Naam"]) == ["Erfgoedroute", "Grensfestival"]
    row = table.set_index("Naam").loc["Grensfestival"]
    assert row["Gemeenten"] == "Losser"
    assert row["Duitse partners"] == "Kulturbüro Gronau"
    assert row["Thema"] == "Grenzeloos Twente"
    assert row["Jaren"] == "2023"
    assert table.set_index("Naam").loc["Erfgoedroute", "Jaren"] == "2022–2023"
    assert table.set_index("Naam").loc["Erfgoedroute", "Gemeenten"] == "Enschede, Losser"


def test_detail_of_one_initiative(small_con):
    detail = explore.initiative_detail(small_con, "B")
    assert detail is not None
    assert detail.row["naam"] == "Grensfestival"
    assert list(detail.partners["plaats"]) == ["Losser", "Gronau (Westf.)"]
    assert detail.gemeenten == ("GM0168",)
    assert explore.initiative_detail(small_con, "nope") is None
