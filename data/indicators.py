"""The indicator catalogue: participation measures as Dutch culture monitors define them.

Sources name the monitor a real figure would come from; in the demo database every
value is generated, which the app says wherever it shows one.
"""

from __future__ import annotations

from dataclasses import dataclass

from data.i18n import translate
from data.reference import AGE_GROUPS, TOTAL_GROUP


@dataclass(frozen=True)
class Indicator:
    """An indicator's code, unit and source; its texts are in the text catalogue.

    Name, definition, population, the phrase of generated sentences and the note of each
    series break are ``indicator.<code>.name``, ``.definition``, ``.population``, ``.phrase``
    and ``.break.<year>`` in ``data/texts/<lang>.toml``, read through
    :func:`data.i18n.translate` with its one fallback rule.
    """

    code: str
    unit: str  # "%", "€", "km", "per 1.000" or "aantal" (a bare number)
    source: str
    higher_is_better: bool
    groups: tuple[str, ...] = (TOTAL_GROUP,)
    break_years: tuple[int, ...] = ()  # years from which the series is not comparable with before

    def _text(self, field_name: str, lang: str) -> str:
        return translate(f"indicator.{self.code}.{field_name}", lang)

    def name(self, lang: str) -> str:
        return self._text("name", lang)

    def definition(self, lang: str) -> str:
        return self._text("definition", lang)

    def population(self, lang: str) -> str:
        return self._text("population", lang)

    def phrase(self, lang: str) -> str:
        """Short phrase used in generated sentences ("het aandeel ... ligt in Losser ...")."""
        return self._text("phrase", lang)

    def series_break_notes(self, lang: str) -> dict[int, str]:
        """Year -> why the series breaks there, in ``lang``."""
        return {year: self._text(f"break.{year}", lang) for year in self.break_years}

    # The texts per language, for code that lists all of them (import matching, templates).
    name_nl = property(lambda self: self.name("nl"))
    name_en = property(lambda self: self.name("en"))
    name_de = property(lambda self: self.name("de"))
    definition_nl = property(lambda self: self.definition("nl"))
    definition_en = property(lambda self: self.definition("en"))
    definition_de = property(lambda self: self.definition("de"))
    population_nl = property(lambda self: self.population("nl"))
    population_en = property(lambda self: self.population("en"))
    population_de = property(lambda self: self.population("de"))
    phrase_nl = property(lambda self: self.phrase("nl"))
    phrase_en = property(lambda self: self.phrase("en"))

    @property
    def is_share(self) -> bool:
        return self.unit == "%"

    @property
    def fetched_from_cbs(self) -> bool:
        """Whether the CBS connector (``python -m data.cbs``) fetches this indicator."""
        return self.code in CBS_INDICATORS


# The indicators that CBS publishes per municipality and ``data.cbs`` fetches
# (Nabijheid voorzieningen; council culture spending, Iv3); a test checks both agree.
CBS_INDICATORS = frozenset(
    {
        "afstand_bibliotheek",
        "afstand_museum",
        "afstand_bioscoop",
        "afstand_podiumkunsten",
        "musea_binnen_10km",
        "cultuuruitgaven",
    }
)
_AGE_GROUP_CODES = tuple(a.code for a in AGE_GROUPS)
_SURVEY = "CBS/SCP Vrijetijdsomnibus en gezondheidsmonitor (GGD Twente), bewerking"

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        code="cultuurdeelname",
        unit="%",
        source=_SURVEY,
        higher_is_better=True,
        groups=_AGE_GROUP_CODES,
        break_years=(2021,),
    ),
    Indicator(
        code="museumbezoek",
        unit="%",
        source=_SURVEY,
        higher_is_better=True,
        groups=_AGE_GROUP_CODES,
        break_years=(2021,),
    ),
    Indicator(
        code="podiumkunstbezoek",
        unit="%",
        source=_SURVEY,
        higher_is_better=True,
        groups=_AGE_GROUP_CODES,
    ),
    Indicator(
        code="amateurkunst",
        unit="%",
        source="LKCA Monitor Amateurkunst; CBS/SCP, bewerking",
        higher_is_better=True,
    ),
    Indicator(
        code="bibliotheeklid",
        unit="%",
        source="KB Bibliotheekmonitor (Wsob-gegevens)",
        higher_is_better=True,
    ),
    Indicator(
        code="bibliotheeklid_jeugd",
        unit="%",
        source="KB Bibliotheekmonitor (Wsob-gegevens)",
        higher_is_better=True,
    ),
    Indicator(
        code="scholen_cultuureducatie",
        unit="%",
        source="Fonds voor Cultuurparticipatie, monitor CmK",
        higher_is_better=True,
        break_years=(2021,),
    ),
    Indicator(
        code="cultuuruitgaven",
        unit="€",
        source="CBS Iv3 / waarstaatjegemeente.nl",
        higher_is_better=True,
    ),
    Indicator(
        code="afstand_museum",
        unit="km",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=False,
    ),
    Indicator(
        code="afstand_bibliotheek",
        unit="km",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=False,
    ),
    Indicator(
        code="afstand_bioscoop",
        unit="km",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=False,
    ),
    Indicator(
        code="afstand_podiumkunsten",
        unit="km",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=False,
    ),
    Indicator(
        code="musea_binnen_10km",
        unit="aantal",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=True,
    ),
    Indicator(
        code="vrijwilligers_cultuur",
        unit="%",
        source="CBS Sociale samenhang en welzijn, bewerking",
        higher_is_better=True,
    ),
)
INDICATOR_BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}
HEADLINE_INDICATOR = "cultuurdeelname"
