"""Translation texts, one module per part of the app; ``data.i18n`` merges them all."""
