"""Links crafted by hand or by an attacker: every page answers calmly, no traceback, no Markdown run."""

from __future__ import annotations

import pytest

from components import url_state
from tests.app.test_pages import PAGES, open_app

# Every parameter a page reads from its URL: the one declaration in components/url_state.
PARAMS = sorted(url_state.NAMES)
HOSTILE = [
    "²",
    "9" * 5000,
    "-1",
    "0",
    "![x](http://evil.example/p.png) [Log hier in](http://evil.example)",
    "<script>alert(1)</script>",
    "GM0153,GM0153,GM0153," * 300,
    "2023.5",
    "x" * 10_000,
]


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("value", HOSTILE, ids=[f"v{i}" for i in range(len(HOSTILE))])
def test_hostile_url_values_never_raise_or_inject(page: str, value: str):
    app = open_app(page, **dict.fromkeys(PARAMS, value))
    assert not app.exception, app.exception
    for element in (*app.error, *app.warning, *app.info, *app.markdown, *app.caption):
        text = str(getattr(element, "body", None) or getattr(element, "value", ""))
        assert "](http://evil.example" not in text, text  # shown as text, never as a link or image
        assert len(text) < 5_000, "a hostile value is never echoed in full"


# A real value of every declared parameter (by id), and a page that reads it.
EXAMPLES: dict[str, tuple[str, str]] = {
    "lang": ("overzicht.py", "de"),
    "jaar": ("overzicht.py", "2022"),
    "gemeente": ("gemeenteprofiel.py", "GM0168"),
    "vergelijk": ("gemeenteprofiel.py", "GM0153,GM0164"),
    "indicator": ("kaart.py", "museumbezoek"),
    "groep": ("kaart.py", "65+"),
    "modus": ("kaart.py", "verandering"),
    "presenteren.modus": ("presenteren.py", "1"),
    "sinds": ("kaart.py", "2020"),
    "initiatief": ("initiatieven.py", None),  # an id from the demo store, filled in below
    "cel": ("themas.py", "GM0168.grenzeloos"),
    "maat": ("themas.py", "budget"),
    "per1000": ("themas.py", "ja"),
    "sorteer": ("themas.py", "totaal"),
    "dias": ("presenteren.py", "deelname,grenzeloos"),
    "dia": ("presenteren.py", "2"),
    "focus": ("presenteren.py", "GM0153"),
    "verkennen.maat": ("verkennen.py", "budget"),
    "agg": ("verkennen.py", "median"),
    "rij": ("verkennen.py", "gemeente"),
    "kolom": ("verkennen.py", "thema"),
    "grafiek": ("verkennen.py", "bar"),
    "van": ("initiatieven.py", "2022"),
    "tot": ("initiatieven.py", "2023"),
    "thema": ("initiatieven.py", "grenzeloos"),
    "filter.gemeente": ("initiatieven.py", "GM0168,GM0153"),
    "discipline": ("initiatieven.py", "erfgoed"),
    "status": ("initiatieven.py", "lopend"),
    "doelgroep": ("initiatieven.py", "jeugd"),
    "financiering": ("initiatieven.py", "interreg"),
    "grens": ("initiatieven.py", "ja"),
    "zoek": ("initiatieven.py", "festival"),
    "voorbeeld": ("voorbeelden.py", "INI-00069"),  # a demo example (data/demo.py marks it)
}


# What some parameters need beside them to mean anything (defaults are left out of the URL).
CONTEXT = {
    "agg": {"maat": "cultuurdeelname"},
    "sinds": {"modus": "verandering"},
    "kolom": {"rij": "gemeente"},
}


def test_every_declared_parameter_has_an_example():
    assert set(EXAMPLES) == set(url_state.PARAMETERS)


@pytest.mark.parametrize("param", sorted(set(url_state.PARAMETERS) - {"initiatief"}))
def test_every_declared_codec_reads_back_what_it_writes(param: str):
    """parse then format gives the link's text again, and the value is one the parameter allows."""
    declared = url_state.PARAMETERS[param]
    text = EXAMPLES[param][1]
    value = declared.decode(text)
    assert declared.accepts(value) or declared.allowed is None, value
    assert declared.format(value) == text


def _url_value(app, name: str) -> str | None:
    found = app.query_params.get(name)
    return found[0] if isinstance(found, list) else found


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("param", sorted(url_state.PARAMETERS))
def test_a_link_with_any_declared_parameter_opens_that_view_and_keeps_it(param: str, demo_con):
    """A shared link restores the view: link -> widget state -> the URL the page writes back."""
    page, value = EXAMPLES[param]
    if param == "initiatief":
        value = demo_con.execute("SELECT min(id) FROM initiatief WHERE startjaar <= 2024").fetchone()[0]
    name = url_state.PARAMETERS[param].name
    context = CONTEXT.get(param, {})
    app = open_app(page, **context, **{name: value})
    assert not app.exception, app.exception
    assert _url_value(app, name) == value, app.query_params
