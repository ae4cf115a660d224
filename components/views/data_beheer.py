"""The Data beheer workflow: templates, upload, validation report, preview, commit, log and undo.

Everything that decides or stores lives in ``data.importing``; this module only shows
it.  The import writes to the store of imported data (``imported_cursor``), never to
the demo store.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import auth, cache
from components.cache import (
    IMPORTED_DATA_KEY,
    forget_store_facts,
    has_imported_data,
    imported_cursor,
)
from data import cbs, templates
from data.formatting import escape_markdown
from data.i18n import translate
from data.importing.commit import commit
from data.importing.issues import Issue
from data.importing.plan import Analysis, analyse
from data.importing.report import issue_table
from data.importing.undo import import_history, last_import, store_state, undo_last_import

UPLOAD_COUNTER = "beheer_upload_round"
FLASH_KEY = "beheer_flash"
ANALYSIS_KEY = "beheer_analysis"
CBS_KEY = "beheer_cbs"  # the last fetch from CBS, until it is imported


def render_source_status(lang: str) -> None:
    """Which store the app reads now, and how to switch."""
    st.subheader(translate("beheer.source.title", lang))
    if not has_imported_data():
        st.caption(translate("beheer.source.demo_only", lang))
    elif st.session_state.get(IMPORTED_DATA_KEY, True):
        st.caption(translate("beheer.source.imported", lang))
    else:
        st.caption(translate("beheer.source.demo_available", lang))


def render_templates(lang: str, version: str) -> None:
    st.subheader(translate("beheer.templates.title", lang))
    st.caption(translate("beheer.templates.intro", lang))
    files = cache.template_files(lang)
    labels = {
        "sjabloon_indicatorwaarden.xlsx": "beheer.templates.indicators_xlsx",
        "sjabloon_indicatorwaarden.csv": "beheer.templates.indicators_csv",
        "sjabloon_initiatieven.xlsx": "beheer.templates.initiatives_xlsx",
        "sjabloon_initiatieven_csv.zip": "beheer.templates.initiatives_csv",
    }
    columns = st.columns(2)
    for index, (name, key) in enumerate(labels.items()):
        content, mime = files[name]
        columns[index // 2].download_button(
            translate(key, lang), content, file_name=name, mime=mime, icon=":material/download:"
        )
    st.download_button(
        translate("beheer.templates.export", lang),
        cache.export_xlsx(lang, version),
        file_name="cultuurdashboard_gegevens.xlsx",
        mime=templates.XLSX_MIME,
        icon=":material/table_view:",
    )


def _issue_frame(issues: list[Issue], lang: str) -> pd.DataFrame:
    frame = issue_table(issues, lang)
    frame.columns = [
        translate(f"beheer.col.{k}", lang)
        for k in ("severity", "file", "row", "column", "value", "explanation")
    ]
    return frame


def _preview_frame(preview: pd.DataFrame, lang: str) -> pd.DataFrame:
    names = {
        "tabel": "beheer.preview.table",
        "nieuw": "beheer.preview.new",
        "gewijzigd": "beheer.preview.updated",
        "ongewijzigd": "beheer.preview.unchanged",
        "verwijderd": "beheer.preview.removed",
        "overschreven": "beheer.report.written_column",
        "behouden": "beheer.report.kept_column",
    }
    return preview.rename(columns={k: translate(v, lang) for k, v in names.items()})


def _read_uploads(uploads: list, limit: int, lang: str) -> list[tuple[str, bytes]]:
    """The uploaded files within the size limit; larger ones are refused with a message."""
    files = []
    limit_mb = round(limit / 1024 / 1024, 1)
    for upload in uploads:
        if upload.size > limit:
            st.error(
                translate(
                    "beheer.upload.too_large", lang, name=escape_markdown(upload.name), limit_mb=limit_mb
                )
            )
            continue
        files.append((upload.name, upload.getvalue()))
    return files


def _analysis(files: list[tuple[str, bytes]], limit: int) -> Analysis:
    """Analyse once per set of files and state of the store, not on every rerun."""
    con = imported_cursor(create=True)
    state = (tuple(name for name, _ in files), tuple(hash(c) for _, c in files), store_state(con))
    cached = st.session_state.get(ANALYSIS_KEY)
    if cached and cached[0] == state:
        return cached[1]
    analysis = analyse(con, files, max_bytes=limit)
    st.session_state[ANALYSIS_KEY] = (state, analysis)
    return analysis


def _render_report(analysis: Analysis, lang: str) -> None:
    st.subheader(translate("beheer.report.title", lang))
    errors, warnings = analysis.validation.errors, analysis.validation.warnings
    if errors:
        st.error(translate("beheer.report.errors", lang, count=len(errors)), icon=":material/block:")
    elif warnings:
        st.warning(translate("beheer.report.warnings", lang, count=len(warnings)), icon=":material/warning:")
    else:
        st.success(translate("beheer.report.clean", lang, rows=analysis.validation.rows_read))
    if analysis.issues:
        st.dataframe(_issue_frame(analysis.issues, lang), hide_index=True, width="stretch")


def _render_preview(analysis: Analysis, lang: str, user: str, *, source: str = "upload") -> None:
    """The preview and the commit button; ``source`` keeps an upload's and a CBS fetch's widgets apart."""
    st.subheader(translate("beheer.preview.title", lang))
    st.dataframe(_preview_frame(analysis.preview, lang), hide_index=True)
    if analysis.changes == 0:
        st.info(translate("beheer.preview.nothing", lang))
        return
    accepted = True
    if analysis.validation.warnings:
        accepted = st.checkbox(
            translate("beheer.preview.accept_warnings", lang), key=f"beheer_accept_{source}"
        )
    clicked = st.button(
        translate("beheer.preview.commit", lang),
        type="primary",
        disabled=not accepted,
        key=f"beheer_commit_{source}",
    )
    if auth.confirm_action(clicked, lang, key=f"commit_{source}", subject=",".join(analysis.checksums)):
        _commit(analysis, lang, user)


def _commit(analysis: Analysis, lang: str, user: str) -> None:
    try:
        number = commit(imported_cursor(create=True), analysis, user=user)
    except Exception as error:  # the transaction was rolled back; say so plainly
        st.error(translate("beheer.commit.failed", lang, error=str(error)))
        return
    finally:
        forget_store_facts()
    st.session_state[FLASH_KEY] = translate(
        "beheer.commit.done",
        lang,
        number=number,
        rows=analysis.validation.rows_read,
        files=escape_markdown(", ".join(analysis.file_names)),
    )
    st.session_state[UPLOAD_COUNTER] = st.session_state.get(UPLOAD_COUNTER, 0) + 1
    st.session_state.pop(ANALYSIS_KEY, None)
    st.session_state.pop(CBS_KEY, None)
    st.session_state[IMPORTED_DATA_KEY] = True
    st.rerun()


def _cbs_analysis(fetched: cbs.CbsFetch) -> Analysis:
    """The fetch checked against the store as it is now (another import may have come in between)."""
    con = imported_cursor(create=True)
    state = (fetched.checksum, store_state(con))
    cached = st.session_state.get(f"{CBS_KEY}_analysis")
    if cached and cached[0] == state:
        return cached[1]
    analysis = cbs.analyse_fetch(con, fetched)
    st.session_state[f"{CBS_KEY}_analysis"] = (state, analysis)
    return analysis


def render_cbs_fetch(lang: str, user: str) -> None:
    """Public figures from CBS StatLine, one click away: fetched in full, then one ordinary import.

    Nothing is stored by the fetch itself; a failure (no network, a timeout, a CBS error)
    says so in Dutch and leaves the store as it was.
    """
    st.subheader(translate("beheer.cbs.title", lang))
    st.caption(translate("beheer.cbs.intro", lang))
    if st.button(
        translate("beheer.cbs.fetch", lang), icon=":material/cloud_download:", key="beheer_cbs_fetch"
    ):
        st.session_state.pop(CBS_KEY, None)
        try:
            with st.spinner(translate("beheer.cbs.busy", lang)):
                st.session_state[CBS_KEY] = cbs.fetch_all()
        except cbs.CbsError as error:
            st.error(error.message(lang), icon=":material/cloud_off:")
            return
    fetched = st.session_state.get(CBS_KEY)
    if fetched is None:
        return
    analysis = _cbs_analysis(fetched)
    st.code(cbs.fetch_report(fetched, lang), language=None)
    _render_report(analysis, lang)
    if not analysis.has_errors:
        _render_preview(analysis, lang, user, source="cbs")


def render_upload(lang: str, user: str, limit: int) -> None:
    """Upload, report, preview and commit."""
    st.subheader(translate("beheer.upload.title", lang))
    flash = st.session_state.pop(FLASH_KEY, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    uploads = st.file_uploader(
        translate("beheer.upload.label", lang),
        type=["csv", "txt", "xlsx", "xlsm", "xls"],
        accept_multiple_files=True,
        help=translate("beheer.upload.help", lang, limit_mb=round(limit / 1024 / 1024, 1)),
        key=f"beheer_upload_{st.session_state.get(UPLOAD_COUNTER, 0)}",
    )
    files = _read_uploads(uploads or [], limit, lang)
    if not files:
        return
    analysis = _analysis(files, limit)
    _render_report(analysis, lang)
    if not analysis.has_errors:
        _render_preview(analysis, lang, user)


def render_log(lang: str, user: str) -> None:
    """Every import, and undo for the last one."""
    st.subheader(translate("beheer.log.title", lang))
    con = imported_cursor()
    history = import_history(con) if con is not None else pd.DataFrame()
    if history.empty:
        st.caption(translate("beheer.log.empty", lang))
        return
    history = history.drop(columns=["ongedaan_door"])
    history.columns = [
        translate(f"beheer.log.col.{k}", lang)
        for k in ("id", "when", "files", "sha", "rows", "user", "undone")
    ]
    st.dataframe(history, hide_index=True, width="stretch")
    last = last_import(con)
    if last is not None and auth.confirm_action(
        st.button(translate("beheer.log.undo", lang, number=last), icon=":material/undo:"),
        lang,
        key="undo",
        subject=str(last),
    ):
        try:
            undo_last_import(imported_cursor(), user=user)
        finally:
            forget_store_facts()
        st.session_state[FLASH_KEY] = translate("beheer.log.undone", lang, number=last)
        st.session_state.pop(ANALYSIS_KEY, None)
        st.rerun()
