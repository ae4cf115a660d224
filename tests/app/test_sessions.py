"""Two sessions of one server never see each other's filters, language, year or upload.

Both ``AppTest`` sessions run in this one process, so they share every cache and the
store connection, as two browsers on one ``streamlit run`` do; only session state
is their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.auth import hash_password
from data.store import IMPORT_DB_ENV_VAR
from tests.app.test_pages import all_text

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "sessie-wachtwoord"  # noqa: S105 - a test password
SECRETS = {"password_hash": hash_password(PASSWORD)}
UPLOAD = b"gemeente;jaar;indicator;groep;waarde\r\nAlmelo;2023;cultuurdeelname;totaal;80,5\r\n"


def session(page: str | None = None) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.secrets["data_beheer"] = SECRETS
    app.run()
    if page:
        app.switch_page(f"app_pages/{page}").run()
    assert not app.exception, app.exception
    return app


def initiative_count_line(app: AppTest) -> str:
    return next(m.value for m in app.markdown if "initiatie" in str(m.value).lower())


@pytest.mark.usefixtures("app_env")
def test_language_and_year_stay_in_their_own_session():
    first, second = session(), session()
    first.sidebar.radio[0].set_value("en").run()
    first.sidebar.selectbox[0].select(2022).run()
    assert first.title[0].value == "Culture in Twente in 2022"

    second.run()
    assert second.sidebar.radio[0].value == "nl"
    assert second.title[0].value.startswith("Cultuur in Twente in ")
    assert second.sidebar.selectbox[0].value != 2022
    assert "Demodata" in all_text(second)

    second.sidebar.selectbox[0].select(2021).run()
    first.run()
    assert first.title[0].value == "Culture in Twente in 2022", "the other session's year did not leak in"


@pytest.mark.usefixtures("app_env")
def test_initiative_filters_stay_in_their_own_session():
    first, second = session("initiatieven.py"), session("initiatieven.py")
    everything = initiative_count_line(second)
    theme = next(m for m in first.multiselect if m.key == "ini_thema")
    theme.set_value(["grenzeloos"]).run()
    assert not first.exception, first.exception
    filtered = initiative_count_line(first)
    assert filtered != everything, "the filter narrows the list in the session that set it"

    second.run()
    assert next(m for m in second.multiselect if m.key == "ini_thema").value == []
    assert initiative_count_line(second) == everything
    first.run()
    assert initiative_count_line(first) == filtered


@pytest.fixture
def import_db(app_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "imported.duckdb"
    monkeypatch.setenv(IMPORT_DB_ENV_VAR, str(path))
    return path


def log_in(app: AppTest) -> None:
    app.text_input[0].input(PASSWORD)
    app.text_input[1].input("Els")
    app.button[0].click().run()
    assert not app.exception, app.exception


@pytest.mark.usefixtures("import_db")
def test_login_and_a_pending_upload_stay_in_their_own_session():
    first, second = session("data_beheer.py"), session("data_beheer.py")
    log_in(first)
    first.file_uploader[0].upload("waarden.csv", UPLOAD, "text/csv").run()
    assert not first.exception, first.exception
    assert "Geen fouten gevonden in 1 rijen." in all_text(first) + "".join(s.body for s in first.success)

    second.run()
    assert len(second.file_uploader) == 0, "the other session is not logged in"
    log_in(second)
    assert second.file_uploader[0].value in (None, [])
    assert not any(b.label == "Importeren" for b in second.button), "no preview of the other's upload"
    assert "waarden.csv" not in all_text(second)
