"""Texts of the Kaart and Gemeenteprofiel pages."""

TEXTS: dict[str, dict[str, str]] = {
    # Kaart
    "kaart.title": {"nl": "Indicatoren op de kaart", "en": "Indicators on the map"},
    "kaart.indicator": {"nl": "Indicator", "en": "Indicator"},
    "kaart.group": {"nl": "Groep", "en": "Group"},
    "kaart.mode": {"nl": "Weergave", "en": "View"},
    "kaart.mode.waarde": {"nl": "Waarde in één jaar", "en": "Value in one year"},
    "kaart.mode.verandering": {"nl": "Verandering tussen twee jaren", "en": "Change between two years"},
    "kaart.year": {"nl": "Jaar", "en": "Year"},
    "kaart.years_change": {"nl": "Van en tot", "en": "From and to"},
    "kaart.no_data": {
        "nl": "Voor deze indicator en groep zijn er geen cijfers per gemeente.",
        "en": "There are no figures per municipality for this indicator and group.",
    },
    "kaart.one_year_only": {
        "nl": "Deze indicator heeft maar één jaar met cijfers; verandering kan niet berekend worden.",
        "en": "This indicator has only one year of figures; change cannot be computed.",
    },
    "kaart.map_heading": {"nl": "{indicator} in {year}", "en": "{indicator} in {year}"},
    "kaart.change_heading": {
        "nl": "{indicator}: verandering {start}–{end}",
        "en": "{indicator}: change {start}–{end}",
    },
    "kaart.legend_better": {
        "nl": "Donkerder is gunstiger ({direction}). Grijs: geen gegevens.",
        "en": "Darker is better ({direction}). Grey: no data.",
    },
    "kaart.legend_change": {
        "nl": "Blauw is verbeterd, bruin is verslechterd, wit is gelijk gebleven. Grijs: geen gegevens.",
        "en": "Blue improved, brown got worse, white stayed the same. Grey: no data.",
    },
    "kaart.higher_better": {"nl": "hoger is beter", "en": "higher is better"},
    "kaart.lower_better": {"nl": "lager is beter", "en": "lower is better"},
    "kaart.click_hint": {
        "nl": "Klik op een gemeente (op de kaart of in de staafgrafiek) om haar profiel te openen.",
        "en": "Click a municipality (on the map or in the bar chart) to open its profile.",
    },
    "kaart.ranking": {"nl": "Rangorde", "en": "Ranking"},
    "kaart.table": {"nl": "Tabel met dezelfde cijfers", "en": "Table with the same figures"},
    "kaart.download_csv": {"nl": "Download als CSV", "en": "Download as CSV"},
    "kaart.definition": {"nl": "Definitie", "en": "Definition"},
    "kaart.summary": {
        "nl": "{best} scoort het best ({best_value}), {worst} het minst ({worst_value}); Twente als geheel: {twente}.",
        "en": "{best} scores best ({best_value}), {worst} least ({worst_value}); Twente as a whole: {twente}.",
    },
    "kaart.col.change": {"nl": "Verandering ({unit})", "en": "Change ({unit})"},
    # Gemeenteprofiel
    "profile.choose": {"nl": "Kies een gemeente", "en": "Choose a municipality"},
    "profile.unknown": {
        "nl": "'{value}' is geen Twentse gemeente. Kies hieronder een gemeente, of gebruik een CBS-code "
        "zoals GM0153 of een naam zoals Enschede in de link.",
        "en": "'{value}' is not a Twente municipality. Choose one below, or use a CBS code such as "
        "GM0153 or a name such as Enschede in the link.",
    },
    "profile.title": {"nl": "Gemeente {naam}", "en": "Municipality of {naam}"},
    "profile.population": {"nl": "Inwoners (2015)", "en": "Residents (2015)"},
    "profile.area": {"nl": "Landoppervlakte", "en": "Land area"},
    "profile.initiatives": {"nl": "Initiatieven in {year}", "en": "Initiatives in {year}"},
    "profile.participants": {"nl": "Deelnemers in {year}", "en": "Participants in {year}"},
    "profile.budget": {"nl": "Budget in {year}", "en": "Budget in {year}"},
    "profile.cross_border": {"nl": "Grensoverschrijdend in {year}", "en": "Cross-border in {year}"},
    "profile.key_note": {
        "nl": "Initiatieven die de gemeente met andere gemeenten deelt, tellen hier volledig mee.",
        "en": "Initiatives shared with other municipalities count in full here.",
    },
    "profile.highlights": {"nl": "Opvallend", "en": "Highlights"},
    "profile.above": {"nl": "Verder boven het Twentse gemiddelde", "en": "Furthest above the Twente average"},
    "profile.below": {"nl": "Verder onder het Twentse gemiddelde", "en": "Furthest below the Twente average"},
    "profile.highlights_note": {
        "nl": "Gemeten in standaardafwijkingen tussen de 14 gemeenten, in het laatste jaar met cijfers. "
        "Bij afstanden is lager gunstiger.",
        "en": "Measured in standard deviations between the 14 municipalities, in the latest year with "
        "figures. For distances, lower is better.",
    },
    "profile.indicators": {"nl": "Alle indicatoren", "en": "All indicators"},
    "profile.indicators_note": {
        "nl": "Blauw: {naam}; oranje gestreept: Twente; grijs gestippeld: Nederland.",
        "en": "Blue: {naam}; orange dashed: Twente; grey dotted: the Netherlands.",
    },
    "profile.latest": {
        "nl": "**{value}** in {year} · rang {rank} van 14 · {change} sinds {first}",
        "en": "**{value}** in {year} · rank {rank} of 14 · {change} since {first}",
    },
    "profile.series_break": {"nl": "trendbreuk", "en": "series break"},
    "profile.compare": {"nl": "Vergelijken", "en": "Compare"},
    "profile.compare_with": {
        "nl": "Vergelijk met (maximaal drie gemeenten)",
        "en": "Compare with (up to three municipalities)",
    },
    "profile.compare_indicator": {"nl": "Indicator om te vergelijken", "en": "Indicator to compare"},
    "profile.initiatives_heading": {"nl": "Initiatieven in {naam}", "en": "Initiatives in {naam}"},
    "profile.initiatives_by_theme": {
        "nl": "Aantal initiatieven per thema en startjaar",
        "en": "Number of initiatives per theme and start year",
    },
    "profile.no_initiatives": {
        "nl": "Er zijn geen initiatieven met deze gemeente.",
        "en": "There are no initiatives with this municipality.",
    },
    "profile.open_list": {
        "nl": "Open deze initiatieven in de lijst",
        "en": "Open these initiatives in the list",
    },
    "profile.col.name": {"nl": "Initiatief", "en": "Initiative"},
    "profile.col.theme": {"nl": "Thema", "en": "Theme"},
    "profile.col.years": {"nl": "Jaren", "en": "Years"},
    "profile.col.status": {"nl": "Status", "en": "Status"},
    "profile.col.budget": {"nl": "Budget (€)", "en": "Budget (€)"},
    "profile.col.reach": {"nl": "Bereik", "en": "Reach"},
    "profile.col.cross_border": {"nl": "Met Duitse partner", "en": "With German partner"},
    "profile.col.link": {"nl": "In de lijst", "en": "In the list"},
}
