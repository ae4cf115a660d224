"""Texts of the CBS StatLine connector (``data.cbs``): sources, its report and its errors."""

TEXTS: dict[str, dict[str, str]] = {
    # --- The source named with every fetched value (stored in ``bron``)
    "cbs.bron": {
        "nl": "CBS StatLine {table} (opgehaald {date})",
        "en": "CBS StatLine {table} (retrieved {date})",
        "de": "CBS StatLine {table} (abgerufen {date})",
    },
    "cbs.bron.iv3": {
        "nl": "CBS Iv3 {table}, jaarrekening {year}, per inwoner volgens CBS StatLine {population_table} (opgehaald {date})",
        "en": "CBS Iv3 {table}, annual accounts {year}, per resident according to CBS StatLine {population_table} (retrieved {date})",
        "de": "CBS Iv3 {table}, Jahresrechnung {year}, je Einwohner nach CBS StatLine {population_table} (abgerufen {date})",
    },
    # --- What was fetched, per table (dry run and the log)
    "cbs.subject.nabijheid": {
        "nl": "nabijheid voorzieningen",
        "en": "proximity of facilities",
        "de": "Nähe von Einrichtungen",
    },
    "cbs.subject.inwoners": {"nl": "inwoners", "en": "inhabitants", "de": "Einwohner"},
    "cbs.subject.iv3": {
        "nl": "gemeentelijke cultuuruitgaven (Iv3)",
        "en": "municipal culture spending (Iv3)",
        "de": "kommunale Kulturausgaben (Iv3)",
    },
    "cbs.report.title": {
        "nl": "Opgehaald bij CBS op {date}:",
        "en": "Retrieved from CBS on {date}:",
        "de": "Bei CBS abgerufen am {date}:",
    },
    "cbs.report.table": {
        "nl": "{table} ({subject}): {cbs_rows} rijen van CBS, jaren {years}",
        "en": "{table} ({subject}): {cbs_rows} rows from CBS, years {years}",
        "de": "{table} ({subject}): {cbs_rows} Zeilen von CBS, Jahre {years}",
    },
    "cbs.report.rows": {
        "nl": "    {name}: {rows} rijen te importeren ({empty} zonder waarde), kolom {column}",
        "en": "    {name}: {rows} rows to import ({empty} without a value), column {column}",
        "de": "    {name}: {rows} Zeilen zum Import ({empty} ohne Wert), Spalte {column}",
    },
    "cbs.report.not_found": {
        "nl": "{table} ({subject}): niet gevonden bij CBS (nog niet gepubliceerd?), overgeslagen",
        "en": "{table} ({subject}): not found at CBS (not published yet?), skipped",
        "de": "{table} ({subject}): bei CBS nicht gefunden (noch nicht veröffentlicht?), übersprungen",
    },
    "cbs.report.no_rows": {
        "nl": "{table} ({subject}): geen cijfers voor de Twentse gemeenten, overgeslagen",
        "en": "{table} ({subject}): no figures for the Twente municipalities, skipped",
        "de": "{table} ({subject}): keine Zahlen für die Twenter Gemeinden, übersprungen",
    },
    "cbs.report.superseded": {
        "nl": "    {rows} rijen niet gebruikt: een eerdere tabel in de reeks heeft die jaren al",
        "en": "    {rows} rows not used: an earlier table of the series already has those years",
        "de": "    {rows} Zeilen nicht verwendet: eine frühere Tabelle der Reihe hat diese Jahre schon",
    },
    # --- Command line
    "cbs.cli.fetching": {
        "nl": "CBS-cijfers ophalen bij {url} …",
        "en": "Fetching CBS figures from {url} …",
        "de": "CBS-Zahlen werden von {url} abgerufen …",
    },
    "cbs.cli.demo_store": {
        "nl": "{db} bevat demodata; importeer in een eigen database (--db).",
        "en": "{db} holds demo data; import into a database of its own (--db).",
        "de": "{db} enthält Demodaten; importieren Sie in eine eigene Datenbank (--db).",
    },
    "cbs.cli.errors": {
        "nl": "Niets opgeslagen: de CBS-cijfers bevatten fouten (zie hierboven).",
        "en": "Nothing stored: the CBS figures contain errors (see above).",
        "de": "Nichts gespeichert: die CBS-Zahlen enthalten Fehler (siehe oben).",
    },
    "cbs.cli.dry_run": {
        "nl": "Proefimport (--dry-run): niets opgeslagen.",
        "en": "Trial import (--dry-run): nothing stored.",
        "de": "Probeimport (--dry-run): nichts gespeichert.",
    },
    "cbs.cli.saved": {
        "nl": "Import {import_id} opgeslagen in {db}.",
        "en": "Import {import_id} stored in {db}.",
        "de": "Import {import_id} in {db} gespeichert.",
    },
    # --- Errors: each is followed by cbs.error.nothing_changed
    "cbs.error.nothing_changed": {
        "nl": "Er is niets gewijzigd.",
        "en": "Nothing has been changed.",
        "de": "Es wurde nichts geändert.",
    },
    "cbs.error.refused": {
        "nl": "CBS is niet bereikbaar op {url}: de verbinding werd geweigerd.",
        "en": "CBS cannot be reached at {url}: the connection was refused.",
        "de": "CBS ist unter {url} nicht erreichbar: die Verbindung wurde abgelehnt.",
    },
    "cbs.error.dns": {
        "nl": "De server van CBS ({host}) is niet gevonden. Is er een internetverbinding?",
        "en": "The CBS server ({host}) was not found. Is there an internet connection?",
        "de": "Der CBS-Server ({host}) wurde nicht gefunden. Besteht eine Internetverbindung?",
    },
    "cbs.error.timeout": {
        "nl": "CBS gaf binnen {seconds} seconden geen antwoord op {url}.",
        "en": "CBS did not answer {url} within {seconds} seconds.",
        "de": "CBS hat auf {url} nicht innerhalb von {seconds} Sekunden geantwortet.",
    },
    "cbs.error.network": {
        "nl": "Het ophalen bij CBS is mislukt ({url}): {detail}.",
        "en": "Fetching from CBS failed ({url}): {detail}.",
        "de": "Der Abruf bei CBS ist fehlgeschlagen ({url}): {detail}.",
    },
    "cbs.error.http": {
        "nl": "CBS antwoordde met foutcode {status} op {url}.",
        "en": "CBS answered {url} with error code {status}.",
        "de": "CBS hat auf {url} mit dem Fehlercode {status} geantwortet.",
    },
    "cbs.error.invalid_json": {
        "nl": "Het antwoord van CBS op {url} is geen leesbare JSON.",
        "en": "The CBS answer to {url} is not readable JSON.",
        "de": "Die Antwort von CBS auf {url} ist kein lesbares JSON.",
    },
    "cbs.error.unexpected_shape": {
        "nl": "Het antwoord van CBS op {url} heeft niet de verwachte vorm ({detail}).",
        "en": "The CBS answer to {url} does not have the expected shape ({detail}).",
        "de": "Die Antwort von CBS auf {url} hat nicht die erwartete Form ({detail}).",
    },
    "cbs.error.bad_value": {
        "nl": "Tabel {table}, kolom {column}: '{value}' is geen getal.",
        "en": "Table {table}, column {column}: '{value}' is not a number.",
        "de": "Tabelle {table}, Spalte {column}: '{value}' ist keine Zahl.",
    },
    "cbs.error.missing_columns": {
        "nl": "Tabel {table} van CBS mist de verwachte kolom(men) {columns}; misschien is de tabel veranderd.",
        "en": "CBS table {table} lacks the expected column(s) {columns}; perhaps the table has changed.",
        "de": "Der CBS-Tabelle {table} fehlen die erwarteten Spalten {columns}; vielleicht hat sich die Tabelle geändert.",
    },
    "cbs.error.wrong_period": {
        "nl": "Tabel {table} beschrijft {found}, niet het verwachte jaar {expected}.",
        "en": "Table {table} describes {found}, not the expected year {expected}.",
        "de": "Tabelle {table} beschreibt {found}, nicht das erwartete Jahr {expected}.",
    },
    "cbs.error.foreign_link": {
        "nl": "CBS verwees naar een andere server ({host}); die wordt niet gevolgd.",
        "en": "CBS pointed to another server ({host}); it is not followed.",
        "de": "CBS verwies auf einen anderen Server ({host}); dem wird nicht gefolgt.",
    },
    "cbs.error.link_loop": {
        "nl": "CBS verwees voor tabel {table} steeds naar dezelfde pagina.",
        "en": "CBS kept pointing to the same page for table {table}.",
        "de": "CBS verwies für Tabelle {table} immer wieder auf dieselbe Seite.",
    },
    "cbs.error.too_many_pages": {
        "nl": "Tabel {table} telt meer dan {limit} pagina's; het ophalen is afgebroken.",
        "en": "Table {table} has more than {limit} pages; fetching was stopped.",
        "de": "Tabelle {table} hat mehr als {limit} Seiten; der Abruf wurde abgebrochen.",
    },
    "cbs.error.too_many_rows": {
        "nl": "Tabel {table} telt meer dan {limit} rijen; het ophalen is afgebroken.",
        "en": "Table {table} has more than {limit} rows; fetching was stopped.",
        "de": "Tabelle {table} hat mehr als {limit} Zeilen; der Abruf wurde abgebrochen.",
    },
    "cbs.error.too_large": {
        "nl": "Het antwoord van CBS op {url} is groter dan {limit}; het ophalen is afgebroken.",
        "en": "The CBS answer to {url} is larger than {limit}; fetching was stopped.",
        "de": "Die Antwort von CBS auf {url} ist größer als {limit}; der Abruf wurde abgebrochen.",
    },
    "cbs.error.no_data": {
        "nl": "CBS leverde geen enkel cijfer voor de Twentse gemeenten.",
        "en": "CBS supplied no figure at all for the Twente municipalities.",
        "de": "CBS lieferte keine einzige Zahl für die Twenter Gemeinden.",
    },
    "cbs.error.bad_url": {
        "nl": "'{url}' is geen bruikbaar adres voor CBS (verwacht: http:// of https://).",
        "en": "'{url}' is not a usable address for CBS (expected: http:// or https://).",
        "de": "'{url}' ist keine brauchbare Adresse für CBS (erwartet: http:// oder https://).",
    },
}
