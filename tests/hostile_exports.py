"""Text that a spreadsheet would run as a formula, and stores that hold it, for the export tests.

The store is filled the way a partner would fill it: the demo data written to the
template, its names, organisations and sources replaced by hostile text, and imported.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import duckdb
import pandas as pd

from data import templates
from data.importing.commit import commit
from data.importing.plan import analyse
from data.importing.sheets import KIND_INDICATORS, KIND_INITIATIVES, KIND_PARTNERS, KIND_POPULATION
from data.store import connect

# Each starts like a formula; the importer stores them as they are.
HOSTILE_TEXTS = (
    "=1+2",
    '=HYPERLINK("http://evil.example","x")',
    "+31 6 1234 5678",
    "-3",
    "@SUM(A1)",
    "=Cultuur",
    "-2+3",
)
# The importer trims these to the text after the whitespace; the writer still guards them.
WHITESPACE_HOSTILE = ("\t=1+2", "\r=1+2")
# What a spreadsheet would show for them if it ran them (or, for HYPERLINK, its label).
EVALUATED = {"=1+2": "3", "-2+3": "1", "@SUM(A1)": "0", '=HYPERLINK("http://evil.example","x")': "x"}

HOSTILE_COLUMNS = {
    KIND_INITIATIVES: ("naam", "organisatie", "omschrijving"),
    KIND_PARTNERS: ("naam",),
    KIND_INDICATORS: ("bron",),
    KIND_POPULATION: ("bron",),
}


def hostile_frames(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables with every hostile text in each text column of HOSTILE_COLUMNS, in turn."""
    out = {}
    for kind, frame in frames.items():
        frame = frame.copy()
        for shift, column in enumerate(HOSTILE_COLUMNS.get(kind, ())):
            texts = itertools.islice(
                itertools.cycle(HOSTILE_TEXTS[shift:] + HOSTILE_TEXTS[:shift]), len(frame)
            )
            frame[column] = list(texts)
        out[kind] = frame
    return out


def build_hostile_store(path: Path, source: duckdb.DuckDBPyConnection) -> Path:
    """An import store holding ``source``'s facts with hostile text, imported from an XLSX."""
    content = templates.to_xlsx(hostile_frames(templates.export_frames(source)))
    con = connect(path)
    try:
        analysis = analyse(con, [("partnerdata.xlsx", content)])
        assert not analysis.has_errors, [i.message() for i in analysis.validation.errors[:5]]
        commit(con, analysis, user="test")
    finally:
        con.close()
    return path
