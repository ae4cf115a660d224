"""One label for a span of years and one rule for the year a page shows."""

import pytest

from data.years import (
    change_end,
    change_period,
    change_start,
    nearest_year,
    shown_year,
    year_ranges,
    year_span,
)


def test_a_span_is_one_year_or_first_to_last():
    assert year_span(2023, 2023) == "2023"
    assert year_span(2022, 2024) == "2022–2024"
    assert year_span(None, None) == ""
    assert year_span(2021, None) == "2021"


def test_years_are_joined_into_spans():
    assert year_ranges([2024, 2015, 2016, 2017, 2019, 2023]) == "2015–2017, 2019, 2023–2024"
    assert year_ranges([]) == ""


@pytest.mark.parametrize(
    ("chosen", "shown"),
    [(2022, 2022), (2023, 2022), (2030, 2024), (2010, 2019), (None, 2024)],
)
def test_the_year_shown_is_the_chosen_one_else_the_last_before_else_the_first(chosen, shown):
    """Figures of 2019, 2021, 2022 and 2024: for 2023 the page shows 2022, the newest as of then."""
    assert shown_year([2019, 2021, 2022, 2024], chosen) == shown


def test_nearest_year_for_facts_on_a_date_prefers_the_later_on_a_tie():
    assert nearest_year([2015, 2024], 2023) == 2024
    assert nearest_year([2015, 2024], 2018) == 2015
    assert nearest_year([2018, 2020], 2019) == 2020


def test_no_years_is_an_error_not_a_guess():
    with pytest.raises(LookupError):
        shown_year([], 2024)
    with pytest.raises(LookupError):
        nearest_year([], 2024)


def test_a_change_ends_in_the_chosen_year_unless_that_is_the_first():
    years = [2019, 2021, 2023]
    assert change_end(years, 2021) == 2021
    assert change_end(years, 2019) == 2023  # nothing changes up to the first year: show all of it


def test_a_change_of_one_year_widens_to_two():
    years = [2019, 2021, 2023]
    assert change_start(years, 2019, 2023) == 2019
    assert change_start(years, 2023, 2023) == 2019
    assert change_start(years, 2019, 2019) == 2021


def test_a_period_chosen_as_two_years_comes_in_order_and_never_as_one_year():
    years = [2019, 2021, 2023]
    assert change_period(years, 2019, 2023) == (2019, 2023)
    assert change_period(years, 2023, 2021) == (2021, 2023)  # a later start swaps with the end
    assert change_period(years, 2021, 2021) == (2019, 2021)
    assert change_period(years, 2019, 2019) == (2019, 2021)
