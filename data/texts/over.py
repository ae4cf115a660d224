"""Texts of the Over de data page: what is real and what is demo, sources, licences, loading data."""

TEXTS: dict[str, dict[str, str]] = {
    "over.title": {"nl": "Over de data", "en": "About the data", "de": "Über die Daten"},
    "over.intro": {
        "nl": "Hier leest u welke cijfers in dit dashboard echt zijn en waar ze vandaan komen, welke "
        "cijfers voorbeeldgegevens zijn, onder welke licentie u de gegevens mag gebruiken en hoe u "
        "echte gegevens in het dashboard laadt.",
        "en": "This page tells you which figures in this dashboard are real and where they come from, "
        "which are example data, under which licence you may use the data, and how to load real "
        "data into the dashboard.",
        "de": "Hier erfahren Sie, welche Zahlen in diesem Dashboard echt sind und woher sie stammen, "
        "welche Zahlen Beispieldaten sind, unter welcher Lizenz Sie die Daten verwenden dürfen und "
        "wie Sie echte Daten in das Dashboard laden.",
    },
    # What is real, what is demo
    "over.real_or_demo": {
        "nl": "Wat is echt, wat is demo?",
        "en": "What is real, what is demo?",
        "de": "Was ist echt, was ist Demo?",
    },
    "over.demo_statement": {
        "nl": "**Welke gegevens zijn demodata?** Dit dashboard toont nu demodata: voorbeeldgegevens die "
        "de app zelf heeft gemaakt, steeds op dezelfde manier. "
        "Alle indicatorwaarden (in alle jaren en leeftijdsgroepen) en alle initiatieven, met hun "
        "partners, budgetten en bereik, zijn verzonnen. Ze laten zien hoe het dashboard werkt, maar "
        "zeggen niets over uw gemeente.",
        "en": "**Which data are demo data?** This dashboard now shows demo data: example data that the "
        "app made itself, the same way every time. All "
        "indicator values (in every year and age group) and all initiatives, with their partners, "
        "budgets and reach, are made up. They show how the dashboard works, but say nothing about "
        "your municipality.",
        "de": "**Welche Daten sind Demodaten?** Dieses Dashboard zeigt jetzt Demodaten: Beispieldaten, "
        "die die App selbst erzeugt hat, jedes Mal auf dieselbe Weise. "
        "Alle Indikatorwerte (in allen Jahren und Altersgruppen) und alle Initiativen "
        "mit ihren Partnern, Budgets und Reichweiten sind erfunden. Sie zeigen, wie das Dashboard "
        "funktioniert, sagen aber nichts über Ihre Gemeinde aus.",
    },
    "over.demo_seed": {
        "nl": "Deze demodata zijn gemaakt met startgetal {seed}.",
        "en": "These demo data were generated from seed {seed}.",
        "de": "Diese Demodaten wurden mit dem Startwert {seed} erzeugt.",
    },
    "over.demo_real": {
        "nl": "**Wat is wel echt?** De CBS-codes en namen van de 14 gemeenten, hun inwonertal en "
        "landoppervlakte volgens het CBS, de kaartgrenzen van de gemeenten en van de Duitse Kreise, "
        "en de namen en ligging van de Duitse plaatsen. De bronnen staan hieronder.",
        "en": "**What is real?** The CBS codes and names of the 14 municipalities, their population "
        "and land area according to CBS, the boundaries of the municipalities and of the German "
        "districts, and the names and locations of the German places. Their sources are listed below.",
        "de": "**Was ist echt?** Die CBS-Codes und Namen der 14 Gemeinden, ihre Einwohnerzahl und "
        "Landfläche laut CBS, die Grenzen der Gemeinden und der deutschen Kreise sowie die Namen und "
        "die Lage der deutschen Orte. Die Quellen stehen unten.",
    },
    "over.imported_statement": {
        "nl": "**Welke gegevens zijn echt?** Dit dashboard toont de gegevens die erin zijn geladen: "
        "cijfers en initiatieven die partners hebben aangeleverd, en cijfers die de app bij het CBS "
        "heeft opgehaald. Er zitten geen demodata tussen. Per indicator staat hieronder waar de "
        "cijfers vandaan komen.",
        "en": "**Which data are real?** This dashboard shows the data loaded into it: figures and "
        "initiatives delivered by the partners, and figures the app fetched from CBS. There are no "
        "demo data among them. Below you see, per indicator, where its figures come from.",
        "de": "**Welche Daten sind echt?** Dieses Dashboard zeigt die Daten, die in es geladen wurden: "
        "Zahlen und Initiativen, die Partner geliefert haben, und Zahlen, die die App beim CBS "
        "abgerufen hat. Demodaten sind nicht darunter. Unten steht je Indikator, woher die Zahlen "
        "stammen.",
    },
    "over.imported_available": {
        "nl": "Er zijn ook echte, geïmporteerde gegevens. Zet in de zijbalk **{switch}** aan om ze te zien.",
        "en": "There are also real, imported data. Turn on **{switch}** in the sidebar to see them.",
        "de": "Es gibt auch echte, importierte Daten. Schalten Sie in der Seitenleiste **{switch}** ein, "
        "um sie zu sehen.",
    },
    # Where each indicator's values come from
    "over.provenance": {
        "nl": "Herkomst van de cijfers per indicator",
        "en": "Where each indicator's figures come from",
        "de": "Herkunft der Zahlen je Indikator",
    },
    "over.provenance_intro": {
        "nl": "Per indicator: of dit dashboard er waarden van heeft, voor welke jaren, en uit welke bron "
        "die waarden komen.",
        "en": "Per indicator: whether this dashboard holds values for it, for which years, and which "
        "source those values come from.",
        "de": "Je Indikator: ob dieses Dashboard Werte dazu enthält, für welche Jahre und aus welcher "
        "Quelle diese Werte stammen.",
    },
    "over.col.present": {"nl": "Waarden aanwezig", "en": "Values present", "de": "Werte vorhanden"},
    "over.col.years": {"nl": "Jaren met gegevens", "en": "Years with data", "de": "Jahre mit Daten"},
    "over.col.origin": {
        "nl": "Herkomst van de waarden",
        "en": "Where the values come from",
        "de": "Herkunft der Werte",
    },
    "over.source.demo": {
        "nl": "demodata (gemaakt door de app, fictief)",
        "en": "demo data (made by the app, fictional)",
        "de": "Demodaten (von der App erzeugt, fiktiv)",
    },
    "over.source.cbs": {
        "nl": "CBS StatLine, tabel {table}",
        "en": "CBS StatLine, table {table}",
        "de": "CBS StatLine, Tabelle {table}",
    },
    "over.source.iv3": {
        "nl": "CBS Iv3 (jaarrekeningen van gemeenten), tabel {table}",
        "en": "CBS Iv3 (municipal accounts), table {table}",
        "de": "CBS Iv3 (Jahresrechnungen der Gemeinden), Tabelle {table}",
    },
    "over.source.per_inhabitant": {
        "nl": "per inwoner volgens CBS StatLine, tabel {table}",
        "en": "per resident according to CBS StatLine, table {table}",
        "de": "je Einwohner laut CBS StatLine, Tabelle {table}",
    },
    "over.source.fetched": {
        "nl": "opgehaald op {date}",
        "en": "fetched on {date}",
        "de": "abgerufen am {date}",
    },
    "over.source.unknown": {
        "nl": "bron niet opgegeven",
        "en": "source not given",
        "de": "Quelle nicht angegeben",
    },
    "over.no_values": {"nl": "nog geen waarden", "en": "no values yet", "de": "noch keine Werte"},
    # The indicator catalogue
    "over.indicators": {
        "nl": "Indicatoren: wat ze meten",
        "en": "Indicators: what they measure",
        "de": "Indikatoren: was sie messen",
    },
    "over.indicators_intro": {
        "nl": "Elke indicator met zijn definitie, eenheid, populatie en de bron waar echte cijfers "
        "voor deze indicator vandaan komen.",
        "en": "Every indicator with its definition, unit, population and the source that real figures "
        "for it come from.",
        "de": "Jeder Indikator mit Definition, Einheit, Grundgesamtheit und der Quelle, aus der echte "
        "Zahlen für ihn stammen.",
    },
    "over.col.indicator": {"nl": "Indicator", "en": "Indicator", "de": "Indikator"},
    "over.col.definition": {"nl": "Definitie", "en": "Definition", "de": "Definition"},
    "over.col.unit": {"nl": "Eenheid", "en": "Unit", "de": "Einheit"},
    "over.col.population": {"nl": "Populatie", "en": "Population", "de": "Grundgesamtheit"},
    "over.col.source": {
        "nl": "Bron van echte cijfers",
        "en": "Source of real figures",
        "de": "Quelle echter Zahlen",
    },
    "over.col.higher": {"nl": "Hoger is beter", "en": "Higher is better", "de": "Höher ist besser"},
    "over.col.breaks": {"nl": "Trendbreuken", "en": "Series breaks", "de": "Zeitreihenbrüche"},
    "over.col.groups": {"nl": "Groepen", "en": "Groups", "de": "Gruppen"},
    "over.yes": {"nl": "ja", "en": "yes", "de": "ja"},
    "over.no": {"nl": "nee", "en": "no", "de": "nein"},
    # Sources, licences and credits
    "over.sources": {
        "nl": "Bronnen, licenties en bronvermelding",
        "en": "Sources, licences and credits",
        "de": "Quellen, Lizenzen und Quellenangaben",
    },
    "over.sources_intro": {
        "nl": "Alle echte gegevens in dit dashboard zijn open data. U mag ze gebruiken en doorgeven, ook "
        "in presentaties en rapporten, als u de bron vermeldt zoals hieronder staat.",
        "en": "All real data in this dashboard are open data. You may use and share them, in "
        "presentations and reports too, as long as you credit the source as shown below.",
        "de": "Alle echten Daten in diesem Dashboard sind offene Daten. Sie dürfen sie verwenden und "
        "weitergeben, auch in Präsentationen und Berichten, wenn Sie die Quelle wie unten angegeben "
        "nennen.",
    },
    "over.sources.boundaries_nl": {
        "nl": "**Kaartgrenzen van de Nederlandse gemeenten**: CBS Gebiedsindelingen 2015 van CBS en "
        "Kadaster, via PDOK. Licentie: CC BY 4.0. Bronvermelding: “CBS/Kadaster”. De 14 Twentse "
        "gemeenten hebben sinds 2001 dezelfde grenzen.",
        "en": "**Boundaries of the Dutch municipalities**: CBS Gebiedsindelingen 2015 (area divisions) "
        "by CBS and Kadaster, published through PDOK. Licence: CC BY 4.0. Credit: “CBS/Kadaster”. "
        "The 14 Twente municipalities have had the same boundaries since 2001.",
        "de": "**Grenzen der niederländischen Gemeinden**: CBS Gebiedsindelingen 2015 (Gebietseinteilungen) "
        "von CBS und Kadaster, veröffentlicht über PDOK. Lizenz: CC BY 4.0. Quellenangabe: "
        "„CBS/Kadaster“. Die 14 Twenter Gemeinden haben seit 2001 dieselben Grenzen.",
    },
    "over.sources.boundaries_de": {
        "nl": "**Kaartgrenzen van de Duitse Kreise**: BKG VG250 Verwaltungsgebiete, Kreise, stand "
        "31 december 2018, van het Bundesamt für Kartographie und Geodäsie; vereenvoudigd en langs de "
        "grens bijgesneden. Open data onder de licentie Datenlizenz Deutschland – Namensnennung – "
        "Version 2.0. Bronvermelding: “© GeoBasis-DE / BKG 2019 (Daten verändert)”.",
        "en": "**Boundaries of the German districts**: BKG VG250 Verwaltungsgebiete (administrative "
        "areas), Kreise, as of 31 December 2018, by the Bundesamt für Kartographie und Geodäsie; "
        "simplified and trimmed along the border. Open data under the licence Datenlizenz "
        "Deutschland – Namensnennung – Version 2.0. Credit: “© GeoBasis-DE / BKG 2019 (Daten verändert)”.",
        "de": "**Grenzen der deutschen Kreise**: BKG VG250 Verwaltungsgebiete, Kreise, Stand 31.12.2018, "
        "vom Bundesamt für Kartographie und Geodäsie; vereinfacht und entlang der Grenze beschnitten. "
        "Offene Daten unter der Lizenz Datenlizenz Deutschland – Namensnennung – Version 2.0. "
        "Quellenangabe: „© GeoBasis-DE / BKG 2019 (Daten verändert)“.",
    },
    "over.sources.map_credit": {
        "nl": "Onder elke kaart staat de bronvermelding: “{credit}”.",
        "en": "Every map carries the credit: “{credit}”.",
        "de": "Unter jeder Karte steht die Quellenangabe: „{credit}“.",
    },
    "over.sources.population_2024": {
        "nl": "**Inwoners op 1 januari 2024**: CBS StatLine, tabel 85984NED (Kerncijfers wijken en "
        "buurten 2024). Licentie: CC BY 4.0. Bronvermelding: “Bron: CBS StatLine, tabel 85984NED”.",
        "en": "**Population on 1 January 2024**: CBS StatLine, table 85984NED (key figures for "
        "districts and neighbourhoods 2024). Licence: CC BY 4.0. Credit: “Bron: CBS StatLine, tabel "
        "85984NED”.",
        "de": "**Einwohner am 1. Januar 2024**: CBS StatLine, Tabelle 85984NED (Kennzahlen der Bezirke "
        "und Viertel 2024). Lizenz: CC BY 4.0. Quellenangabe: „Bron: CBS StatLine, tabel 85984NED“.",
    },
    "over.sources.key_figures_2015": {
        "nl": "**Inwoners en landoppervlakte op 1 januari 2015**: de CBS-kerncijfers die bij de "
        "kaartgrenzen van CBS Gebiedsindelingen 2015 horen. Licentie: CC BY 4.0. Bronvermelding: "
        "“CBS/Kadaster”.",
        "en": "**Population and land area on 1 January 2015**: the CBS key figures that come with the "
        "boundaries of CBS Gebiedsindelingen 2015. Licence: CC BY 4.0. Credit: “CBS/Kadaster”.",
        "de": "**Einwohner und Landfläche am 1. Januar 2015**: die CBS-Kennzahlen, die zu den Grenzen "
        "von CBS Gebiedsindelingen 2015 gehören. Lizenz: CC BY 4.0. Quellenangabe: „CBS/Kadaster“.",
    },
    "over.sources.cbs_fetch": {
        "nl": "**Cijfers die de app zelf bij CBS StatLine ophaalt**: Nabijheid voorzieningen (tabel "
        "80305NED en de tabellen die haar opvolgen: de afstand tot museum, bibliotheek, "
        "podium en bioscoop, en het aantal musea binnen 10 km), "
        "inwonertallen, en de uitgaven van gemeenten aan cultuur uit hun jaarrekeningen (Iv3). "
        "Licentie: CC BY 4.0. Bronvermelding: “Bron: CBS StatLine, tabel …”, met het nummer van de "
        "tabel; dat nummer staat per indicator in de tabel met de herkomst van de cijfers.",
        "en": "**Figures the app fetches from CBS StatLine itself**: proximity of facilities (table "
        "80305NED and the tables that succeed it: distance to a museum, library, "
        "performing-arts venue and cinema, and the number of museums within 10 km), "
        "population, and the municipalities' spending on culture from their annual accounts (Iv3). "
        "Licence: CC BY 4.0. Credit: “Bron: CBS StatLine, tabel …” with the table's number; that "
        "number is given per indicator in the table of where the figures come from.",
        "de": "**Zahlen, die die App selbst bei CBS StatLine abruft**: Nähe von Einrichtungen (Tabelle "
        "80305NED und ihre Nachfolgetabellen: Entfernung zu Museum, Bibliothek, "
        "Bühne und Kino sowie die Zahl der Museen im Umkreis von 10 km), "
        "Einwohnerzahlen und die Kulturausgaben der Gemeinden aus ihren Jahresabschlüssen (Iv3). "
        "Lizenz: CC BY 4.0. Quellenangabe: „Bron: CBS StatLine, tabel …“ mit der Nummer der Tabelle; "
        "diese Nummer steht je Indikator in der Tabelle zur Herkunft der Zahlen.",
    },
    "over.sources.partners": {
        "nl": "**Cijfers en initiatieven van partners**: wat gemeenten en instellingen zelf aanleveren. "
        "Bij elke waarde staat de bron die de partner opgaf.",
        "en": "**Figures and initiatives from partners**: what municipalities and institutions deliver "
        "themselves. Every value keeps the source the partner gave.",
        "de": "**Zahlen und Initiativen der Partner**: was Gemeinden und Einrichtungen selbst liefern. "
        "Bei jedem Wert steht die Quelle, die der Partner angegeben hat.",
    },
    # Loading real data
    "over.load": {"nl": "Echte gegevens laden", "en": "Loading real data", "de": "Echte Daten laden"},
    "over.load_text": {
        "nl": "- **Gegevens van partners importeren** (pagina Data beheer, na inloggen): download een "
        "sjabloon (Excel of CSV, met uitleg bij elke kolom en de toegestane waarden), vul het in en "
        "laad het op. De app controleert het bestand eerst en noemt elk probleem met rij, kolom en "
        "waarde. U ziet vooraf wat er verandert; pas als u dat bevestigt, wordt het opgeslagen. Elke "
        "import wordt bijgehouden en kan ongedaan worden gemaakt.\n"
        "- **Cijfers bij het CBS ophalen**: op de pagina Data beheer haalt een ingelogde gebruiker met "
        "één knop de CBS-cijfers op (nabijheid van voorzieningen, inwoners, cultuuruitgaven). Ook die "
        "gaan door dezelfde controle en voorvertoning, en ook die import kan ongedaan worden gemaakt. "
        "Een beheerder kan hetzelfde op de server doen met `python -m data.cbs`.\n"
        "- **Zodra er echte gegevens zijn**, toont het dashboard die in plaats van de demodata, zonder "
        "de melding over demodata. Met de schakelaar in de zijbalk gaat u terug naar de demodata.\n"
        "- **Eigen kaartgrenzen**: een gemeente kan haar eigen grensbestanden gebruiken. De beheerder "
        "zet de GeoJSON-bestanden `{twente_file}` (de gemeenten, per gebied een eigenschap `code` met "
        "de CBS-code, zoals GM0153) en `{kreise_file}` (de Duitse Kreise, `code` met de Amtliche "
        "Gemeindeschlüssel, zoals 03456) in een map en wijst die map aan met de omgevingsvariabele "
        "`{env}`. Vermeld dan de bron en licentie van die bestanden.",
        "en": "- **Importing partner data** (Data management page, after logging in): download a "
        "template (Excel or CSV, explaining every column and listing the allowed values), fill it in "
        "and upload it. The app checks the file first and names every problem with its row, column "
        "and value. You see beforehand what will change; only when you confirm is it stored. Every "
        "import is logged and can be undone.\n"
        "- **Fetching figures from CBS**: on the Data management page a logged-in user fetches the CBS "
        "figures with one button (proximity of facilities, population, culture spending). They go "
        "through the same checks and preview, and that import can be undone too. An administrator "
        "can do the same on the server with `python -m data.cbs`.\n"
        "- **Once there are real data**, the dashboard shows them instead of the demo data, without "
        "the demo notice. The switch in the sidebar takes you back to the demo data.\n"
        "- **Your own boundaries**: a municipality can use its own boundary files. The administrator "
        "puts the GeoJSON files `{twente_file}` (the municipalities, each area with a property `code` "
        "holding its CBS code, such as GM0153) and `{kreise_file}` (the German districts, `code` "
        "holding the Amtlicher Gemeindeschlüssel, such as 03456) in a folder and points the "
        "environment variable `{env}` at that folder. Then credit those files' source and licence.",
        "de": "- **Daten der Partner importieren** (Seite Datenverwaltung, nach der Anmeldung): Laden Sie "
        "eine Vorlage herunter (Excel oder CSV, mit einer Erklärung jeder Spalte und den erlaubten "
        "Werten), füllen Sie sie aus und laden Sie sie hoch. Die App prüft die Datei zuerst und nennt "
        "jedes Problem mit Zeile, Spalte und Wert. Sie sehen vorab, was sich ändert; erst wenn Sie "
        "bestätigen, wird gespeichert. Jeder Import wird protokolliert und kann rückgängig gemacht "
        "werden.\n"
        "- **Zahlen beim CBS abrufen**: Auf der Seite Datenverwaltung ruft eine angemeldete Person mit "
        "einer Schaltfläche die CBS-Zahlen ab (Nähe von Einrichtungen, Einwohner, Kulturausgaben). "
        "Auch sie durchlaufen dieselbe Prüfung und Vorschau, und auch dieser Import kann rückgängig "
        "gemacht werden. Eine Administratorin oder ein Administrator kann dasselbe auf dem Server mit "
        "`python -m data.cbs` tun.\n"
        "- **Sobald es echte Daten gibt**, zeigt das Dashboard diese statt der Demodaten, ohne den "
        "Hinweis auf Demodaten. Mit dem Schalter in der Seitenleiste kehren Sie zu den Demodaten zurück.\n"
        "- **Eigene Kartengrenzen**: Eine Gemeinde kann ihre eigenen Grenzdateien verwenden. Die "
        "Systemadministration legt die GeoJSON-Dateien `{twente_file}` (die Gemeinden, je Gebiet eine "
        "Eigenschaft `code` mit dem CBS-Code, etwa GM0153) und `{kreise_file}` (die deutschen Kreise, "
        "`code` mit dem Amtlichen Gemeindeschlüssel, etwa 03456) in einen Ordner und verweist mit der "
        "Umgebungsvariablen `{env}` auf diesen Ordner. Nennen Sie dann Quelle und Lizenz dieser Dateien.",
    },
    # How things are counted
    "over.counting": {"nl": "Hoe er geteld wordt", "en": "How things are counted", "de": "Wie gezählt wird"},
    "over.counting_text": {
        "nl": "- Een initiatief telt mee in elk jaar waarin het loopt; budget en bereik worden gelijk over die jaren verdeeld.\n"
        "- Een initiatief in meerdere gemeenten telt in elke gemeente één keer mee, en in de Twentse totalen één keer.\n"
        "- Grensoverschrijdend is een initiatief met minstens één Duitse partner.\n"
        "- Twente-cijfers van indicatoren zijn naar inwonertal gewogen gemiddelden van de gemeenten.",
        "en": "- An initiative counts in every year it runs; budget and reach are spread evenly over those years.\n"
        "- An initiative in several municipalities counts once in each of them, and once in Twente totals.\n"
        "- Cross-border means at least one German partner.\n"
        "- Twente figures of indicators are population-weighted means of the municipalities.",
        "de": "- Eine Initiative zählt in jedem Jahr, in dem sie läuft; Budget und Reichweite werden "
        "gleichmäßig auf diese Jahre verteilt.\n"
        "- Eine Initiative in mehreren Gemeinden zählt in jeder Gemeinde einmal und in den Summen "
        "für Twente einmal.\n"
        "- Grenzüberschreitend ist eine Initiative mit mindestens einem deutschen Partner.\n"
        "- Twente-Werte der Indikatoren sind nach Einwohnerzahl gewichtete Mittelwerte der Gemeinden.",
    },
    # Themes and municipalities
    "over.themes": {
        "nl": "Thema's van het cultuurprofiel",
        "en": "Themes of the culture profile",
        "de": "Themen des Kulturprofils",
    },
    "over.municipalities": {"nl": "De 14 gemeenten", "en": "The 14 municipalities", "de": "Die 14 Gemeinden"},
    "over.municipalities_source": {
        "nl": "Inwoners op 1 januari 2024 volgens CBS StatLine, tabel 85984NED; inwoners en "
        "landoppervlakte op 1 januari 2015 volgens de CBS-kerncijfers (CBS/Kadaster); beide CC BY 4.0.",
        "en": "Population on 1 January 2024 according to CBS StatLine, table 85984NED; population and "
        "land area on 1 January 2015 according to the CBS key figures (CBS/Kadaster); both CC BY 4.0.",
        "de": "Einwohner am 1. Januar 2024 laut CBS StatLine, Tabelle 85984NED; Einwohner und Landfläche "
        "am 1. Januar 2015 laut den CBS-Kennzahlen (CBS/Kadaster); beide CC BY 4.0.",
    },
    "over.col.population_2024": {
        "nl": "Inwoners (1-1-2024)",
        "en": "Residents (1 Jan 2024)",
        "de": "Einwohner (1.1.2024)",
    },
    "over.col.population_2015": {
        "nl": "Inwoners (1-1-2015)",
        "en": "Residents (1 Jan 2015)",
        "de": "Einwohner (1.1.2015)",
    },
    "over.col.area": {"nl": "Landoppervlakte (km²)", "en": "Land area (km²)", "de": "Landfläche (km²)"},
}
