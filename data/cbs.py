"""Real public figures from CBS StatLine for the 14 Twente municipalities, for every year CBS has.

    python -m data.cbs [--dry-run] [--base-url URL] [--iv3-base-url URL] [--db PATH] [--user NAME]

What is fetched (OData v3, ``/<table>/TypedDataSet`` filtered on the 14 municipality codes):

* *Nabijheid voorzieningen* (:data:`NABIJHEID_TABLES`): distances to the nearest library,
  museum, stage and cinema, and the number of museums within 10 km.
* Inhabitants per municipality and year (:data:`POPULATION_TABLE`), import kind ``inwoners``.
* Council culture spending from the municipal accounts (Iv3, taakvelden 5.3-5.6, on the
  ``dataderden`` catalogue, :data:`IV3_TABLES`) divided by the inhabitants of that year:
  indicator ``cultuuruitgaven`` in euros per inhabitant.

Everything is fetched and checked first; only then do the rows go through
:func:`data.importing.plan.analyse_tables` and :func:`data.importing.commit.commit` like an
uploaded file: validated, previewed, stored in one transaction, logged and undoable.  Any network or CBS
problem raises :class:`CbsError` before the store is touched, so there is never a partial
import.  Columns are matched on their name without CBS's numeric suffix
(``AfstandTotBibliotheek_103`` in one table version is ``AfstandTotBibliotheek_92`` in the
next), a CBS ``.`` or null is a missing value (never 0), and region codes lose their padding.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import http.client
import json
import math
import os
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from data.i18n import translate
from data.importing.commit import commit
from data.importing.plan import Analysis, analyse_tables
from data.importing.report import format_report
from data.importing.sheets import KIND_INDICATORS, KIND_POPULATION, RawTable
from data.reference import GEMEENTE_CODES
from data.store import DEMO_DATASET, SCHEMA_VERSION, connect, imported_db_path, read_metadata, schema_version
from data.years import year_ranges

DEFAULT_BASE_URL = "https://opendata.cbs.nl/ODataApi/odata"
DEFAULT_IV3_BASE_URL = "https://dataderden.cbs.nl/ODataApi/odata"
BASE_URL_ENV_VAR = "CULTUUR_CBS_URL"
IV3_BASE_URL_ENV_VAR = "CULTUUR_CBS_IV3_URL"
DEFAULT_TIMEOUT = 30.0
USER_AGENT = "cultuurdashboard-twente/1 (data.cbs)"

# A hostile or broken server cannot make us loop or fill the memory: CBS answers at most
# 10,000 rows a page, and the largest query here needs a few thousand rows in all.
MAX_PAGES = 100  # per query
MAX_ROWS = 200_000  # per query
MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # per answer

SUBJECT_NABIJHEID = "nabijheid"
SUBJECT_POPULATION = "inwoners"
SUBJECT_IV3 = "iv3"


@dataclass(frozen=True)
class TableRef:
    """A CBS table: its id, the year it describes (None: a series with ``Perioden``)."""

    id: str
    year: int | None = None
    required: bool = False  # False: a table of a yearly list that may not be published yet


# Nabijheid voorzieningen: the regional series, then its yearly successors (one table per
# year, neighbourhood level, region dimension ``WijkenEnBuurten``, no ``Perioden``).  Where
# two tables have the same year, the earlier one in this list is kept: one method across years.
NABIJHEID_TABLES: tuple[TableRef, ...] = (
    # "Nabijheid voorzieningen; afstand locatie, regionale cijfers", 2006-2018, RegioS x
    # Perioden: ../shared/cbs/80305NED_UntypedDataSet_Overijssel.csv (a real CBS export).
    TableRef("80305NED", required=True),
    # "... wijk- en buurtcijfers <year>": 2017, 2018 and 2019 are listed as such in several
    # public pipelines (statline_to_gcs flows; R scripts that read AfstandTotBibliotheek_92,
    # AfstandTotMuseum_95, AfstandTotPodiumkunstenTotaal_99, AfstandTotBioscoop_104 from 84463NED).
    TableRef("84334NED", 2017),
    TableRef("84463NED", 2018),
    TableRef("84718NED", 2019),
    # 2020: linked as the "amenities" dataset of a public neighbourhood dashboard (weakest evidence).
    TableRef("84953NED", 2020),
    # 2021: a public project's CSV export "Nabijheid_voorzieningen__buurt_2021" names 85231NED.
    TableRef("85231NED", 2021),
    # 2022: a public script's comment "Nabijheid voorzieningen; afstand locatie, wijk- en buurtcijfers 2022".
    TableRef("85560NED", 2022),
    # 2023: listed as "85830NED (2023)" in a public data-source overview.
    TableRef("85830NED", 2023),
    # 2024: "Proximity to facilities; distance/location, districts and neighborhoods 2024".
    TableRef("86134NED", 2024),
    # 2025: used as the current table (year 2025) with 86134NED as fallback in a public client.
    TableRef("86270NED", 2025),
)
# CBS column name (the DataProperties key without its numeric suffix) -> indicator code.
NABIJHEID_COLUMNS: tuple[tuple[str, str], ...] = (
    ("AfstandTotBibliotheek", "afstand_bibliotheek"),
    ("AfstandTotMuseum", "afstand_museum"),
    ("AfstandTotPodiumkunstenTotaal", "afstand_podiumkunsten"),
    ("AfstandTotBioscoop", "afstand_bioscoop"),
)
# Several Binnen10Km_* columns exist (one per facility); the museum's is the one in the run
# of Binnen* columns that directly follows AfstandTotMuseum in DataProperties order.
MUSEUM_GROUP = ("AfstandTotMuseum", "Binnen10Km", "musea_binnen_10km")

# Regionale kerncijfers Nederland: RegioS x Perioden since 1995, TotaleBevolking_1 is the
# population on 1 January (the key read by several public scripts, e.g. with cbsodata).
POPULATION_TABLE = TableRef("70072NED", required=True)
POPULATION_COLUMN = "TotaleBevolking"

# Iv3, the municipal accounts, on dataderden.cbs.nl (catalogue IV3), one table per year titled
# "Gemeenten <year> onbewerkte Iv3-data".  These ids are those of a public R dashboard for
# municipal culture spending (2023 45063NED, 2024 45067NED, 2025 45071NED, 2026 45078NED);
# earlier years have their own tables, not verified here (look them up by that title in
# https://dataderden.cbs.nl/ODataCatalog/Tables?$filter=Catalog eq 'IV3').
IV3_TABLES: tuple[TableRef, ...] = (
    TableRef("45063NED", 2023),
    TableRef("45067NED", 2024),
    TableRef("45071NED", 2025),
    TableRef("45078NED", 2026),
)
IV3_REGION = "Gemeenten"  # keys padded to 9 characters: 'GM0141   '
IV3_DIMENSIONS = ("TaakveldBalanspost", "Categorie", "Verslagsoort")
IV3_TAAKVELDEN = ("5.3", "5.4", "5.5", "5.6")  # cultuur, musea, cultureel erfgoed, media
IV3_LASTEN_PREFIX = "L"  # Categorie L* are lasten (expenditure), B* baten
IV3_ANNUAL_ACCOUNTS = "X005"  # Verslagsoort '<year>X005' is the jaarrekening, X000 the begroting
# Amounts in thousands of euros; the revised second placement where CBS has it, else the first.
IV3_AMOUNT_COLUMNS = ("k_2ePlaatsing", "k_1ePlaatsing")
IV3_THOUSAND = 1000
IV3_NO_FIGURE = -99998  # CBS's code for "no figure" in Iv3 amounts (real amounts can be negative)
IV3_INDICATOR = "cultuuruitgaven"

_GEO_TYPES = ("GeoDimension", "GeoDetail")
_REGION_KEYS = ("RegioS", "WijkenEnBuurten", IV3_REGION)
_ANNUAL_PERIOD = re.compile(r"^(\d{4})JJ00$")
_SUFFIX = re.compile(r"^(.+)_\d+$")
_STATUS_TEXT = re.compile(r"Status van de cijfers:\s*(\w+)", re.IGNORECASE)
_MISSING = ("", ".")  # CBS: "." unknown, unreliable or secret; blank cannot occur


class CbsError(Exception):
    """Fetching from CBS failed; nothing was changed.  ``code`` names the Dutch explanation."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "nl") -> str:
        detail = translate(f"cbs.error.{self.code}", lang, **self.params)
        return f"{detail} {translate('cbs.error.nothing_changed', lang)}"

    def __str__(self) -> str:
        return self.message()


