"""Texts of the Thema's page (theme coverage of the agenda)."""

TEXTS: dict[str, dict[str, str]] = {
    "themas.intro": {
        "nl": "Hoe dekken de initiatieven van de uitvoeringsagenda de drie thema's van het cultuurprofiel? Waar is de agenda sterk, en waar zitten de gaten? Klik op een cel van de matrix om de initiatieven erachter te zien.",
        "en": "How do the initiatives of the implementation agenda cover the three themes of the culture profile? Where is the agenda strong, and where are the gaps? Click a cell of the matrix to see the initiatives behind it.",
        "de": "Wie decken die Initiativen der Umsetzungsagenda die drei Themen des Kulturprofils ab? Wo ist die Agenda stark, wo gibt es Lücken? Klicken Sie auf eine Zelle der Matrix, um die Initiativen dahinter zu sehen.",
    },
    "themas.measure": {"nl": "Maat", "en": "Measure", "de": "Maß"},
    "themas.measure.aantal": {
        "nl": "Aantal initiatieven",
        "en": "Number of initiatives",
        "de": "Anzahl Initiativen",
    },
    "themas.measure.budget": {"nl": "Budget", "en": "Budget", "de": "Budget"},
    "themas.measure.bereik": {
        "nl": "Deelnemers bereikt",
        "en": "Participants reached",
        "de": "Erreichte Teilnehmende",
    },
    "themas.per_1000": {"nl": "Per 1.000 inwoners", "en": "Per 1,000 residents", "de": "Pro 1.000 Einwohner"},
    "themas.per_1000.help": {
        "nl": "Gedeeld door het aantal inwoners, keer 1.000: de inwoners van het laatste gekozen jaar, of van het dichtstbijzijnde jaar waarvan het inwonertal bekend is (de tabel eronder zegt welk).",
        "en": "Divided by the number of inhabitants, times 1,000: the inhabitants of the last chosen year, or of the nearest year whose population is known (the table says which).",
        "de": "Geteilt durch die Einwohnerzahl, mal 1.000: die Einwohner des letzten gewählten Jahres oder des nächsten Jahres mit bekannter Einwohnerzahl (die Tabelle nennt es).",
    },
    "themas.per_1000.population": {
        "nl": "Per 1.000 inwoners op 1 januari {year} (bron: {source}).",
        "en": "Per 1,000 inhabitants on 1 January {year} (source: {source}).",
        "de": "Pro 1.000 Einwohner am 1. Januar {year} (Quelle: {source}).",
    },
    "themas.per_1000.nearest": {
        "nl": "Voor {wanted} is geen inwonertal bekend; het dichtstbijzijnde bekende jaar is gebruikt.",
        "en": "No population is known for {wanted}; the nearest known year is used.",
        "de": "Für {wanted} ist keine Einwohnerzahl bekannt; das nächste bekannte Jahr wird verwendet.",
    },
    "themas.per_1000_label": {
        "nl": "{measure} per 1.000 inwoners",
        "en": "{measure} per 1,000 residents",
        "de": "{measure} pro 1.000 Einwohner",
    },
    "themas.sort": {"nl": "Sorteren op", "en": "Sort by", "de": "Sortieren nach"},
    "themas.sort.naam": {"nl": "Gemeente (A–Z)", "en": "Municipality (A–Z)", "de": "Gemeinde (A–Z)"},
    "themas.sort.fewest": {
        "nl": "{name} (minste eerst)",
        "en": "{name} (fewest first)",
        "de": "{name} (wenigste zuerst)",
    },
    "themas.matrix.title": {
        "nl": "Dekking per gemeente en thema, {years}",
        "en": "Coverage per municipality and theme, {years}",
        "de": "Abdeckung nach Gemeinde und Thema, {years}",
    },
    "themas.matrix.caption": {
        "nl": "Rood gemarkeerd en ‘geen’: in deze gemeente loopt in de gekozen jaren geen enkel initiatief in dit thema (met deze filters). "
        "Telregel: een initiatief in meer gemeenten telt in elke gemeente volledig mee (met zijn hele budget en bereik), maar in de rij Twente maar één keer. "
        "Daarom is de rij Twente níet de som van de gemeenten erboven. Budget en bereik zijn gelijk over de looptijd verdeeld en tellen alleen voor de gekozen jaren. "
        "Klik op een kolomkop om te sorteren.",
        "en": "Marked red and ‘none’: no initiative in this theme runs in this municipality in the selected years (with these filters). "
        "Counting rule: an initiative in several municipalities counts fully in each of them (with its whole budget and reach), but only once in the Twente row. "
        "So the Twente row is not the sum of the municipalities above it. Budget and reach are spread evenly over an initiative's years and count for the selected years only. "
        "Click a column header to sort.",
        "de": "Rot markiert und ‚keine‘: in dieser Gemeinde läuft in den gewählten Jahren keine Initiative in diesem Thema (mit diesen Filtern). "
        "Zählregel: eine Initiative in mehreren Gemeinden zählt in jeder Gemeinde voll, in der Zeile Twente aber nur einmal. "
        "Deshalb ist die Zeile Twente nicht die Summe der Gemeinden darüber.",
    },
    "themas.col.total": {"nl": "Totaal", "en": "Total", "de": "Gesamt"},
    "themas.twente_row": {
        "nl": "Twente (elk initiatief één keer)",
        "en": "Twente (each initiative once)",
        "de": "Twente (jede Initiative einmal)",
    },
    "themas.gap_word": {"nl": "geen", "en": "none", "de": "keine"},
    "themas.all_themes": {"nl": "Alle thema's", "en": "All themes", "de": "Alle Themen"},
    "themas.cell.title": {
        "nl": "Welke initiatieven zitten achter het getal?",
        "en": "Which initiatives are behind the number?",
        "de": "Welche Initiativen stehen hinter der Zahl?",
    },
    "themas.cell.gemeente": {"nl": "Gemeente", "en": "Municipality", "de": "Gemeinde"},
    "themas.cell.thema": {"nl": "Thema", "en": "Theme", "de": "Thema"},
    "themas.cell.choose": {
        "nl": "Kies of klik in de matrix",
        "en": "Choose, or click in the matrix",
        "de": "Wählen oder in der Matrix klicken",
    },
    "themas.cell.hint": {
        "nl": "Klik op een cel van de matrix (of kies hierboven een gemeente en een thema) om de initiatieven achter dat getal te zien.",
        "en": "Click a cell of the matrix (or choose a municipality and a theme above) to see the initiatives behind that number.",
        "de": "Klicken Sie auf eine Zelle der Matrix (oder wählen Sie oben Gemeinde und Thema), um die Initiativen hinter der Zahl zu sehen.",
    },
    "themas.cell.summary": {
        "nl": "**{gemeente} · {thema} · {years}**: {count} initiatieven, samen {budget} budget en {bereik} deelnemers in de gekozen jaren.",
        "en": "**{gemeente} · {thema} · {years}**: {count} initiatives, together {budget} budget and {bereik} participants in the selected years.",
        "de": "**{gemeente} · {thema} · {years}**: {count} Initiativen, zusammen {budget} Budget und {bereik} Teilnehmende in den gewählten Jahren.",
    },
    "themas.cell.gap": {
        "nl": "{gemeente} heeft in {years} nog geen initiatief in het thema {thema} (met deze filters).",
        "en": "{gemeente} has no initiative yet in the theme {thema} in {years} (with these filters).",
        "de": "{gemeente} hat in {years} noch keine Initiative im Thema {thema} (mit diesen Filtern).",
    },
    "themas.cell.elsewhere": {
        "nl": "Elders in Twente: {count} initiatieven in {thema} zonder {gemeente}",
        "en": "Elsewhere in Twente: {count} initiatives in {thema} without {gemeente}",
        "de": "Anderswo in Twente: {count} Initiativen in {thema} ohne {gemeente}",
    },
    "themas.col.naam": {"nl": "Initiatief", "en": "Initiative", "de": "Initiative"},
    "themas.col.organisatie": {"nl": "Organisatie", "en": "Organisation", "de": "Organisation"},
    "themas.col.gemeenten": {"nl": "Gemeenten", "en": "Municipalities", "de": "Gemeinden"},
    "themas.col.jaren": {"nl": "Jaren", "en": "Years", "de": "Jahre"},
    "themas.col.status": {"nl": "Status", "en": "Status", "de": "Status"},
    "themas.col.budget_periode": {
        "nl": "Budget in gekozen jaren (€)",
        "en": "Budget in selected years (€)",
        "de": "Budget in gewählten Jahren (€)",
    },
    "themas.col.budget": {"nl": "Budget totaal (€)", "en": "Total budget (€)", "de": "Budget gesamt (€)"},
    "themas.col.bereik_periode": {
        "nl": "Bereik in gekozen jaren",
        "en": "Reach in selected years",
        "de": "Reichweite in gewählten Jahren",
    },
    "themas.col.bereik": {"nl": "Bereik totaal", "en": "Total reach", "de": "Reichweite gesamt"},
    "themas.maps.title": {
        "nl": "Dekking op de kaart, per thema, {years}",
        "en": "Coverage on the map, per theme, {years}",
        "de": "Abdeckung auf der Karte, nach Thema, {years}",
    },
    "themas.maps.caption": {
        "nl": "{measure}. De drie kaarten delen één kleurschaal: dezelfde kleur is hetzelfde getal. Rood omrand en met naam: geen enkel initiatief in dit thema (een gat).",
        "en": "{measure}. The three maps share one colour scale: the same colour is the same number. Outlined red and named: no initiative at all in this theme (a gap).",
        "de": "{measure}. Die drei Karten teilen eine Farbskala. Rot umrandet und beschriftet: keine Initiative in diesem Thema (eine Lücke).",
    },
    "themas.map.gap": {
        "nl": "geen initiatief in dit thema",
        "en": "no initiative in this theme",
        "de": "keine Initiative in diesem Thema",
    },
    "themas.map.count": {
        "nl": "{count} initiatieven",
        "en": "{count} initiatives",
        "de": "{count} Initiativen",
    },
    "themas.dekking.title": {
        "nl": "Dekkingsscore per gemeente, {years}",
        "en": "Coverage score per municipality, {years}",
        "de": "Abdeckungswert nach Gemeinde, {years}",
    },
    "themas.col.score": {"nl": "Dekkingsscore", "en": "Coverage score", "de": "Abdeckungswert"},
    "themas.col.themes_covered": {"nl": "Thema's gedekt", "en": "Themes covered", "de": "Abgedeckte Themen"},
    "themas.col.balance": {"nl": "Balans (%)", "en": "Balance (%)", "de": "Balance (%)"},
    "themas.col.missing": {"nl": "Ontbrekende thema's", "en": "Missing themes", "de": "Fehlende Themen"},
    "themas.breakdown.title": {
        "nl": "Disciplines en doelgroepen per thema, {years}",
        "en": "Disciplines and target groups per theme, {years}",
        "de": "Sparten und Zielgruppen nach Thema, {years}",
    },
    "themas.disciplines.title": {
        "nl": "Van thema naar discipline",
        "en": "From theme to discipline",
        "de": "Vom Thema zur Sparte",
    },
    "themas.disciplines.caption": {
        "nl": "{measure} in heel Twente; elk initiatief telt één keer. Klik op een thema om in te zoomen.",
        "en": "{measure} in all of Twente; each initiative counts once. Click a theme to zoom in.",
        "de": "{measure} in ganz Twente; jede Initiative zählt einmal. Klicken Sie auf ein Thema zum Hineinzoomen.",
    },
    "themas.groups.title": {
        "nl": "Thema's naar doelgroep",
        "en": "Themes by target group",
        "de": "Themen nach Zielgruppe",
    },
    "themas.groups.caption": {
        "nl": "Aantal initiatieven in heel Twente. Een initiatief met meer doelgroepen telt bij elke doelgroep mee.",
        "en": "Number of initiatives in all of Twente. An initiative with several target groups counts in each of them.",
        "de": "Anzahl Initiativen in ganz Twente. Eine Initiative mit mehreren Zielgruppen zählt bei jeder mit.",
    },
    "themas.no_initiatives": {
        "nl": "Geen initiatieven met deze filters.",
        "en": "No initiatives with these filters.",
        "de": "Keine Initiativen mit diesen Filtern.",
    },
    "themas.axis.initiatives": {"nl": "Initiatieven", "en": "Initiatives", "de": "Initiativen"},
    "themas.axis.budget": {"nl": "Budget (€)", "en": "Budget (€)", "de": "Budget (€)"},
    "themas.axis.year": {"nl": "Jaar", "en": "Year", "de": "Jahr"},
    "themas.trend.title": {
        "nl": "Ontwikkeling per thema",
        "en": "Trend per theme",
        "de": "Entwicklung nach Thema",
    },
    "themas.trend.aantal": {
        "nl": "Lopende initiatieven per jaar",
        "en": "Running initiatives per year",
        "de": "Laufende Initiativen pro Jahr",
    },
    "themas.trend.budget": {"nl": "Budget per jaar", "en": "Budget per year", "de": "Budget pro Jahr"},
    "themas.trend.caption": {
        "nl": "Alle jaren, met de overige filters; de gekozen jaren zijn grijs. Heel Twente: elk initiatief één keer per jaar, het budget gelijk over de looptijd verdeeld.",
        "en": "All years, with the other filters; the selected years are grey. All of Twente: each initiative once a year, its budget spread evenly over its years.",
        "de": "Alle Jahre, mit den übrigen Filtern; die gewählten Jahre sind grau. Ganz Twente: jede Initiative einmal pro Jahr.",
    },
}
