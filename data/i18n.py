"""Translations: every user-visible string of the app, in Dutch (default), English and German.

The texts live in ``data/texts/``, one module per part of the app (each defines a
``TEXTS`` dict), so pages can grow without touching one long file.  German is there
for the German partners of cross-border work; a key without German would fall back
to English.  ``tests/unit/test_i18n.py`` fails when a key used in the code is missing,
or lacks any of the three languages.
"""

from __future__ import annotations

import importlib
import pkgutil

from data import texts as _texts_package

LANGUAGES = ("nl", "en")
ALL_LANGUAGES = ("nl", "en", "de")
DEFAULT_LANGUAGE = "nl"


def _collect_texts() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for module_info in sorted(pkgutil.iter_modules(_texts_package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{_texts_package.__name__}.{module_info.name}")
        duplicates = merged.keys() & module.TEXTS.keys()
        if duplicates:
            raise ValueError(f"translation keys defined twice: {sorted(duplicates)}")
        merged.update(module.TEXTS)
    return merged


TEXTS: dict[str, dict[str, str]] = _collect_texts()


def translate(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The text for ``key`` in ``lang`` (German falls back to English), filled with ``values``."""
    entry = TEXTS[key]
    fallback = "en" if lang == "de" else DEFAULT_LANGUAGE
    text = entry.get(lang) or entry[fallback]
    return text.format(**values) if values else text
