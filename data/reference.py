"""Reference data: the one place that defines municipalities, themes and vocabularies.

Everything else (store schema, demo data, importer, pages) reads from here, so a
name or code is never spelled twice.  Population and land area are the CBS key
figures on 1 January 2015 as carried by the shipped boundary files (``data/geo``),
and the inhabitants on 1 January 2024 from CBS StatLine table 85984NED; unit tests
check that both agree with their sources.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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


def _plain(text: str) -> str:
    """Lower case, no accents, apostrophes or dots, and one kind of separator."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['`´’.]", " ", text.lower())
    text = re.sub(r"[\s_-]+", " ", text).strip()
    return re.sub(r"\bv\b", "van", text)  # "Hof v. Twente"


_BY_PLAIN_NAME = {_plain(g.naam): g.code for g in GEMEENTEN}


def find_gemeente(raw: str | None) -> str | None:
    """A CBS code for a code ('GM0153', 'gm0153', '0153', '153') or a name in any case."""
    if not raw or len(raw) > 80:  # no name or code is longer; a link may carry anything
        return None
    plain = _plain(raw)
    digits = plain.removeprefix("gm").strip()
    if digits.isascii() and digits.isdigit() and len(digits) <= 4:
        code = f"GM{int(digits):04d}"
        return code if code in GEMEENTE_BY_CODE else None
    return _BY_PLAIN_NAME.get(plain)


@dataclass(frozen=True)
class Term:
    """A coded value with its names in the interface languages."""

    code: str
    nl: str
    en: str
    de: str = ""
    description_nl: str = ""
    description_en: str = ""
    description_de: str = ""

    def name(self, lang: str) -> str:
        if lang == "de" and self.de:
            return self.de
        return self.en if lang == "en" else self.nl

    def description(self, lang: str) -> str:
        """The description in ``lang``; German falls back to English, as the texts do."""
        if lang == "de" and self.description_de:
            return self.description_de
        return self.description_en if lang in ("en", "de") else self.description_nl


THEMES: tuple[Term, ...] = (
    Term(
        "tijd_ruimte",
        "Tijd en ruimte",
        "Time and space",
        "Zeit und Raum",
        "Erfgoed, landschap en plekken voor cultuur: het verhaal van Twente in zijn "
        "gebouwen, dorpen en natuur.",
        "Heritage, landscape and places for culture: the story of Twente in its "
        "buildings, villages and nature.",
        "Kulturerbe, Landschaft und Orte für Kultur: die Geschichte Twentes in seinen "
        "Gebäuden, Dörfern und seiner Natur.",
    ),
    Term(
        "traditie_innovatie",
        "Traditie en innovatie",
        "Tradition and innovation",
        "Tradition und Innovation",
        "Tradities levend houden en vernieuwen, met ruimte voor makers, technologie en nieuwe vormen.",
        "Keeping traditions alive and renewing them, with room for makers, technology and new forms.",
        "Traditionen lebendig halten und erneuern, mit Raum für Kreative, Technik und neue Formen.",
    ),
    Term(
        "grenzeloos",
        "Grenzeloos Twente",
        "Borderless Twente",
        "Grenzenloses Twente",
        "Samenwerking over de Nederlands-Duitse grens en over de grenzen van "
        "disciplines, sectoren en gemeenten heen.",
        "Working across the Dutch-German border and across the borders between "
        "disciplines, sectors and municipalities.",
        "Zusammenarbeit über die deutsch-niederländische Grenze hinweg und über die Grenzen "
        "zwischen Sparten, Sektoren und Gemeinden.",
    ),
)
THEME_BY_CODE: dict[str, Term] = {t.code: t for t in THEMES}

