"""Links crafted by hand or by an attacker: every page answers calmly, no traceback, no Markdown run."""

from __future__ import annotations

import pytest

from data import explore
from data.filters import URL_KEYS as FILTER_KEYS
from tests.app.test_pages import PAGES, open_app

# Every parameter a page reads from its URL.
PARAMS = sorted(
    {
        "lang",
        "jaar",
        "gemeente",
        "vergelijk",
        "indicator",
        "groep",
        "modus",
        "sinds",
        "initiatief",
        "dias",
        "dia",
        "cel",
        "maat",
        "per1000",
        "sorteer",
        *explore.URL_KEYS,
        *FILTER_KEYS,
    }
)
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
