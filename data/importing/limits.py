"""The bounds on one import, in one place: one upload must not be able to stop the server.

The upload limit applies to the packed file; an XLSX is a zip, so its unpacked sizes are
checked too before anything is parsed.  The readers (:mod:`data.importing.files`,
:mod:`data.importing.xlsx`) and the row checks read these values at call time, so a test
can lower them.
"""

from __future__ import annotations

import os

MAX_MB_ENV_VAR = "CULTUUR_MAX_UPLOAD_MB"
DEFAULT_MAX_MB = 20  # also Streamlit's server.maxUploadSize (.streamlit/config.toml)
MAX_ROWS = 200_000  # parsed rows of one file, whatever its line ends
HEADER_SEARCH_ROWS = 15  # a title row or a few above the header are fine
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_COLUMNS = 256  # no sheet of the templates comes near; a value further right is refused
# An XLSX unpacks to its XML: the largest allowed indicator sheet (200,000 rows) is 50 MB
# of it as Excel writes it, 77 MB as openpyxl does.  Ordinary workbooks pack 5 to 20
# times; a bomb packs hundreds of times.  Parsing takes about 45 ms per MB.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FROM_BYTES = 1024 * 1024  # small parts (styles, a short sheet) may pack better
MAX_ZIP_MEMBERS = 2_000
MAX_ISSUES = 1_000  # problems listed in a report; the rest are counted
MAX_VALUE_CHARS = 120  # a value shown in a report is shortened to this
MAX_FUZZY_CHARS = 40  # only names this short are compared for a "did you mean"


def max_upload_bytes() -> int:
    """The upload limit: ``$CULTUUR_MAX_UPLOAD_MB`` megabytes, 20 by default."""
    try:
        megabytes = float(os.environ.get(MAX_MB_ENV_VAR, DEFAULT_MAX_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    return int(megabytes * 1024 * 1024)


def dutch_count(number: int) -> str:
    """200000 -> '200.000', as the messages write counts."""
    return f"{number:,}".replace(",", ".")


class ImportFileError(Exception):
    """A file that cannot be read at all; ``code`` names the Dutch explanation.

    ``row`` is the row the problem was found in, when there is one.
    """

    def __init__(
        self, code: str, *, row: int | None = None, column: str | None = None, **params: object
    ) -> None:
        super().__init__(code)
        self.code = code
        self.row = row
        self.column = column
        self.params = params
