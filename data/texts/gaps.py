"""Texts for what a store does not hold yet, and how to get it in."""

TEXTS: dict[str, dict[str, str]] = {
    "gaps.initiatives": {
        "nl": "De gegevens die nu getoond worden bevatten nog geen initiatieven, dus deze pagina heeft niets om te laten zien (er worden geen demodata ingevuld). Importeer de initiatieven in Data beheer met het sjabloon 'Initiatieven' (Excel of CSV, met de partners op een eigen blad).",
        "en": "The data shown now holds no initiatives yet, so this page has nothing to show (no demo data is filled in). Import the initiatives in Data management with the 'Initiatives' template (Excel or CSV, with the partners on a sheet of their own).",
        "de": "Die angezeigten Daten enthalten noch keine Initiativen, daher zeigt diese Seite nichts (es werden keine Demodaten eingesetzt). Importieren Sie die Initiativen in der Datenverwaltung mit der Vorlage 'Initiativen' (Excel oder CSV, die Partner auf einem eigenen Blatt).",
    },
    "gaps.indicator": {
        "nl": "Voor {indicator} zijn nog geen cijfers opgeslagen.",
        "en": "No figures are stored for {indicator} yet.",
        "de": "Für {indicator} sind noch keine Zahlen gespeichert.",
    },
    "gaps.indicator.cbs": {
        "nl": "CBS publiceert ze per gemeente: haal ze op in Data beheer ('Cijfers ophalen bij CBS') of met python -m data.cbs.",
        "en": "CBS publishes them per municipality: fetch them in Data management ('Fetch figures from CBS') or with python -m data.cbs.",
        "de": "CBS veröffentlicht sie je Gemeinde: Abruf in der Datenverwaltung ('Zahlen bei CBS abrufen') oder mit python -m data.cbs.",
    },
    "gaps.indicator.import": {
        "nl": "Importeer ze in Data beheer met het sjabloon 'Indicatorwaarden'.",
        "en": "Import them in Data management with the 'Indicator values' template.",
        "de": "Importieren Sie sie in der Datenverwaltung mit der Vorlage 'Indikatorwerte'.",
    },
    "gaps.to_data_beheer": {
        "nl": "Naar Data beheer",
        "en": "Go to Data management",
        "de": "Zur Datenverwaltung",
    },
    "gaps.source": {
        "nl": "Bron van deze cijfers: {sources}.",
        "en": "Source of these figures: {sources}.",
        "de": "Quelle dieser Zahlen: {sources}.",
    },
}