def column_name(key: str) -> str:
    """A DataProperties key without its numeric suffix: 'AfstandTotMuseum_106' -> 'AfstandTotMuseum'."""
    match = _SUFFIX.match(key)
    return match.group(1) if match else key


def find_column(keys: Sequence[str], name: str) -> str | None:
    """The first key whose name (without suffix) is ``name``; suffixes change between versions."""
    return next((key for key in keys if column_name(key) == name), None)


def find_in_group(keys: Sequence[str], anchor: str, name: str) -> str | None:
    """The ``name`` column among the Binnen* columns that directly follow ``anchor``."""
    start = find_column(keys, anchor)
    if start is None:
        return None
    for key in keys[keys.index(start) + 1 :]:
        if not column_name(key).startswith("Binnen"):
            return None
        if column_name(key) == name:
            return key
    return None


def cbs_number(raw: object, *, table: str, column: str) -> float | None:
    """A CBS value as a number; a null or CBS's '.' is missing (None), never 0."""
    if raw is None:
        return None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw) if math.isfinite(raw) else None
    if isinstance(raw, str):
        text = raw.strip()
        if text in _MISSING:
            return None
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if math.isfinite(number):
            return number
    raise CbsError("bad_value", table=table, column=column, value=str(raw).strip())


def region_code(raw: object) -> str:
    """CBS pads region keys with spaces ('GM0141    '); the store does not."""
    return str(raw or "").strip()


