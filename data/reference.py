"""Reference data: the one place that defines municipalities, themes and vocabularies.

Everything else (store schema, demo data, importer, pages) reads from here, so a
name or code is never spelled twice.  Population and land area are the CBS key
figures on 1 January 2015 as carried by the shipped boundary files (``data/geo``),
and the inhabitants on 1 January 2024 from CBS StatLine table 85984NED; unit tests
check that both agree with their sources.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from data.i18n import TEXTS, translate

REGION_TWENTE = "CR12"  # COROP code of Twente, used for Twente reference rows
COUNTRY_NL = "NL01"  # CBS code of the Netherlands, used for national reference rows
TOTAL_GROUP = "totaal"


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str
    inwoners_2015: int
    oppervlakte_land_ha: int
    inwoners_2024: int  # CBS StatLine 85984NED, 1 January 2024


GEMEENTEN: tuple[Gemeente, ...] = (
    Gemeente("GM0141", "Almelo", 72291, 6730, 74317),
    Gemeente("GM0147", "Borne", 21992, 2600, 24639),
    Gemeente("GM1774", "Dinkelland", 25928, 17570, 26739),
    Gemeente("GM0153", "Enschede", 158553, 14099, 161738),
    Gemeente("GM0158", "Haaksbergen", 24307, 10482, 24359),
    Gemeente("GM0163", "Hellendoorn", 35622, 13795, 36264),
    Gemeente("GM0164", "Hengelo", 81059, 6089, 83058),
    Gemeente("GM1735", "Hof van Twente", 34917, 21265, 35446),
    Gemeente("GM0168", "Losser", 22467, 9875, 23376),
    Gemeente("GM0173", "Oldenzaal", 32120, 2155, 31794),
    Gemeente("GM1742", "Rijssen-Holten", 37830, 9412, 38675),
    Gemeente("GM0183", "Tubbergen", 21142, 14701, 21397),
    Gemeente("GM1700", "Twenterand", 33874, 10628, 34073),
    Gemeente("GM0189", "Wierden", 23874, 9472, 24931),
)
GEMEENTE_BY_CODE: dict[str, Gemeente] = {g.code: g for g in GEMEENTEN}

# Inhabitants known without any import: the years, and where each figure comes from.
# More years arrive through the CBS fetch (table ``inwoners`` of the store).
POPULATION_SOURCES: dict[int, str] = {
    2015: "CBS kerncijfers 1-1-2015 (CBS gebiedsindelingen)",
    2024: "CBS StatLine 85984NED, 1-1-2024",
}
REFERENCE_POPULATION: dict[int, dict[str, int]] = {
    2015: {g.code: g.inwoners_2015 for g in GEMEENTEN},
    2024: {g.code: g.inwoners_2024 for g in GEMEENTEN},
}
GEMEENTE_CODES: tuple[str, ...] = tuple(g.code for g in GEMEENTEN)


def name_key(text: object) -> str:
    """A comparison key for names: case, accents, spacing, hyphens and 'v.' do not matter.

    The same few names fill most cells of an import, so short ones are remembered.
    """
    text = str(text)
    return _short_name_key(text) if len(text) <= NAME_KEY_CACHED_CHARS else _name_key(text)


NAME_KEY_CACHED_CHARS = 64


@functools.lru_cache(maxsize=4096)
def _short_name_key(text: str) -> str:
    return _name_key(text)


def _name_key(text: str) -> str:
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    value = re.sub(r"['`]", "", value).replace("&", " en ")
    value = re.sub(r"\bv\b\.?", " van ", value)
    value = re.sub(r"[^a-z0-9]+", " ", value).strip()
    value = re.sub(r"^gemeente ", "", value)
    return value.replace(" ", "")


_GEMEENTE_BY_KEY = {name_key(name): g.code for g in GEMEENTEN for name in (g.naam, g.code)}
_CBS_CODE = re.compile(r"^(?:gm)?0*(\d{1,4})$")


def gemeente_from_key(key: str) -> tuple[str | None, str | None]:
    """The one municipality matcher, on a :func:`name_key`: (code, None) for a name or code of
    Twente; (None, 'GM0363') for a CBS code outside Twente; (None, None) for anything else.
    """
    code = _GEMEENTE_BY_KEY.get(key)
    if code is not None:
        return code, None
    numeric = _CBS_CODE.match(key)
    if numeric:
        candidate = f"GM{int(numeric.group(1)):04d}"
        return _GEMEENTE_BY_KEY.get(name_key(candidate)), candidate
    return None, None


def find_gemeente(raw: str | None) -> str | None:
    """A CBS code for a code ('GM0153', 'gm0153', '0153', '153') or a name in any case."""
    if not raw or len(raw) > 80:  # no name or code is longer; a link may carry anything
        return None
    return gemeente_from_key(name_key(raw))[0]


@dataclass(frozen=True)
class Term:
    """A coded value of one vocabulary; its names are in the text catalogue.

    The name of ``Term("erfgoed", "discipline")`` is the text ``term.discipline.erfgoed`` in
    ``data/texts/<lang>.toml`` (and a theme's description ``term.theme.<code>.description``),
    read through :func:`data.i18n.translate` with its one fallback rule.
    """

    code: str
    vocabulary: str  # theme, discipline, target_group, funding, status or age_group

    @property
    def key(self) -> str:
        return f"term.{self.vocabulary}.{self.code}"

    def name(self, lang: str) -> str:
        return translate(self.key, lang)

    def description(self, lang: str) -> str:
        """The description in ``lang`` (themes have one); empty for a term without."""
        key = f"term.{self.vocabulary}.{self.code}.description"
        return translate(key, lang) if key in TEXTS else ""

    # The names per language, for code that lists all of them (import matching, templates).
    nl = property(lambda self: self.name("nl"))
    en = property(lambda self: self.name("en"))
    de = property(lambda self: self.name("de"))
    description_nl = property(lambda self: self.description("nl"))
    description_en = property(lambda self: self.description("en"))
    description_de = property(lambda self: self.description("de"))


THEMES: tuple[Term, ...] = (
    Term("tijd_ruimte", "theme"),
    Term("traditie_innovatie", "theme"),
    Term("grenzeloos", "theme"),
)
THEME_BY_CODE: dict[str, Term] = {t.code: t for t in THEMES}

DISCIPLINES: tuple[Term, ...] = (
    Term("erfgoed", "discipline"),
    Term("podiumkunsten", "discipline"),
    Term("muziek", "discipline"),
    Term("beeldende_kunst", "discipline"),
    Term("letteren", "discipline"),
    Term("film_media", "discipline"),
    Term("festivals", "discipline"),
    Term("cultuureducatie", "discipline"),
    Term("amateurkunst", "discipline"),
    Term("design", "discipline"),
)
DISCIPLINE_BY_CODE: dict[str, Term] = {d.code: d for d in DISCIPLINES}

TARGET_GROUPS: tuple[Term, ...] = (
    Term("jeugd", "target_group"),
    Term("jongeren", "target_group"),
    Term("ouderen", "target_group"),
    Term("beperking", "target_group"),
    Term("nieuwkomers", "target_group"),
    Term("algemeen", "target_group"),
)
TARGET_GROUP_BY_CODE: dict[str, Term] = {t.code: t for t in TARGET_GROUPS}

FUNDING_SOURCES: tuple[Term, ...] = (
    Term("gemeente", "funding"),
    Term("provincie", "funding"),
    Term("regio_twente", "funding"),
    Term("interreg", "funding"),
    Term("euregio_kpf", "funding"),
    Term("fcp", "funding"),
    Term("fondsen", "funding"),
    Term("eigen", "funding"),
)
FUNDING_BY_CODE: dict[str, Term] = {f.code: f for f in FUNDING_SOURCES}
CROSS_BORDER_FUNDING: frozenset[str] = frozenset({"interreg", "euregio_kpf"})

STATUSES: tuple[Term, ...] = (
    Term("gepland", "status"),
    Term("lopend", "status"),
    Term("afgerond", "status"),
)
STATUS_BY_CODE: dict[str, Term] = {s.code: s for s in STATUSES}

AGE_GROUPS: tuple[Term, ...] = (
    Term(TOTAL_GROUP, "age_group"),
    Term("12-17", "age_group"),
    Term("18-34", "age_group"),
    Term("35-64", "age_group"),
    Term("65+", "age_group"),
)
AGE_GROUP_BY_CODE: dict[str, Term] = {a.code: a for a in AGE_GROUPS}


@dataclass(frozen=True)
class GermanPlace:
    """A real place in the EUREGIO districts; coordinates are the town centre."""

    naam: str
    kreis_code: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Kreis:
    """A German EUREGIO district, keyed by its official Amtlicher Gemeindeschlüssel (AGS)."""

    code: str  # AGS, e.g. "03456"
    naam: str
    nuts3: str
    gadm_code: str  # the key of the superseded GADM-based shapes, still accepted on import


KREISE: tuple[Kreis, ...] = (
    Kreis("03404", "Osnabrück (kreisfreie Stadt)", "DE944", "DE-GADM-245"),
    Kreis("03459", "Landkreis Osnabrück", "DE94E", "DE-GADM-246"),
    Kreis("03454", "Landkreis Emsland", "DE949", "DE-GADM-239"),
    Kreis("03456", "Landkreis Grafschaft Bentheim", "DE94B", "DE-GADM-241"),
    Kreis("05554", "Kreis Borken", "DEA34", "DE-GADM-297"),
    Kreis("05558", "Kreis Coesfeld", "DEA35", "DE-GADM-299"),
    Kreis("05515", "Münster (kreisfreie Stadt)", "DEA33", "DE-GADM-301"),
    Kreis("05566", "Kreis Steinfurt", "DEA37", "DE-GADM-303"),
    Kreis("05570", "Kreis Warendorf", "DEA38", "DE-GADM-304"),
)
KREIS_NAMES: dict[str, str] = {k.code: k.naam for k in KREISE}
KREIS_BY_GADM_CODE: dict[str, Kreis] = {k.gadm_code: k for k in KREISE}

GERMAN_PLACES: tuple[GermanPlace, ...] = (
    GermanPlace("Gronau (Westf.)", "05554", 52.2126, 7.0411),
    GermanPlace("Ahaus", "05554", 52.0760, 7.0133),
    GermanPlace("Vreden", "05554", 52.0336, 6.8275),
    GermanPlace("Bocholt", "05554", 51.8389, 6.6156),
    GermanPlace("Stadtlohn", "05554", 51.9925, 6.9150),
    GermanPlace("Borken", "05554", 51.8440, 6.8580),
    GermanPlace("Nordhorn", "03456", 52.4319, 7.0677),
    GermanPlace("Bad Bentheim", "03456", 52.3031, 7.1597),
    GermanPlace("Schüttorf", "03456", 52.3230, 7.2230),
    GermanPlace("Lingen (Ems)", "03454", 52.5230, 7.3230),
    GermanPlace("Meppen", "03454", 52.6906, 7.2910),
    GermanPlace("Rheine", "05566", 52.2799, 7.4400),
    GermanPlace("Steinfurt", "05566", 52.1500, 7.3333),
    GermanPlace("Ibbenbüren", "05566", 52.2770, 7.7160),
    GermanPlace("Coesfeld", "05558", 51.9458, 7.1675),
    GermanPlace("Münster", "05515", 51.9607, 7.6261),
    GermanPlace("Osnabrück", "03404", 52.2799, 8.0472),
    GermanPlace("Bramsche", "03459", 52.4089, 7.9728),
    GermanPlace("Warendorf", "05570", 51.9537, 7.9934),
)
GERMAN_PLACE_BY_NAME: dict[str, GermanPlace] = {p.naam: p for p in GERMAN_PLACES}


def gemeente_name(code: str, lang: str = "nl") -> str:
    """Name for a municipality or reference-area code; unknown codes come back as is."""
    if code in GEMEENTE_BY_CODE:
        return GEMEENTE_BY_CODE[code].naam
    if code == COUNTRY_NL:
        return translate("area.netherlands", lang)
    return {REGION_TWENTE: "Twente"}.get(code, code)
