"""A local stand-in for the CBS StatLine OData v3 API, for the tests of ``data.cbs``.

It answers like ``https://opendata.cbs.nl/ODataApi/odata`` (and, on the same address, like
the ``dataderden`` catalogue): ``/<table>/DataProperties``, ``/TableInfos``, ``/Perioden``
and ``/TypedDataSet`` with ``$filter``, ``$select``, ``$top``, ``$skip``, in the envelope
``{"odata.metadata": ..., "value": [...]}`` and with ``odata.nextLink`` after each page.
Every answer is built from the real CBS files in ``tests/fixtures/cbs`` (see its README):
real keys, padding, periods and values, plus rows generated in the same shape
(deterministically seeded) for the 14 municipalities and more years.  Tables it does not
know answer 404, like CBS does for an unpublished table.

    with FakeCbs(page_size=50) as cbs:     # a free port on 127.0.0.1
        fetch_all(cbs.base_url)
        cbs.fail_after(3)                  # HTTP 500 from the 4th request on
        cbs.fail_at("$skip=50")            # HTTP 500 for requests whose URL contains this
        cbs.hang("TypedDataSet")           # accept, never answer: the client times out
        cbs.garbage_at("DataProperties")   # 200 with a body that is not JSON
        cbs.next_link_host = "cbs.example.org"  # nextLinks that point at another host
        cbs.redirect_at("DataProperties", "http://cbs.example.org/")  # a redirect elsewhere
        cbs.reset()                        # everything answers normally again

``cbs.requests`` lists every request (path and decoded query); ``cbs.tables`` holds the
tables (``FakeTable``) and may be changed before a request, e.g. to drop a column.
"""

from __future__ import annotations

import csv
import json
import random
import re
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from data.reference import GEMEENTEN

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "cbs"
API_PATH = "/ODataApi/odata"
CBS_PAGE_SIZE = 10_000  # what CBS answers per page
SEED = 20240101

TWENTE_CODES = tuple(g.code for g in GEMEENTEN)
OTHER_REGIONS = ("GM0193", "PV23", "NL01")  # Zwolle (Overijssel, not Twente), the province, the country


# --- The real files ---------------------------------------------------------------------------


