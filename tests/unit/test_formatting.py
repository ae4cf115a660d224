"""Numbers read the Dutch way in Dutch and the English way in English."""

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
