"""Texts of the app shell, the Overzicht and Over de data pages, maps and tables."""

TEXTS: dict[str, dict[str, str]] = {
    # App shell
    "app.title": {
        "nl": "Cultuurdashboard Twente",
        "en": "Culture dashboard Twente",
        "de": "Kulturdashboard Twente",
    },
    "nav.section.overview": {"nl": "Overzicht", "en": "Overview", "de": "Übersicht"},
    "nav.section.analysis": {"nl": "Analyse", "en": "Analysis", "de": "Analyse"},
    "nav.section.initiatives": {"nl": "Initiatieven", "en": "Initiatives", "de": "Initiativen"},
    "nav.section.share": {"nl": "Delen en beheer", "en": "Share and manage", "de": "Teilen und Verwalten"},
    "page.overzicht": {"nl": "Overzicht", "en": "Overview", "de": "Übersicht"},
    "page.kaart": {"nl": "Kaart", "en": "Map", "de": "Karte"},
    "page.gemeenteprofiel": {"nl": "Gemeenteprofiel", "en": "Municipality profile", "de": "Gemeindeprofil"},
    "page.themas": {"nl": "Thema's", "en": "Themes", "de": "Themen"},
    "page.grenzeloos": {"nl": "Grenzeloos", "en": "Cross-border", "de": "Grenzenlos"},
    "page.initiatieven": {"nl": "Initiatieven", "en": "Initiatives", "de": "Initiativen"},
    "page.verkennen": {"nl": "Verkennen", "en": "Explore", "de": "Erkunden"},
    "page.presenteren": {"nl": "Presenteren", "en": "Present", "de": "Präsentieren"},
    "page.data_beheer": {"nl": "Data beheer", "en": "Data management", "de": "Datenverwaltung"},
    "page.over_de_data": {"nl": "Over de data", "en": "About the data", "de": "Über die Daten"},
    "sidebar.language": {"nl": "Taal", "en": "Language", "de": "Sprache"},
    "sidebar.year": {"nl": "Jaar", "en": "Year", "de": "Jahr"},
    "sidebar.year_help": {
        "nl": "Het jaar geldt voor alle pagina's.",
        "en": "The year applies to every page.",
        "de": "Das Jahr gilt für alle Seiten.",
    },
    "demo.banner": {
        "nl": "Demodata: alle cijfers en initiatieven op deze pagina zijn fictieve voorbeeldgegevens, "
        "geen echte metingen. Alleen gemeentecodes, namen, inwonertallen, oppervlakten en "
        "kaartgrenzen zijn echt.",
        "en": "Demo data: all figures and initiatives on this page are fictional example data, "
        "not real measurements. Only municipality codes, names, populations, areas and "
        "boundaries are real.",
        "de": "Demodaten: alle Zahlen und Initiativen auf dieser Seite sind fiktive Beispieldaten. "
        "Nur Gemeindecodes, Namen, Einwohnerzahlen, Flächen und Grenzen sind echt.",
    },
    "coming.soon": {
        "nl": "Deze pagina is in aanbouw: {what}",
        "en": "This page is being built: {what}",
        "de": "Diese Seite ist im Aufbau: {what}",
    },
    "coming.kaart": {
        "nl": "elke indicator per jaar op de kaart, met rangorde en vergelijking met Twente en Nederland.",
        "en": "every indicator per year on the map, with ranking and comparison with Twente and the Netherlands.",
        "de": "jeder Indikator je Jahr auf der Karte, mit Rangfolge und Vergleich mit Twente und den Niederlanden.",
    },
    "coming.gemeenteprofiel": {
        "nl": "een profiel per gemeente met trends, opvallende cijfers en initiatieven.",
        "en": "a profile per municipality with trends, highlights and initiatives.",
        "de": "ein Profil je Gemeinde mit Trends, auffälligen Zahlen und Initiativen.",
    },
    "coming.themas": {
        "nl": "de dekking van de drie thema's van het cultuurprofiel per gemeente, en de gaten.",
        "en": "coverage of the three themes of the culture profile per municipality, and the gaps.",
        "de": "die Abdeckung der drei Themen des Kulturprofils je Gemeinde und die Lücken.",
    },
    "coming.grenzeloos": {
        "nl": "grensoverschrijdende samenwerking met Duitse partners op één kaart.",
        "en": "cross-border work with German partners on one map.",
        "de": "grenzüberschreitende Zusammenarbeit mit deutschen Partnern auf einer Karte.",
    },
    "coming.initiatieven": {
        "nl": "alle initiatieven doorzoeken, filteren en downloaden.",
        "en": "search, filter and download all initiatives.",
        "de": "alle Initiativen durchsuchen, filtern und herunterladen.",
    },
    "coming.verkennen": {
        "nl": "eigen vragen beantwoorden met een draaitabel en grafiek.",
        "en": "answer your own questions with a pivot table and chart.",
        "de": "eigene Fragen mit einer Pivot-Tabelle und einer Grafik beantworten.",
    },
    "coming.presenteren": {
        "nl": "een presentatie voor het regio-overleg, met export naar PowerPoint en PDF.",
        "en": "a presentation for the regional meeting, exported to PowerPoint and PDF.",
        "de": "eine Präsentation für das Regionaltreffen, mit Export nach PowerPoint und PDF.",
    },
    "coming.data_beheer": {
        "nl": "gegevens van partners importeren uit CSV en Excel, met controle vooraf.",
        "en": "import partner data from CSV and Excel, validated first.",
        "de": "Daten von Partnern aus CSV und Excel importieren, vorab geprüft.",
    },
    # Overzicht
    "overzicht.title": {
        "nl": "Cultuur in Twente in {year}",
        "en": "Culture in Twente in {year}",
        "de": "Kultur in Twente {year}",
    },
    "overzicht.intro": {
        "nl": "De kerncijfers van de uitvoeringsagenda van het cultuurprofiel regio Twente en "
        "de cultuurdeelname in de 14 gemeenten.",
        "en": "Key figures of the implementation agenda of the Twente regional culture profile "
        "and cultural participation in the 14 municipalities.",
        "de": "Die Kennzahlen der Umsetzungsagenda des Kulturprofils Region Twente und die kulturelle "
        "Teilhabe in den 14 Gemeinden.",
    },
    "kpi.initiatives": {"nl": "Initiatieven", "en": "Initiatives", "de": "Initiativen"},
    "kpi.initiatives.help": {
        "nl": "Zoveel initiatieven van de agenda liepen in {year}.",
        "en": "This many initiatives of the agenda ran in {year}.",
        "de": "So viele Initiativen der Agenda liefen im Jahr {year}.",
    },
    "kpi.participants": {
        "nl": "Deelnemers bereikt",
        "en": "Participants reached",
        "de": "Erreichte Teilnehmende",
    },
    "kpi.participants.help": {
        "nl": "Zoveel deelnemers bereikten de initiatieven in {year} (bereik van meerjarige initiatieven gelijk verdeeld over hun jaren).",
        "en": "This many participants the initiatives reached in {year} (reach of multi-year initiatives spread evenly over their years).",
        "de": "So viele Teilnehmende erreichten die Initiativen im Jahr {year} (Reichweite mehrjähriger Initiativen gleichmäßig über ihre Jahre verteilt).",
    },
    "kpi.budget": {"nl": "Totaal budget", "en": "Total budget", "de": "Gesamtbudget"},
    "kpi.budget.help": {
        "nl": "Zoveel geld ging in {year} om in de initiatieven (budget gelijk verdeeld over de looptijd).",
        "en": "This much money went into the initiatives in {year} (budget spread evenly over their run).",
        "de": "So viel Geld floss im Jahr {year} in die Initiativen (Budget gleichmäßig über die Laufzeit verteilt).",
    },
    "kpi.cross_border": {"nl": "Grensoverschrijdend", "en": "Cross-border", "de": "Grenzüberschreitend"},
    "kpi.cross_border.help": {
        "nl": "Dit deel van de initiatieven in {year} werkt samen met een Duitse partner.",
        "en": "This share of the initiatives in {year} works with a German partner.",
        "de": "Dieser Anteil der Initiativen im Jahr {year} arbeitet mit einem deutschen Partner zusammen.",
    },
    "kpi.theme": {
        "nl": "Gemeenten bereikt: {theme}",
        "en": "Municipalities reached: {theme}",
        "de": "Erreichte Gemeinden: {theme}",
    },
    "kpi.theme.help": {
        "nl": "In zoveel van de 14 gemeenten liep in {year} minstens één initiatief in dit thema.",
        "en": "In this many of the 14 municipalities at least one initiative in this theme ran in {year}.",
        "de": "In so vielen der 14 Gemeinden lief im Jahr {year} mindestens eine Initiative in diesem Thema.",
    },
    "kpi.no_data": {"nl": "geen gegevens", "en": "no data", "de": "keine Daten"},
    "overzicht.map_title": {
        "nl": "{indicator} in {year}",
        "en": "{indicator} in {year}",
        "de": "{indicator} im Jahr {year}",
    },
    "overzicht.map_fallback_year": {
        "nl": "Voor {year} zijn er nog geen cijfers van deze indicator; de kaart toont {shown}.",
        "en": "There are no figures for this indicator in {year} yet; the map shows {shown}.",
        "de": "Für {year} gibt es noch keine Zahlen zu diesem Indikator; die Karte zeigt {shown}.",
    },
    "overzicht.map_caption": {
        "nl": "{definition} Donkerder is gunstiger. Wijs een gemeente aan voor de waarde en de rangorde.",
        "en": "{definition} Darker is better. Point at a municipality for its value and rank.",
        "de": "{definition} Dunkler ist besser. Zeigen Sie auf eine Gemeinde, um Wert und Rang zu sehen.",
    },
    "table.as_table": {"nl": "Toon als tabel", "en": "Show as table", "de": "Als Tabelle anzeigen"},
    # Maps
    "map.no_data": {"nl": "geen gegevens", "en": "no data", "de": "keine Daten"},
    "common.static_serving_off": {
        "nl": "De kaarten kunnen niet laden: deze server deelt de map static/ niet. Zet server.enableStaticServing aan, zoals .streamlit/config.toml van de app doet.",
        "en": "The maps cannot load: this server does not serve the static/ folder. Turn on server.enableStaticServing, as the app's .streamlit/config.toml does.",
        "de": "Die Karten können nicht laden: dieser Server stellt den Ordner static/ nicht bereit. Schalten Sie server.enableStaticServing ein, wie es .streamlit/config.toml der App tut.",
    },
    "map.rank": {
        "nl": "rang {rank} van {total}",
        "en": "rank {rank} of {total}",
        "de": "Rang {rank} von {total}",
    },
    "map.missing_legend": {"nl": "Geen gegevens", "en": "No data", "de": "Keine Daten"},
    "map.unavailable": {
        "nl": "De kaart kan niet getoond worden. {reason}",
        "en": "The map cannot be shown. {reason}",
        "de": "Die Karte kann nicht angezeigt werden. {reason}",
    },
    "col.gemeente": {"nl": "Gemeente", "en": "Municipality", "de": "Gemeinde"},
    "col.code": {"nl": "CBS-code", "en": "CBS code", "de": "CBS-Code"},
    "col.value": {"nl": "Waarde ({unit})", "en": "Value ({unit})", "de": "Wert ({unit})"},
    "col.rank": {"nl": "Rang", "en": "Rank", "de": "Rang"},
    "col.diff_twente": {
        "nl": "Verschil met Twente",
        "en": "Difference with Twente",
        "de": "Differenz zu Twente",
    },
    "col.diff_nl": {
        "nl": "Verschil met Nederland",
        "en": "Difference with the Netherlands",
        "de": "Differenz zu den Niederlanden",
    },
}
