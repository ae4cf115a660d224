"""Texts of the Data beheer page, the importer's validation report and the templates."""

TEXTS: dict[str, dict[str, str]] = {
    # --- Validation issues: {value} is what the cell held, {column} the header as written
    "beheer.issue.missing_required": {
        "nl": "Verplicht veld '{column}' is leeg.",
        "en": "Required field '{column}' is empty.",
    },
    "beheer.issue.missing_column": {
        "nl": "De verplichte kolom '{column}' ontbreekt in dit tabblad of bestand.",
        "en": "The required column '{column}' is missing from this sheet or file.",
    },
    "beheer.issue.unknown_column": {
        "nl": "Kolom '{column}' is onbekend en wordt overgeslagen.",
        "en": "Column '{column}' is unknown and is skipped.",
    },
    "beheer.issue.not_a_number": {
        "nl": "'{value}' is geen getal. Gebruik bijvoorbeeld 1.234,5 of 84,2.",
        "en": "'{value}' is not a number. Use for example 1,234.5 or 84.2.",
    },
    "beheer.issue.not_an_integer": {
        "nl": "'{value}' is geen heel getal.",
        "en": "'{value}' is not a whole number.",
    },
    "beheer.issue.not_a_year": {
        "nl": "'{value}' is geen jaar of datum. Gebruik 2023, 31-12-2023 of 2023-12-31.",
        "en": "'{value}' is not a year or date. Use 2023, 31-12-2023 or 2023-12-31.",
    },
    "beheer.issue.year_out_of_range": {
        "nl": "Jaar {value} ligt buiten het bereik {min}–{max}.",
        "en": "Year {value} is outside the range {min}–{max}.",
    },
    "beheer.issue.negative_value": {
        "nl": "'{value}' is negatief; dit veld kan niet kleiner dan 0 zijn.",
        "en": "'{value}' is negative; this field cannot be below 0.",
    },
    "beheer.issue.percentage_over_100": {
        "nl": "Percentage {value} is groter dan 100. Controleer of het een percentage is (niet een aantal).",
        "en": "Percentage {value} is above 100. Check that it is a percentage (not a count).",
    },
    "beheer.issue.empty_value": {
        "nl": "Geen waarde ingevuld; wordt opgeslagen als 'geen gegevens'.",
        "en": "No value given; stored as 'no data'.",
    },
    "beheer.issue.unknown_gemeente": {
        "nl": "Onbekende gemeente '{value}'. Bedoelt u {suggestion}?",
        "en": "Unknown municipality '{value}'. Did you mean {suggestion}?",
    },
    "beheer.issue.unknown_gemeente_nosuggestion": {
        "nl": "Onbekende gemeente '{value}'. Gebruik de naam of de CBS-code (GM0153) van een Twentse gemeente.",
        "en": "Unknown municipality '{value}'. Use the name or CBS code (GM0153) of a Twente municipality.",
    },
    "beheer.issue.not_twente_code": {
        "nl": "{cbs_code} is geen van de 14 Twentse gemeenten.",
        "en": "{cbs_code} is not one of the 14 Twente municipalities.",
    },
    "beheer.issue.reference_area_not_allowed": {
        "nl": "'{value}' is geen gemeente; Twente en Nederland kunnen hier niet.",
        "en": "'{value}' is not a municipality; Twente and the Netherlands are not allowed here.",
    },
    "beheer.issue.list_unknown_gemeente": {
        "nl": "Onbekende gemeente '{item}'. Bedoelt u {suggestion}?",
        "en": "Unknown municipality '{item}'. Did you mean {suggestion}?",
    },
    "beheer.issue.list_unknown_gemeente_nosuggestion": {
        "nl": "Onbekende gemeente '{item}'. Gebruik de naam of de CBS-code van een Twentse gemeente.",
        "en": "Unknown municipality '{item}'. Use the name or CBS code of a Twente municipality.",
    },
    "beheer.issue.list_not_twente_code": {
        "nl": "{cbs_code} ('{item}') is geen van de 14 Twentse gemeenten.",
        "en": "{cbs_code} ('{item}') is not one of the 14 Twente municipalities.",
    },
    "beheer.issue.list_reference_area_not_allowed": {
        "nl": "'{item}' is geen gemeente; noem de gemeenten zelf.",
        "en": "'{item}' is not a municipality; name the municipalities themselves.",
    },
    "beheer.issue.unknown_indicator": {
        "nl": "Onbekende indicator '{value}'. Zie het tabblad 'Toegestane waarden'.",
        "en": "Unknown indicator '{value}'. See the sheet 'Toegestane waarden'.",
    },
    "beheer.issue.unknown_group": {
        "nl": "Onbekende groep '{value}'. Gebruik totaal, 12-17, 18-34, 35-64 of 65+.",
        "en": "Unknown group '{value}'. Use totaal, 12-17, 18-34, 35-64 or 65+.",
    },
    "beheer.issue.group_not_for_indicator": {
        "nl": "Groep '{value}' bestaat niet voor deze indicator; mogelijk: {allowed}.",
        "en": "Group '{value}' does not exist for this indicator; possible: {allowed}.",
    },
    "beheer.issue.unknown_value_status": {
        "nl": "Status '{value}' is onbekend; gebruik 'voorlopig' of 'definitief'.",
        "en": "Status '{value}' is unknown; use 'voorlopig' (provisional) or 'definitief' (final).",
    },
    "beheer.issue.unknown_theme": {
        "nl": "'{value}' is geen thema van het cultuurprofiel. Kies een van de drie: {allowed}.",
        "en": "'{value}' is not a theme of the culture profile. Choose one of the three: {allowed}.",
    },
    "beheer.issue.unknown_discipline": {
        "nl": "Onbekende discipline '{value}'. Kies uit: {allowed}.",
        "en": "Unknown discipline '{value}'. Choose from: {allowed}.",
    },
    "beheer.issue.unknown_status": {
        "nl": "Onbekende status '{value}'. Kies uit: {allowed}.",
        "en": "Unknown status '{value}'. Choose from: {allowed}.",
    },
    "beheer.issue.unknown_target_group": {
        "nl": "Onbekende doelgroep '{item}'. Kies uit: {allowed}.",
        "en": "Unknown target group '{item}'. Choose from: {allowed}.",
    },
    "beheer.issue.end_before_start": {
        "nl": "Eindjaar {value} ligt vóór startjaar {start}.",
        "en": "End year {value} is before start year {start}.",
    },
    "beheer.issue.funding_mismatch": {
        "nl": "De financiering telt op tot € {total}, het budget is {value}.",
        "en": "The funding adds up to € {total}, the budget is {value}.",
    },
    "beheer.issue.unknown_partner": {
        "nl": "Partner '{item}' staat niet op het tabblad Partners en ook niet in de database.",
        "en": "Partner '{item}' is neither on the Partners sheet nor in the database.",
    },
    "beheer.issue.unknown_country": {
        "nl": "Land '{value}' is onbekend; gebruik NL of DE.",
        "en": "Country '{value}' is unknown; use NL or DE.",
    },
    "beheer.issue.unknown_kreis": {
        "nl": "Onbekende Kreis '{value}'. Zie het tabblad 'Toegestane waarden'.",
        "en": "Unknown Kreis '{value}'. See the sheet 'Toegestane waarden'.",
    },
    "beheer.issue.german_partner_without_place": {
        "nl": "Duitse partner zonder plaats. Vul de plaats in; die is nodig voor de kaart van grensoverschrijdende samenwerking.",
        "en": "German partner without a place. Fill in the place; the cross-border map needs it.",
    },
    "beheer.issue.unknown_german_place": {
        "nl": "Duitse plaats '{value}' is onbekend. Vul de kolom 'kreis' in (een van: {kreise}).",
        "en": "German place '{value}' is unknown. Fill in the column 'kreis' (one of: {kreise}).",
    },
    "beheer.issue.coordinate_out_of_range": {
        "nl": "Coördinaat {value} ligt niet in de regio (tussen {min} en {max}).",
        "en": "Coordinate {value} is not in the region (between {min} and {max}).",
    },
    "beheer.issue.duplicate_key": {
        "nl": "Deze rij komt dubbel voor; dezelfde sleutel staat al in {first}.",
        "en": "This row is a duplicate; the same key is already in {first}.",
    },
    # --- Whole files that cannot be read
    "beheer.issue.file_empty": {"nl": "Het bestand is leeg.", "en": "The file is empty."},
    "beheer.issue.file_binary": {
        "nl": "Dit is geen tekstbestand (CSV). Sla het op als CSV of XLSX en probeer opnieuw.",
        "en": "This is not a text (CSV) file. Save it as CSV or XLSX and try again.",
    },
    "beheer.issue.file_encoding": {
        "nl": "De tekens in dit bestand zijn niet te lezen. Sla het op als 'CSV UTF-8'.",
        "en": "The characters in this file cannot be read. Save it as 'CSV UTF-8'.",
    },
    "beheer.issue.file_too_large": {
        "nl": "Het bestand is groter dan {limit_mb} MB en wordt niet ingelezen. Splits het bestand.",
        "en": "The file is larger than {limit_mb} MB and is not read. Split the file.",
    },
    "beheer.issue.file_too_many_rows": {
        "nl": "Het bestand heeft meer dan {limit} rijen. Splits het bestand.",
        "en": "The file has more than {limit} rows. Split the file.",
    },
    "beheer.issue.csv_unreadable": {
        "nl": "Het CSV-bestand is niet te lezen ({detail}).",
        "en": "The CSV file cannot be read ({detail}).",
    },
    "beheer.issue.no_header": {
        "nl": "Geen kopregel met bekende kolommen gevonden. Verwacht (verplicht): {expected}. Gebruik een sjabloon.",
        "en": "No header row with known columns found. Expected (required): {expected}. Use a template.",
    },
    "beheer.issue.xlsx_unreadable": {
        "nl": "Het Excelbestand is beschadigd of onvolledig. Sla het opnieuw op in Excel en probeer opnieuw.",
        "en": "The Excel file is damaged or incomplete. Save it again in Excel and try again.",
    },
    "beheer.issue.xls_old_format": {
        "nl": "Dit is het oude Excelformaat (.xls). Sla het op als Excel-werkmap (.xlsx).",
        "en": "This is the old Excel format (.xls). Save it as an Excel workbook (.xlsx).",
    },
    "beheer.issue.xlsx_formulas": {
        "nl": "Cellen met een formule zonder berekende waarde: {cells}. Open en bewaar het bestand in Excel, of plak de cellen als waarden.",
        "en": "Cells with a formula but no computed value: {cells}. Open and save the file in Excel, or paste the cells as values.",
    },
    "beheer.issue.no_known_sheet": {
        "nl": "Geen tabblad met bekende kolommen gevonden (tabbladen: {sheets}). Verwacht (verplicht): {expected}.",
        "en": "No sheet with known columns found (sheets: {sheets}). Expected (required): {expected}.",
    },
    "beheer.issue.no_files": {"nl": "Er is geen bestand gekozen.", "en": "No file was chosen."},
    "beheer.severity.error": {"nl": "fout", "en": "error"},
    "beheer.severity.warning": {"nl": "waarschuwing", "en": "warning"},
    "beheer.report.row": {"nl": "rij", "en": "row"},
    "beheer.report.column": {"nl": "kolom", "en": "column"},
    "beheer.report.summary": {
        "nl": "{rows} rijen gelezen: {errors} fouten, {warnings} waarschuwingen.",
        "en": "{rows} rows read: {errors} errors, {warnings} warnings.",
    },
    # --- Template explanations (sheet 'Toelichting')
    "beheer.tpl.sheet": {"nl": "Tabblad", "en": "Sheet"},
    "beheer.tpl.column": {"nl": "Kolom", "en": "Column"},
    "beheer.tpl.required": {"nl": "Verplicht", "en": "Required"},
    "beheer.tpl.explanation": {"nl": "Uitleg", "en": "Explanation"},
    "beheer.tpl.list": {"nl": "Lijst", "en": "List"},
    "beheer.tpl.code": {"nl": "Code", "en": "Code"},
    "beheer.tpl.name": {"nl": "Naam", "en": "Name"},
    "beheer.tpl.name_en": {"nl": "Naam (Engels)", "en": "Name (English)"},
    "beheer.tpl.yes": {"nl": "ja", "en": "yes"},
    "beheer.tpl.no": {"nl": "nee", "en": "no"},
    "beheer.tpl.list.gemeente": {"nl": "Gemeenten", "en": "Municipalities"},
    "beheer.tpl.list.thema": {"nl": "Thema's", "en": "Themes"},
    "beheer.tpl.list.discipline": {"nl": "Disciplines", "en": "Disciplines"},
    "beheer.tpl.list.doelgroep": {"nl": "Doelgroepen", "en": "Target groups"},
    "beheer.tpl.list.status": {"nl": "Statussen", "en": "Statuses"},
    "beheer.tpl.list.indicator": {"nl": "Indicatoren", "en": "Indicators"},
    "beheer.tpl.list.groep": {"nl": "Groepen", "en": "Groups"},
    "beheer.tpl.list.financiering": {"nl": "Financieringsbronnen", "en": "Funding sources"},
    "beheer.tpl.list.kreis": {"nl": "Kreise (Duitsland)", "en": "Kreise (Germany)"},
    "beheer.tpl.list.plaats": {"nl": "Bekende Duitse plaatsen", "en": "Known German places"},
    "beheer.tpl.general": {
        "nl": "Algemeen: de eerste rij met kolomnamen is de kopregel (een titelregel erboven mag). Hoofdletters in kolomnamen maken niet uit. Getallen mogen als 1.234,5 of 1234.5, bedragen met €, jaren als 2023 of als datum (31-12-2023). Gemeenten mogen als naam of CBS-code. Lijsten in één cel scheidt u met komma's.",
        "en": "General: the first row with column names is the header (a title row above it is fine). Case in column names does not matter. Numbers may be written 1.234,5 or 1234.5, amounts with €, years as 2023 or as a date (31-12-2023). Municipalities may be given by name or CBS code. Separate lists in one cell with commas.",
    },
    "beheer.col.indicatorwaarden.gemeente": {
        "nl": "Gemeente: naam ('Hof van Twente') of CBS-code ('GM1735' of '1735'). Ook 'Twente' en 'Nederland' voor de vergelijkingscijfers.",
        "en": "Municipality: name ('Hof van Twente') or CBS code ('GM1735' or '1735'). Also 'Twente' and 'Nederland' for the comparison figures.",
    },
    "beheer.col.indicatorwaarden.jaar": {
        "nl": "Jaar van de meting (2023) of een datum in dat jaar.",
        "en": "Year of the measurement (2023) or a date in that year.",
    },
    "beheer.col.indicatorwaarden.indicator": {
        "nl": "Code of naam van de indicator (zie Toegestane waarden).",
        "en": "Code or name of the indicator (see Toegestane waarden).",
    },
    "beheer.col.indicatorwaarden.groep": {
        "nl": "Leeftijdsgroep; leeg betekent 'totaal'.",
        "en": "Age group; empty means 'totaal' (total).",
    },
    "beheer.col.indicatorwaarden.waarde": {
        "nl": "De waarde in de eenheid van de indicator (percentage 0-100, euro per inwoner, km). Leeg = geen gegevens.",
        "en": "The value in the indicator's unit (percentage 0-100, euros per resident, km). Empty = no data.",
    },
    "beheer.col.indicatorwaarden.bron": {
        "nl": "Bron van het cijfer, bijv. 'GGD Gezondheidsmonitor 2022'.",
        "en": "Source of the figure, e.g. 'GGD Gezondheidsmonitor 2022'.",
    },
    "beheer.col.indicatorwaarden.status": {
        "nl": "'voorlopig' of 'definitief'; leeg betekent definitief.",
        "en": "'voorlopig' (provisional) or 'definitief' (final); empty means final.",
    },
    "beheer.col.initiatieven.id": {
        "nl": "Vaste, unieke code van het initiatief (bijv. ENS-2024-001). Dezelfde code later opnieuw importeren werkt het initiatief bij.",
        "en": "Fixed, unique code of the initiative (e.g. ENS-2024-001). Importing the same code again updates the initiative.",
    },
    "beheer.col.initiatieven.naam": {"nl": "Naam van het initiatief.", "en": "Name of the initiative."},
    "beheer.col.initiatieven.omschrijving": {"nl": "Korte omschrijving.", "en": "Short description."},
    "beheer.col.initiatieven.organisatie": {
        "nl": "Organisatie die het initiatief trekt.",
        "en": "Organisation leading the initiative.",
    },
    "beheer.col.initiatieven.thema": {
        "nl": "Een van de drie thema's van het cultuurprofiel: Tijd en ruimte, Traditie en innovatie, Grenzeloos Twente.",
        "en": "One of the three themes of the culture profile: Tijd en ruimte, Traditie en innovatie, Grenzeloos Twente.",
    },
    "beheer.col.initiatieven.discipline": {
        "nl": "Discipline (zie Toegestane waarden).",
        "en": "Discipline (see Toegestane waarden).",
    },
    "beheer.col.initiatieven.status": {
        "nl": "Gepland, Lopend of Afgerond.",
        "en": "Gepland (planned), Lopend (running) or Afgerond (completed).",
    },
    "beheer.col.initiatieven.startjaar": {
        "nl": "Jaar waarin het initiatief begint (of de startdatum).",
        "en": "Year in which the initiative starts (or the start date).",
    },
    "beheer.col.initiatieven.eindjaar": {
        "nl": "Jaar waarin het eindigt (of de einddatum); niet vóór het startjaar.",
        "en": "Year in which it ends (or the end date); not before the start year.",
    },
    "beheer.col.initiatieven.budget": {
        "nl": "Totaal budget in euro's over de hele looptijd.",
        "en": "Total budget in euros over the whole period.",
    },
    "beheer.col.initiatieven.bereik": {
        "nl": "Aantal deelnemers of bezoekers over de hele looptijd.",
        "en": "Number of participants or visitors over the whole period.",
    },
    "beheer.col.initiatieven.gemeenten": {
        "nl": "Gemeenten waar het initiatief plaatsvindt, gescheiden door komma's.",
        "en": "Municipalities where the initiative takes place, separated by commas.",
    },
    "beheer.col.initiatieven.doelgroepen": {
        "nl": "Doelgroepen, gescheiden door komma's.",
        "en": "Target groups, separated by commas.",
    },
    "beheer.col.initiatieven.partners": {
        "nl": "Codes (id) van de partners van het tabblad Partners, gescheiden door komma's.",
        "en": "Codes (id) of the partners on the Partners sheet, separated by commas.",
    },
    "beheer.col.initiatieven.financiering": {
        "nl": "Bijdrage in euro's van: {source}. Leeg als deze bron niet bijdraagt.",
        "en": "Contribution in euros from: {source}. Empty if this source does not contribute.",
    },
    "beheer.col.partners.id": {
        "nl": "Vaste, unieke code van de partner; gebruik die in de kolom 'partners' van Initiatieven.",
        "en": "Fixed, unique code of the partner; use it in the column 'partners' of Initiatieven.",
    },
    "beheer.col.partners.naam": {"nl": "Naam van de organisatie.", "en": "Name of the organisation."},
    "beheer.col.partners.land": {"nl": "NL of DE.", "en": "NL or DE."},
    "beheer.col.partners.plaats": {
        "nl": "Plaats van vestiging; verplicht, ook voor Duitse partners.",
        "en": "Place of business; required, also for German partners.",
    },
    "beheer.col.partners.kreis": {
        "nl": "Alleen voor Duitse partners buiten de bekende plaatsen: de Kreis (zie Toegestane waarden).",
        "en": "Only for German partners outside the known places: the Kreis (see Toegestane waarden).",
    },
    "beheer.col.partners.lat": {
        "nl": "Breedtegraad (optioneel; voor bekende Duitse plaatsen automatisch).",
        "en": "Latitude (optional; automatic for known German places).",
    },
    "beheer.col.partners.lon": {
        "nl": "Lengtegraad (optioneel; voor bekende Duitse plaatsen automatisch).",
        "en": "Longitude (optional; automatic for known German places).",
    },
    # --- The page
    "beheer.intro": {
        "nl": "Hier leest u cijfers en initiatieven van gemeenten, provincie en partners in. Download een sjabloon, vul het in Excel in en upload het. Eerst ziet u wat er mis is en wat er verandert; pas na uw bevestiging wordt er iets opgeslagen, en elke import kan ongedaan worden gemaakt.",
        "en": "Here you load figures and initiatives from municipalities, province and partners. Download a template, fill it in with Excel and upload it. You first see what is wrong and what will change; nothing is stored until you confirm, and every import can be undone.",
    },
    "beheer.auth.not_configured": {
        "nl": "Data beheer is alleen voor bevoegde gebruikers en is nog niet ingesteld. Zo zet u het aan: kopieer `.streamlit/secrets.toml.example` naar `.streamlit/secrets.toml` en vul onder `[data_beheer]` een wachtwoord-hash in (`password_hash`), of stel onder `[auth]` een OIDC-login in. Start de app daarna opnieuw. De andere pagina's blijven openbaar.",
        "en": "Data management is for authorised users only and has not been set up yet. To enable it: copy `.streamlit/secrets.toml.example` to `.streamlit/secrets.toml` and fill in a password hash (`password_hash`) under `[data_beheer]`, or configure an OIDC login under `[auth]`. Then restart the app. The other pages stay public.",
    },
    "beheer.auth.password": {"nl": "Wachtwoord", "en": "Password"},
    "beheer.auth.name": {
        "nl": "Uw naam (voor het importlogboek, optioneel)",
        "en": "Your name (for the import log, optional)",
    },
    "beheer.auth.submit": {"nl": "Inloggen", "en": "Log in"},
    "beheer.auth.wrong": {"nl": "Dit wachtwoord klopt niet.", "en": "This password is not correct."},
    "beheer.auth.oidc": {
        "nl": "Inloggen met uw organisatieaccount",
        "en": "Log in with your organisation account",
    },
    "beheer.auth.not_allowed": {
        "nl": "U bent ingelogd als {user}, maar dit account heeft geen toegang tot Data beheer.",
        "en": "You are logged in as {user}, but this account has no access to data management.",
    },
    "beheer.auth.logged_in": {"nl": "Ingelogd als {user}.", "en": "Logged in as {user}."},
    "beheer.auth.logout": {"nl": "Uitloggen", "en": "Log out"},
    "beheer.source.title": {"nl": "Welke gegevens toont de app?", "en": "Which data does the app show?"},
    "beheer.source.imported": {
        "nl": "De app toont nu de geïmporteerde gegevens. Met de schakelaar in de zijbalk wisselt u naar de demodata.",
        "en": "The app now shows the imported data. Use the switch in the sidebar to change to the demo data.",
    },
    "beheer.source.demo_available": {
        "nl": "De app toont nu de demodata. Met de schakelaar in de zijbalk wisselt u naar de geïmporteerde gegevens.",
        "en": "The app now shows the demo data. Use the switch in the sidebar to change to the imported data.",
    },
    "beheer.source.demo_only": {
        "nl": "Er zijn nog geen gegevens geïmporteerd; de app toont de demodata. Na de eerste import toont de app de geïmporteerde gegevens.",
        "en": "No data has been imported yet; the app shows the demo data. After the first import the app shows the imported data.",
    },
    "beheer.templates.title": {"nl": "1. Sjablonen", "en": "1. Templates"},
    "beheer.templates.intro": {
        "nl": "Elk Excelsjabloon heeft een tabblad 'Toelichting' met de uitleg per kolom en een tabblad 'Toegestane waarden'.",
        "en": "Every Excel template has a sheet 'Toelichting' explaining each column and a sheet 'Toegestane waarden' with the allowed values.",
    },
    "beheer.templates.indicators_xlsx": {"nl": "Indicatorwaarden (Excel)", "en": "Indicator values (Excel)"},
    "beheer.templates.indicators_csv": {"nl": "Indicatorwaarden (CSV)", "en": "Indicator values (CSV)"},
    "beheer.templates.initiatives_xlsx": {
        "nl": "Initiatieven en partners (Excel)",
        "en": "Initiatives and partners (Excel)",
    },
    "beheer.templates.initiatives_csv": {
        "nl": "Initiatieven en partners (CSV, zip)",
        "en": "Initiatives and partners (CSV, zip)",
    },
    "beheer.templates.export": {
        "nl": "Huidige gegevens als Excel (om aan te vullen)",
        "en": "Current data as Excel (to extend)",
    },
    "beheer.upload.title": {"nl": "2. Bestand uploaden en controleren", "en": "2. Upload and check a file"},
    "beheer.upload.label": {"nl": "CSV- of Excelbestand(en)", "en": "CSV or Excel file(s)"},
    "beheer.upload.help": {
        "nl": "Maximaal {limit_mb} MB per bestand. U kunt meerdere bestanden tegelijk kiezen (bijv. initiatieven.csv en partners.csv).",
        "en": "At most {limit_mb} MB per file. You can choose several files at once (e.g. initiatieven.csv and partners.csv).",
    },
    "beheer.upload.too_large": {
        "nl": "{name} is groter dan {limit_mb} MB en is geweigerd. Splits het bestand of vraag de beheerder de limiet te verhogen.",
        "en": "{name} is larger than {limit_mb} MB and was refused. Split the file or ask the administrator to raise the limit.",
    },
    "beheer.report.title": {"nl": "Controle", "en": "Check"},
    "beheer.report.errors": {
        "nl": "{count} fout(en) gevonden. Er is niets opgeslagen. Pas het bestand aan en upload het opnieuw.",
        "en": "{count} error(s) found. Nothing has been stored. Correct the file and upload it again.",
    },
    "beheer.report.warnings": {
        "nl": "{count} waarschuwing(en). U kunt toch importeren als u ze hebt bekeken.",
        "en": "{count} warning(s). You can still import once you have looked at them.",
    },
    "beheer.report.clean": {
        "nl": "Geen fouten gevonden in {rows} rijen.",
        "en": "No errors found in {rows} rows.",
    },
    "beheer.col.severity": {"nl": "Ernst", "en": "Severity"},
    "beheer.col.file": {"nl": "Bestand", "en": "File"},
    "beheer.col.row": {"nl": "Rij", "en": "Row"},
    "beheer.col.column": {"nl": "Kolom", "en": "Column"},
    "beheer.col.value": {"nl": "Gevonden waarde", "en": "Value found"},
    "beheer.col.explanation": {"nl": "Toelichting", "en": "Explanation"},
    "beheer.preview.title": {"nl": "3. Wat verandert er?", "en": "3. What will change?"},
    "beheer.preview.table": {"nl": "Tabel", "en": "Table"},
    "beheer.preview.new": {"nl": "Nieuw", "en": "New"},
    "beheer.preview.updated": {"nl": "Gewijzigd", "en": "Updated"},
    "beheer.preview.unchanged": {"nl": "Ongewijzigd", "en": "Unchanged"},
    "beheer.preview.removed": {"nl": "Vervangen/verwijderd", "en": "Replaced/removed"},
    "beheer.preview.nothing": {
        "nl": "Deze gegevens staan er al precies zo in; importeren verandert niets.",
        "en": "This data is already stored exactly like this; importing changes nothing.",
    },
    "beheer.preview.accept_warnings": {
        "nl": "Ik heb de waarschuwingen bekeken en wil toch importeren",
        "en": "I have looked at the warnings and want to import anyway",
    },
    "beheer.preview.commit": {"nl": "Importeren", "en": "Import"},
    "beheer.commit.done": {
        "nl": "Import {number} is opgeslagen: {rows} rijen uit {files}. De app toont nu de geïmporteerde gegevens.",
        "en": "Import {number} has been stored: {rows} rows from {files}. The app now shows the imported data.",
    },
    "beheer.commit.failed": {
        "nl": "De import is mislukt en er is niets opgeslagen: {error}",
        "en": "The import failed and nothing has been stored: {error}",
    },
    "beheer.log.title": {"nl": "4. Importlogboek", "en": "4. Import log"},
    "beheer.log.empty": {"nl": "Nog geen imports.", "en": "No imports yet."},
    "beheer.log.undo": {
        "nl": "Laatste import ongedaan maken (nr. {number})",
        "en": "Undo the last import (no. {number})",
    },
    "beheer.log.undone": {
        "nl": "Import {number} is ongedaan gemaakt; de gegevens zijn weer zoals ervoor.",
        "en": "Import {number} has been undone; the data is back as it was before.",
    },
    "beheer.log.col.id": {"nl": "Nr.", "en": "No."},
    "beheer.log.col.when": {"nl": "Tijdstip", "en": "When"},
    "beheer.log.col.files": {"nl": "Bestand(en)", "en": "File(s)"},
    "beheer.log.col.sha": {"nl": "Controlegetal (SHA-256)", "en": "Checksum (SHA-256)"},
    "beheer.log.col.rows": {"nl": "Rijen", "en": "Rows"},
    "beheer.log.col.user": {"nl": "Door", "en": "By"},
    "beheer.log.col.undone": {"nl": "Ongedaan gemaakt", "en": "Undone"},
    "sidebar.imported_data": {
        "nl": "Geïmporteerde gegevens tonen",
        "en": "Show imported data",
        "de": "Importierte Daten anzeigen",
    },
    "sidebar.imported_data_help": {
        "nl": "Uit: de app toont de fictieve demodata.",
        "en": "Off: the app shows the fictional demo data.",
        "de": "Aus: die App zeigt die fiktiven Demodaten.",
    },
}
