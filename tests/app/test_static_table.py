"""A plain table shows text as written and numbers as a Dutch reader writes them, in one HTML table."""

from __future__ import annotations

import math

from streamlit.testing.v1 import AppTest

from tests.conftest import read_number, static_tables


def _table_app() -> None:
    import pandas as pd

    from components.widgets.static_table import render_static_table

    frame = pd.DataFrame(
        {
            "Gemeente": [
                "Enschede",
                '<img src=x onerror="alert(1)"> **vet** [link](http://evil.example)',
                None,
            ],
            "Budget (€)": [1234567.0, 89.0, None],
            "Aandeel (%)": [54.25, 3.0, 12.5],
        }
    )
    render_static_table(frame, lang="nl", label="Budget per <gemeente>")


def test_text_is_escaped_and_numbers_localised():
    app = AppTest.from_function(_table_app).run()
    assert not app.exception
    assert not app.get("arrow_table"), "no st.table: no Arrow helpers for the browser to load"
    (shown,) = static_tables(app)
    assert list(shown.columns) == ["Gemeente", "Budget (€)", "Aandeel (%)"]
    rows = shown.to_numpy().tolist()
    assert rows[0] == ["Enschede", "1.234.567", "54,2"]  # Dutch: thousands dots, a decimal comma
    assert rows[1][1:] == ["89", "3,0"]  # a column of whole numbers has no decimals
    assert rows[2] == ["–", "–", "12,5"]  # missing is a dash, never 'None' or 'nan'
    assert rows[1][0] == '<img src=x onerror="alert(1)"> **vet** [link](http://evil.example)'  # as written
    assert read_number(rows[0][1]) == 1234567
    assert math.isnan(read_number(rows[2][1]))


def test_the_markup_carries_no_tag_from_the_data_and_names_the_table():
    (element,) = AppTest.from_function(_table_app).run().get("html")
    body = element.proto.body
    assert "<img" not in body
    assert "&lt;img src=x" in body
    assert 'aria-label="Budget per &lt;gemeente&gt;"' in body  # the label too is escaped
    assert 'role="region" tabindex="0"' in body  # a sideways-scrolling box keyboard users can reach
    assert body.count('<th scope="col"') == 3
    assert body.count('class="num"') == 2 * 4  # two number columns: header and three cells each
