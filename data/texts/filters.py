"""Texts of the shared initiative filters."""

TEXTS: dict[str, dict[str, str]] = {
    # Placeholders of every selectbox and multiselect (Streamlit's own are English only).
    "common.placeholder.choose": {"nl": "Kies een optie", "en": "Choose an option", "de": "Bitte wählen"},
    "common.placeholder.choose_many": {
        "nl": "Kies een of meer opties",
        "en": "Choose one or more options",
        "de": "Eine oder mehrere Optionen wählen",
    },
    "filter.years": {"nl": "Jaren", "en": "Years", "de": "Jahre"},
    "filter.thema": {"nl": "Thema", "en": "Theme", "de": "Thema"},
    "filter.discipline": {"nl": "Discipline", "en": "Discipline", "de": "Sparte"},
    "filter.status": {"nl": "Status", "en": "Status", "de": "Status"},
    "filter.doelgroep": {"nl": "Doelgroep", "en": "Target group", "de": "Zielgruppe"},
    "filter.financiering": {"nl": "Financieringsbron", "en": "Funding source", "de": "Finanzierung"},
    "filter.gemeente": {"nl": "Gemeente", "en": "Municipality", "de": "Gemeinde"},
    "filter.grens": {"nl": "Grensoverschrijdend", "en": "Cross-border", "de": "Grenzüberschreitend"},
    "filter.grens.alle": {"nl": "Alle initiatieven", "en": "All initiatives", "de": "Alle Initiativen"},
    "filter.grens.ja": {
        "nl": "Alleen met Duitse partner",
        "en": "Only with a German partner",
        "de": "Nur mit deutschem Partner",
    },
    "filter.grens.nee": {
        "nl": "Alleen zonder Duitse partner",
        "en": "Only without a German partner",
        "de": "Nur ohne deutschen Partner",
    },
    "filter.all": {"nl": "Alle", "en": "All", "de": "Alle"},
    "filter.zoek": {"nl": "Zoeken", "en": "Search", "de": "Suchen"},
    "filter.zoek.hint": {
        "nl": "Naam, omschrijving of organisatie",
        "en": "Name, description or organisation",
        "de": "Name, Beschreibung oder Organisation",
    },
}