# --- HTTP ------------------------------------------------------------------------------------


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MB" if count >= 1024 * 1024 else f"{count // 1024} kB"


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect (http to https, say) only on the host that was asked."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        asked, target = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        if target.netloc.lower() != asked.netloc.lower() or target.scheme not in ("http", "https"):
            fp.close()
            raise CbsError("foreign_link", host=target.netloc or newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _network_error(reason: object, url: str, client: Client) -> CbsError:
    if isinstance(reason, TimeoutError):
        return CbsError("timeout", url=url, seconds=f"{client.timeout:g}")
    if isinstance(reason, socket.gaierror):
        return CbsError("dns", host=client.host)
    if isinstance(reason, ConnectionRefusedError):
        return CbsError("refused", url=client.base_url)
    return CbsError("network", url=url, detail=str(reason) or type(reason).__name__)


class Client:
    """GETs JSON from one CBS catalogue, following ``odata.nextLink`` on the same host only."""

    def __init__(self, base_url: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise CbsError("bad_url", url=base_url)
        self.base_url = base_url.rstrip("/")
        self.scheme = parts.scheme
        self.host = parts.netloc.lower()
        self.timeout = timeout
        self._opener = urllib.request.build_opener(_SameHostRedirects())

    def url(self, path: str, params: dict[str, str] | None = None) -> str:
        """``<base>/<path>?$format=json&...``, percent-encoded (a space as %20)."""
        query = {"$format": "json", **(params or {})}
        encoded = "&".join(f"{k}={urllib.parse.quote(v, safe=chr(39) + ',()')}" for k, v in query.items())
        return f"{self.base_url}/{path}?{encoded}"

    def get(self, url: str) -> Any:
        """One answer as JSON; every way this can fail becomes a :class:`CbsError`."""
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked to be http(s)
            url, headers={"Accept": "application/json", "User-Agent": USER_AGENT}
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                body = response.read(MAX_RESPONSE_BYTES + 1)
        except urllib.error.HTTPError as error:
            error.close()
            raise CbsError("http", status=error.code, url=url) from error
        except urllib.error.URLError as error:
            raise _network_error(error.reason, url, self) from error
        except (OSError, http.client.HTTPException) as error:  # a timeout or reset while reading
            raise _network_error(error, url, self) from error
        if len(body) > MAX_RESPONSE_BYTES:
            raise CbsError("too_large", url=url, limit=_size(MAX_RESPONSE_BYTES))
        try:
            return json.loads(body.decode("utf-8-sig"))
        except ValueError as error:  # also UnicodeDecodeError
            raise CbsError("invalid_json", url=url) from error

    def get_all(self, table: str, entity: str, params: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """Every row of ``/<table>/<entity>``, page after page, within the limits."""
        url: str | None = self.url(f"{table}/{entity}", params)
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        while url is not None:
            if url in seen:
                raise CbsError("link_loop", table=table)
            seen.add(url)
            if len(seen) > MAX_PAGES:
                raise CbsError("too_many_pages", table=table, limit=MAX_PAGES)
            answer = self.get(url)
            value = answer.get("value") if isinstance(answer, dict) else None
            if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
                raise CbsError("unexpected_shape", url=url, detail="value")
            rows.extend(value)
            if len(rows) > MAX_ROWS:
                raise CbsError("too_many_rows", table=table, limit=f"{MAX_ROWS:,}".replace(",", "."))
            url = self._next_link(answer.get("odata.nextLink"), url)
        return rows

    def _next_link(self, link: object, current: str) -> str | None:
        if link is None:
            return None
        if not isinstance(link, str) or not link.strip():
            raise CbsError("unexpected_shape", url=current, detail="odata.nextLink")
        absolute = urllib.parse.urljoin(current, link.strip())
        parts = urllib.parse.urlsplit(absolute)
        downgrade = self.scheme == "https" and parts.scheme != "https"
        if parts.netloc.lower() != self.host or parts.scheme not in ("http", "https") or downgrade:
            raise CbsError("foreign_link", host=parts.netloc or link)
        return absolute


# --- Table metadata ----------------------------------------------------------------------


@dataclass(frozen=True)
class TableMeta:
    """What a table offers: its columns in order, its dimensions and the status of its years."""

    table: str
    topics: tuple[str, ...]  # measure keys, in DataProperties order
    dimensions: tuple[str, ...]
    region_key: str
    time_key: str | None
    period_status: dict[str, str]  # 'Perioden' key -> 'definitief' / 'voorlopig'
    status: str  # of a table without Perioden, from its TableInfos


def _status(text: str) -> str:
    return "voorlopig" if text.strip().lower().replace(" ", "") in ("voorlopig", "nadervoorlopig") else ""


def period_status(row: dict[str, Any]) -> str:
    """'Voorlopig' (or 'NaderVoorlopig') from the Perioden row, or StatLine's '2023*' title."""
    status = str(row.get("Status") or "")
    if _status(status):
        return "voorlopig"
    if status.strip().lower() == "definitief":
        return "definitief"
    return "voorlopig" if str(row.get("Title") or "").strip().endswith("*") else "definitief"


def table_status(info: dict[str, Any]) -> str:
    """A single-year table states its status in prose: 'Status van de cijfers: Definitief, ...'."""
    for text in (info.get("ShortDescription"), info.get("Description")):
        found = _STATUS_TEXT.search(str(text or ""))
        if found:
            return "voorlopig" if _status(found.group(1)) else "definitief"
    return "definitief"  # StatLine marks only provisional figures


def _region_key(properties: list[dict[str, Any]], table: str) -> str:
    """The geographic dimension (RegioS, WijkenEnBuurten), or Iv3's plain dimension Gemeenten."""
    for candidate in properties:
        if candidate.get("Type") in _GEO_TYPES and isinstance(candidate.get("Key"), str):
            return candidate["Key"]
    keys = {p.get("Key") for p in properties}
    for key in _REGION_KEYS:
        if key in keys:
            return key
    raise CbsError("missing_columns", table=table, columns=" / ".join(_REGION_KEYS))


def table_metadata(client: Client, ref: TableRef) -> TableMeta:
    """DataProperties, and Perioden (or TableInfos for a single-year table) of ``ref``."""
    properties = client.get_all(ref.id, "DataProperties")
    topics = tuple(p["Key"] for p in properties if p.get("Type") == "Topic" and isinstance(p.get("Key"), str))
    dimensions = tuple(
        p["Key"] for p in properties if "Dimension" in str(p.get("Type")) or p.get("Type") == "GeoDetail"
    )
    region = _region_key(properties, ref.id)
    time_key = next((p.get("Key") for p in properties if p.get("Type") == "TimeDimension"), None)
    statuses: dict[str, str] = {}
    status = "definitief"
    if time_key:
        statuses = {
            region_code(row.get("Key")): period_status(row) for row in client.get_all(ref.id, time_key)
        }
    else:
        if ref.year is None:
            raise CbsError("missing_columns", table=ref.id, columns="Perioden")
        infos = client.get_all(ref.id, "TableInfos")
        info = infos[0] if infos else {}
        period = str(info.get("Period") or "").strip()
        if re.fullmatch(r"\d{4}", period) and int(period) != ref.year:
            raise CbsError("wrong_period", table=ref.id, found=period, expected=ref.year)
        status = table_status(info)
    return TableMeta(ref.id, topics, dimensions, region, time_key, statuses, status)


def _metadata_if_published(client: Client, ref: TableRef) -> TableMeta | None:
    """None for a table of a yearly list that CBS does not have (yet): HTTP 404."""
    try:
        return table_metadata(client, ref)
    except CbsError as error:
        if not ref.required and error.code == "http" and error.params.get("status") == 404:
            return None
        raise


def region_filter(key: str) -> str:
    """``$filter`` on the 14 codes; startswith, because CBS pads keys to the dimension's width."""
    return "(" + " or ".join(f"startswith({key},'{code}')" for code in GEMEENTE_CODES) + ")"


def typed_rows(
    client: Client, meta: TableMeta, columns: Sequence[str], extra_filters: Iterable[str] = ()
) -> tuple[int, list[dict[str, Any]]]:
    """The rows CBS answered (how many) and those of the 14 municipalities, only ``columns``."""
    select = [meta.region_key, *([meta.time_key] if meta.time_key else []), *columns]
    params = {
        "$filter": " and ".join([region_filter(meta.region_key), *extra_filters]),
        "$select": ",".join(select),
    }
    rows = client.get_all(meta.table, "TypedDataSet", params)
    for row in rows:
        missing = [key for key in select if key not in row]
        if missing:
            raise CbsError("missing_columns", table=meta.table, columns=", ".join(missing))
    return len(rows), [row for row in rows if region_code(row.get(meta.region_key)) in GEMEENTE_CODES]


def _row_year(meta: TableMeta, ref: TableRef, row: dict[str, Any]) -> tuple[int | None, str]:
    """The year and status of a row; None for a period that is not a whole year."""
    if meta.time_key is None:
        return ref.year, meta.status
    key = region_code(row.get(meta.time_key))
    found = _ANNUAL_PERIOD.match(key)
    if not found:
        return None, ""
    return int(found.group(1)), meta.period_status.get(key, "definitief")


# --- What was fetched --------------------------------------------------------------------------


@dataclass
class TableFetch:
    """One CBS table: found or not, how many rows CBS answered, and what they became."""

    table: str
    subject: str
    found: bool = True
    cbs_rows: int = 0
    years: tuple[int, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)  # indicator (or 'inwoners') -> CBS key
    rows: dict[str, int] = field(default_factory=dict)  # rows to import per indicator
    empty: dict[str, int] = field(default_factory=dict)  # of which without a value
    superseded: int = 0  # values an earlier table of the series already had


@dataclass
class CbsFetch:
    """Everything fetched, as tables for the importer, and what came from where."""

    fetched_on: date
    base_url: str
    iv3_base_url: str
    tables: list[RawTable]
    details: list[TableFetch]

    @property
    def file_names(self) -> list[str]:
        return [table.source for table in self.tables]

    @property
    def rows(self) -> int:
        return sum(len(table.rows) for table in self.tables)

    @property
    def checksum(self) -> str:
        """sha256 of the canonical rows, for the import log."""
        canonical = [[t.kind, t.source, [cells for _, cells in t.rows]] for t in self.tables]
        text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _bron(table: str, today: date) -> str:
    return translate("cbs.bron", "nl", table=table, date=today.isoformat())


def _source(table: str, subject: str) -> str:
    return f"CBS Iv3 {table}" if subject == SUBJECT_IV3 else f"CBS StatLine {table}"


def _raw_table(kind: str, table: str, subject: str, rows: list[dict[str, Any]]) -> RawTable:
    headers = {name: name for name in rows[0]} if rows else {}
    return RawTable(kind, _source(table, subject), headers, list(enumerate(rows, start=1)), [])


def _count(detail: TableFetch, rows: list[dict[str, Any]]) -> None:
    """Rows to import per indicator, and how many of them have no value."""
    for row in rows:
        name = row["indicator"]
        detail.rows[name] = detail.rows.get(name, 0) + 1
        detail.empty[name] = detail.empty.get(name, 0) + (row["waarde"] is None)


# --- Nabijheid voorzieningen -----------------------------------------------------------------


def nabijheid_columns(meta: TableMeta) -> dict[str, str]:
    """Indicator -> this table's key for it; every one must be there."""
    found: dict[str, str] = {}
    missing: list[str] = []
    for name, indicator in NABIJHEID_COLUMNS:
        key = find_column(meta.topics, name)
        if key is None:
            missing.append(name)
        else:
            found[indicator] = key
    anchor, name, indicator = MUSEUM_GROUP
    key = find_in_group(meta.topics, anchor, name)
    if key is None:
        missing.append(f"{name} ({anchor})")
    else:
        found[indicator] = key
    if missing:
        raise CbsError("missing_columns", table=meta.table, columns=", ".join(missing))
    return found


@dataclass(frozen=True)
class _Value:
    table: str
    value: float | None
    status: str


def _published_tables(
    client: Client, refs: Sequence[TableRef], subject: str, details: list[TableFetch]
) -> Iterator[tuple[TableRef, TableFetch, TableMeta]]:
    """Each table of a series that CBS has published, its report line added to ``details``.

    A yearly table CBS has not published yet is reported as not found and skipped.
    """
    for ref in refs:
        detail = TableFetch(ref.id, subject)
        details.append(detail)
        meta = _metadata_if_published(client, ref)
        if meta is None:
            detail.found = False
            continue
        yield ref, detail, meta


def _fetch_nabijheid(client: Client, today: date) -> tuple[list[TableFetch], list[RawTable]]:
    chosen: dict[tuple[str, int, str], _Value] = {}
    produced: dict[str, int] = {}
    details: list[TableFetch] = []
    for ref, detail, meta in _published_tables(client, NABIJHEID_TABLES, SUBJECT_NABIJHEID, details):
        detail.columns = nabijheid_columns(meta)
        detail.cbs_rows, rows = typed_rows(client, meta, list(detail.columns.values()))
        years = set()
        for row in rows:
            year, status = _row_year(meta, ref, row)
            if year is None:
                continue
            years.add(year)
            code = region_code(row.get(meta.region_key))
            for indicator, key in detail.columns.items():
                value = cbs_number(row.get(key), table=ref.id, column=key)
                produced[ref.id] = produced.get(ref.id, 0) + 1
                old = chosen.get((code, year, indicator))
                # The first table with the year wins, unless it has no figure and this one has.
                if old is None or (old.value is None and value is not None):
                    chosen[(code, year, indicator)] = _Value(ref.id, value, status)
        detail.years = tuple(sorted(years))
    tables = []
    for detail in details:
        rows = [
            {
                "gemeente": code,
                "jaar": year,
                "indicator": indicator,
                "waarde": value.value,
                "bron": _bron(detail.table, today),
                "status": value.status,
            }
            for (code, year, indicator), value in sorted(chosen.items())
            if value.table == detail.table
        ]
        _count(detail, rows)
        detail.superseded = produced.get(detail.table, 0) - len(rows)
        if rows:
            tables.append(_raw_table(KIND_INDICATORS, detail.table, SUBJECT_NABIJHEID, rows))
    return details, tables


# --- Inhabitants --------------------------------------------------------------------------------

Population = dict[tuple[str, int], tuple[int, str]]  # (code, year) -> (inhabitants, status)


def _fetch_population(client: Client, today: date) -> tuple[TableFetch, RawTable | None, Population]:
    ref = POPULATION_TABLE
    detail = TableFetch(ref.id, SUBJECT_POPULATION)
    meta = table_metadata(client, ref)
    key = find_column(meta.topics, POPULATION_COLUMN)
    if key is None:
        raise CbsError("missing_columns", table=ref.id, columns=POPULATION_COLUMN)
    detail.columns = {SUBJECT_POPULATION: key}
    detail.cbs_rows, rows = typed_rows(client, meta, [key])
    population: Population = {}
    for row in rows:
        year, status = _row_year(meta, ref, row)
        value = cbs_number(row.get(key), table=ref.id, column=key)
        if year is not None and value is not None:  # no figure, no row: inwoners is required
            population[(region_code(row.get(meta.region_key)), year)] = (round(value), status)
    detail.years = tuple(sorted({year for _, year in population}))
    cells = [
        {"gemeente": code, "jaar": year, "inwoners": count, "bron": _bron(ref.id, today), "status": status}
        for (code, year), (count, status) in sorted(population.items())
    ]
    detail.rows = {SUBJECT_POPULATION: len(cells)} if cells else {}
    detail.empty = {SUBJECT_POPULATION: 0} if cells else {}
    table = _raw_table(KIND_POPULATION, ref.id, SUBJECT_POPULATION, cells) if cells else None
    return detail, table, population


# --- Culture spending (Iv3) ---------------------------------------------------------------------


def iv3_amount(row: dict[str, Any], keys: Sequence[str], table: str) -> float | None:
    """The amount of one Iv3 row in thousands of euros: the second placement, else the first."""
    for key in keys:
        value = cbs_number(row.get(key), table=table, column=key)
        if value is not None and value != IV3_NO_FIGURE:
            return value
    return None


def _iv3_columns(meta: TableMeta) -> list[str]:
    missing = [d for d in IV3_DIMENSIONS if d not in meta.dimensions]
    amounts = [key for name in IV3_AMOUNT_COLUMNS if (key := find_column(meta.topics, name))]
    if not amounts:
        missing.append(" / ".join(IV3_AMOUNT_COLUMNS))
    if missing:
        raise CbsError("missing_columns", table=meta.table, columns=", ".join(missing))
    return amounts


def _iv3_filters(year: int) -> list[str]:
    taakvelden = " or ".join(f"startswith(TaakveldBalanspost,'{t}')" for t in IV3_TAAKVELDEN)
    return [
        f"Verslagsoort eq '{year}{IV3_ANNUAL_ACCOUNTS}'",
        f"({taakvelden})",
        f"startswith(Categorie,'{IV3_LASTEN_PREFIX}')",
    ]


def _iv3_totals(
    meta: TableMeta, year: int, rows: list[dict[str, Any]], amounts: list[str]
) -> dict[str, float | None]:
    """Culture lasten per municipality in thousands of euros (None: CBS has no figure)."""
    totals: dict[str, float | None] = {}
    for row in rows:
        if (
            region_code(row.get("TaakveldBalanspost")) not in IV3_TAAKVELDEN
            or not region_code(row.get("Categorie")).startswith(IV3_LASTEN_PREFIX)
            or region_code(row.get("Verslagsoort")) != f"{year}{IV3_ANNUAL_ACCOUNTS}"
        ):
            continue  # the server answered more than the filter asked for
        code = region_code(row.get(meta.region_key))
        amount = iv3_amount(row, amounts, meta.table)
        previous = totals.get(code)
        totals[code] = previous if amount is None else (previous or 0.0) + amount
    return totals


def _fetch_iv3(
    client: Client, population: Population, today: date
) -> tuple[list[TableFetch], list[RawTable]]:
    details: list[TableFetch] = []
    tables = []
    for ref, detail, meta in _published_tables(client, IV3_TABLES, SUBJECT_IV3, details):
        year = ref.year or 0
        amounts = _iv3_columns(meta)
        detail.columns = {IV3_INDICATOR: "+".join(amounts)}
        selected = [*IV3_DIMENSIONS, *amounts]
        detail.cbs_rows, rows = typed_rows(client, meta, selected, _iv3_filters(year))
        totals = _iv3_totals(meta, year, rows, amounts)
        bron = translate(
            "cbs.bron.iv3",
            "nl",
            table=ref.id,
            year=year,
            population_table=POPULATION_TABLE.id,
            date=today.isoformat(),
        )
        cells = []
        for code, total in sorted(totals.items()):
            inhabitants, population_status = population.get((code, year), (0, "definitief"))
            value = (
                round(total * IV3_THOUSAND / inhabitants, 2) if total is not None and inhabitants else None
            )
            provisional = "voorlopig" in (meta.status, population_status)
            cells.append(
                {
                    "gemeente": code,
                    "jaar": year,
                    "indicator": IV3_INDICATOR,
                    "waarde": value,
                    "bron": bron,
                    "status": "voorlopig" if provisional else "definitief",
                }
            )
        detail.years = (year,) if cells else ()
        _count(detail, cells)
        if cells:
            tables.append(_raw_table(KIND_INDICATORS, ref.id, SUBJECT_IV3, cells))
    return details, tables


# --- Fetch, analyse, report ----------------------------------------------------------------------


def resolve_base_urls(base_url: str | None = None, iv3_base_url: str | None = None) -> tuple[str, str]:
    """The StatLine and Iv3 addresses: arguments, else ``$CULTUUR_CBS_URL`` / ``$CULTUUR_CBS_IV3_URL``.

    A configured StatLine address (a mirror, or a test server) also serves Iv3 unless Iv3 has
    its own; otherwise Iv3 comes from CBS's dataderden catalogue.
    """
    base = base_url or os.environ.get(BASE_URL_ENV_VAR) or None
    iv3 = iv3_base_url or os.environ.get(IV3_BASE_URL_ENV_VAR) or base or DEFAULT_IV3_BASE_URL
    return base or DEFAULT_BASE_URL, iv3


def fetch_all(
    base_url: str | None = None,
    *,
    iv3_base_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    today: date | None = None,
) -> CbsFetch:
    """Fetch every table completely, before anything is stored; raises :class:`CbsError`."""
    base, iv3 = resolve_base_urls(base_url, iv3_base_url)
    today = today or date.today()
    statline = Client(base, timeout)
    iv3_client = Client(iv3, timeout)
    population_detail, population_table, population = _fetch_population(statline, today)
    nabijheid_details, nabijheid_tables = _fetch_nabijheid(statline, today)
    iv3_details, iv3_tables = _fetch_iv3(iv3_client, population, today)
    tables = [*([population_table] if population_table else []), *nabijheid_tables, *iv3_tables]
    if not any(table.rows for table in tables):
        raise CbsError("no_data")
    details = [population_detail, *nabijheid_details, *iv3_details]
    return CbsFetch(today, base, iv3, tables, details)


def analyse_fetch(con: duckdb.DuckDBPyConnection, fetch: CbsFetch) -> Analysis:
    """Validate and preview the fetched rows exactly like an uploaded file; nothing is written."""
    return analyse_tables(con, fetch.tables, file_names=fetch.file_names, checksums=[fetch.checksum])


def _years(years: Sequence[int]) -> str:
    return year_ranges(years) or "–"


def fetch_report(fetch: CbsFetch, lang: str = "nl") -> str:
    """Per table what CBS answered, and the rows it gives per indicator."""
    lines = [translate("cbs.report.title", lang, date=fetch.fetched_on.isoformat())]
    for detail in fetch.details:
        subject = translate(f"cbs.subject.{detail.subject}", lang)
        if not detail.found:
            lines.append(translate("cbs.report.not_found", lang, table=detail.table, subject=subject))
            continue
        if not detail.rows and not detail.superseded:
            lines.append(translate("cbs.report.no_rows", lang, table=detail.table, subject=subject))
            continue
        years = _years(detail.years)
        lines.append(
            translate(
                "cbs.report.table",
                lang,
                table=detail.table,
                subject=subject,
                cbs_rows=detail.cbs_rows,
                years=years,
            )
        )
        for name, rows in detail.rows.items():
            column = detail.columns.get(name, "–")
            empty = detail.empty.get(name, 0)
            lines.append(translate("cbs.report.rows", lang, name=name, rows=rows, empty=empty, column=column))
        if detail.superseded:
            lines.append(translate("cbs.report.superseded", lang, rows=detail.superseded))
    return "\n".join(lines)


# --- Command line --------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m data.cbs", description=translate("cbs.cli.description"))
    parser.add_argument("--dry-run", action="store_true", help=translate("cbs.cli.help.dry_run"))
    parser.add_argument(
        "--base-url", default=None, help=translate("cbs.cli.help.base_url", env=BASE_URL_ENV_VAR)
    )
    parser.add_argument(
        "--iv3-base-url", default=None, help=translate("cbs.cli.help.iv3_base_url", env=IV3_BASE_URL_ENV_VAR)
    )
    parser.add_argument(
        "--db", type=Path, default=None, help=translate("cbs.cli.help.db", env="CULTUUR_IMPORT_DB")
    )
    parser.add_argument("--user", default=None, help=translate("cbs.cli.help.user"))
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help=translate("cbs.cli.help.timeout")
    )
    return parser


def _holds_demo(db: Path) -> bool:
    if not db.is_file():
        return False
    con = connect(db, read_only=True)
    try:
        return read_metadata(con, "dataset") == DEMO_DATASET
    finally:
        con.close()


def _open_store(db: Path, *, dry_run: bool) -> duckdb.DuckDBPyConnection:
    """The store to analyse against; a dry run opens it read-only, or uses an empty one."""
    if not dry_run:
        return connect(db)
    if not db.is_file():
        return connect(":memory:")
    con = connect(db, read_only=True)
    if schema_version(con) < SCHEMA_VERSION:  # an older store is migrated, as any start of the app does
        con.close()
        con = connect(db)
    return con


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db = args.db or imported_db_path()
    if _holds_demo(db):
        print(translate("cbs.cli.demo_store", db=db), file=sys.stderr)
        return 2
    base, iv3 = resolve_base_urls(args.base_url, args.iv3_base_url)
    print(translate("cbs.cli.fetching", url=base), file=sys.stderr)
    try:
        fetch = fetch_all(base, iv3_base_url=iv3, timeout=args.timeout)
    except CbsError as error:
        print(error.message(), file=sys.stderr)
        return 2
    print(fetch_report(fetch))
    con = _open_store(db, dry_run=args.dry_run)
    try:
        analysis = analyse_fetch(con, fetch)
        print(format_report(analysis))
        if analysis.has_errors:
            print(translate("cbs.cli.errors"), file=sys.stderr)
            return 1
        if args.dry_run:
            print(translate("cbs.cli.dry_run"))
            return 0
        import_id = commit(con, analysis, user=args.user or getpass.getuser())
        print(translate("cbs.cli.saved", import_id=import_id, db=db))
        return 0
    finally:
        con.close()


if __name__ == "__main__":
    raise SystemExit(main())
