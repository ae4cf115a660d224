"""Grenzeloos in AppTest: filters change the tiles and the partnership table to a direct query's values."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from data.crossborder import crossborder_kpis
from data.filters import InitiativeFilter
from data.formatting import format_euro, format_number
from data.reference import GEMEENTE_BY_CODE
from tests.conftest import clickable_pictures, server_pictures, static_tables

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("app_env")

# Written out here, apart from data/crossborder.py, so the page is checked against SQL it does not share.
DIRECT_COUNTS = """
WITH sel AS (
    SELECT DISTINCT i.id FROM initiatief i JOIN initiatief_jaar ij ON ij.initiatief_id = i.id
    WHERE ij.jaar BETWEEN $low AND $high AND (len($disc) = 0 OR list_contains($disc, i.discipline))
      AND (len($gem) = 0 OR EXISTS (SELECT 1 FROM initiatief_gemeente ig
                                    WHERE ig.initiatief_id = i.id AND list_contains($gem, ig.gemeente_code)))
)
SELECT
    (SELECT count(*) FROM sel),
    (SELECT count(DISTINCT s.id) FROM sel s JOIN initiatief_partner ip ON ip.initiatief_id = s.id
       JOIN partner p ON p.id = ip.partner_id WHERE p.land = 'DE'),
    (SELECT count(DISTINCT p.id) FROM sel s JOIN initiatief_partner ip ON ip.initiatief_id = s.id
       JOIN partner p ON p.id = ip.partner_id WHERE p.land = 'DE')
"""
# Participants from Germany in the chosen years: each reporting cross-border initiative's
# figure times the share of its running years that fall in the range.
DIRECT_GERMAN_REACH = """
SELECT coalesce(sum(i.bereik_duitsland * (least(i.eindjaar, $high) - greatest(i.startjaar, $low) + 1)
                    / (i.eindjaar - i.startjaar + 1)), 0)
FROM initiatief i
WHERE i.bereik_duitsland IS NOT NULL AND i.eindjaar >= $low AND i.startjaar <= $high
  AND (len($disc) = 0 OR list_contains($disc, i.discipline))
  AND (len($gem) = 0 OR EXISTS (SELECT 1 FROM initiatief_gemeente ig
                                WHERE ig.initiatief_id = i.id AND list_contains($gem, ig.gemeente_code)))
  AND EXISTS (SELECT 1 FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id
              WHERE ip.initiatief_id = i.id AND p.land = 'DE')
"""
DIRECT_LINKS = """
SELECT DISTINCT g.naam, p.plaats
FROM initiatief i
JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
JOIN gemeente g ON g.code = ig.gemeente_code
JOIN initiatief_partner ip ON ip.initiatief_id = i.id
JOIN partner p ON p.id = ip.partner_id
WHERE p.land = 'DE' AND i.eindjaar >= $low AND i.startjaar <= $high
  AND (len($disc) = 0 OR list_contains($disc, i.discipline))
  AND (len($gem) = 0 OR list_contains($gem, ig.gemeente_code))
"""


def open_grenzeloos(**query: str) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    app.switch_page("app_pages/grenzeloos.py").run()
    assert not app.exception, app.exception
    return app


def year_range(app: AppTest) -> tuple[int, int]:
    return app.selectbox(key="grenzeloos_van").value, app.selectbox(key="grenzeloos_tot").value


def test_a_first_year_after_the_last_swaps_with_it(demo_con):
    app = open_grenzeloos()
    opening, _ = year_range(app)
    app.selectbox(key="grenzeloos_tot").select(2021).run()  # before the first year
    assert year_range(app) == (2021, opening)
    assert app.subheader[0].value == f"Grensoverschrijdend werk in 2021–{opening}"
    assert_page_matches(app, demo_con, InitiativeFilter(year_from=2021, year_to=opening))


def metrics(app: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def show_tab(app: AppTest, label: str) -> AppTest:
    """Click a tab: only the shown tab's content is built."""
    app.session_state["grenzeloos_tab"] = label
    return app.run()


def partnership_frame(app: AppTest):
    show_tab(app, "Partnerschappen")
    frames = [d.value for d in app.dataframe if "Duitse plaats" in d.value.columns]
    assert len(frames) == 1
    return frames[0]


