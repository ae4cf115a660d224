"""Logging in to Data beheer in the app: wrong passwords lock out, a bad configuration says so,
storing and undoing after a while ask for the password again, OIDC needs a verified address.

The throttle is the server's own (``cache.login_throttle``), emptied before and after
each test; its clock is a fake one the test moves.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import auth, cache
from data import login
from data.formatting import escape_markdown
from tests.app.test_data_beheer import GOOD, PASSWORD, import_db, stored_rows, texts, upload

__all__ = ["import_db"]  # the fixture, shared with test_data_beheer

ROOT = Path(__file__).resolve().parents[2]
HASH = login.hash_password(PASSWORD, iterations=1000)


class FakeClock:
    def __init__(self) -> None:
        self.time = 1_800_000_000.0

    def __call__(self) -> float:
        return self.time

    def advance(self, seconds: float) -> None:
        self.time += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    fake = FakeClock()
    monkeypatch.setattr(auth, "now", fake)
    monkeypatch.setattr(login, "MIN_ITERATIONS", 1000)  # test-only: cheap hashes
    cache.login_throttle.clear()
    yield fake
    cache.login_throttle.clear()


def open_beheer(section: dict | None = None) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.secrets["data_beheer"] = section if section is not None else {"password_hash": HASH}
    app.run()
    app.switch_page("app_pages/data_beheer.py").run()
    assert not app.exception, app.exception
    return app


def try_password(app: AppTest, password: str) -> AppTest:
    app.text_input[0].input(password)
    app.text_input[1].input("Els")
    next(b for b in app.button if b.label == "Inloggen").click().run()
    assert not app.exception, app.exception
    return app


def errors(app: AppTest) -> str:
    return "\n".join(e.body for e in (*app.error, *app.warning))


@pytest.mark.usefixtures("import_db")
def test_five_wrong_passwords_lock_the_session_until_the_lock_expires(clock: FakeClock):
    app = open_beheer()
    for attempt in range(1, 5):
        try_password(app, f"fout-{attempt}")
        assert "Dit wachtwoord klopt niet." in errors(app)
        clock.advance(30)  # longer than any back-off so far
    try_password(app, "fout-5")
    assert "Na 5 mislukte pogingen is inloggen geblokkeerd; probeer het over 15 minuten opnieuw." in errors(
        app
    )

    clock.advance(60)
    try_password(app, PASSWORD)
    assert "inloggen is geblokkeerd. Probeer het over 14 minuten opnieuw." in errors(app)
    assert len(app.file_uploader) == 0, "the right password does not open a locked session"

    app.run()
    assert "Probeer het over 14 minuten opnieuw." in errors(app), "the page says so before an attempt too"

    clock.advance(14 * 60 + 1)
    try_password(app, PASSWORD)
    assert len(app.file_uploader) == 1, "after the lock the right password opens"
    assert "Ingelogd als Els." in texts(app)


@pytest.mark.usefixtures("import_db")
def test_a_quick_retry_after_a_wrong_password_waits_and_costs_no_check(clock: FakeClock):
    app = open_beheer()
    try_password(app, "fout")
    try_password(app, PASSWORD)
    assert "Probeer het over 1 seconde opnieuw." in errors(app)
    assert len(app.file_uploader) == 0
    clock.advance(2)
    try_password(app, PASSWORD)
    assert len(app.file_uploader) == 1


@pytest.mark.usefixtures("import_db", "clock")
@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"password": PASSWORD}, "wachtwoord in platte tekst"),
        (
            {"password_hash": login.hash_password(PASSWORD, iterations=1)},
            "met 1 iteraties gemaakt; dat is te zwak, het minimum is 1.000",
        ),
        ({"password_hash": "pbkdf2_sha256$1000$kapot"}, "is onleesbaar"),
        ({"password_hash": f"md5$1000${'a' * 32}${'b' * 64}"}, "onbekende algoritme `md5`"),
    ],
)
def test_a_bad_configuration_says_what_is_wrong_and_offers_no_login(section: dict, message: str):
    app = open_beheer(section)
    assert message in errors(app)
    assert "niemand inloggen" in errors(app)
    assert len(app.text_input) == 0, "no password field"
    assert len(app.file_uploader) == 0


def _logged_in(section: dict | None = None) -> AppTest:
    app = try_password(open_beheer(section), PASSWORD)
    assert len(app.file_uploader) == 1
    return app


def _prompt(app: AppTest, key: str, password: str) -> AppTest:
    app.text_input(key=f"beheer_reauth_password_{key}").input(password)
    next(b for b in app.button if b.label == "Bevestigen").click().run()
    assert not app.exception, app.exception
    return app


@pytest.mark.usefixtures("import_db")
def test_commit_after_the_idle_timeout_asks_for_the_password_again(clock: FakeClock, import_db: Path):
    app = upload(_logged_in(), "waarden.csv", GOOD)
    clock.advance(11 * 60)
    app.button(key="beheer_commit_upload").click().run()
    assert not app.exception, app.exception
    assert stored_rows(import_db) == 0, "nothing is stored on a stale login"
    assert "langer dan 10 minuten geleden gecontroleerd" in errors(app)

    _prompt(app, "commit_upload", "fout")
    assert "Dit wachtwoord klopt niet." in errors(app)
    assert stored_rows(import_db) == 0

    clock.advance(2)
    _prompt(app, "commit_upload", PASSWORD)
    assert stored_rows(import_db) == 2, "the right password lets the waiting commit go ahead"
    assert "Import 1 is opgeslagen" in texts(app)

    clock.advance(11 * 60)
    next(b for b in app.button if b.label.startswith("Laatste import ongedaan maken")).click().run()
    assert stored_rows(import_db) == 2, "undo asks too"
    assert "langer dan 10 minuten geleden gecontroleerd" in errors(app)
    _prompt(app, "undo", PASSWORD)
    assert stored_rows(import_db) == 0


@pytest.mark.usefixtures("import_db")
def test_within_the_timeout_commit_asks_nothing_and_the_timeout_is_configurable(
    clock: FakeClock, import_db: Path
):
    app = upload(_logged_in({"password_hash": HASH, "reauth_minutes": 30}), "waarden.csv", GOOD)
    clock.advance(29 * 60)
    app.button(key="beheer_commit_upload").click().run()
    assert stored_rows(import_db) == 2
    assert "gecontroleerd" not in errors(app)


@pytest.mark.usefixtures("import_db")
def test_a_cancelled_prompt_stores_nothing(clock: FakeClock, import_db: Path):
    app = upload(_logged_in(), "waarden.csv", GOOD)
    clock.advance(11 * 60)
    app.button(key="beheer_commit_upload").click().run()
    next(b for b in app.button if b.label == "Annuleren").click().run()
    assert stored_rows(import_db) == 0
    assert "gecontroleerd" not in errors(app)
    assert app.button(key="beheer_commit_upload"), "the import button is back"


OIDC = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "een-lang-geheim-van-32-tekens-xx",
    "client_id": "dashboard",
    "client_secret": "geheim",
    "server_metadata_url": "https://login.example.org/.well-known/openid-configuration",
}


def _oidc_app(monkeypatch: pytest.MonkeyPatch, claims: dict) -> AppTest:
    monkeypatch.setattr(auth, "_user_claims", lambda: {"is_logged_in": True, **claims})
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.secrets["auth"] = OIDC
    app.run()
    app.switch_page("app_pages/data_beheer.py").run()
    assert not app.exception, app.exception
    return app


@pytest.mark.usefixtures("import_db", "clock")
def test_oidc_needs_a_verified_email_address(monkeypatch: pytest.MonkeyPatch):
    app = _oidc_app(monkeypatch, {"email": "els@enschede.nl", "email_verified": False})
    assert "bevestigt niet dat dit e-mailadres geverifieerd is (claim `email_verified`)" in errors(app)
    assert len(app.file_uploader) == 0

    app = _oidc_app(monkeypatch, {"email": "els@enschede.nl"})
    assert "geverifieerd" in errors(app), "no claim at all is no verification"
    assert len(app.file_uploader) == 0

    app = _oidc_app(monkeypatch, {"email": "els@enschede.nl", "email_verified": True})
    assert len(app.file_uploader) == 1
    assert "Ingelogd als els@enschede.nl." in texts(app)  # as read: escaped, never a mailto link


@pytest.mark.usefixtures("import_db")
def test_an_expired_oidc_login_must_log_in_again(monkeypatch: pytest.MonkeyPatch, clock: FakeClock):
    claims = {"email": "els@enschede.nl", "email_verified": True, "exp": clock.time - 1}
    app = _oidc_app(monkeypatch, claims)
    assert f"Uw login als {escape_markdown('els@enschede.nl')} is verlopen." in errors(app)
    assert [b.label for b in app.button] == ["Opnieuw inloggen"]
    assert len(app.file_uploader) == 0
