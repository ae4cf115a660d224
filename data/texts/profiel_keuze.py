"""Texts of the Gemeenteprofiel page before a municipality is chosen: the map and the list."""

TEXTS: dict[str, dict[str, str]] = {
    "profile.pick.intro": {
        "nl": "Kies een gemeente: klik op de kaart of op een naam in de lijst. Elk profiel heeft een "
        "eigen link, die u kunt bewaren of delen.",
        "en": "Choose a municipality: click it on the map or its name in the list. Every profile has a "
        "link of its own that you can keep or share.",
        "de": "Wählen Sie eine Gemeinde: Klicken Sie sie auf der Karte oder ihren Namen in der Liste an. "
        "Jedes Profil hat einen eigenen Link, den Sie speichern oder teilen können.",
    },
    "profile.pick.list": {"nl": "Alle gemeenten", "en": "All municipalities", "de": "Alle Gemeinden"},
    "profile.pick.hover": {
        "nl": "Klik voor het profiel",
        "en": "Click for the profile",
        "de": "Klicken für das Profil",
    },
    "profile.pick.map_alt": {
        "nl": "Kaart van de 14 Twentse gemeenten met hun namen; klik op een gemeente om haar profiel te openen.",
        "en": "Map of the 14 Twente municipalities with their names; click a municipality to open its profile.",
        "de": "Karte der 14 Twenter Gemeinden mit ihren Namen; klicken Sie auf eine Gemeinde, um ihr Profil zu öffnen.",
    },
}
