"""Texts of the app shell, the Overzicht and Over de data pages, maps and tables."""

TEXTS: dict[str, dict[str, str]] = {
    # App shell
    "app.title": {
        "nl": "Cultuurdashboard Twente",
        "en": "Culture dashboard Twente",
        "de": "Kulturdashboard Twente",
    },
    "nav.section.overview": {"nl": "Overzicht", "en": "Overview"},
    "nav.section.analysis": {"nl": "Analyse", "en": "Analysis"},
    "nav.section.initiatives": {"nl": "Initiatieven", "en": "Initiatives"},
    "nav.section.share": {"nl": "Delen en beheer", "en": "Share and manage"},
    "page.overzicht": {"nl": "Overzicht", "en": "Overview"},
    "page.kaart": {"nl": "Kaart", "en": "Map"},
    "page.gemeenteprofiel": {"nl": "Gemeenteprofiel", "en": "Municipality profile"},
    "page.themas": {"nl": "Thema's", "en": "Themes"},
    "page.grenzeloos": {"nl": "Grenzeloos", "en": "Cross-border", "de": "Grenzenlos"},
    "page.initiatieven": {"nl": "Initiatieven", "en": "Initiatives"},
    "page.verkennen": {"nl": "Verkennen", "en": "Explore"},
    "page.presenteren": {"nl": "Presenteren", "en": "Present"},
    "page.data_beheer": {"nl": "Data beheer", "en": "Data management"},
    "page.over_de_data": {"nl": "Over de data", "en": "About the data"},
    "sidebar.language": {"nl": "Taal", "en": "Language"},
    "sidebar.year": {"nl": "Jaar", "en": "Year"},
    "sidebar.year_help": {
        "nl": "Het jaar geldt voor alle pagina's.",
        "en": "The year applies to every page.",
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
    },
    "coming.kaart": {
        "nl": "elke indicator per jaar op de kaart, met rangorde en vergelijking met Twente en Nederland.",
        "en": "every indicator per year on the map, with ranking and comparison with Twente and the Netherlands.",
    },
    "coming.gemeenteprofiel": {
        "nl": "een profiel per gemeente met trends, opvallende cijfers en initiatieven.",
        "en": "a profile per municipality with trends, highlights and initiatives.",
    },
    "coming.themas": {
        "nl": "de dekking van de drie thema's van het cultuurprofiel per gemeente, en de gaten.",
        "en": "coverage of the three themes of the culture profile per municipality, and the gaps.",
    },
    "coming.grenzeloos": {
        "nl": "grensoverschrijdende samenwerking met Duitse partners op één kaart.",
        "en": "cross-border work with German partners on one map.",
    },
    "coming.initiatieven": {
        "nl": "alle initiatieven doorzoeken, filteren en downloaden.",
        "en": "search, filter and download all initiatives.",
    },
    "coming.verkennen": {
        "nl": "eigen vragen beantwoorden met een draaitabel en grafiek.",
        "en": "answer your own questions with a pivot table and chart.",
    },
    "coming.presenteren": {
        "nl": "een presentatie voor het regio-overleg, met export naar PowerPoint en PDF.",
        "en": "a presentation for the regional meeting, exported to PowerPoint and PDF.",
    },
    "coming.data_beheer": {
        "nl": "gegevens van partners importeren uit CSV en Excel, met controle vooraf.",
        "en": "import partner data from CSV and Excel, validated first.",
    },
    # Overzicht
    "overzicht.title": {"nl": "Cultuur in Twente in {year}", "en": "Culture in Twente in {year}"},
    "overzicht.intro": {
        "nl": "De kerncijfers van de uitvoeringsagenda van het cultuurprofiel regio Twente en "
        "de cultuurdeelname in de 14 gemeenten.",
        "en": "Key figures of the implementation agenda of the Twente regional culture profile "
        "and cultural participation in the 14 municipalities.",
    },
    "kpi.initiatives": {"nl": "Initiatieven", "en": "Initiatives"},
    "kpi.initiatives.help": {
        "nl": "Zoveel initiatieven van de agenda liepen in {year}.",
        "en": "This many initiatives of the agenda ran in {year}.",
    },
    "kpi.participants": {"nl": "Deelnemers bereikt", "en": "Participants reached"},
    "kpi.participants.help": {
        "nl": "Zoveel deelnemers bereikten de initiatieven in {year} (bereik van meerjarige initiatieven gelijk verdeeld over hun jaren).",
        "en": "This many participants the initiatives reached in {year} (reach of multi-year initiatives spread evenly over their years).",
    },
    "kpi.budget": {"nl": "Totaal budget", "en": "Total budget"},
    "kpi.budget.help": {
        "nl": "Zoveel geld ging in {year} om in de initiatieven (budget gelijk verdeeld over de looptijd).",
        "en": "This much money went into the initiatives in {year} (budget spread evenly over their run).",
    },
    "kpi.cross_border": {"nl": "Grensoverschrijdend", "en": "Cross-border"},
    "kpi.cross_border.help": {
        "nl": "Dit deel van de initiatieven in {year} werkt samen met een Duitse partner.",
        "en": "This share of the initiatives in {year} works with a German partner.",
    },
    "kpi.theme": {"nl": "Gemeenten bereikt: {theme}", "en": "Municipalities reached: {theme}"},
    "kpi.theme.help": {
        "nl": "In zoveel van de 14 gemeenten liep in {year} minstens één initiatief in dit thema.",
        "en": "In this many of the 14 municipalities at least one initiative in this theme ran in {year}.",
    },
    "kpi.no_data": {"nl": "geen gegevens", "en": "no data"},
    "overzicht.map_title": {
        "nl": "{indicator} in {year}",
        "en": "{indicator} in {year}",
    },
    "overzicht.map_fallback_year": {
        "nl": "Voor {year} zijn er nog geen cijfers van deze indicator; de kaart toont {shown}.",
        "en": "There are no figures for this indicator in {year} yet; the map shows {shown}.",
    },
    "overzicht.map_caption": {
        "nl": "{definition} Donkerder is gunstiger. Wijs een gemeente aan voor de waarde en de rangorde.",
        "en": "{definition} Darker is better. Point at a municipality for its value and rank.",
    },
    "table.as_table": {"nl": "Toon als tabel", "en": "Show as table"},
    # Maps
    "map.no_data": {"nl": "geen gegevens", "en": "no data"},
    "map.rank": {"nl": "rang {rank} van {total}", "en": "rank {rank} of {total}"},
    "map.missing_legend": {"nl": "Geen gegevens", "en": "No data"},
    "map.attribution": {
        "nl": "Kaartgrenzen: CBS/Kadaster (CC-BY 4.0), GADM",
        "en": "Boundaries: CBS/Kadaster (CC-BY 4.0), GADM",
    },
    "map.unavailable": {
        "nl": "De kaart kan niet getoond worden. {reason}",
        "en": "The map cannot be shown. {reason}",
    },
    "col.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "col.code": {"nl": "CBS-code", "en": "CBS code"},
    "col.value": {"nl": "Waarde ({unit})", "en": "Value ({unit})"},
    "col.rank": {"nl": "Rang", "en": "Rank"},
    "col.diff_twente": {"nl": "Verschil met Twente", "en": "Difference with Twente"},
    "col.diff_nl": {"nl": "Verschil met Nederland", "en": "Difference with the Netherlands"},
    # Over de data
    "over.title": {"nl": "Over de data", "en": "About the data"},
    "over.demo_statement": {
        "nl": "**Welke gegevens zijn demodata?** Deze installatie draait op gegenereerde demodata "
        "(seed {seed}). Alle indicatorwaarden, initiatieven, partnerorganisaties, budgetten en "
        "bereikcijfers zijn fictief. Echt zijn: de CBS-codes en namen van de 14 gemeenten, hun "
        "inwonertal en landoppervlakte op 1 januari 2015, de kaartgrenzen, en de Duitse plaatsen "
        "en Kreise.",
        "en": "**Which data are demo data?** This installation runs on generated demo data "
        "(seed {seed}). All indicator values, initiatives, partner organisations, budgets and "
        "reach figures are fictional. Real are: the CBS codes and names of the 14 "
        "municipalities, their population and land area on 1 January 2015, the boundaries, and "
        "the German places and districts.",
    },
    "over.real_statement": {
        "nl": "Deze installatie toont geïmporteerde gegevens van de partners.",
        "en": "This installation shows data imported from the partners.",
    },
    "over.indicators": {"nl": "Indicatoren", "en": "Indicators"},
    "over.indicators_intro": {
        "nl": "Elke indicator met zijn definitie, eenheid, populatie, bron en beschikbare jaren.",
        "en": "Every indicator with its definition, unit, population, source and available years.",
    },
    "over.col.indicator": {"nl": "Indicator", "en": "Indicator"},
    "over.col.definition": {"nl": "Definitie", "en": "Definition"},
    "over.col.unit": {"nl": "Eenheid", "en": "Unit"},
    "over.col.population": {"nl": "Populatie", "en": "Population"},
    "over.col.source": {"nl": "Bron", "en": "Source"},
    "over.col.years": {"nl": "Jaren met gegevens", "en": "Years with data"},
    "over.col.higher": {"nl": "Hoger is beter", "en": "Higher is better"},
    "over.col.breaks": {"nl": "Trendbreuken", "en": "Series breaks"},
    "over.col.groups": {"nl": "Groepen", "en": "Groups"},
    "over.yes": {"nl": "ja", "en": "yes"},
    "over.no": {"nl": "nee", "en": "no"},
    "over.themes": {"nl": "Thema's van het cultuurprofiel", "en": "Themes of the culture profile"},
    "over.counting": {"nl": "Hoe er geteld wordt", "en": "How things are counted"},
    "over.counting_text": {
        "nl": "- Een initiatief telt mee in elk jaar waarin het loopt; budget en bereik worden gelijk over die jaren verdeeld.\n"
        "- Een initiatief in meerdere gemeenten telt in elke gemeente één keer mee, en in de Twentse totalen één keer.\n"
        "- Grensoverschrijdend is een initiatief met minstens één Duitse partner.\n"
        "- Twente-cijfers van indicatoren zijn naar inwonertal gewogen gemiddelden van de gemeenten.",
        "en": "- An initiative counts in every year it runs; budget and reach are spread evenly over those years.\n"
        "- An initiative in several municipalities counts once in each of them, and once in Twente totals.\n"
        "- Cross-border means at least one German partner.\n"
        "- Twente figures of indicators are population-weighted means of the municipalities.",
    },
    "over.boundaries": {"nl": "Kaartgrenzen: bronnen en licenties", "en": "Boundaries: sources and licences"},
    "over.municipalities": {"nl": "De 14 gemeenten", "en": "The 14 municipalities"},
    "over.col.population_2015": {"nl": "Inwoners (1-1-2015)", "en": "Residents (1 Jan 2015)"},
    "over.col.area": {"nl": "Landoppervlakte (km²)", "en": "Land area (km²)"},
}
