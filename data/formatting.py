"""Numbers as Dutch readers expect them (1.234,5) and as English readers do (1,234.5)."""

from __future__ import annotations

import math
import re

from data.i18n import translate

COUNT_UNIT = "aantal"  # a bare number, written without a unit


def format_number(value: float | None, decimals: int = 0, lang: str = "nl") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_value(value: float | None, unit: str, lang: str = "nl", decimals: int = 1) -> str:
    """A value with its unit: '84,2%', '€ 112', '3,4 km'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "%":
        return f"{format_number(value, decimals, lang)}%"
    if unit == "€":
        return f"€ {format_number(value, 0, lang)}"
    if unit == COUNT_UNIT:
        return format_number(value, decimals, lang)
    return f"{format_number(value, decimals, lang)} {unit}"


def format_difference(value: float | None, unit: str, lang: str = "nl") -> str:
    """A signed difference; percentages become percentage points."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    magnitude = abs(value)
    if unit == "%":
        return f"{sign}{format_number(magnitude, 1, lang)} {translate('format.percentage_points', lang)}"
    return f"{sign}{format_value(magnitude, unit, lang)}"


def format_euro(value: float | None, lang: str = "nl") -> str:
    """Amounts in euros, shortened to millions where that reads better."""
    if value is None:
        return "–"
    if abs(value) >= 1_000_000:
        return f"€ {format_number(value / 1_000_000, 1, lang)} {translate('format.million', lang)}"
    return f"€ {format_number(value, 0, lang)}"


# Every ASCII punctuation character may be backslash-escaped in (CommonMark) Markdown; these
# are the ones that make Markdown, HTML, links, images, maths or Streamlit's :shortcodes:.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")


def escape_markdown(text: object, *, multiline: bool = False) -> str:
    """A value from data, a URL or a user, safe to put inside Markdown: shown as written, never run.

    Inline by default (white space folded); ``multiline`` keeps the lines of a description.
    """
    lines = str(text).splitlines() if multiline else [str(text)]
    escaped = [_MARKDOWN_SPECIAL.sub(r"\\\1", _no_autolink(" ".join(line.split()))) for line in lines]
    return "  \n".join(line for line in escaped if line)


# GitHub-flavoured Markdown turns bare URLs, www. names and e-mail addresses into links even
# when escaped; an invisible word joiner inside each breaks the pattern, not the reading.
_AUTOLINK = re.compile(r"(?i)(://|www\.|@)")
_WORD_JOINER = "\u2060"


def _no_autolink(text: str) -> str:
    return _AUTOLINK.sub(lambda m: m.group(1)[0] + _WORD_JOINER + m.group(1)[1:], text)
