"""Texts of the Kaart and Gemeenteprofiel pages."""

TEXTS: dict[str, dict[str, str]] = {
    # Kaart
    "kaart.title": {
        "nl": "Indicatoren op de kaart",
        "en": "Indicators on the map",
        "de": "Indikatoren auf der Karte",
    },
    "kaart.indicator": {"nl": "Indicator", "en": "Indicator", "de": "Indikator"},
    "kaart.group": {"nl": "Groep", "en": "Group", "de": "Gruppe"},
    "kaart.mode": {"nl": "Weergave", "en": "View", "de": "Ansicht"},
    "kaart.mode.waarde": {"nl": "Waarde in één jaar", "en": "Value in one year", "de": "Wert in einem Jahr"},
    "kaart.mode.verandering": {
        "nl": "Verandering tussen twee jaren",
        "en": "Change between two years",
        "de": "Veränderung zwischen zwei Jahren",
    },
    "kaart.year": {"nl": "Jaar", "en": "Year", "de": "Jahr"},
    "kaart.years_change": {"nl": "Van en tot", "en": "From and to", "de": "Von und bis"},
    "kaart.one_year_only": {
        "nl": "Deze indicator heeft maar één jaar met cijfers; verandering kan niet berekend worden.",
        "en": "This indicator has only one year of figures; change cannot be computed.",
        "de": "Dieser Indikator hat nur ein Jahr mit Zahlen; eine Veränderung lässt sich nicht berechnen.",
    },
    "kaart.map_heading": {
        "nl": "{indicator} in {year}",
        "en": "{indicator} in {year}",
        "de": "{indicator} im Jahr {year}",
    },
    "kaart.change_heading": {
        "nl": "{indicator}: verandering {start}–{end}",
        "en": "{indicator}: change {start}–{end}",
        "de": "{indicator}: Veränderung {start}–{end}",
    },
    "kaart.legend_better": {
        "nl": "Donkerder is gunstiger ({direction}). Grijs: geen gegevens.",
        "en": "Darker is better ({direction}). Grey: no data.",
        "de": "Dunkler ist besser ({direction}). Grau: keine Daten.",
    },
    "kaart.legend_change": {
        "nl": "Blauw is verbeterd, bruin is verslechterd, wit is gelijk gebleven. Grijs: geen gegevens.",
        "en": "Blue improved, brown got worse, white stayed the same. Grey: no data.",
        "de": "Blau hat sich verbessert, Braun verschlechtert, Weiß ist gleich geblieben. Grau: keine Daten.",
    },
    "kaart.higher_better": {"nl": "hoger is beter", "en": "higher is better", "de": "höher ist besser"},
    "kaart.lower_better": {"nl": "lager is beter", "en": "lower is better", "de": "niedriger ist besser"},
    "kaart.click_hint": {
        "nl": "Klik op een gemeente (op de kaart of in de staafgrafiek) om haar profiel te openen.",
        "en": "Click a municipality (on the map or in the bar chart) to open its profile.",
        "de": "Klicken Sie auf eine Gemeinde (auf der Karte oder im Balkendiagramm), um ihr Profil zu öffnen.",
    },
    "kaart.ranking": {"nl": "Rangorde", "en": "Ranking", "de": "Rangfolge"},
    "kaart.table": {
        "nl": "Tabel met dezelfde cijfers",
        "en": "Table with the same figures",
        "de": "Tabelle mit denselben Zahlen",
    },
    "kaart.download_csv": {"nl": "Download als CSV", "en": "Download as CSV", "de": "Als CSV herunterladen"},
    "kaart.definition": {"nl": "Definitie", "en": "Definition", "de": "Definition"},
    "kaart.summary": {
        "nl": "{best} scoort het best ({best_value}), {worst} het minst ({worst_value}); Twente als geheel: {twente}.",
        "en": "{best} scores best ({best_value}), {worst} least ({worst_value}); Twente as a whole: {twente}.",
        "de": "{best} schneidet am besten ab ({best_value}), {worst} am schwächsten ({worst_value}); Twente insgesamt: {twente}.",
    },
    "kaart.col.change": {"nl": "Verandering ({unit})", "en": "Change ({unit})", "de": "Veränderung ({unit})"},
    # Gemeenteprofiel
    "profile.choose": {
        "nl": "Kies een gemeente",
        "en": "Choose a municipality",
        "de": "Wählen Sie eine Gemeinde",
    },
    "profile.unknown": {
        "nl": "'{value}' is geen Twentse gemeente. Kies hieronder een gemeente, of gebruik een CBS-code "
        "zoals GM0153 of een naam zoals Enschede in de link.",
        "en": "'{value}' is not a Twente municipality. Choose one below, or use a CBS code such as "
        "GM0153 or a name such as Enschede in the link.",
        "de": "'{value}' ist keine Twenter Gemeinde. Wählen Sie unten eine Gemeinde, oder verwenden Sie im "
        "Link einen CBS-Code wie GM0153 oder einen Namen wie Enschede.",
    },
    "profile.title": {"nl": "Gemeente {naam}", "en": "Municipality of {naam}", "de": "Gemeinde {naam}"},
    "profile.population": {
        "nl": "Inwoners ({date})",
        "en": "Inhabitants ({date})",
        "de": "Einwohner ({date})",
    },
    "profile.area": {"nl": "Landoppervlakte", "en": "Land area", "de": "Landfläche"},
    "profile.initiatives": {
        "nl": "Initiatieven in {year}",
        "en": "Initiatives in {year}",
        "de": "Initiativen {year}",
    },
    "profile.participants": {
        "nl": "Deelnemers in {year}",
        "en": "Participants in {year}",
        "de": "Teilnehmende {year}",
    },
    "profile.budget": {"nl": "Budget in {year}", "en": "Budget in {year}", "de": "Budget {year}"},
    "profile.cross_border": {
        "nl": "Grensoverschrijdend in {year}",
        "en": "Cross-border in {year}",
        "de": "Grenzüberschreitend {year}",
    },
    "profile.key_note": {
        "nl": "Initiatieven die de gemeente met andere gemeenten deelt, tellen hier volledig mee.",
        "en": "Initiatives shared with other municipalities count in full here.",
        "de": "Initiativen, die die Gemeinde mit anderen Gemeinden teilt, zählen hier voll mit.",
    },
    "profile.highlights": {"nl": "Opvallend", "en": "Highlights", "de": "Auffällig"},
    "profile.above": {
        "nl": "Verder boven het Twentse gemiddelde",
        "en": "Furthest above the Twente average",
        "de": "Am weitesten über dem Twente-Durchschnitt",
    },
    "profile.below": {
        "nl": "Verder onder het Twentse gemiddelde",
        "en": "Furthest below the Twente average",
        "de": "Am weitesten unter dem Twente-Durchschnitt",
    },
    "profile.highlights_note": {
        "nl": "Gemeten in standaardafwijkingen tussen de 14 gemeenten, in het laatste jaar met cijfers. "
        "Bij afstanden is lager gunstiger.",
        "en": "Measured in standard deviations between the 14 municipalities, in the latest year with "
        "figures. For distances, lower is better.",
        "de": "Gemessen in Standardabweichungen zwischen den 14 Gemeinden, im letzten Jahr mit Zahlen. Bei "
        "Entfernungen ist niedriger besser.",
    },
    "profile.indicators": {"nl": "Alle indicatoren", "en": "All indicators", "de": "Alle Indikatoren"},
    "profile.indicators_note": {
        "nl": "Blauw: {naam}; oranje gestreept: Twente; grijs gestippeld: Nederland.",
        "en": "Blue: {naam}; orange dashed: Twente; grey dotted: the Netherlands.",
        "de": "Blau: {naam}; orange gestrichelt: Twente; grau gepunktet: Niederlande.",
    },
    "profile.latest": {
        "nl": "**{value}** in {year} · rang {rank} van 14 · {change} sinds {first}",
        "en": "**{value}** in {year} · rank {rank} of 14 · {change} since {first}",
        "de": "**{value}** im Jahr {year} · Rang {rank} von 14 · {change} seit {first}",
    },
    "profile.series_break": {"nl": "trendbreuk", "en": "series break", "de": "Zeitreihenbruch"},
    "profile.compare": {"nl": "Vergelijken", "en": "Compare", "de": "Vergleichen"},
    "profile.compare_with": {
        "nl": "Vergelijk met (maximaal drie gemeenten)",
        "en": "Compare with (up to three municipalities)",
        "de": "Vergleichen mit (höchstens drei Gemeinden)",
    },
    "profile.compare_indicator": {
        "nl": "Indicator om te vergelijken",
        "en": "Indicator to compare",
        "de": "Indikator zum Vergleichen",
    },
    "profile.initiatives_heading": {
        "nl": "Initiatieven in {naam}",
        "en": "Initiatives in {naam}",
        "de": "Initiativen in {naam}",
    },
    "profile.initiatives_by_theme": {
        "nl": "Aantal initiatieven per thema en startjaar",
        "en": "Number of initiatives per theme and start year",
        "de": "Anzahl Initiativen je Thema und Startjahr",
    },
    "profile.no_initiatives": {
        "nl": "Er zijn geen initiatieven met deze gemeente.",
        "en": "There are no initiatives with this municipality.",
        "de": "Es gibt keine Initiativen mit dieser Gemeinde.",
    },
    "profile.open_list": {
        "nl": "Open deze initiatieven in de lijst",
        "en": "Open these initiatives in the list",
        "de": "Diese Initiativen in der Liste öffnen",
    },
    "profile.col.name": {"nl": "Initiatief", "en": "Initiative", "de": "Initiative"},
    "profile.col.theme": {"nl": "Thema", "en": "Theme", "de": "Thema"},
    "profile.col.years": {"nl": "Jaren", "en": "Years", "de": "Jahre"},
    "profile.col.status": {"nl": "Status", "en": "Status", "de": "Status"},
    "profile.col.budget": {"nl": "Budget (€)", "en": "Budget (€)", "de": "Budget (€)"},
    "profile.col.reach": {"nl": "Bereik", "en": "Reach", "de": "Reichweite"},
    "profile.col.cross_border": {
        "nl": "Met Duitse partner",
        "en": "With German partner",
        "de": "Mit deutschem Partner",
    },
    "profile.col.link": {"nl": "In de lijst", "en": "In the list", "de": "In der Liste"},
}