DISCIPLINES: tuple[Term, ...] = (
    Term("erfgoed", "Erfgoed", "Heritage", "Kulturerbe"),
    Term("podiumkunsten", "Podiumkunsten", "Performing arts", "Darstellende Kunst"),
    Term("muziek", "Muziek", "Music", "Musik"),
    Term("beeldende_kunst", "Beeldende kunst", "Visual arts", "Bildende Kunst"),
    Term("letteren", "Letteren en bibliotheek", "Literature and libraries", "Literatur"),
    Term("film_media", "Film en media", "Film and media", "Film und Medien"),
    Term("festivals", "Festivals en evenementen", "Festivals and events", "Festivals"),
    Term("cultuureducatie", "Cultuureducatie", "Arts education", "Kulturelle Bildung"),
    Term("amateurkunst", "Amateurkunst", "Amateur arts", "Amateurkunst"),
    Term("design", "Design en creatieve industrie", "Design and creative industry", "Design"),
)
DISCIPLINE_BY_CODE: dict[str, Term] = {d.code: d for d in DISCIPLINES}

TARGET_GROUPS: tuple[Term, ...] = (
    Term("jeugd", "Jeugd (0-17)", "Children and teenagers (0-17)", "Jugend"),
    Term("jongeren", "Jongvolwassenen (18-27)", "Young adults (18-27)", "Junge Erwachsene"),
    Term("ouderen", "Ouderen", "Older people", "Senioren"),
    Term("beperking", "Inwoners met een beperking", "Residents with a disability", "Inklusion"),
    Term("nieuwkomers", "Nieuwkomers", "Newcomers", "Neuzugewanderte"),
    Term("algemeen", "Algemeen publiek", "General public", "Allgemeines Publikum"),
)
TARGET_GROUP_BY_CODE: dict[str, Term] = {t.code: t for t in TARGET_GROUPS}

FUNDING_SOURCES: tuple[Term, ...] = (
    Term("gemeente", "Gemeente", "Municipality", "Gemeinde"),
    Term("provincie", "Provincie Overijssel", "Province of Overijssel", "Provinz Overijssel"),
    Term("regio_twente", "Regio Twente", "Twente region", "Region Twente"),
    Term("interreg", "Interreg Deutschland-Nederland", "Interreg Germany-Netherlands", "Interreg"),
    Term(
        "euregio_kpf",
        "EUREGIO kleine-projectenfonds",
        "EUREGIO small-projects fund",
        "EUREGIO Kleinprojektefonds",
    ),
    Term("fcp", "Fonds voor Cultuurparticipatie", "Cultural Participation Fund", "FCP"),
    Term("fondsen", "Private fondsen", "Private foundations", "Private Stiftungen"),
    Term("eigen", "Eigen inkomsten", "Own income", "Eigene Einnahmen"),
)
FUNDING_BY_CODE: dict[str, Term] = {f.code: f for f in FUNDING_SOURCES}
CROSS_BORDER_FUNDING: frozenset[str] = frozenset({"interreg", "euregio_kpf"})

STATUSES: tuple[Term, ...] = (
    Term("gepland", "Gepland", "Planned", "Geplant"),
    Term("lopend", "Lopend", "Running", "Laufend"),
    Term("afgerond", "Afgerond", "Completed", "Abgeschlossen"),
)
STATUS_BY_CODE: dict[str, Term] = {s.code: s for s in STATUSES}

AGE_GROUPS: tuple[Term, ...] = (
    Term(TOTAL_GROUP, "Totaal", "Total", "Insgesamt"),
    Term("12-17", "12-17 jaar", "12-17 years", "12-17 Jahre"),
    Term("18-34", "18-34 jaar", "18-34 years", "18-34 Jahre"),
    Term("35-64", "35-64 jaar", "35-64 years", "35-64 Jahre"),
    Term("65+", "65 jaar en ouder", "65 and over", "65 Jahre und älter"),
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


def gemeente_name(code: str) -> str:
    """Name for a municipality or reference-area code; unknown codes come back as is."""
    if code in GEMEENTE_BY_CODE:
        return GEMEENTE_BY_CODE[code].naam
    return {REGION_TWENTE: "Twente", COUNTRY_NL: "Nederland"}.get(code, code)
