"""Every key used in the code exists, in Dutch and in English."""

import re
from pathlib import Path

import pytest

from data.i18n import LANGUAGES, TEXTS, translate

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *ROOT.glob("app.py"),
    *ROOT.glob("app_pages/*.py"),
    *ROOT.glob("components/*.py"),
    *ROOT.glob("data/*.py"),
]
LITERAL_KEY = re.compile(r"""\b(?:t|translate)\(\s*["']([a-z_.]+)["']""")
PREFIXED_KEY = re.compile(r"""\b(?:t|translate)\(\s*f["']([a-z_.]+)\{""")


def used_keys() -> set[str]:
    keys = set()
    for source in SOURCES:
        keys |= set(LITERAL_KEY.findall(source.read_text(encoding="utf-8")))
    return keys


def test_the_scan_finds_the_keys():
    assert {"demo.banner", "overzicht.title", "sidebar.year"} <= used_keys()


@pytest.mark.parametrize("key", sorted(used_keys()))
def test_used_key_exists(key: str):
    assert key in TEXTS, f"translation key {key!r} is used but not defined in data/i18n.py"


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_key_has_every_language(key: str):
    for lang in LANGUAGES:
        assert TEXTS[key].get(lang, "").strip(), f"{key!r} has no {lang} text"


def test_dynamic_page_keys_exist():
    for page in ROOT.glob("app_pages/*.py"):
        assert f"page.{page.stem}" in TEXTS


def test_placeholders_agree_between_languages():
    field = re.compile(r"\{(\w+)\}")
    for key, entry in TEXTS.items():
        expected = set(field.findall(entry["nl"]))
        for lang, text in entry.items():
            assert set(field.findall(text)) == expected, (key, lang)


def test_german_falls_back_to_english(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(TEXTS, "test.no_german", {"nl": "Jaar", "en": "Year"})
    assert translate("test.no_german", "de") == "Year"
    assert translate("app.title", "de") == "Kulturdashboard Twente"


def test_every_text_is_in_dutch_english_and_german():
    """German partners read along: no page falls back to English for them."""
    assert [key for key, text in TEXTS.items() if set(text) != {"nl", "en", "de"}] == []