def direct_counts(
    con: duckdb.DuckDBPyConnection, low: int, high: int, disc: list[str], gem: list[str]
) -> tuple[int, ...]:
    params = {"low": low, "high": high, "disc": disc, "gem": gem}
    return con.execute(DIRECT_COUNTS, params).fetchone()


def direct_links(
    con: duckdb.DuckDBPyConnection, low: int, high: int, disc: list[str], gem: list[str]
) -> set[tuple[str, str]]:
    params = {"low": low, "high": high, "disc": disc, "gem": gem}
    return set(con.execute(DIRECT_LINKS, params).fetchall())


def assert_page_matches(app: AppTest, con: duckdb.DuckDBPyConnection, f: InitiativeFilter) -> None:
    disc = list(f.disciplines)
    total, cross, partners = direct_counts(con, f.year_from, f.year_to, disc, list(f.gemeenten))
    shown = metrics(app)
    assert shown["Grensoverschrijdend"] == format_number(cross, 0, "nl")
    assert shown["Aandeel"] == f"{format_number(cross / total * 100, 0, 'nl')}%"
    assert shown["Duitse partners"] == format_number(partners, 0, "nl")
    expected = crossborder_kpis(con, f)
    assert shown["Budget"] == format_euro(expected.budget, "nl")
    assert shown["Uit grensprogramma's"] == format_euro(expected.programme_funding, "nl")
    params = {"low": f.year_from, "high": f.year_to, "disc": disc, "gem": list(f.gemeenten)}
    german = con.execute(DIRECT_GERMAN_REACH, params).fetchone()[0]
    assert shown.get("Deelnemers uit Duitsland") == (format_number(german, 0, "nl") if german else None)
    table = partnership_frame(app)
    rows = set(zip(table["Gemeente"], table["Duitse plaats"], strict=True))
    assert rows == direct_links(con, f.year_from, f.year_to, disc, list(f.gemeenten))
    assert len(rows) == len(table), "each municipality-place pair is one row"


def test_page_follows_the_sidebar_year_and_matches_a_direct_query(demo_con):
    app = open_grenzeloos()
    app.sidebar.selectbox[0].select(2023).run()
    assert app.title[0].value == "Grenzeloos"
    assert year_range(app) == (2023, 2023)
    assert app.subheader[0].value == "Grensoverschrijdend werk in 2023"
    assert_page_matches(app, demo_con, InitiativeFilter(year_from=2023, year_to=2023))
    app.sidebar.selectbox[0].select(2025).run()
    assert_page_matches(app, demo_con, InitiativeFilter(year_from=2025, year_to=2025))


def test_year_range_and_discipline_change_tiles_and_table(demo_con):
    app = open_grenzeloos()
    before = metrics(app)["Grensoverschrijdend"]
    rows_before = len(partnership_frame(app))
    app.selectbox(key="grenzeloos_tot").select(2026).run()
    app.selectbox(key="grenzeloos_van").select(2021).run()
    assert year_range(app) == (2021, 2026)
    assert app.query_params["van"] == "2021"
    assert metrics(app)["Grensoverschrijdend"] != before
    assert len(partnership_frame(app)) > rows_before
    assert_page_matches(app, demo_con, InitiativeFilter(year_from=2021, year_to=2026))

    app.multiselect(key="grenzeloos_discipline").select("muziek").run()
    chosen = InitiativeFilter(year_from=2021, year_to=2026, disciplines=("muziek",))
    assert_page_matches(app, demo_con, chosen)
    assert app.query_params["discipline"] == "muziek", "the filter is in the URL"


def test_trend_and_disciplines_are_drawn_once_their_tab_is_shown():
    app = open_grenzeloos()
    titles = ("Per jaar (Met Duitse partner): ", "Per discipline: ")
    assert not [alt for alt in server_pictures(app) if alt.startswith(titles)]
    show_tab(app, "Per jaar en discipline")
    assert {title for title in titles for alt in server_pictures(app) if alt.startswith(title)} == set(titles)
    assert not app.get("plotly_chart"), "drawn on the server: the tab loads no plotly.js"
    assert not share_words(app), "the hidden per-municipality tab is not built"


