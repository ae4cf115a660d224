"""Translations: every user-visible text of the app, one catalogue per language.

The texts live in ``data/texts/nl.toml``, ``en.toml`` and ``de.toml``: flat quoted keys
(``"themas.intro" = "..."``), grouped in sections per part of the app, so a translator
edits one file per language.  UI strings, the names and definitions of terms
(``term.<vocabulary>.<code>``, read by ``data.reference.Term``) and indicators
(``indicator.<code>.<field>``, read by ``data.indicators.Indicator``), series-break notes,
generated sentences and CLI messages all come from here; codes, units and sources stay in
Python.

One fallback rule for every text: a key missing in a language falls back to Dutch.
Dutch is the source language, in which every text is written first, so it is always
complete; ``tests/unit/test_i18n.py`` fails when any key used in the code is missing from
any of the three files, when the ``{placeholders}`` of a key differ between languages, or
when a key is used nowhere.  At run time the fallback is therefore only a safety net for a
catalogue edited by hand without running the tests: the reader sees the Dutch text rather
than an error.  A key that is not even in Dutch is a programming error and raises
``KeyError``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

LANGUAGES = ("nl", "en")  # the languages of the sidebar switch; German via ?lang=de and decks
ALL_LANGUAGES = ("nl", "en", "de")
DEFAULT_LANGUAGE = "nl"  # the source language and the fallback of every other one
TEXTS_DIR = Path(__file__).resolve().parent / "texts"


def catalogue_path(lang: str) -> Path:
    return TEXTS_DIR / f"{lang}.toml"


def load_catalogue(lang: str) -> dict[str, str]:
    """One language's texts, key -> text, as written in ``data/texts/<lang>.toml``."""
    with catalogue_path(lang).open("rb") as handle:
        catalogue = tomllib.load(handle)
    wrong = [key for key, text in catalogue.items() if not isinstance(text, str)]
    if wrong:  # a [table] or a dotted bare key would nest texts; keys are flat and quoted
        raise ValueError(f"{catalogue_path(lang).name}: not a flat text for {sorted(wrong)}")
    return catalogue


CATALOGUES: dict[str, dict[str, str]] = {lang: load_catalogue(lang) for lang in ALL_LANGUAGES}

# The same texts per key ({"nl": ..., "en": ..., "de": ...}), for code that lists a key's
# languages; only languages that hold the key appear.
TEXTS: dict[str, dict[str, str]] = {
    key: {lang: CATALOGUES[lang][key] for lang in ALL_LANGUAGES if key in CATALOGUES[lang]}
    for key in CATALOGUES[DEFAULT_LANGUAGE]
}


def translate(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The text for ``key`` in ``lang`` (falling back to Dutch), filled with ``values``."""
    catalogue = CATALOGUES.get(lang, CATALOGUES[DEFAULT_LANGUAGE])
    text = catalogue.get(key) or CATALOGUES[DEFAULT_LANGUAGE][key]
    return text.format(**values) if values else text
