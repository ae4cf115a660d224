"""Reference data is complete and agrees with the real boundary files."""

import csv
import json
from pathlib import Path

from shapely.geometry import Point, shape

from data.geo import KREISE_FILE, TWENTE_FILE, find_geo_file
from data.indicators import INDICATORS
from data.reference import (
    DISCIPLINES,
    GEMEENTEN,
    GERMAN_PLACES,
    KREIS_BY_GADM_CODE,
    KREIS_NAMES,
    KREISE,
    THEMES,
)


def test_fourteen_twente_municipalities_with_cbs_codes():
    assert len(GEMEENTEN) == 14
    assert len({g.code for g in GEMEENTEN}) == 14
    assert all(g.code.startswith("GM") and len(g.code) == 6 for g in GEMEENTEN)


def test_population_and_area_match_the_boundary_file():
    features = json.loads(find_geo_file(TWENTE_FILE).read_text(encoding="utf-8"))["features"]
    from_file = {
        f["properties"]["code"]: (
            f["properties"]["naam"],
            f["properties"]["inwoners_2015"],
            f["properties"]["oppervlakte_land_ha"],
        )
        for f in features
    }
    assert {g.code: (g.naam, g.inwoners_2015, g.oppervlakte_land_ha) for g in GEMEENTEN} == from_file


def test_three_themes_of_the_cultuurprofiel():
    assert [t.nl for t in THEMES] == ["Tijd en ruimte", "Traditie en innovatie", "Grenzeloos Twente"]
    assert all(t.description_nl and t.description_en for t in THEMES)


def test_at_least_ten_disciplines_with_both_languages():
    assert len(DISCIPLINES) >= 10
    assert all(d.nl and d.en for d in DISCIPLINES)


def test_indicator_catalogue_is_complete():
    assert len(INDICATORS) >= 8
    for ind in INDICATORS:
        assert ind.name_nl
        assert ind.name_en
        assert ind.definition_nl
        assert ind.definition_en
        assert ind.definition_de, ind.code  # German partners read the definitions too
        assert ind.population_de, ind.code
        assert ind.unit
        assert ind.source
        assert ind.population_nl
        assert ind.phrase_nl, ind.code
    assert any(not ind.higher_is_better for ind in INDICATORS)  # distances: lower is better


def test_german_places_lie_in_the_district_they_name():
    features = json.loads(find_geo_file(KREISE_FILE).read_text(encoding="utf-8"))["features"]
    districts = {f["properties"]["code"]: shape(f["geometry"]) for f in features}
    assert set(KREIS_NAMES) == set(districts)
    for place in GERMAN_PLACES:
        assert districts[place.kreis_code].contains(Point(place.lon, place.lat)), place.naam


def test_indicator_names_in_every_language():
    for ind in INDICATORS:
        names = {ind.name("nl"), ind.name("en"), ind.name("de")}
        assert len(names) == 3, ind.code  # German partners read German names, not English ones


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_population_2024_is_the_cbs_figure():
    """Reference inhabitants on 1-1-2024 agree with CBS StatLine 85984NED as CBS published it."""
    with (FIXTURES / "cbs" / "twente_kerncijfers_2024.csv").open(encoding="utf-8") as handle:
        published = {row["gemeente_code"]: int(row["inwoners"]) for row in csv.DictReader(handle)}
    assert {g.code: g.inwoners_2024 for g in GEMEENTEN} == published
    assert published["GM0153"] == 161738  # Enschede, as in the CBS table


def test_german_districts_are_keyed_by_ags_with_nuts3_as_in_the_shipped_file():
    features = json.loads(find_geo_file(KREISE_FILE).read_text(encoding="utf-8"))["features"]
    from_file = {
        f["properties"]["code"]: (f["properties"]["naam"], f["properties"]["nuts3"]) for f in features
    }
    assert {k.code: (k.naam, k.nuts3) for k in KREISE} == from_file
    assert all(len(k.code) == 5 and k.code.isdigit() for k in KREISE)
    assert KREIS_BY_GADM_CODE["DE-GADM-297"].code == "05554"  # Kreis Borken, as SOURCES.md maps it


def test_find_gemeente_refuses_crafted_values_without_raising():
    from data.reference import find_gemeente

    assert find_gemeente("²") is None
    assert find_gemeente("9" * 5000) is None
    assert find_gemeente("x" * 10_000) is None
    assert find_gemeente("0153") == "GM0153"
    assert find_gemeente("Hof v. Twente") == "GM1735"