def share_words(app: AppTest) -> list[str]:
    """The per-municipality share bars in words (their picture's alt text), one per municipality."""
    prefix = "Aandeel grensoverschrijdend: "
    alts = [alt for alt in server_pictures(app) if alt.startswith(prefix)]
    return alts[0].removeprefix(prefix).split("; ") if alts else []


def test_the_share_bars_name_every_municipality_with_its_share_highest_first(demo_con):
    app = open_grenzeloos(van="2022", tot="2024")
    assert not app.exception, app.exception
    counted = demo_con.execute(
        """WITH sel AS (
               SELECT DISTINCT i.id FROM initiatief i JOIN initiatief_jaar ij ON ij.initiatief_id = i.id
               WHERE ij.jaar BETWEEN 2022 AND 2024),
           german AS (
               SELECT DISTINCT ip.initiatief_id AS id FROM initiatief_partner ip
               JOIN partner p ON p.id = ip.partner_id WHERE p.land = 'DE')
           SELECT ig.gemeente_code, count(DISTINCT s.id),
                  count(DISTINCT s.id) FILTER (WHERE s.id IN (SELECT id FROM german))
           FROM sel s JOIN initiatief_gemeente ig ON ig.initiatief_id = s.id
           GROUP BY ig.gemeente_code"""
    ).fetchall()
    rows = [(GEMEENTE_BY_CODE[code].naam, total, cross) for code, total, cross in counted]
    said = share_words(app)
    assert sorted(w.split(": ")[0] for w in said) == sorted(name for name, _n, _c in rows)
    for name, total, cross in rows:
        share = f"{format_number(cross / total * 100, 0, 'nl')}% ({cross}/{total})"
        assert f"{name}: {share}" in said, name
    shares = [int(w.split(": ")[1].split("%")[0]) for w in said]
    assert shares == sorted(shares, reverse=True), "highest on top"
    assert not app.get("plotly_chart"), "the first view's map is drawn on the server: no plotly.js"
    assert "grenzeloos_view_map" in clickable_pictures(app)


def test_municipality_filter_keeps_only_its_connections(demo_con):
    app = open_grenzeloos(van="2022", tot="2024", gemeente="GM0168")
    table = partnership_frame(app)
    assert set(table["Gemeente"]) == {"Losser"}
    assert_page_matches(app, demo_con, InitiativeFilter(year_from=2022, year_to=2024, gemeenten=("GM0168",)))
    assert not [t for t in static_tables(app) if "Duitse partnerplaatsen" in t.columns], "tab not shown"
    show_tab(app, "Per gemeente")
    per_gemeente = next(t for t in static_tables(app) if "Duitse partnerplaatsen" in t.columns)
    assert per_gemeente["Gemeente"].tolist() == ["Losser"]
    losser = per_gemeente.iloc[0]
    assert sorted(losser["Duitse partnerplaatsen"].split(", ")) == sorted(set(table["Duitse plaats"]))


def test_the_page_reads_in_german():
    app = open_grenzeloos()
    app.sidebar.radio[0].set_value("de").run()
    assert app.title[0].value == "Grenzenlos"
    assert {"Grenzüberschreitend", "Anteil", "Deutsche Partner", "Teilnehmende"} <= set(metrics(app))
    low, high = year_range(app)
    span = str(low) if low == high else f"{low}–{high}"
    assert [s.value for s in app.subheader][:2] == [
        f"Grenzüberschreitende Arbeit {span}",
        "Verbindungen über die Grenze",
    ]
    assert [tab.label for tab in app.tabs] == ["Je Gemeinde", "Nach Jahr und Sparte", "Partnerschaften"]
    show_tab(app, "Partnerschaften")
    table = next(d.value for d in app.dataframe if "Deutscher Ort" in d.value.columns)
    assert "Kreis" in table.columns
    assert not [d for d in app.dataframe if "Partnerorte" in d.value.columns], "built once opened"
    app.session_state["grenzeloos_kreise_open"] = True  # the reader opens the map's table
    app.run()
    kreise = next(d.value for d in app.dataframe if "Partnerorte" in d.value.columns)
    assert "Landkreis Grafschaft Bentheim" in set(kreise["Kreis"])
    assert any("Demodaten" in w.body for w in app.warning)