def untyped_80305ned() -> tuple[list[str], list[dict[str, str]]]:
    """The real CBS export of 80305NED for Overijssel: the header keys and the rows as text."""
    with (FIXTURES / "80305NED_UntypedDataSet_Overijssel.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    header = rows[0]
    return header, [dict(zip(header, row, strict=True)) for row in rows[1:]]


def kerncijfers_2024() -> dict[str, int]:
    """Inhabitants on 1 January 2024 per municipality (real, 85984NED)."""
    with (FIXTURES / "twente_kerncijfers_2024.csv").open(encoding="utf-8") as f:
        return {row["gemeente_code"]: int(row["inwoners"]) for row in csv.DictReader(f)}


def _json(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def typed_value(text: str) -> float | None:
    """An untyped CBS cell ('     1.7', '       .') as TypedDataSet carries it (1.7, null)."""
    text = text.strip()
    return None if text in ("", ".") else float(text)


# --- Building the tables ----------------------------------------------------------------------


@dataclass
class FakeTable:
    id: str
    data_properties: list[dict[str, Any]]
    table_infos: list[dict[str, Any]]
    rows: list[dict[str, Any]]  # TypedDataSet, every column
    perioden: list[dict[str, Any]] | None = None  # None: no time dimension

    def column_keys(self) -> list[str]:
        return [p["Key"] for p in self.data_properties if p["Type"] != "TopicGroup"]


def _rng(*parts: object) -> random.Random:
    seed = ":".join(str(p) for p in (SEED, *parts))  # a str seed gives the same numbers on every run
    return random.Random(seed)  # noqa: S311 - generated test figures, not secrets


def _dimension(kind: str, key: str, title: str, position: int) -> dict[str, Any]:
    return {
        "odata.type": f"Cbs.OData.{kind}",
        "ID": position,
        "Position": position,
        "ParentID": None,
        "Type": kind,
        "Key": key,
        "Title": title,
        "Description": "",
    }


def _topic(key: str, position: int, unit: str, datatype: str = "Double", decimals: int = 1) -> dict[str, Any]:
    """A measure in the shape of the real 85984NED DataProperties entries."""
    name = re.sub(r"_\d+$", "", key)
    return {
        "odata.type": "Cbs.OData.Topic",
        "ID": position,
        "Position": position,
        "ParentID": None,
        "Type": "Topic",
        "Key": key,
        "Title": re.sub(r"(?<=[a-z])(?=[A-Z0-9])", " ", name).capitalize(),
        "Description": "",
        "Datatype": datatype,
        "Unit": unit,
        "Decimals": decimals,
        "Default": "Missing",
        "PresentationType": "Absolute",
    }


def _table_infos(table: str, title: str, period: str, status: str, catalog: str = "CBS") -> list[dict]:
    """The real 85984NED TableInfos with this table's id, title, period and status text."""
    info = dict(_json("85984NED_TableInfos.json")[0])
    short = f"\nGegevens beschikbaar over: {period}.\n\nStatus van de cijfers:\n{status}.\n"
    info.update(
        Title=title,
        ShortTitle=title,
        Identifier=table,
        Period=period,
        Catalog=catalog,
        ShortDescription=short,
    )
    info["Description"] = short
    return [info]


def _perioden(years: range, provisional: tuple[int, ...] = ()) -> list[dict[str, Any]]:
    return [
        {
            "Key": f"{year}JJ00",
            "Title": f"{year}*" if year in provisional else str(year),
            "Description": "",
            "Status": "Voorlopig" if year in provisional else "Definitief",
        }
        for year in years
    ]


def _scaled(value: float | None, *parts: object) -> float | None:
    """A municipality's value in the same shape as the province's: seeded, rounded like CBS."""
    if value is None:
        return None
    return round(value * _rng(*parts).uniform(0.55, 1.7), 1)


# 80305NED: RegioS x Perioden, keys exactly as in the real export.
NABIJHEID_YEARS = range(2006, 2019)
NULL_IN_80305NED = ("GM0183", 2016, "AfstandTotBioscoop_115")  # a figure CBS does not have (generated)


def table_80305ned() -> FakeTable:
    header, province = untyped_80305ned()
    keys = header[3:]  # after ID, RegioS, Perioden
    properties = [
        _dimension("GeoDimension", "RegioS", "Regio's", 0),
        _dimension("TimeDimension", "Perioden", "Perioden", 1),
        *(
            _topic(key, i, "km" if key.startswith("AfstandTot") else "aantal")
            for i, key in enumerate(keys, 2)
        ),
    ]
    by_year = {int(row["Perioden"][:4]): row for row in province}
    rows = []
    for region in (*TWENTE_CODES, *OTHER_REGIONS):
        for year in NABIJHEID_YEARS:
            source = by_year[year]
            row: dict[str, Any] = {"ID": len(rows), "RegioS": f"{region:<6}", "Perioden": f"{year}JJ00"}
            for key in keys:
                value = typed_value(source[key])
                row[key] = value if region == "PV23" else _scaled(value, "80305NED", region, key, year)
            rows.append(row)
    code, year, key = NULL_IN_80305NED
    next(r for r in rows if r["RegioS"].strip() == code and r["Perioden"] == f"{year}JJ00")[key] = None
    title = "Nabijheid voorzieningen; afstand locatie, regionale cijfers"
    return FakeTable(
        "80305NED",
        properties,
        _table_infos("80305NED", title, "2006-2018", "Definitief"),
        rows,
        _perioden(NABIJHEID_YEARS, provisional=(2018,)),
    )


# The yearly successors: WijkenEnBuurten padded to 10, one year, no Perioden.  In 84463NED
# the culture columns are those of 80305NED numbered 11 lower (_92 library, _95 museum,
# _99 stage, _104 cinema are read from 84463NED by public scripts); the region columns are
# the real 85984NED ones; a warehouse group (with its own Binnen10Km) comes first.
SUCCESSORS = {
    "84463NED": (2018, "Definitief"),
    "84718NED": (2019, "Definitief"),
    "86134NED": (2024, "Voorlopig"),
}
SUCCESSOR_SHIFT = 11


def successor_keys() -> dict[str, str]:
    """The successor's keys, each with the 80305NED key whose (province) figures it takes."""
    header, _ = untyped_80305ned()
    start = header.index("AfstandTotWarenhuis_28")
    group = header[start : start + 4]
    block = header[header.index("AfstandTotBibliotheek_103") : header.index("AfstandTotAttractie_121") + 1]
    shift = {re.sub(r"_(\d+)$", lambda m: f"_{int(m.group(1)) - SUCCESSOR_SHIFT}", k): k for k in block}
    return {key: key for key in group} | shift


def table_successor(table: str) -> FakeTable:
    year, status = SUCCESSORS[table]
    _, province = untyped_80305ned()
    region_part = _json("85984NED_DataProperties.json")[:6]  # WijkenEnBuurten; Gemeentenaam_1 ... _4
    keys = successor_keys()
    properties = [*region_part, *(_topic(k, 10 + i, "km") for i, k in enumerate(keys))]
    properties[0] = {**properties[0], "MapYear": year}
    source = next(row for row in province if row["Perioden"] == "2018JJ00")
    names = {g.code: g.naam for g in GEMEENTEN}
    regions = [("NL00", "Nederland", "Land"), *((c, names[c], "Gemeente") for c in TWENTE_CODES)]
    regions += [("WK014100", "Almelo", "Wijk"), ("BU01410000", "Binnenstad", "Buurt")]
    regions += [("GM0193", "Zwolle", "Gemeente")]
    rows = []
    for code, name, kind in regions:
        row: dict[str, Any] = {
            "ID": len(rows),
            "WijkenEnBuurten": f"{code:<10}",
            "Gemeentenaam_1": f"{name:<40}",
            "SoortRegio_2": f"{kind:<10}",
            "Codering_3": f"{code:<10}",
            "IndelingswijzigingGemeenteWijkBuurt_4": "1",
        }
        for key, old in keys.items():
            row[key] = _scaled(typed_value(source[old]), table, code, key)
        rows.append(row)
    title = f"Nabijheid voorzieningen; afstand locatie, wijk- en buurtcijfers {year}"
    return FakeTable(table, properties, _table_infos(table, title, str(year), status), rows)


# 70072NED: RegioS x Perioden, TotaleBevolking_1 (population on 1 January).  2015 and 2024
# are real (the boundary files' 2015 figures, 85984NED for 2024); the years between and
# around are interpolated (generated).
POPULATION_YEARS = range(2013, 2026)
NULL_IN_70072NED = ("GM1742", 2013)  # no figure (generated)


def population_figures() -> dict[tuple[str, int], int]:
    real_2024 = kerncijfers_2024()
    figures = {}
    for g in GEMEENTEN:
        start, end = g.inwoners_2015, real_2024[g.code]
        for year in POPULATION_YEARS:
            figures[(g.code, year)] = round(start + (end - start) * (year - 2015) / 9)
    return figures


def table_70072ned() -> FakeTable:
    figures = population_figures()
    properties = [
        _dimension("GeoDimension", "RegioS", "Regio's", 0),
        _dimension("TimeDimension", "Perioden", "Perioden", 1),
        _topic("TotaleBevolking_1", 2, "aantal", "Long", 0),
        _topic("Mannen_2", 3, "aantal", "Long", 0),
        _topic("Vrouwen_3", 4, "aantal", "Long", 0),
    ]
    rows = []
    for code in (*TWENTE_CODES, "GM0193"):
        for year in POPULATION_YEARS:
            total = figures.get((code, year), 130_000)
            if (code, year) == NULL_IN_70072NED:
                total = None
            men = None if total is None else round(total * 0.497)
            rows.append(
                {
                    "ID": len(rows),
                    "RegioS": f"{code:<6}",
                    "Perioden": f"{year}JJ00",
                    "TotaleBevolking_1": total,
                    "Mannen_2": men,
                    "Vrouwen_3": None if total is None else total - men,
                }
            )
    title = "Regionale kerncijfers Nederland"
    return FakeTable(
        "70072NED",
        properties,
        _table_infos("70072NED", title, "1995-2025", "Definitief"),
        rows,
        _perioden(POPULATION_YEARS, provisional=(2025,)),
    )


# Iv3 on dataderden: Gemeenten (padded to 9), TaakveldBalanspost (padded to 6), Categorie,
# Verslagsoort (<year>X000 begroting, <year>X005 jaarrekening); amounts in 1.000 euro.
IV3 = {"45063NED": 2023, "45067NED": 2024, "45071NED": 2025}
IV3_TAAKVELDEN = ("0.1", "5.1", "5.3", "5.4", "5.5", "5.6", "5.7")
IV3_CATEGORIES = ("L1.1", "L3.5.1", "L4.3.3", "B2.2.1", "B4.3.1")
IV3_WITHOUT_FIGURES = ("GM0183", 2024)  # every amount null (generated)


def table_iv3(table: str) -> FakeTable:
    year = IV3[table]
    properties = [
        _dimension("Dimension", "Gemeenten", "Gemeenten", 0),
        _dimension("Dimension", "TaakveldBalanspost", "Taakveld/balanspost", 1),
        _dimension("Dimension", "Categorie", "Categorie", 2),
        _dimension("Dimension", "Verslagsoort", "Verslagsoort", 3),
        _topic("k_1ePlaatsing_1", 4, "x 1 000 euro", "Double", 0),
        _topic("k_2ePlaatsing_2", 5, "x 1 000 euro", "Double", 0),
    ]
    # The 2025 table has only the begroting so far: no jaarrekening rows.
    reports = ("X000",) if year == 2025 else ("X000", "X005")
    figures = population_figures()
    rows = []
    for code in (*TWENTE_CODES, "GM0193"):
        inhabitants = figures.get((code, year), 130_000)
        for report in reports:
            for taakveld in IV3_TAAKVELDEN:
                for category in IV3_CATEGORIES:
                    share = _rng(table, code, report, taakveld, category).uniform(1, 15)
                    first = round(share * inhabitants / 1000)
                    # The most recent year has only the first placement.
                    second = None if year == 2024 else first + _rng(table, code, category).randint(-3, 3)
                    if (code, year) == IV3_WITHOUT_FIGURES:
                        first = second = None
                    rows.append(
                        {
                            "ID": len(rows),
                            "Gemeenten": f"{code:<9}",
                            "TaakveldBalanspost": f"{taakveld:<6}",
                            "Categorie": category,
                            "Verslagsoort": f"{year}{report}",
                            "k_1ePlaatsing_1": first,
                            "k_2ePlaatsing_2": second,
                        }
                    )
    title = f"Gemeenten {year} onbewerkte Iv3-data"
    return FakeTable(table, properties, _table_infos(table, title, str(year), "Definitief", "IV3"), rows)


def build_tables() -> dict[str, FakeTable]:
    tables = [table_80305ned(), table_70072ned(), *map(table_successor, SUCCESSORS), *map(table_iv3, IV3)]
    return {table.id: table for table in tables}


# --- $filter ----------------------------------------------------------------------------------

_TOKEN = re.compile(r"\s*(?:(\()|(\))|(,)|'((?:[^']|'')*)'|([A-Za-z_][\w.]*)|(-?\d+(?:\.\d+)?))")
Predicate = Callable[[dict[str, Any]], bool]


class FilterError(ValueError):
    pass


class _Parser:
    """The part of OData v3 ``$filter`` that CBS clients use: eq, ne, and, or, parentheses,
    startswith(Field,'x'), substringof('x',Field), trim(Field)."""

    def __init__(self, text: str) -> None:
        self.tokens = self._tokenize(text)
        self.pos = 0

    @staticmethod
    def _tokenize(text: str) -> list[tuple[str, Any]]:
        tokens, pos = [], 0
        text = text.rstrip()
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            if not match:
                raise FilterError(text[pos:])
            pos = match.end()
            open_, close, comma, string, name, number = match.groups()
            if open_ or close or comma:
                tokens.append((open_ or close or comma, None))
            elif string is not None:
                tokens.append(("str", string.replace("''", "'")))
            elif name is not None:
                tokens.append(("name", name))
            else:
                tokens.append(("num", float(number)))
        return tokens

    def peek(self) -> tuple[str, Any]:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self, kind: str, value: Any = None) -> Any:
        token = self.peek()
        if token[0] != kind or (value is not None and token[1] != value):
            raise FilterError(f"expected {value or kind}, found {token}")
        self.pos += 1
        return token[1]

    def parse(self) -> Predicate:
        predicate = self.expression()
        self.take("end")
        return predicate

    def expression(self) -> Predicate:
        parts = [self.conjunction()]
        while self.peek() == ("name", "or"):
            self.pos += 1
            parts.append(self.conjunction())
        return lambda row: any(p(row) for p in parts)

    def conjunction(self) -> Predicate:
        parts = [self.factor()]
        while self.peek() == ("name", "and"):
            self.pos += 1
            parts.append(self.factor())
        return lambda row: all(p(row) for p in parts)

    def factor(self) -> Predicate:
        if self.peek()[0] == "(":
            self.pos += 1
            inner = self.expression()
            self.take(")")
            return inner
        kind, name = self.peek()
        if kind == "name" and name in ("startswith", "substringof"):
            self.pos += 1
            self.take("(")
            first = self.operand()
            self.take(",")
            second = self.operand()
            self.take(")")
            if name == "startswith":
                return lambda row: str(first(row) or "").startswith(str(second(row)))
            return lambda row: str(first(row)) in str(second(row) or "")
        left = self.operand()
        operator = self.take("name")
        right = self.operand()
        if operator == "eq":
            return lambda row: left(row) == right(row)
        if operator == "ne":
            return lambda row: left(row) != right(row)
        raise FilterError(operator)

    def operand(self) -> Callable[[dict[str, Any]], Any]:
        kind, value = self.peek()
        self.pos += 1
        if kind in ("str", "num"):
            return lambda row: value
        if kind == "name" and value == "null":
            return lambda row: None
        if kind == "name" and value == "trim":
            self.take("(")
            inner = self.operand()
            self.take(")")
            return lambda row: str(inner(row) or "").strip()
        if kind == "name":
            return lambda row: row.get(value)
        raise FilterError(str(value))


def parse_filter(text: str) -> Predicate:
    return _Parser(text).parse()


# --- The server -------------------------------------------------------------------------------


@dataclass
class _Rule:
    action: str  # "status", "hang", "garbage" or "redirect"
    match: str | None
    after: int = 0
    status: int = 500
    location: str = ""
    seen: int = 0

    def applies(self, target: str) -> bool:
        if self.match is not None and self.match not in target:
            return False
        self.seen += 1
        return self.seen > self.after


@dataclass
class FakeCbs:
    """The fake CBS API on 127.0.0.1; ``base_url`` serves StatLine and Iv3 tables alike."""

    page_size: int = CBS_PAGE_SIZE
    tables: dict[str, FakeTable] = field(default_factory=build_tables)
    next_link_host: str | None = None
    requests: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Life cycle
    def start(self) -> FakeCbs:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeCbs:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the server first"
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PATH}"

    # Misbehaviour
    def fail_after(self, requests: int, status: int = 500) -> None:
        """Answer ``status`` to every request after the first ``requests``."""
        self._rules.append(_Rule("status", None, requests, status))

    def fail_at(self, match: str, status: int = 500, after: int = 0) -> None:
        """Answer ``status`` to requests whose path and query contain ``match`` (after ``after`` of them)."""
        self._rules.append(_Rule("status", match, after, status))

    def hang(self, match: str | None = None, after: int = 0) -> None:
        """Accept matching requests and never answer them (until reset or stop)."""
        self._release.clear()
        self._rules.append(_Rule("hang", match, after))

    def garbage_at(self, match: str | None = None, after: int = 0) -> None:
        """Answer matching requests with 200 and a body that is not JSON."""
        self._rules.append(_Rule("garbage", match, after))

    def redirect_at(self, match: str, location: str, status: int = 301) -> None:
        """Answer matching requests with a redirect to ``location``."""
        self._rules.append(_Rule("redirect", match, 0, status, location=location))

    def reset(self) -> None:
        self._release.set()
        self._rules.clear()
        self.next_link_host = None
        self.requests.clear()

    # Answers
    def rule_for(self, target: str) -> _Rule | None:
        with self._lock:
            self.requests.append(target)
            for rule in self._rules:
                if rule.applies(target):
                    return rule
        return None

    def answer(self, path: str, query: dict[str, str]) -> tuple[int, Any]:
        parts = path[len(API_PATH) :].strip("/").split("/")  # CBS itself writes /ODataApi/OData/ too
        if not path.lower().startswith(API_PATH.lower()) or len(parts) != 2:
            return 404, {"odata.error": {"message": {"value": "Not found"}}}
        table_id, entity = parts
        table = self.tables.get(table_id.upper())
        collections = {
            "DataProperties": table.data_properties if table else None,
            "TableInfos": table.table_infos if table else None,
            "Perioden": table.perioden if table else None,
            "TypedDataSet": table.rows if table else None,
        }
        rows = collections.get(entity)
        if rows is None:
            return 404, {"odata.error": {"message": {"value": f"Resource {table_id}/{entity} not found"}}}
        try:
            if "$filter" in query:
                predicate = parse_filter(query["$filter"])
                rows = [row for row in rows if predicate(row)]
        except FilterError as error:
            return 400, {"odata.error": {"message": {"value": f"Invalid $filter: {error}"}}}
        if "$select" in query:
            keys = query["$select"].split(",")
            rows = [{key: row.get(key) for key in keys} for row in rows]
        return 200, self._page(table_id, entity, rows, query)

    def _page(self, table: str, entity: str, rows: list[dict], query: dict[str, str]) -> dict[str, Any]:
        skip = int(query.get("$skip", 0))
        top = int(query["$top"]) if "$top" in query else None
        wanted = rows[skip:] if top is None else rows[skip : skip + top]
        page = wanted[: self.page_size]
        answer: dict[str, Any] = {
            "odata.metadata": f"{self.base_url}/{table}/$metadata#Cbs.OData.WebAPI.{entity}",
            "value": page,
        }
        if len(wanted) > len(page):
            rest = {k: v for k, v in query.items() if k != "$skip"}
            rest["$skip"] = str(skip + len(page))
            base = self.base_url
            if self.next_link_host:
                base = base.replace(f"127.0.0.1:{self.port}", self.next_link_host)
            link = f"{base}/{table}/{entity}?" + urllib.parse.urlencode(rest, quote_via=urllib.parse.quote)
            answer["odata.nextLink"] = link
        return answer

    def row(self, table: str, region: str, **where: Any) -> dict[str, Any]:
        """The one TypedDataSet row of ``region`` (unpadded) matching ``where``; for expectations."""
        table_ = self.tables[table]
        region_key = next(k for k in ("RegioS", "WijkenEnBuurten", "Gemeenten") if k in table_.column_keys())
        found = [
            r
            for r in table_.rows
            if r[region_key].strip() == region and all(str(r[k]).strip() == str(v) for k, v in where.items())
        ]
        assert len(found) == 1, (table, region, where, len(found))
        return found[0]

    def iter_rows(self, table: str) -> Iterator[dict[str, Any]]:
        yield from self.tables[table].rows


class _Handler(BaseHTTPRequestHandler):
    fake: FakeCbs

    def do_GET(self) -> None:
        split = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(split.query, keep_blank_values=True))
        target = urllib.parse.unquote(self.path)
        rule = self.fake.rule_for(target)
        if rule is not None and rule.action == "hang":
            self.fake._release.wait(timeout=120)
            self.close_connection = True
            return
        if rule is not None and rule.action == "redirect":
            self.send_response(rule.status)
            self.send_header("Location", rule.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if rule is not None and rule.action == "garbage":
            self._send(200, b"<html><body>Service Unavailable</body></html>", "text/html")
            return
        if rule is not None:
            body = {"odata.error": {"code": "", "message": {"lang": "nl-NL", "value": "Internal error"}}}
            self._send(rule.status, json.dumps(body).encode())
            return
        status, body = self.fake.answer(split.path, query)
        self._send(status, json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def _send(
        self, status: int, body: bytes, content_type: str = "application/json;odata=minimalmetadata"
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass
