"""Texts of the Presenteren page, its slides and its exports (NL, EN and DE for every key)."""

TEXTS: dict[str, dict[str, str]] = {
    # --- Slide names (the picker) ---
    "presenteren.kind.kerncijfers": {
        "nl": "Twente in cijfers",
        "en": "Twente in numbers",
        "de": "Twente in Zahlen",
    },
    "presenteren.kind.deelname": {
        "nl": "Cultuurdeelname op de kaart",
        "en": "Participation on the map",
        "de": "Kulturelle Teilhabe auf der Karte",
    },
    "presenteren.kind.themas": {
        "nl": "Dekking van de drie thema's",
        "en": "Coverage of the three themes",
        "de": "Abdeckung der drei Themen",
    },
    "presenteren.kind.gaten": {"nl": "Witte vlekken", "en": "Gaps", "de": "Lücken"},
    "presenteren.kind.grenzeloos": {
        "nl": "Grenzeloos op de kaart",
        "en": "Cross-border on the map",
        "de": "Grenzenlos auf der Karte",
    },
    "presenteren.kind.focus": {
        "nl": "Focusgemeente tegen Twente",
        "en": "Focus municipality against Twente",
        "de": "Fokusgemeinde im Vergleich zu Twente",
    },
    "presenteren.kind.initiatieven": {
        "nl": "Drie uitgelichte initiatieven",
        "en": "Three highlighted initiatives",
        "de": "Drei ausgewählte Initiativen",
    },
    "presenteren.kind.bronnen": {
        "nl": "Bronnen en demodata",
        "en": "Sources and demo data",
        "de": "Quellen und Demodaten",
    },
    # --- Slide titles: one message each, written from the data ---
    "presenteren.title.kerncijfers": {
        "nl": "In {year} liepen {n} culturele initiatieven in Twente, met {participants} deelnemers",
        "en": "In {year}, {n} cultural initiatives ran in Twente, reaching {participants} participants",
        "de": "{year} liefen in Twente {n} Kulturinitiativen mit {participants} Teilnehmenden",
    },
    "presenteren.title.deelname_up": {
        "nl": "{indicator} in Twente steeg van {start} naar {end} sinds {since}",
        "en": "{indicator} in Twente rose from {start} to {end} since {since}",
        "de": "{indicator} in Twente stieg seit {since} von {start} auf {end}",
    },
    "presenteren.title.deelname_down": {
        "nl": "{indicator} in Twente daalde van {start} naar {end} sinds {since}",
        "en": "{indicator} in Twente fell from {start} to {end} since {since}",
        "de": "{indicator} in Twente sank seit {since} von {start} auf {end}",
    },
    "presenteren.title.deelname_same": {
        "nl": "{indicator} in Twente bleef {end} sinds {since}",
        "en": "{indicator} in Twente stayed at {end} since {since}",
        "de": "{indicator} in Twente blieb seit {since} bei {end}",
    },
    "presenteren.title.deelname_level": {
        "nl": "{indicator} in Twente: {value} in {year}",
        "en": "{indicator} in Twente: {value} in {year}",
        "de": "{indicator} in Twente: {value} im Jahr {year}",
    },
    "presenteren.title.deelname_best": {
        "nl": "{indicator} in {year}: het hoogst in {gemeente} ({value})",
        "en": "{indicator} in {year}: highest in {gemeente} ({value})",
        "de": "{indicator} {year}: am höchsten in {gemeente} ({value})",
    },
    "presenteren.title.themas_all": {
        "nl": "Alle drie thema's zijn actief in alle {total} gemeenten",
        "en": "All three themes are active in all {total} municipalities",
        "de": "Alle drei Themen sind in allen {total} Gemeinden aktiv",
    },
    "presenteren.title.themas": {
        "nl": "{best} bereikt {best_n} van de {total} gemeenten, {worst} {worst_n}",
        "en": "{best} reaches {best_n} of the {total} municipalities, {worst} {worst_n}",
        "de": "{best} erreicht {best_n} von {total} Gemeinden, {worst} {worst_n}",
    },
    "presenteren.title.gaten_none": {
        "nl": "Geen witte vlekken: elke gemeente heeft initiatieven in alle drie thema's",
        "en": "No gaps: every municipality has initiatives in all three themes",
        "de": "Keine Lücken: jede Gemeinde hat Initiativen in allen drei Themen",
    },
    "presenteren.title.gaten_one": {
        "nl": "Eén witte vlek: {gemeente} heeft geen initiatief in {themes}",
        "en": "One gap: {gemeente} has no initiative in {themes}",
        "de": "Eine Lücke: {gemeente} hat keine Initiative im Thema {themes}",
    },
    "presenteren.title.gaten_many": {
        "nl": "{n} gemeenten missen een thema, het vaakst {theme}",
        "en": "{n} municipalities miss a theme, most often {theme}",
        "de": "{n} Gemeinden fehlt ein Thema, am häufigsten {theme}",
    },
    "presenteren.title.grenzeloos": {
        "nl": "{n} initiatieven werken samen met partners in {places} Duitse plaatsen",
        "en": "{n} initiatives work with partners in {places} German towns",
        "de": "{n} Initiativen arbeiten mit Partnern in {places} deutschen Orten zusammen",
    },
    "presenteren.title.grenzeloos_one": {
        "nl": "Eén initiatief werkt samen met Duitse partners, in {districts} Kreis",
        "en": "One initiative works with German partners, in {districts} district(s)",
        "de": "Eine Initiative arbeitet mit deutschen Partnern zusammen, in {districts} Kreis(en)",
    },
    "presenteren.title.focus_above": {
        "nl": "{gemeente} ligt bij {indicator} {amount} boven Twente",
        "en": "{gemeente} is {amount} above Twente on {indicator}",
        "de": "{gemeente} liegt bei {indicator} {amount} über Twente",
    },
    "presenteren.title.focus_below": {
        "nl": "{gemeente} ligt bij {indicator} {amount} onder Twente",
        "en": "{gemeente} is {amount} below Twente on {indicator}",
        "de": "{gemeente} liegt bei {indicator} {amount} unter Twente",
    },
    "presenteren.title.focus_even": {
        "nl": "{gemeente} ligt op alle indicatoren dicht bij Twente",
        "en": "{gemeente} is close to Twente on every indicator",
        "de": "{gemeente} liegt bei allen Indikatoren nahe an Twente",
    },
    "presenteren.title.initiatieven": {
        "nl": "{n} initiatieven uit {year} met samen {reach} deelnemers",
        "en": "{n} initiatives from {year} with {reach} participants together",
        "de": "{n} Initiativen aus {year} mit zusammen {reach} Teilnehmenden",
    },
    "presenteren.title.bronnen": {"nl": "Bronnen en verantwoording", "en": "Sources", "de": "Quellen"},
    "presenteren.title.bronnen_demo": {
        "nl": "Let op: de cijfers in deze presentatie zijn fictieve demodata",
        "en": "Please note: the figures in this deck are fictional demo data",
        "de": "Hinweis: die Zahlen in dieser Präsentation sind fiktive Demodaten",
    },
    # --- Context lines under the titles ---
    "presenteren.sub.kerncijfers": {
        "nl": "Initiatieven van de agenda cultuurprofiel Twente die in {year} liepen",
        "en": "Initiatives of the Twente culture profile agenda running in {year}",
        "de": "Initiativen der Agenda des Kulturprofils Twente, die {year} liefen",
    },
    "presenteren.sub.deelname": {
        "nl": "{indicator} per gemeente in {year}; donkerder is hoger",
        "en": "{indicator} per municipality in {year}; darker is higher",
        "de": "{indicator} je Gemeinde {year}; dunkler ist höher",
    },
    "presenteren.sub.themas": {
        "nl": "Aantal lopende initiatieven per gemeente en thema in {year}",
        "en": "Running initiatives per municipality and theme in {year}",
        "de": "Laufende Initiativen je Gemeinde und Thema {year}",
    },
    "presenteren.sub.gaten": {
        "nl": "Gemeenten zonder initiatief in een thema in {year} (rood omlijnd)",
        "en": "Municipalities without an initiative in a theme in {year} (outlined in red)",
        "de": "Gemeinden ohne Initiative in einem Thema {year} (rot umrandet)",
    },
    "presenteren.sub.grenzeloos": {
        "nl": "Samenwerking met Duitse partners in {year}: lijnen van gemeente naar partnerplaats",
        "en": "Work with German partners in {year}: lines from municipality to partner town",
        "de": "Zusammenarbeit mit deutschen Partnern {year}: Linien von der Gemeinde zum Partnerort",
    },
    "presenteren.sub.focus": {
        "nl": "{gemeente} tegen het Twentse gemiddelde, per indicator (laatste jaar met gegevens)",
        "en": "{gemeente} against the Twente average, per indicator (latest year with data)",
        "de": "{gemeente} im Vergleich zum Twente-Durchschnitt je Indikator (letztes Jahr mit Daten)",
    },
    "presenteren.sub.initiatieven": {
        "nl": "De initiatieven met het grootste bereik, zo mogelijk één per thema",
        "en": "The initiatives with the largest reach, one per theme where possible",
        "de": "Die Initiativen mit der größten Reichweite, möglichst eine je Thema",
    },
    "presenteren.sub.bronnen": {
        "nl": "Cultuurdashboard Twente, stand van de gegevens voor {year}",
        "en": "Cultuurdashboard Twente, data for {year}",
        "de": "Cultuurdashboard Twente, Datenstand für {year}",
    },
    # --- Key numbers ---
    "presenteren.num.initiatives": {"nl": "Initiatieven", "en": "Initiatives", "de": "Initiativen"},
    "presenteren.num.participants": {"nl": "Deelnemers", "en": "Participants", "de": "Teilnehmende"},
    "presenteren.num.budget": {"nl": "Budget", "en": "Budget", "de": "Budget"},
    "presenteren.num.cross_border_share": {
        "nl": "Grensoverschrijdend",
        "en": "Cross-border",
        "de": "Grenzüberschreitend",
    },
    "presenteren.num.netherlands": {"nl": "Nederland", "en": "Netherlands", "de": "Niederlande"},
    "presenteren.num.highest": {
        "nl": "{gemeente} (hoogst)",
        "en": "{gemeente} (highest)",
        "de": "{gemeente} (am höchsten)",
    },
    "presenteren.num.lowest": {
        "nl": "{gemeente} (laagst)",
        "en": "{gemeente} (lowest)",
        "de": "{gemeente} (am niedrigsten)",
    },
    "presenteren.num.theme_reach": {
        "nl": "gemeenten: {theme} ({initiatives} initiatieven)",
        "en": "municipalities: {theme} ({initiatives} initiatives)",
        "de": "Gemeinden: {theme} ({initiatives} Initiativen)",
    },
    "presenteren.num.gap_gemeenten": {
        "nl": "Gemeenten met een wit vlak",
        "en": "Municipalities with a gap",
        "de": "Gemeinden mit einer Lücke",
    },
    "presenteren.num.weakest": {
        "nl": "Laagste dekkingsscore ({gemeente})",
        "en": "Lowest coverage score ({gemeente})",
        "de": "Niedrigster Abdeckungswert ({gemeente})",
    },
    "presenteren.num.cross_border": {
        "nl": "Grensoverschrijdende initiatieven",
        "en": "Cross-border initiatives",
        "de": "Grenzüberschreitende Initiativen",
    },
    "presenteren.num.german_partners": {
        "nl": "Duitse partners",
        "en": "German partners",
        "de": "Deutsche Partner",
    },
    "presenteren.num.programme_funding": {
        "nl": "Interreg en EUREGIO",
        "en": "Interreg and EUREGIO",
        "de": "Interreg und EUREGIO",
    },
    "presenteren.num.focus_initiatives": {
        "nl": "Initiatieven in {year}",
        "en": "Initiatives in {year}",
        "de": "Initiativen {year}",
    },
    "presenteren.gaps.more": {
        "nl": "… en nog {n} gemeenten",
        "en": "… and {n} more municipalities",
        "de": "… und {n} weitere Gemeinden",
    },
    "presenteren.initiative.line": {
        "nl": "{naam} ({theme}; {places}): {reach} deelnemers, {budget}",
        "en": "{naam} ({theme}; {places}): {reach} participants, {budget}",
        "de": "{naam} ({theme}; {places}): {reach} Teilnehmende, {budget}",
    },
    # --- Sources ---
    "presenteren.source.initiatives": {
        "nl": "Bron: initiatieven van de agenda cultuurprofiel Twente, aangeleverd door de partners",
        "en": "Source: initiatives of the Twente culture profile agenda, delivered by the partners",
        "de": "Quelle: Initiativen der Agenda des Kulturprofils Twente, geliefert von den Partnern",
    },
    "presenteren.source.indicators": {
        "nl": "Overige indicatoren: zie de pagina Over de data voor bron en definitie",
        "en": "Other indicators: see the About the data page for source and definition",
        "de": "Weitere Indikatoren: Quelle und Definition auf der Seite Über die Daten",
    },
    "presenteren.demo_footer": {
        "nl": "Demodata: fictieve voorbeeldcijfers, geen echte metingen",
        "en": "Demo data: fictional example figures, not real measurements",
        "de": "Demodaten: fiktive Beispielzahlen, keine echten Messungen",
    },
    "presenteren.demo_notice": {
        "nl": "Demodata: alle cijfers en initiatieven in deze presentatie zijn fictieve voorbeeldgegevens, geen echte metingen. Alleen gemeentecodes, namen, inwonertallen, oppervlakten en kaartgrenzen zijn echt.",
        "en": "Demo data: all figures and initiatives in this deck are fictional example data, not real measurements. Only municipality codes, names, populations, areas and boundaries are real.",
        "de": "Demodaten: alle Zahlen und Initiativen in dieser Präsentation sind fiktive Beispieldaten, keine echten Messungen. Nur Gemeindecodes, Namen, Einwohnerzahlen, Flächen und Grenzen sind echt.",
    },
    # --- Charts ---
    "presenteren.chart.twente": {"nl": "Twente", "en": "Twente", "de": "Twente"},
    "presenteren.chart.initiatives": {"nl": "Initiatieven", "en": "Initiatives", "de": "Initiativen"},
    "presenteren.chart.gap": {"nl": "geen initiatief", "en": "no initiative", "de": "keine Initiative"},
    # --- The page ---
    "presenteren.intro": {
        "nl": "Een presentatie uit de actuele gegevens, voor het regio-overleg. Kies de dia's, het jaar, de focusgemeente en de taal; start de presentatiemodus of neem de dia's mee als PowerPoint of PDF.",
        "en": "A presentation made from the current data, for the regional meeting. Pick the slides, year, focus municipality and language; start presentation mode or take the slides with you as PowerPoint or PDF.",
        "de": "Eine Präsentation aus den aktuellen Daten für das Regionaltreffen. Wählen Sie Folien, Jahr, Fokusgemeinde und Sprache; starten Sie den Präsentationsmodus oder nehmen Sie die Folien als PowerPoint oder PDF mit.",
    },
    "presenteren.settings": {
        "nl": "Instellingen van de presentatie",
        "en": "Presentation settings",
        "de": "Einstellungen der Präsentation",
    },
    "presenteren.slides": {
        "nl": "Dia's, in deze volgorde",
        "en": "Slides, in this order",
        "de": "Folien, in dieser Reihenfolge",
    },
    "presenteren.slides_help": {
        "nl": "Kies welke dia's in de presentatie komen; de volgorde zet u hieronder.",
        "en": "Choose which slides the deck holds; set their order below.",
        "de": "Wählen Sie, welche Folien die Präsentation enthält; die Reihenfolge legen Sie unten fest.",
    },
    "presenteren.order": {"nl": "Volgorde", "en": "Order", "de": "Reihenfolge"},
    "presenteren.move_up": {"nl": "Omhoog", "en": "Up", "de": "Nach oben"},
    "presenteren.move_down": {"nl": "Omlaag", "en": "Down", "de": "Nach unten"},
    "presenteren.move_up_help": {
        "nl": "Zet '{slide}' een plaats eerder",
        "en": "Move '{slide}' one place earlier",
        "de": "'{slide}' einen Platz nach vorne setzen",
    },
    "presenteren.move_down_help": {
        "nl": "Zet '{slide}' een plaats later",
        "en": "Move '{slide}' one place later",
        "de": "'{slide}' einen Platz nach hinten setzen",
    },
    "presenteren.year": {"nl": "Jaar", "en": "Year", "de": "Jahr"},
    "presenteren.focus": {"nl": "Focusgemeente", "en": "Focus municipality", "de": "Fokusgemeinde"},
    "presenteren.language": {
        "nl": "Taal van de dia's",
        "en": "Language of the slides",
        "de": "Sprache der Folien",
    },
    "presenteren.mode": {"nl": "Presentatiemodus", "en": "Presentation mode", "de": "Präsentationsmodus"},
    "presenteren.mode_help": {
        "nl": "Eén dia tegelijk, groot, zonder zijbalk. Blader met de knoppen of de pijltjestoetsen.",
        "en": "One slide at a time, large, without the sidebar. Move on with the buttons or the arrow keys.",
        "de": "Eine Folie nach der anderen, groß, ohne Seitenleiste. Blättern mit den Knöpfen oder den Pfeiltasten.",
    },
    "presenteren.previous": {"nl": "← Vorige", "en": "← Previous", "de": "← Zurück"},
    "presenteren.next": {"nl": "Volgende →", "en": "Next →", "de": "Weiter →"},
    "presenteren.position": {
        "nl": "Dia {n} van {total}",
        "en": "Slide {n} of {total}",
        "de": "Folie {n} von {total}",
    },
    "presenteren.skipped": {
        "nl": "Overgeslagen omdat er geen gegevens voor zijn: {slides}.",
        "en": "Skipped because there is no data for them: {slides}.",
        "de": "Ausgelassen, weil dafür keine Daten vorliegen: {slides}.",
    },
    "presenteren.no_slides": {
        "nl": "Er is geen dia met gegevens voor deze keuze. Kies andere dia's of een ander jaar.",
        "en": "No slide has data for this choice. Pick other slides or another year.",
        "de": "Für diese Auswahl hat keine Folie Daten. Wählen Sie andere Folien oder ein anderes Jahr.",
    },
    "presenteren.map_missing": {
        "nl": "De kaart kan niet getekend worden: {reason}",
        "en": "The map cannot be drawn: {reason}",
        "de": "Die Karte kann nicht gezeichnet werden: {reason}",
    },
    "presenteren.exports": {"nl": "Meenemen", "en": "Take away", "de": "Mitnehmen"},
    "presenteren.download_pptx": {
        "nl": "PowerPoint downloaden",
        "en": "Download PowerPoint",
        "de": "PowerPoint herunterladen",
    },
    "presenteren.download_pdf": {"nl": "PDF downloaden", "en": "Download PDF", "de": "PDF herunterladen"},
    "presenteren.download_png": {
        "nl": "Grafiek van deze dia als PNG",
        "en": "This slide's chart as PNG",
        "de": "Grafik dieser Folie als PNG",
    },
    "presenteren.export_help": {
        "nl": "De dia's worden bij de klik gemaakt uit de actuele gegevens (dit duurt enkele seconden); grafieken zijn afbeeldingen in hoge resolutie, titels zijn bewerkbare tekst.",
        "en": "The slides are made from the current data when you click (this takes a few seconds); charts are high-resolution images, titles are editable text.",
        "de": "Die Folien werden beim Klick aus den aktuellen Daten erstellt (das dauert einige Sekunden); Grafiken sind hochauflösende Bilder, Titel sind bearbeitbarer Text.",
    },
    "presenteren.export_unavailable": {
        "nl": "Exporteren vraagt Chromium (/usr/bin/chromium) en het lettertype DejaVu of Liberation op deze computer; een van beide ontbreekt.",
        "en": "Exporting needs Chromium (/usr/bin/chromium) and the DejaVu or Liberation font on this computer; one of them is missing.",
        "de": "Der Export braucht Chromium (/usr/bin/chromium) und die Schrift DejaVu oder Liberation auf diesem Rechner; eines davon fehlt.",
    },
    "presenteren.notes": {"nl": "Sprekersnotities", "en": "Speaker notes", "de": "Sprechernotizen"},
}
