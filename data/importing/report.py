"""The validation report as a table (Data beheer) and as text (the command line)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from data.i18n import translate
from data.importing.issues import Issue
from data.importing.plan import Analysis


def issue_table(issues: Sequence[Issue], lang: str = "nl") -> pd.DataFrame:
    """The validation report as a table: severity, file, row, column, value, explanation."""
    return pd.DataFrame(
        {
            "ernst": [translate(f"beheer.severity.{i.severity}", lang) for i in issues],
            "bestand": [i.source for i in issues],
            "rij": pd.Series([i.row for i in issues], dtype="Int64"),
            "kolom": [i.column or "" for i in issues],
            "waarde": [i.value for i in issues],
            "toelichting": [i.message(lang) for i in issues],
        }
    )


def format_report(analysis: Analysis, lang: str = "nl") -> str:
    lines = []
    for issue in analysis.issues:
        where = issue.source
        if issue.row is not None:
            where += f", {translate('beheer.report.row', lang)} {issue.row}"
        if issue.column:
            where += f", {translate('beheer.report.column', lang)} '{issue.column}'"
        label = translate(f"beheer.severity.{issue.severity}", lang).upper()
        lines.append(f"{label}: {where}: {issue.message(lang)}")
    if not analysis.preview.empty:
        lines.append(
            analysis.preview[["tabel", "nieuw", "gewijzigd", "ongewijzigd", "verwijderd"]].to_string(
                index=False
            )
        )
        for row in analysis.preview.itertuples():
            if row.behouden:
                lines.append(
                    translate(
                        "beheer.report.kept",
                        lang,
                        table=row.tabel,
                        kept=row.behouden,
                        written=row.overschreven or "–",
                    )
                )
    counts = {"errors": len(analysis.validation.errors), "warnings": len(analysis.validation.warnings)}
    lines.append(translate("beheer.report.summary", lang, rows=analysis.validation.rows_read, **counts))
    return "\n".join(lines)
