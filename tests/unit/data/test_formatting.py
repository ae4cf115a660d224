"""Numbers read the Dutch way in Dutch and the English way in English."""

import re

from data.formatting import format_difference, format_euro, format_number, format_value


def test_dutch_and_english_separators():
    assert format_number(1234.5, 1, "nl") == "1.234,5"
    assert format_number(1234.5, 1, "en") == "1,234.5"


def test_units_and_missing():
    assert format_value(84.24, "%", "nl") == "84,2%"
    assert format_value(112.4, "€", "nl") == "€ 112"
    assert format_value(3.42, "km", "en") == "3.4 km"
    assert format_value(float("nan"), "%") == "–"


def test_differences_in_percentage_points():
    assert format_difference(9.04, "%", "nl") == "+9,0 procentpunt"
    assert format_difference(-2.5, "km", "en") == "−2.5 km"


def test_millions():
    assert format_euro(3_377_416, "nl") == "€ 3,4 mln"
    assert format_euro(12_500, "en") == "€ 12,500"


def test_escaped_markdown_shows_links_images_and_shortcodes_as_written():
    from data.formatting import escape_markdown

    hostile = "![x](http://evil.example/p.png) [Log hier in](http://evil.example) :red[rood] **vet** <b>"
    escaped = escape_markdown(hostile)
    unescaped = re.findall(r"(?<!\\)[\[\]()!*<>:]", escaped)
    assert unescaped == [], "every character that makes Markdown or HTML is escaped"
    # and nothing else changes, but for an invisible word joiner that stops autolinking
    assert escaped.replace("\\", "").replace("\u2060", "") == hostile
    assert "http://" not in escaped.replace("\\", "")
    assert escape_markdown("Theater & Dans\nin Enschede") == "Theater \\& Dans in Enschede"
    assert escape_markdown("regel 1\n\nregel 2", multiline=True) == "regel 1  \nregel 2"
