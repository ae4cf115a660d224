"""Initiatief aanmelden (issue 17): the public proposal form and the status lookup, in AppTest.

Each test gets a proposals store of its own (``$CULTUUR_COCREATIE_DB``) and an empty
rate limiter; the agenda the proposals are checked against is the session's demo store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import auth, cache
from components.views import initiatief_aanmelden as aanmelden
from data import cocreation
from data.cocreation import Contact, PartnerEntry, Proposal
from data.i18n import translate

ROOT = Path(__file__).resolve().parents[2]
PAGE = "app_pages/initiatief_aanmelden.py"
HOSTILE = "![x](http://evil.example/p.png)"
SESSION_NAME = "test-sessie"  # the session's name for the limiter (auth.SESSION_KEY)
EMAIL = "anna.schmidt@example.de"


@pytest.fixture
def proposals_db(app_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "cocreatie.duckdb"
    monkeypatch.setenv(cocreation.DB_ENV_VAR, str(path))
    cache.proposal_limiter.clear()
    yield path
    cache.proposal_limiter.clear()


def stored() -> list[tuple]:
    cur = cache.proposals_connection().cursor()
    return cur.execute(
        "SELECT id, code, soort, initiatief_id, gegevens, taal, status FROM voorstel"
    ).fetchall()


def contacts() -> list[tuple]:
    return (
        cache.proposals_connection()
        .cursor()
        .execute("SELECT voorstel_id, naam, email FROM voorstel_contact")
        .fetchall()
    )


def open_form(lang: str = "nl") -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["lang"] = lang
    app.session_state[auth.SESSION_KEY] = SESSION_NAME
    app.run()
    app.switch_page(PAGE).run()
    assert not app.exception, app.exception
    return app


def key(name: str) -> str:
    return f"aanmelden_{name}"


def fill(app: AppTest, *, naam: str = "Grenzenloses Theater an der Dinkel", email: str = EMAIL) -> AppTest:
    """A complete proposal with a German partner."""
    app.text_input(key=key("naam")).input(naam)
    app.text_input(key=key("organisatie")).input("Stadttheater Gronau")
    app.selectbox(key=key("thema")).select("grenzeloos")
    app.selectbox(key=key("discipline")).select("podiumkunsten")
    app.multiselect(key=key("gemeenten")).set_value(["GM0168", "GM0153"])
    app.multiselect(key=key("doelgroepen")).set_value(["jeugd"])
    app.number_input(key=key("startjaar")).set_value(2026)
    app.number_input(key=key("eindjaar")).set_value(2027)
    app.text_input(key=key("partner_naam_0")).input("Stadttheater Gronau")
    app.selectbox(key=key("partner_land_0")).select("DE")
    app.text_input(key=key("partner_plaats_0")).input("Gronau (Westf.)")
    app.selectbox(key=key("partner_kreis_0")).select("05554")
    app.text_input(key=key("partner_naam_1")).input("Muziekschool Losser")
    app.text_input(key=key("partner_plaats_1")).input("Losser")
    app.number_input(key=key("bedrag_gemeente")).set_value(12_000.0)
    app.number_input(key=key("bedrag_interreg")).set_value(8_000.0)
    app.number_input(key=key("bereik")).set_value(900)
    app.number_input(key=key("bereik_duitsland")).set_value(300)
    app.text_area(key=key("omschrijving")).input("Vorstellungen auf beiden Seiten der Dinkel.")
    app.text_area(key=key("lessen")).input("Klein anfangen, eine Vorstellung je Seite.")
    app.text_input(key=key("contact_naam")).input("Anna Schmidt")
    app.text_input(key=key("contact_email")).input(email)
    return app


def send(app: AppTest, lang: str = "nl") -> AppTest:
    label = translate("aanmelden.submit", lang)
    next(b for b in app.button if b.label == label).click().run()
    assert not app.exception, app.exception
    return app


def flat(node: object) -> list[object]:
    """Every element of the page in the order it is drawn."""
    children = getattr(node, "children", None)
    if not children:
        return [node]
    found = []
    for index in sorted(children):
        found += flat(children[index])
    return found


def following_errors(app: AppTest, widget_key: str) -> list[str]:
    """The error messages drawn right after the widget with ``widget_key`` (before the next widget)."""
    elements = flat(app.main)
    start = next(i for i, e in enumerate(elements) if getattr(e, "key", None) == widget_key)
    messages = []
    for element in elements[start + 1 :]:
        if element.type != "error":
            break
        messages.append(as_read(element.value))
    return messages


def as_read(markdown: object) -> str:
    return re.sub(r"\\(.)", r"\1", str(markdown)).replace("\u2060", "")


def markdown_sources(app: AppTest) -> list[str]:
    return (
        [e.value for e in app.markdown]
        + [e.value for e in app.success]
        + [e.value for e in app.warning]
        + [e.value for e in app.info]
        + [e.value for e in app.error]
    )


@pytest.mark.usefixtures("proposals_db")
@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_the_form_has_every_field_in_each_language(lang: str) -> None:
    app = open_form(lang)
    assert app.title[0].value == translate("page.initiatief_aanmelden", lang)
    labels = {
        w.label
        for kind in ("text_input", "text_area", "selectbox", "multiselect", "number_input")
        for w in getattr(app, kind)
    }
    fields = [f for f in aanmelden.FIELD_LABELS if f not in ("initiatief_id", "partners", "financiering")]
    for field in fields:
        assert translate(aanmelden.FIELD_LABELS[field], lang) in labels, field
    for part in ("naam", "land", "plaats", "kreis"):
        assert translate(f"aanmelden.partner.{part}", lang, n=1) in labels
    for source in cocreation.FUNDING_SOURCES:
        assert translate("aanmelden.money.amount", lang, source=source.name(lang)) in labels
    assert translate("aanmelden.status.code", lang) in labels
    assert {t.label for t in app.tabs} == {
        translate("aanmelden.tab.propose", lang),
        translate("aanmelden.tab.status", lang),
    }
    assert [e.label for e in app.expander] == [translate("aanmelden.privacy.title", lang)]
    privacy = translate("aanmelden.privacy.body", lang, months=cocreation.DEFAULT_RETENTION_MONTHS)
    assert privacy in [m.value for m in app.markdown]
    if lang == "de":
        assert "Gemeinden, in denen die Initiative stattfindet" in labels
        assert "Vorschlag absenden" in [b.label for b in app.button]


@pytest.mark.usefixtures("proposals_db")
def test_a_bad_submission_shows_each_message_beside_its_field_and_stores_nothing() -> None:
    app = fill(open_form())
    app.text_input(key=key("naam")).input("")
    app.number_input(key=key("eindjaar")).set_value(2024)
    app.text_input(key=key("contact_email")).input("geen-adres")
    send(app)

    assert stored() == []
    assert contacts() == []
    required = translate("cocreatie.error.required", "nl")
    assert following_errors(app, key("naam")) == [required]
    assert following_errors(app, key("contact_email")) == [translate("cocreatie.error.email", "nl")]
    # The name is empty, so only the form's own checks ran; fixing it lets the importer's run.
    app.text_input(key=key("naam")).input("Grensloos Theater")
    send(app)
    assert stored() == []
    end_year = following_errors(app, key("eindjaar"))
    assert len(end_year) == 1
    assert "2024" in end_year[0]
    assert "2026" in end_year[0]
    summary = app.error[0].value
    assert summary.startswith("**Uw voorstel is nog niet verstuurd.**")
    assert "**Eindjaar**" in summary
    assert "**Uw e\\-mailadres**" in summary
    # What was typed is still there.
    assert app.text_input(key=key("organisatie")).value == "Stadttheater Gronau"
    assert app.text_input(key=key("partner_naam_0")).value == "Stadttheater Gronau"
    assert app.number_input(key=key("bedrag_interreg")).value == 8_000.0


@pytest.mark.usefixtures("proposals_db")
def test_a_good_german_proposal_gets_a_code_and_its_contact_is_stored_apart() -> None:
    app = send(fill(open_form("de")), "de")

    (code_block,) = app.code
    code = code_block.value
    assert re.fullmatch(r"TW-[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    assert translate("aanmelden.sent.code_title", "de") in [s.value for s in app.subheader]
    ((pid, stored_code, kind, initiative, data, lang, status),) = stored()
    assert (stored_code, kind, initiative, lang, status) == (code, "nieuw", None, "de", "ontvangen")
    assert contacts() == [(pid, "Anna Schmidt", EMAIL)]
    assert EMAIL not in data
    assert "Anna Schmidt" not in data
    proposal = Proposal.from_json(data)
    assert proposal.partners[0] == PartnerEntry("Stadttheater Gronau", "DE", "Gronau (Westf.)", "05554")
    assert proposal.budget == 20_000.0
    assert proposal.bereik_duitsland == 300
    # "Another proposal" brings back an empty form.
    next(b for b in app.button if b.label == translate("aanmelden.sent.again", "de")).click().run()
    assert app.text_input(key=key("naam")).value == ""


@pytest.mark.usefixtures("proposals_db")
def test_a_filled_honeypot_stores_nothing() -> None:
    app = fill(open_form())
    app.text_input(key=aanmelden.KEY_HONEYPOT).input("http://spam.example")
    send(app)
    assert stored() == []
    assert contacts() == []
    assert not app.code
    assert translate("aanmelden.not_sent", "nl") in [w.value for w in app.warning]


@pytest.mark.usefixtures("proposals_db")
def test_the_session_limit_says_how_long_to_wait_and_keeps_the_input() -> None:
    limiter = cache.proposal_limiter()
    for _ in range(limiter.rules.per_session):
        assert limiter.allow(f"session {SESSION_NAME}", kind="send") is None
    app = send(fill(open_form()))
    assert stored() == []
    (warning,) = app.warning
    assert warning.value.startswith("**Uw voorstel is niet verstuurd:**")
    assert re.search(r"Wacht \d+ minuten", warning.value)
    assert app.text_input(key=key("naam")).value == "Grenzenloses Theater an der Dinkel"


@pytest.mark.usefixtures("proposals_db")
def test_a_change_starts_from_the_stored_initiative(demo_con) -> None:
    initiative_id, name = demo_con.execute(
        "SELECT id, naam FROM initiatief ORDER BY naam, id LIMIT 1"
    ).fetchone()
    app = open_form()
    app.radio(key=aanmelden.KEY_KIND).set_value(cocreation.CHANGE).run()
    app.selectbox(key=aanmelden.KEY_INITIATIVE).select(initiative_id).run()
    assert app.text_input(key=key("naam")).value == name
    app.text_area(key=key("lessen")).input("Samen plannen scheelt werk.")
    app.text_input(key=key("contact_naam")).input("Jan")
    app.text_input(key=key("contact_email")).input("jan@example.org")
    send(app)
    assert not app.error, [e.value for e in app.error]
    ((_pid, _code, kind, stored_id, data, _lang, _status),) = stored()
    assert (kind, stored_id) == ("wijziging", initiative_id)
    assert Proposal.from_json(data).naam == name


@pytest.mark.usefixtures("proposals_db")
def test_the_status_lookup_shows_a_returned_proposal_with_its_reason_escaped() -> None:
    con = cache.proposals_connection().cursor()
    code = cocreation.send(con, Proposal(naam="Dinkelfestival"), Contact("Jan", "jan@example.org"), lang="nl")
    (pid,) = con.execute("SELECT id FROM voorstel WHERE code = ?", [code]).fetchone()
    cocreation.return_proposal(con, pid, moderator="els", reason=f"Dubbel met {HOSTILE}")

    app = open_form()
    app.text_input(key=aanmelden.KEY_STATUS_CODE).input(code.lower().replace("-", " "))
    next(b for b in app.button if b.label == "Status opvragen").click().run()
    (warning,) = app.warning
    assert warning.value.startswith("**Teruggestuurd.**")
    assert as_read(warning.value).endswith(f"Dubbel met {HOSTILE}")
    assert HOSTILE not in warning.value  # escaped: no image is loaded
    text = "\n".join(markdown_sources(app))
    assert "jan@example.org" not in as_read(text)
    assert "Dinkelfestival" not in text

    app.text_input(key=aanmelden.KEY_STATUS_CODE).input("TW-AAAAA-AAAAA")
    next(b for b in app.button if b.label == "Status opvragen").click().run()
    assert [i.value for i in app.info] == [translate("aanmelden.status.unknown", "nl")]


@pytest.mark.usefixtures("proposals_db")
def test_a_hostile_name_is_shown_escaped() -> None:
    app = send(fill(open_form(), naam=HOSTILE))
    (success,) = app.success
    assert HOSTILE in as_read(success.value)
    assert HOSTILE not in success.value
    assert "![" not in success.value
    ((_pid, _code, _kind, _id, data, _lang, _status),) = stored()
    assert json.loads(data)["naam"] == HOSTILE  # stored as written, escaped only where shown


@pytest.mark.usefixtures("proposals_db")
def test_a_busy_store_says_nothing_was_sent_and_keeps_the_input(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def busy(*_args: object, **_kwargs: object) -> str:
        raise cocreation.StoreBusyError("locked")

    monkeypatch.setattr(cocreation, "send", busy)
    app = send(fill(open_form()))
    assert [w.value for w in app.warning] == [translate("aanmelden.busy", "nl")]
    assert "NIET verstuurd" in app.warning[0].value
    assert not app.code
    assert app.text_input(key=key("naam")).value == "Grenzenloses Theater an der Dinkel"


@pytest.mark.usefixtures("proposals_db")
def test_switching_the_language_keeps_the_input_and_translates_the_messages() -> None:
    app = fill(open_form())
    app.text_input(key=key("contact_email")).input("geen-adres")
    send(app)
    app.sidebar.radio[0].set_value("de").run()
    assert app.title[0].value == "Initiative anmelden"
    assert app.text_input(key=key("naam")).value == "Grenzenloses Theater an der Dinkel"
    assert app.selectbox(key=key("partner_kreis_0")).value == "05554"
    assert following_errors(app, key("contact_email")) == [translate("cocreatie.error.email", "de")]


@pytest.mark.usefixtures("proposals_db")
def test_the_privacy_statement_names_the_configured_retention(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cocreation.RETENTION_ENV_VAR, "6")
    app = open_form()
    assert translate("aanmelden.privacy.body", "nl", months=6) in [m.value for m in app.markdown]
