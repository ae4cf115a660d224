"""The plain-form reading of sheet rows (no Python call per XML element) reads what expat reads."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import Workbook

from data.importing import xlsx
from data.importing.limits import ImportFileError


def _workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Indicatorwaarden"
    sheet.append(["gemeente", "jaar", "indicator", "waarde", "bron"])
    sheet.append(["Hof v. Twente", 2023, "cultuurdeelname", 0.453, "A & B <C> \"D\" 'E'"])
    sheet["D2"].number_format = "0.0%"
    sheet.append(["Enschede", datetime(2023, 12, 31), "museumbezoek", "=1+2", "   spaties   "])
    sheet.append([None, None, None, None, None])
    sheet.append(["Almelo", 2024, "€ 2.500", True, "regel 1\nregel 2 ☃"])
    sheet["A7"] = "verder"
    sheet["F7"] = 12.5
    extra = book.create_sheet("Tweede")
    for number in range(3000):
        extra.append([f"rij {number}", number, number / 7])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rows(content: bytes) -> list:
    book = xlsx.open_workbook(content)
    return [(title, list(book.rows(title, path))) for title, path in book.sheets], book.missing_formulas


def test_plain_rows_equal_expat_rows(monkeypatch: pytest.MonkeyPatch):
    content = _workbook()
    plain = _rows(content)
    monkeypatch.setattr(xlsx._PlainRows, "block", lambda self, data: None)  # everything through expat
    assert plain == _rows(content)
    [(_, first), _] = plain[0]
    assert first[1][1] == ["Hof v. Twente", 2023, "cultuurdeelname", 45.3, "A & B <C> \"D\" 'E'"]


def test_a_block_with_an_element_the_plain_form_does_not_know_goes_to_expat(monkeypatch: pytest.MonkeyPatch):
    calls: list[bool] = []
    real = xlsx._PlainRows.block

    def block(self, data):
        found = real(self, data)
        calls.append(found is not None)
        return found

    monkeypatch.setattr(xlsx._PlainRows, "block", block)
    _, missing = _rows(_workbook())
    assert calls[0] is False, "the formula cell (<f>) is not in the plain form: expat reads that sheet"
    assert missing == ["Indicatorwaarden!D3"], "a formula never computed, found by expat"
    assert True in calls, "the plain second sheet is read in the plain form"


@pytest.mark.parametrize(
    ("cells", "code"),
    [
        ('<c r="B1" t="s"><v>99</v></c>', "xlsx_unreadable"),
        (
            '<c r="B1" t="inlineStr"><is><t>x</t></is></c><c r="A1" t="inlineStr"><is><t>y</t></is></c>',
            "xlsx_unreadable",
        ),
        ('<c r="IW1"><v>1</v></c>', "too_many_columns"),
    ],
)
def test_the_plain_form_refuses_what_expat_refuses(cells, code):
    part = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        f'<row r="1">{cells}</row></sheetData></worksheet>'
    ).encode()
    handler = xlsx._SheetHandler("blad", _Book())  # type: ignore[arg-type]
    with pytest.raises(ImportFileError) as raised:
        xlsx._PlainRows(handler).block(part[part.index(b"<row") : part.index(b"</sheetData>")])
    assert raised.value.code == code


class _Book:
    """What a sheet's reader needs of its workbook: no shared strings, no styles."""

    def __init__(self) -> None:
        self.strings: list = []
        self.style_kinds: list = []
        self.missing_formulas: list = []
        self.epoch = None
