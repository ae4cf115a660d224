"""Over de data for its readers: what is real, where it comes from, licences, in NL, EN and DE."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from data.i18n import TEXTS, translate
from data.importing.commit import commit
from data.importing.plan import analyse
from data.indicators import INDICATORS
from data.reference import THEMES
from data.store import IMPORT_DB_ENV_VAR, connect

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("nl", "en", "de")
CREDITS = (
    "© GeoBasis-DE / BKG 2019 (Daten verändert)",
    "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    "CC BY 4.0",
    "CBS/Kadaster",
    "Bron: CBS StatLine, tabel 85984NED",
    "80305NED",
)
# What only developers need: paths beside the repository, copying rules, version control.
DEVELOPER_NOTES = re.compile(
    r"\.\./shared|shared/geo|SOURCES\.md|GADM|do not copy|never ship|niet kopi|nicht kopier|\bgit\b",
    re.IGNORECASE,
)
HEADING_KEYS = (
    "over.real_or_demo",
    "over.sources",
    "over.load",
    "over.indicators",
    "over.counting",
    "over.themes",
    "over.municipalities",
)


def open_over(**query: str) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    app.switch_page("app_pages/over_de_data.py").run()
    assert not app.exception, app.exception
    return app


def main_text(app: AppTest) -> str:
    """Everything the page itself writes (not the sidebar), tables' headers included."""
    parts = [e.value for e in (*app.main.title, *app.main.header, *app.main.subheader)]
    parts += [e.value for e in (*app.main.markdown, *app.main.caption)]
    parts += [e.body for e in (*app.main.warning, *app.main.info, *app.main.error)]
    for table in app.main.dataframe:
        parts += [str(c) for c in table.value.columns]
        parts += [str(v) for v in table.value.to_numpy().ravel()]
    return "\n".join(str(p) for p in parts)


def tables_by_column(app: AppTest, column: str):
    return [t.value for t in app.main.dataframe if column in t.value.columns]


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("lang", LANGS)
def test_the_page_names_every_credit_and_licence_and_no_developer_notes(lang: str):
    app = open_over(lang=lang)
    text = main_text(app)
    for credit in CREDITS:
        assert credit in text, (lang, credit)
    assert translate("geo.credit", lang) in text, "the maps' own credit line"
    assert not DEVELOPER_NOTES.search(text), DEVELOPER_NOTES.search(text)
    assert len(app.main.title) == 1, "one page title, no second H1"
    assert "CULTUUR_GEO_DIR" in text
    assert "python -m data.cbs" in text


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("lang", LANGS)
def test_the_page_is_in_the_chosen_language(lang: str):
    app = open_over(lang=lang)
    headings = [h.value for h in app.main.header]
    assert headings == [translate(key, lang) for key in HEADING_KEYS]
    assert [s.value for s in app.main.subheader] == [translate("over.provenance", lang)]
    text = main_text(app)
    for key, entry in TEXTS.items():
        if not key.startswith("over."):
            continue
        for other in set(LANGS) - {lang}:
            foreign = entry[other].split("{")[0]  # a text with values: its fixed opening
            if len(foreign) > (12 if foreign == entry[other] else 25) and foreign != entry[lang]:
                assert foreign not in text, (lang, key, other)
    columns = [c for table in app.main.dataframe for c in table.value.columns]
    assert translate("over.col.higher", lang) in columns
    assert translate("over.col.present", lang) in columns
    for theme in THEMES:
        assert f"**{theme.name(lang)}**: {theme.description(lang)}" in text
    if lang == "de":
        assert all(theme.description_de in text for theme in THEMES), "German readers get German themes"
        assert "Welke gegevens" not in text
        assert "Hoe er geteld wordt" not in text


@pytest.mark.usefixtures("app_env")
def test_on_demo_data_every_indicator_value_is_marked_as_demo():
    app = open_over()
    text = main_text(app)
    assert "Welke gegevens zijn demodata?" in text
    assert "Wat is wel echt?" in text
    origin = tables_by_column(app, "Herkomst van de waarden")[0]
    assert len(origin) == len(INDICATORS)
    assert set(origin["Waarden aanwezig"]) == {"ja"}
    assert all(value.startswith("demodata") for value in origin["Herkomst van de waarden"])
    catalogue = tables_by_column(app, "Hoger is beter")[0]
    assert len(catalogue) == len(INDICATORS)
    municipalities = tables_by_column(app, "Inwoners (1-1-2024)")[0]
    assert len(municipalities) == 14


@pytest.fixture
def imported_store(app_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An import store with a CBS fetch for one indicator and a partner's upload for another."""
    path = tmp_path / "imported.duckdb"
    monkeypatch.setenv(IMPORT_DB_ENV_VAR, str(path))
    rows = ["gemeente;jaar;indicator;groep;waarde;bron"]
    for year in (2019, 2020, 2021):
        rows.append(f"Enschede;{year};afstand_museum;totaal;1,8;CBS StatLine 80305NED (opgehaald 2026-12-01)")
        rows.append(f"Almelo;{year};afstand_museum;totaal;2,4;CBS StatLine 80305NED (opgehaald 2026-12-01)")
    rows.append("Losser;2023;bibliotheeklid;totaal;31;Bibliotheek Twente, ledenadministratie")
    content = ("\r\n".join(rows) + "\r\n").encode("utf-8")
    con = connect(path)
    try:
        analysis = analyse(con, [("waarden.csv", content)])
        assert not analysis.has_errors, analysis.validation.issues
        commit(con, analysis, user="test")
    finally:
        con.close()
    return path


@pytest.mark.usefixtures("imported_store")
@pytest.mark.parametrize("lang", LANGS)
def test_on_imported_data_each_indicator_names_its_real_source(lang: str):
    app = open_over(lang=lang)
    text = main_text(app)
    assert translate("over.imported_statement", lang) in text
    assert translate("over.demo_statement", lang) not in text
    origin = tables_by_column(app, translate("over.col.origin", lang))[0]
    by_indicator = origin.set_index(translate("over.col.indicator", lang))
    museum = by_indicator.loc[next(i.name(lang) for i in INDICATORS if i.code == "afstand_museum")]
    assert museum[translate("over.col.present", lang)] == translate("over.yes", lang)
    assert museum[translate("over.col.years", lang)] == "2019–2021"
    assert museum[translate("over.col.origin", lang)] == ", ".join(
        (
            translate("over.source.cbs", lang, table="80305NED"),
            translate("over.source.fetched", lang, date="2026-12-01"),
        )
    )
    library = by_indicator.loc[next(i.name(lang) for i in INDICATORS if i.code == "bibliotheeklid")]
    assert library[translate("over.col.origin", lang)] == "Bibliotheek Twente, ledenadministratie"
    absent = by_indicator.loc[next(i.name(lang) for i in INDICATORS if i.code == "cultuurdeelname")]
    assert absent[translate("over.col.present", lang)] == translate("over.no", lang)
    assert absent[translate("over.col.origin", lang)] == translate("over.no_values", lang)
