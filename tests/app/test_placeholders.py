"""Every selectbox and multiselect speaks the page's language: no Streamlit "Choose an option"."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from data.i18n import translate

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.name for p in (ROOT / "app_pages").glob("*.py"))
# Views whose choice widgets only appear with something chosen in the URL.
EXTRA_VIEWS = [
    ("gemeenteprofiel.py", {"gemeente": "GM0153"}),
    ("themas.py", {"cel": "GM0153.grenzeloos"}),
    ("verkennen.py", {"maat": "cultuurdeelname", "agg": "mean", "rij": "gemeente", "grafiek": "map"}),
]
VIEWS = [(page, {}) for page in PAGES] + EXTRA_VIEWS
# What Streamlit's frontend writes in an empty choice widget that has no placeholder of its own.
STREAMLIT_DEFAULTS = ("Choose an option", "Choose options", "Choose or add", "Add an option", "Add options")


def open_view(page: str, lang: str, query: dict[str, str]) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in {**query, "lang": lang}.items():
        app.query_params[key] = value
    app.run()
    app.switch_page(f"app_pages/{page}").run()
    assert not app.exception, app.exception
    return app


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("lang", ["nl", "de"])
@pytest.mark.parametrize(
    ("page", "query"), VIEWS, ids=[f"{p}{'?' + '&'.join(q) if q else ''}" for p, q in VIEWS]
)
def test_no_choice_widget_falls_back_to_streamlits_english_placeholder(
    page: str, query: dict[str, str], lang: str
):
    app = open_view(page, lang, query)
    widgets = [*app.selectbox, *app.multiselect]
    assert widgets, "the sidebar's year at least"
    for widget in widgets:
        placeholder = widget.proto.placeholder
        assert placeholder.strip(), f"{widget.label!r} ({widget.key}) has no placeholder of its own"
        assert not placeholder.startswith(STREAMLIT_DEFAULTS), (widget.label, placeholder)
    assert translate("common.placeholder.choose", lang) != "Choose an option"
    texts = [str(e.value) for e in (*app.markdown, *app.caption, *app.title, *app.header, *app.subheader)]
    assert not any(default in text for text in texts for default in STREAMLIT_DEFAULTS)
