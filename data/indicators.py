"""The indicator catalogue: participation measures as Dutch culture monitors define them.

Sources name the monitor a real figure would come from; in the demo database every
value is generated, which the app says wherever it shows one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from data.reference import AGE_GROUPS, TOTAL_GROUP


@dataclass(frozen=True)
class Indicator:
    code: str
    name_nl: str
    name_en: str
    definition_nl: str
    definition_en: str
    unit: str  # "%", "€", "km", "per 1.000" or "aantal" (a bare number)
    population_nl: str
    population_en: str
    source: str
    higher_is_better: bool
    name_de: str = ""  # German, for the cross-border page and German decks
    definition_de: str = ""
    population_de: str = ""
    groups: tuple[str, ...] = (TOTAL_GROUP,)
    series_breaks: dict[int, str] = field(default_factory=dict)
    # Short phrase used in generated sentences ("Het aandeel ... ligt in Losser ...").
    phrase_nl: str = ""
    phrase_en: str = ""

    def name(self, lang: str) -> str:
        if lang == "de" and self.name_de:
            return self.name_de
        return self.name_en if lang in ("en", "de") else self.name_nl

    def definition(self, lang: str) -> str:
        by_lang = {"nl": self.definition_nl, "en": self.definition_en, "de": self.definition_de}
        return by_lang.get(lang) or self.definition_nl

    def population(self, lang: str) -> str:
        by_lang = {"nl": self.population_nl, "en": self.population_en, "de": self.population_de}
        return by_lang.get(lang) or self.population_nl

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
        name_nl="Cultuurdeelname",
        name_en="Cultural participation",
        name_de="Kulturelle Teilhabe",
        definition_nl="Aandeel inwoners van 12 jaar en ouder dat in de afgelopen 12 maanden "
        "minstens één culturele activiteit bezocht (museum, voorstelling, concert, "
        "film, festival of erfgoedlocatie).",
        definition_en="Share of residents aged 12 and over who attended at least one "
        "cultural activity in the last 12 months (museum, performance, concert, film, "
        "festival or heritage site).",
        unit="%",
        population_nl="inwoners 12+",
        population_en="residents 12+",
        definition_de="Anteil der Einwohner ab 12 Jahren, die in den letzten 12 Monaten mindestens "
        "eine kulturelle Veranstaltung besucht haben (Museum, Aufführung, Konzert, "
        "Film, Festival oder Kulturerbestätte).",
        population_de="Einwohner ab 12",
        source=_SURVEY,
        higher_is_better=True,
        groups=_AGE_GROUP_CODES,
        series_breaks={2021: "Vanaf 2021 vooral online bevraagd; trendbreuk met eerdere jaren."},
        phrase_nl="het aandeel inwoners dat een culturele activiteit bezocht",
        phrase_en="the share of residents who attended a cultural activity",
    ),
    Indicator(
        code="museumbezoek",
        name_nl="Museumbezoek",
        name_en="Museum visits",
        name_de="Museumsbesuche",
        definition_nl="Aandeel inwoners van 12 jaar en ouder dat in de afgelopen 12 maanden "
        "minstens één keer een museum bezocht.",
        definition_en="Share of residents aged 12 and over who visited a museum at least "
        "once in the last 12 months.",
        unit="%",
        population_nl="inwoners 12+",
        population_en="residents 12+",
        definition_de="Anteil der Einwohner ab 12 Jahren, die in den letzten 12 Monaten mindestens "
        "einmal ein Museum besucht haben.",
        population_de="Einwohner ab 12",
        source=_SURVEY,
        higher_is_better=True,
        groups=_AGE_GROUP_CODES,
        series_breaks={2021: "Vanaf 2021 vooral online bevraagd; trendbreuk met eerdere jaren."},
        phrase_nl="het aandeel inwoners dat een museum bezocht",
        phrase_en="the share of residents who visited a museum",
    ),
    Indicator(
        code="podiumkunstbezoek",
        name_nl="Bezoek podiumkunsten",
        name_en="Performing-arts attendance",
        name_de="Besuch darstellender Kunst",
        definition_nl="Aandeel inwoners van 12 jaar en ouder dat in de afgelopen 12 maanden "
        "een voorstelling bezocht (theater, dans, cabaret, concert, opera).",
        definition_en="Share of residents aged 12 and over who attended a performance "
        "(theatre, dance, cabaret, concert, opera) in the last 12 months.",
        unit="%",
        population_nl="inwoners 12+",
        population_en="residents 12+",
        definition_de="Anteil der Einwohner ab 12 Jahren, die in den letzten 12 Monaten eine "
        "Aufführung besucht haben (Theater, Tanz, Kabarett, Konzert, Oper).",
        population_de="Einwohner ab 12",
        source=_SURVEY,
        higher_is_better=True,
        groups=_AGE_GROUP_CODES,
        phrase_nl="het aandeel inwoners dat een voorstelling bezocht",
        phrase_en="the share of residents who attended a performance",
    ),
    Indicator(
        code="amateurkunst",
        name_nl="Actieve kunstbeoefening",
        name_en="Practising the arts",
        name_de="Eigene künstlerische Tätigkeit",
        definition_nl="Aandeel inwoners van 12 jaar en ouder dat in de vrije tijd zelf een "
        "kunstvorm beoefent (zingen, muziek maken, toneel, dans, beeldend, schrijven).",
        definition_en="Share of residents aged 12 and over who practise an art form as "
        "amateurs (singing, music, theatre, dance, visual arts, writing).",
        unit="%",
        population_nl="inwoners 12+",
        population_en="residents 12+",
        definition_de="Anteil der Einwohner ab 12 Jahren, die in ihrer Freizeit selbst eine Kunstform "
        "ausüben (Singen, Musizieren, Theater, Tanz, bildende Kunst, Schreiben).",
        population_de="Einwohner ab 12",
        source="LKCA Monitor Amateurkunst; CBS/SCP, bewerking",
        higher_is_better=True,
        phrase_nl="het aandeel inwoners dat zelf een kunstvorm beoefent",
        phrase_en="the share of residents who practise an art form",
    ),
    Indicator(
        code="bibliotheeklid",
        name_nl="Bibliotheeklidmaatschap",
        name_en="Library membership",
        name_de="Bibliotheksmitgliedschaft",
        definition_nl="Leden van de openbare bibliotheek als aandeel van alle inwoners.",
        definition_en="Members of the public library as a share of all residents.",
        unit="%",
        population_nl="alle inwoners",
        population_en="all residents",
        definition_de="Mitglieder der öffentlichen Bibliothek als Anteil aller Einwohner.",
        population_de="alle Einwohner",
        source="KB Bibliotheekmonitor (Wsob-gegevens)",
        higher_is_better=True,
        phrase_nl="het aandeel inwoners met een bibliotheekabonnement",
        phrase_en="the share of residents with a library membership",
    ),
    Indicator(
        code="bibliotheeklid_jeugd",
        name_nl="Bibliotheeklidmaatschap jeugd",
        name_en="Library membership, under 18",
        name_de="Bibliotheksmitgliedschaft unter 18",
        definition_nl="Jeugdleden (0-17 jaar) van de openbare bibliotheek als aandeel van "
        "alle inwoners van 0-17 jaar.",
        definition_en="Youth members (0-17) of the public library as a share of all residents aged 0-17.",
        unit="%",
        population_nl="inwoners 0-17",
        population_en="residents 0-17",
        definition_de="Jugendliche Mitglieder (0-17 Jahre) der öffentlichen Bibliothek als Anteil "
        "aller Einwohner von 0-17 Jahren.",
        population_de="Einwohner 0-17",
        source="KB Bibliotheekmonitor (Wsob-gegevens)",
        higher_is_better=True,
        phrase_nl="het aandeel jongeren met een bibliotheekabonnement",
        phrase_en="the share of young people with a library membership",
    ),
    Indicator(
        code="scholen_cultuureducatie",
        name_nl="Basisscholen met cultuureducatie",
        name_en="Primary schools in arts education",
        name_de="Grundschulen mit kultureller Bildung",
        definition_nl="Aandeel basisscholen dat deelneemt aan een programma voor "
        "cultuureducatie (zoals Cultuureducatie met Kwaliteit).",
        definition_en="Share of primary schools taking part in an arts-education "
        "programme (such as Cultuureducatie met Kwaliteit).",
        unit="%",
        population_nl="basisscholen",
        population_en="primary schools",
        definition_de="Anteil der Grundschulen, die an einem Programm für kulturelle Bildung "
        "teilnehmen (wie Cultuureducatie met Kwaliteit).",
        population_de="Grundschulen",
        source="Fonds voor Cultuurparticipatie, monitor CmK",
        higher_is_better=True,
        series_breaks={2021: "Nieuwe programmaperiode CmK 2021-2024; deelname opnieuw geteld."},
        phrase_nl="het aandeel basisscholen met cultuureducatie",
        phrase_en="the share of primary schools with arts education",
    ),
    Indicator(
        code="cultuuruitgaven",
        name_nl="Gemeentelijke cultuuruitgaven",
        name_en="Municipal culture spending",
        name_de="Kommunale Kulturausgaben",
        definition_nl="Lasten van de gemeente voor cultuur (Iv3-taakvelden 5.3 tot en met "
        "5.6) per inwoner, in euro's.",
        definition_en="Municipal expenditure on culture (Iv3 functions 5.3 to 5.6) per resident, in euros.",
        unit="€",
        population_nl="alle inwoners",
        population_en="all residents",
        definition_de="Ausgaben der Gemeinde für Kultur (Iv3-Aufgabenbereiche 5.3 bis 5.6) je "
        "Einwohner, in Euro.",
        population_de="alle Einwohner",
        source="CBS Iv3 / waarstaatjegemeente.nl",
        higher_is_better=True,
        phrase_nl="de cultuuruitgaven per inwoner",
        phrase_en="culture spending per resident",
    ),
    Indicator(
        code="afstand_museum",
        name_nl="Afstand tot museum",
        name_en="Distance to a museum",
        name_de="Entfernung zum Museum",
        definition_nl="Gemiddelde afstand over de weg van alle inwoners tot het "
        "dichtstbijzijnde museum, in kilometers.",
        definition_en="Average road distance of all residents to the nearest museum, in kilometres.",
        unit="km",
        population_nl="alle inwoners",
        population_en="all residents",
        definition_de="Durchschnittliche Straßenentfernung aller Einwohner zum nächsten Museum, in "
        "Kilometern.",
        population_de="alle Einwohner",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=False,
        phrase_nl="de afstand tot het dichtstbijzijnde museum",
        phrase_en="the distance to the nearest museum",
    ),
    Indicator(
        code="afstand_bibliotheek",
        name_nl="Afstand tot bibliotheek",
        name_en="Distance to a library",
        name_de="Entfernung zur Bibliothek",
        definition_nl="Gemiddelde afstand over de weg van alle inwoners tot de "
        "dichtstbijzijnde bibliotheekvestiging, in kilometers.",
        definition_en="Average road distance of all residents to the nearest library branch, in kilometres.",
        unit="km",
        population_nl="alle inwoners",
        population_en="all residents",
        definition_de="Durchschnittliche Straßenentfernung aller Einwohner zur nächsten "
        "Bibliotheksfiliale, in Kilometern.",
        population_de="alle Einwohner",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=False,
        phrase_nl="de afstand tot de dichtstbijzijnde bibliotheek",
        phrase_en="the distance to the nearest library",
    ),
    Indicator(
        code="afstand_bioscoop",
        name_nl="Afstand tot bioscoop",
        name_en="Distance to a cinema",
        name_de="Entfernung zum Kino",
        definition_nl="Gemiddelde afstand over de weg van alle inwoners tot de "
        "dichtstbijzijnde bioscoop, in kilometers.",
        definition_en="Average road distance of all residents to the nearest cinema, in kilometres.",
        unit="km",
        population_nl="alle inwoners",
        population_en="all residents",
        definition_de="Durchschnittliche Straßenentfernung aller Einwohner zum nächsten Kino, in Kilometern.",
        population_de="alle Einwohner",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=False,
        phrase_nl="de afstand tot de dichtstbijzijnde bioscoop",
        phrase_en="the distance to the nearest cinema",
    ),
    Indicator(
        code="afstand_podiumkunsten",
        name_nl="Afstand tot podiumkunsten",
        name_en="Distance to performing arts",
        name_de="Entfernung zu darstellender Kunst",
        definition_nl="Gemiddelde afstand over de weg van alle inwoners tot het "
        "dichtstbijzijnde podium voor podiumkunsten (theater, concertzaal, poppodium), in kilometers.",
        definition_en="Average road distance of all residents to the nearest performing-arts "
        "venue (theatre, concert hall, pop venue), in kilometres.",
        unit="km",
        population_nl="alle inwoners",
        population_en="all residents",
        definition_de="Durchschnittliche Straßenentfernung aller Einwohner zur nächsten Spielstätte "
        "darstellender Kunst (Theater, Konzertsaal, Popbühne), in Kilometern.",
        population_de="alle Einwohner",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=False,
        phrase_nl="de afstand tot het dichtstbijzijnde podium",
        phrase_en="the distance to the nearest performing-arts venue",
    ),
    Indicator(
        code="musea_binnen_10km",
        name_nl="Musea binnen 10 km",
        name_en="Museums within 10 km",
        name_de="Museen im Umkreis von 10 km",
        definition_nl="Gemiddeld aantal musea binnen 10 kilometer over de weg, gemeten vanaf "
        "het woonadres van alle inwoners.",
        definition_en="Average number of museums within 10 kilometres by road of the home "
        "address of all residents.",
        unit="aantal",
        population_nl="alle inwoners",
        population_en="all residents",
        definition_de="Durchschnittliche Zahl der Museen im Umkreis von 10 Kilometern "
        "Straßenentfernung von der Wohnadresse aller Einwohner.",
        population_de="alle Einwohner",
        source="CBS Nabijheidsstatistiek",
        higher_is_better=True,
        phrase_nl="het aantal musea binnen 10 km",
        phrase_en="the number of museums within 10 km",
    ),
    Indicator(
        code="vrijwilligers_cultuur",
        name_nl="Vrijwilligers in cultuur",
        name_en="Volunteers in culture",
        name_de="Ehrenamtliche in der Kultur",
        definition_nl="Aandeel inwoners van 15 jaar en ouder dat in de afgelopen 12 maanden "
        "vrijwilligerswerk deed voor een culturele organisatie.",
        definition_en="Share of residents aged 15 and over who volunteered for a cultural "
        "organisation in the last 12 months.",
        unit="%",
        population_nl="inwoners 15+",
        population_en="residents 15+",
        definition_de="Anteil der Einwohner ab 15 Jahren, die sich in den letzten 12 Monaten "
        "ehrenamtlich für eine Kultureinrichtung engagiert haben.",
        population_de="Einwohner ab 15",
        source="CBS Sociale samenhang en welzijn, bewerking",
        higher_is_better=True,
        phrase_nl="het aandeel inwoners dat vrijwilligerswerk in de cultuur doet",
        phrase_en="the share of residents who volunteer in culture",
    ),
)
INDICATOR_BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}
HEADLINE_INDICATOR = "cultuurdeelname"
