"""Texts of the boundary loader: why a map cannot be drawn, naming the file."""

TEXTS: dict[str, dict[str, str]] = {
    "geo.error.not_found": {
        "nl": "Kaartgrenzen niet gevonden: het bestand '{name}' staat niet in {looked}. Zet het grensbestand (GeoJSON) in een van die mappen of wijs de map aan met de omgevingsvariabele {env}.",
        "en": "Boundaries not found: the file '{name}' is not in {looked}. Put the boundary file (GeoJSON) in one of those folders or point the environment variable {env} at its folder.",
        "de": "Kartengrenzen nicht gefunden: die Datei '{name}' liegt nicht in {looked}. Legen Sie die Grenzdatei (GeoJSON) in einen dieser Ordner oder geben Sie den Ordner mit der Umgebungsvariablen {env} an.",
    },
    "geo.error.too_large": {
        "nl": "Het grensbestand {path} is groter dan {limit_mb} MB; dat kan geen grensbestand van deze regio zijn.",
        "en": "The boundary file {path} is larger than {limit_mb} MB; that cannot be a boundary file of this region.",
        "de": "Die Grenzdatei {path} ist größer als {limit_mb} MB; das kann keine Grenzdatei dieser Region sein.",
    },
    "geo.error.not_json": {
        "nl": "Het grensbestand {path} is geen geldige GeoJSON: {detail}",
        "en": "The boundary file {path} is not valid GeoJSON: {detail}",
        "de": "Die Grenzdatei {path} ist kein gültiges GeoJSON: {detail}",
    },
    "geo.error.not_feature_collection": {
        "nl": "Het grensbestand {path} is geen GeoJSON FeatureCollection met gebieden.",
        "en": "The boundary file {path} is not a GeoJSON FeatureCollection of areas.",
        "de": "Die Grenzdatei {path} ist keine GeoJSON-FeatureCollection mit Gebieten.",
    },
    "geo.error.no_code": {
        "nl": "In het grensbestand {path} heeft gebied {number} geen eigenschap 'code' (de CBS-code, of voor Duitse Kreise de Amtliche Gemeindeschlüssel).",
        "en": "In the boundary file {path}, area {number} has no property 'code' (the CBS code, or for German districts the Amtlicher Gemeindeschlüssel).",
        "de": "In der Grenzdatei {path} hat Gebiet {number} keine Eigenschaft 'code' (den CBS-Code bzw. für deutsche Kreise den Amtlichen Gemeindeschlüssel).",
    },
    "geo.error.broken_geometry": {
        "nl": "Het grensbestand {path} bevat een kapotte geometrie: {detail}",
        "en": "The boundary file {path} contains a broken geometry: {detail}",
        "de": "Die Grenzdatei {path} enthält eine fehlerhafte Geometrie: {detail}",
    },
    "geo.error.empty_geometry": {
        "nl": "In het grensbestand {path} hebben deze gebieden geen grens: {codes}.",
        "en": "In the boundary file {path} these areas have no boundary: {codes}.",
        "de": "In der Grenzdatei {path} haben diese Gebiete keine Grenze: {codes}.",
    },
    "geo.error.not_polygons": {
        "nl": "In het grensbestand {path} zijn deze gebieden geen vlakken (polygonen): {codes}.",
        "en": "In the boundary file {path} these areas are not polygons: {codes}.",
        "de": "In der Grenzdatei {path} sind diese Gebiete keine Flächen (Polygone): {codes}.",
    },
    "geo.error.missing_gemeenten": {
        "nl": "Het grensbestand {path} mist {count} Twentse gemeenten: {codes}.",
        "en": "The boundary file {path} lacks {count} Twente municipalities: {codes}.",
        "de": "Der Grenzdatei {path} fehlen {count} Twenter Gemeinden: {codes}.",
    },
    "geo.error.missing_kreise": {
        "nl": "Het grensbestand {path} mist {count} Duitse Kreise (Amtliche Gemeindeschlüssel): {codes}.",
        "en": "The boundary file {path} lacks {count} German districts (Amtlicher Gemeindeschlüssel): {codes}.",
        "de": "Der Grenzdatei {path} fehlen {count} deutsche Kreise (Amtlicher Gemeindeschlüssel): {codes}.",
    },
    "geo.credit": {
        "nl": "Kaartgrenzen: CBS/Kadaster (CC BY 4.0); © GeoBasis-DE / BKG 2019 (Daten verändert)",
        "en": "Boundaries: CBS/Kadaster (CC BY 4.0); © GeoBasis-DE / BKG 2019 (Daten verändert)",
        "de": "Kartengrenzen: CBS/Kadaster (CC BY 4.0); © GeoBasis-DE / BKG 2019 (Daten verändert)",
    },
}
