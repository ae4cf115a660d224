"""Texts of the Grenzeloos page, in Dutch, English and German (German partners read along)."""

TEXTS: dict[str, dict[str, str]] = {
    "grenzeloos.intro": {
        "nl": "Samenwerking tussen de Twentse gemeenten en Duitse partners in de EUREGIO-Kreise, op één kaart die niet stopt bij de grens. Een initiatief is grensoverschrijdend als minstens één partner Duits is.",
        "en": "Work between the Twente municipalities and German partners in the EUREGIO districts, on one map that does not stop at the border. An initiative is cross-border when at least one partner is German.",
        "de": "Zusammenarbeit der Twenter Gemeinden mit deutschen Partnern in den EUREGIO-Kreisen, auf einer Karte, die nicht an der Grenze endet. Eine Initiative ist grenzüberschreitend, wenn mindestens ein Partner aus Deutschland kommt.",
    },
    "grenzeloos.kpi.title": {
        "nl": "Grensoverschrijdend werk in {years}",
        "en": "Cross-border work in {years}",
        "de": "Grenzüberschreitende Arbeit {years}",
    },
    "grenzeloos.kpi.cross": {
        "nl": "Grensoverschrijdend",
        "en": "Cross-border",
        "de": "Grenzüberschreitend",
    },
    "grenzeloos.kpi.cross.help": {
        "nl": "Zoveel van de {total} geselecteerde initiatieven hebben een Duitse partner.",
        "en": "This many of the {total} selected initiatives have a German partner.",
        "de": "So viele der {total} ausgewählten Initiativen haben einen deutschen Partner.",
    },
    "grenzeloos.kpi.share": {
        "nl": "Aandeel",
        "en": "Share",
        "de": "Anteil",
    },
    "grenzeloos.kpi.share.help": {
        "nl": "Dit deel van de geselecteerde initiatieven werkt samen met een Duitse partner.",
        "en": "This share of the selected initiatives works with a German partner.",
        "de": "Dieser Anteil der ausgewählten Initiativen arbeitet mit einem deutschen Partner.",
    },
    "grenzeloos.kpi.partners": {
        "nl": "Duitse partners",
        "en": "German partners",
        "de": "Deutsche Partner",
    },
    "grenzeloos.kpi.partners.help": {
        "nl": "Zoveel Duitse organisaties werken mee, in {places} plaatsen in {districts} Kreise.",
        "en": "This many German organisations take part, in {places} places in {districts} districts.",
        "de": "So viele deutsche Organisationen wirken mit, in {places} Orten in {districts} Kreisen.",
    },
    "grenzeloos.kpi.places": {
        "nl": "Duitse plaatsen",
        "en": "German places",
        "de": "Deutsche Orte",
    },
    "grenzeloos.kpi.places.help": {
        "nl": "In zoveel Duitse plaatsen zit minstens één partner.",
        "en": "In this many German places there is at least one partner.",
        "de": "In so vielen deutschen Orten sitzt mindestens ein Partner.",
    },
    "grenzeloos.kpi.budget": {
        "nl": "Budget",
        "en": "Budget",
        "de": "Budget",
    },
    "grenzeloos.kpi.budget.help": {
        "nl": "Zoveel geld gaat in de gekozen jaren om in de grensoverschrijdende initiatieven (budget gelijk verdeeld over de looptijd).",
        "en": "This much money goes into the cross-border initiatives in the chosen years (budget spread evenly over their run).",
        "de": "So viel Geld fließt in den gewählten Jahren in die grenzüberschreitenden Initiativen (Budget gleichmäßig über die Laufzeit verteilt).",
    },
    "grenzeloos.kpi.programme": {
        "nl": "Uit grensprogramma's",
        "en": "From cross-border programmes",
        "de": "Aus Grenzprogrammen",
    },
    "grenzeloos.kpi.programme.help": {
        "nl": "Dit deel ({share}) van dat budget komt uit Interreg Deutschland-Nederland en het EUREGIO kleine-projectenfonds.",
        "en": "This part ({share}) of that budget comes from Interreg Germany-Netherlands and the EUREGIO small-projects fund.",
        "de": "Dieser Teil ({share}) des Budgets stammt aus Interreg Deutschland-Nederland und dem EUREGIO-Kleinprojektefonds.",
    },
    "grenzeloos.kpi.participants": {
        "nl": "Deelnemers",
        "en": "Participants",
        "de": "Teilnehmende",
    },
    "grenzeloos.kpi.participants.help": {
        "nl": "Zoveel deelnemers bereiken de grensoverschrijdende initiatieven in de gekozen jaren, aan beide kanten samen: de gegevens splitsen het bereik niet naar land.",
        "en": "This many participants the cross-border initiatives reach in the chosen years, both sides together: the data do not split reach by country.",
        "de": "So viele Teilnehmende erreichen die grenzüberschreitenden Initiativen in den gewählten Jahren, beide Seiten zusammen: die Daten trennen die Reichweite nicht nach Land.",
    },
    "grenzeloos.kpi.participants.help_split": {
        "nl": "Zoveel deelnemers bereiken de grensoverschrijdende initiatieven in de gekozen jaren, aan beide kanten samen.",
        "en": "This many participants the cross-border initiatives reach in the chosen years, both sides together.",
        "de": "So viele Teilnehmende erreichen die grenzüberschreitenden Initiativen in den gewählten Jahren, beide Seiten zusammen.",
    },
    "grenzeloos.kpi.germany": {
        "nl": "Deelnemers uit Duitsland",
        "en": "Participants from Germany",
        "de": "Teilnehmende aus Deutschland",
    },
    "grenzeloos.kpi.germany.help": {
        "nl": "{share} van de {reach} deelnemers van de {reported} van {cross} initiatieven die melden hoeveel er uit Duitsland kwamen; de andere melden het niet.",
        "en": "{share} of the {reach} participants of the {reported} of {cross} initiatives that report how many came from Germany; the others do not report it.",
        "de": "{share} der {reach} Teilnehmenden der {reported} von {cross} Initiativen, die melden, wie viele aus Deutschland kamen; die anderen melden es nicht.",
    },
    "grenzeloos.map.title": {
        "nl": "Verbindingen over de grens",
        "en": "Connections across the border",
        "de": "Verbindungen über die Grenze",
    },
    "grenzeloos.map.caption": {
        "nl": "Gemeenten en Kreise zijn gekleurd naar het aantal grensoverschrijdende initiatieven (donkerder is meer). Elke lijn verbindt een Twentse gemeente met een Duitse partnerplaats; hoe dikker, hoe meer gezamenlijke initiatieven. Wijs een lijn in het midden aan voor de initiatieven. De rode lijn is de Nederlands-Duitse grens.",
        "en": "Municipalities and districts are shaded by the number of cross-border initiatives (darker is more). Each line joins a Twente municipality to a German partner place; the thicker, the more joint initiatives. Point at the middle of a line for its initiatives. The red line is the Dutch-German border.",
        "de": "Gemeinden und Kreise sind nach der Zahl grenzüberschreitender Initiativen eingefärbt (dunkler ist mehr). Jede Linie verbindet eine Twenter Gemeinde mit einem deutschen Partnerort; je dicker, desto mehr gemeinsame Initiativen. Zeigen Sie auf die Mitte einer Linie, um die Initiativen zu sehen. Die rote Linie ist die deutsch-niederländische Grenze.",
    },
    "grenzeloos.map.colourbar": {
        "nl": "Initiatieven",
        "en": "Initiatives",
        "de": "Initiativen",
    },
    "grenzeloos.map.border": {
        "nl": "Grens Nederland–Duitsland",
        "en": "Dutch-German border",
        "de": "Grenze Deutschland–Niederlande",
    },
    "grenzeloos.map.places": {
        "nl": "Duitse partnerplaats",
        "en": "German partner place",
        "de": "Deutscher Partnerort",
    },
    "grenzeloos.map.unavailable": {
        "nl": "De kaart kan niet getoond worden. {reason}",
        "en": "The map cannot be shown. {reason}",
        "de": "Die Karte kann nicht angezeigt werden. {reason}",
    },
    "grenzeloos.map.no_links": {
        "nl": "In deze selectie zijn er geen initiatieven met Duitse partners.",
        "en": "There are no initiatives with German partners in this selection.",
        "de": "In dieser Auswahl gibt es keine Initiativen mit deutschen Partnern.",
    },
    "grenzeloos.n_initiatives_one": {
        "nl": "{n} initiatief",
        "en": "{n} initiative",
        "de": "{n} Initiative",
    },
    "grenzeloos.n_initiatives": {
        "nl": "{n} initiatieven",
        "en": "{n} initiatives",
        "de": "{n} Initiativen",
    },
    "grenzeloos.hover.more": {
        "nl": "… en nog {n}",
        "en": "… and {n} more",
        "de": "… und {n} weitere",
    },
    "grenzeloos.hover.share": {
        "nl": "{share} van de initiatieven van de gemeente",
        "en": "{share} of the municipality's initiatives",
        "de": "{share} der Initiativen der Gemeinde",
    },
    "grenzeloos.per_gemeente.title": {
        "nl": "Per gemeente",
        "en": "Per municipality",
        "de": "Je Gemeinde",
    },
    "grenzeloos.per_gemeente.caption": {
        "nl": "Welk deel van de initiatieven van elke gemeente grensoverschrijdend is (tussen haakjes: grensoverschrijdend / alle), en met welke Duitse plaatsen zij samenwerkt.",
        "en": "Which share of each municipality's initiatives is cross-border (in brackets: cross-border / all), and which German places it works with.",
        "de": "Welcher Anteil der Initiativen jeder Gemeinde grenzüberschreitend ist (in Klammern: grenzüberschreitend / alle) und mit welchen deutschen Orten sie zusammenarbeitet.",
    },
    "grenzeloos.trend.title": {
        "nl": "Per jaar",
        "en": "Per year",
        "de": "Je Jahr",
    },
    "grenzeloos.trend.caption": {
        "nl": "Lopende initiatieven per jaar, over alle jaren; het oranje deel heeft een Duitse partner (met het aandeel). De gekozen jaren zijn donkerder.",
        "en": "Initiatives running per year, over all years; the orange part has a German partner (with its share). The chosen years are darker.",
        "de": "Laufende Initiativen je Jahr, über alle Jahre; der orange Teil hat einen deutschen Partner (mit Anteil). Die gewählten Jahre sind dunkler.",
    },
    "grenzeloos.discipline.title": {
        "nl": "Per discipline",
        "en": "By discipline",
        "de": "Nach Sparte",
    },
    "grenzeloos.discipline.caption": {
        "nl": "Grensoverschrijdende initiatieven per discipline, met het aandeel van alle initiatieven in die discipline.",
        "en": "Cross-border initiatives per discipline, with their share of all initiatives in that discipline.",
        "de": "Grenzüberschreitende Initiativen je Sparte, mit ihrem Anteil an allen Initiativen dieser Sparte.",
    },
    "grenzeloos.chart.share_axis": {
        "nl": "Aandeel grensoverschrijdend",
        "en": "Share cross-border",
        "de": "Anteil grenzüberschreitend",
    },
    "grenzeloos.chart.with_german": {
        "nl": "Met Duitse partner",
        "en": "With a German partner",
        "de": "Mit deutschem Partner",
    },
    "grenzeloos.chart.without_german": {
        "nl": "Zonder Duitse partner",
        "en": "Without a German partner",
        "de": "Ohne deutschen Partner",
    },
    "grenzeloos.chart.year": {"nl": "Jaar", "en": "Year", "de": "Jahr"},
    "grenzeloos.chart.initiatives": {
        "nl": "Initiatieven",
        "en": "Initiatives",
        "de": "Initiativen",
    },
    "grenzeloos.chart.cross_initiatives": {
        "nl": "Grensoverschrijdende initiatieven",
        "en": "Cross-border initiatives",
        "de": "Grenzüberschreitende Initiativen",
    },
    "grenzeloos.table.title": {
        "nl": "Partnerschappen",
        "en": "Partnerships",
        "de": "Partnerschaften",
    },
    "grenzeloos.table.caption": {
        "nl": "Elke verbinding tussen een Twentse gemeente en een Duitse plaats. Het budget is dat van de gezamenlijke initiatieven in de gekozen jaren; een initiatief met meer verbindingen telt in elke verbinding volledig mee.",
        "en": "Every connection between a Twente municipality and a German place. The budget is that of the joint initiatives in the chosen years; an initiative with several connections counts fully in each.",
        "de": "Jede Verbindung zwischen einer Twenter Gemeinde und einem deutschen Ort. Das Budget ist das der gemeinsamen Initiativen in den gewählten Jahren; eine Initiative mit mehreren Verbindungen zählt in jeder voll.",
    },
    "grenzeloos.download": {
        "nl": "Download als CSV",
        "en": "Download as CSV",
        "de": "Als CSV herunterladen",
    },
    "grenzeloos.tab.trend": {
        "nl": "Per jaar en discipline",
        "en": "By year and discipline",
        "de": "Nach Jahr und Sparte",
    },
    "grenzeloos.table.as_table": {
        "nl": "Toon als tabel",
        "en": "Show as table",
        "de": "Als Tabelle anzeigen",
    },
    "grenzeloos.col.gemeente": {"nl": "Gemeente", "en": "Municipality", "de": "Gemeinde"},
    "grenzeloos.col.plaats": {"nl": "Duitse plaats", "en": "German place", "de": "Deutscher Ort"},
    "grenzeloos.col.kreis": {"nl": "Kreis", "en": "District (Kreis)", "de": "Kreis"},
    "grenzeloos.col.organisaties": {
        "nl": "Duitse organisaties",
        "en": "German organisations",
        "de": "Deutsche Organisationen",
    },
    "grenzeloos.col.aantal": {
        "nl": "Aantal initiatieven",
        "en": "Number of initiatives",
        "de": "Anzahl Initiativen",
    },
    "grenzeloos.col.initiatieven": {"nl": "Initiatieven", "en": "Initiatives", "de": "Initiativen"},
    "grenzeloos.col.jaren": {"nl": "Jaren", "en": "Years", "de": "Jahre"},
    "grenzeloos.col.budget": {"nl": "Budget (€)", "en": "Budget (€)", "de": "Budget (€)"},
    "grenzeloos.col.alle": {"nl": "Initiatieven", "en": "Initiatives", "de": "Initiativen"},
    "grenzeloos.col.grens": {
        "nl": "Grensoverschrijdend",
        "en": "Cross-border",
        "de": "Grenzüberschreitend",
    },
    "grenzeloos.col.aandeel": {
        "nl": "Aandeel grensoverschrijdend (%)",
        "en": "Share cross-border (%)",
        "de": "Anteil grenzüberschreitend (%)",
    },
    "grenzeloos.col.plaatsen": {
        "nl": "Duitse partnerplaatsen",
        "en": "German partner places",
        "de": "Deutsche Partnerorte",
    },
    "grenzeloos.col.kreis_initiatieven": {
        "nl": "Grensoverschrijdende initiatieven",
        "en": "Cross-border initiatives",
        "de": "Grenzüberschreitende Initiativen",
    },
    "grenzeloos.col.kreis_plaatsen": {
        "nl": "Partnerplaatsen",
        "en": "Partner places",
        "de": "Partnerorte",
    },
}
