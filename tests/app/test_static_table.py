"""A plain table (``st.table``) shows text as written and numbers as a Dutch reader writes them."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.app.test_pages import as_read


def _table_app() -> None:
    import pandas as pd

    from components.widgets.static_table import render_static_table

    frame = pd.DataFrame(
        {
            "Gemeente": ["Enschede", "**vet** [link](http://evil.example)", None],
            "Budget (€)": [1234567.0, 89.0, None],
            "Aandeel (%)": [54.25, 3.0, 12.5],
        }
    )
    render_static_table(frame, lang="nl")


def _shown(table: object) -> list[list[str]]:
    """The cells as st.table writes them (the Styler's display values), row by row."""
    import pyarrow as pa

    frame = pa.ipc.open_stream(table.proto.arrow_data.styler.display_values).read_pandas()
    return frame.astype(str).to_numpy().tolist()


def test_text_is_escaped_numbers_localised_and_the_values_kept():
    app = AppTest.from_function(_table_app).run()
    assert not app.exception
    (table,) = app.table
    assert table.value["Budget (€)"].iloc[0] == 1234567.0  # the frame itself is unchanged
    rows = [[as_read(cell) for cell in row] for row in _shown(table)]
    assert rows[0] == ["Enschede", "1.234.567", "54,2"]  # Dutch: thousands dots, a decimal comma
    assert rows[1][1:] == ["89", "3,0"]  # a column of whole numbers has no decimals
    assert rows[2] == ["–", "–", "12,5"]  # missing is a dash, never 'None' or 'nan'
    hostile = _shown(table)[1][0]
    assert hostile.startswith("\\*\\*vet\\*\\*")  # Markdown shown as written: not bold, no link
    assert "](http://" not in hostile
