"""What an import reports: one :class:`Issue` per problem, and a bounded list of them.

Each issue names where it is (file, row, column), the value found and the code of its
explanation, which :meth:`Issue.message` gives in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from data.i18n import translate
from data.importing import limits

ERROR = "error"
WARNING = "warning"

MORE_ISSUES = "more_issues"
# Parameters that hold what the file said (and may be long); the others are the app's own.
_USER_PARAMS = ("item",)


def shorten(text: str, limit: int | None = None) -> str:
    """A value as a report shows it: a 50 MB cell must not become a 50 MB message."""
    limit = limits.MAX_VALUE_CHARS if limit is None else limit
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Issue:
    """One problem found in a file: where it is, what was there and why it is a problem.

    ``follow_on`` marks a problem that another one caused (a link to a rejected row), so
    the report can put the cause first.
    """

    severity: str
    code: str
    source: str
    row: int | None = None
    column: str | None = None
    value: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    follow_on: bool = False

    def __post_init__(self) -> None:
        if len(self.value) > limits.MAX_VALUE_CHARS:
            object.__setattr__(self, "value", shorten(self.value))
        long = {
            k: shorten(self.params[k])
            for k in _USER_PARAMS
            if isinstance(self.params.get(k), str) and len(self.params[k]) > limits.MAX_VALUE_CHARS
        }
        if long:
            object.__setattr__(self, "params", {**self.params, **long})

    def message(self, lang: str = "nl") -> str:
        values = {"value": self.value, "column": self.column or "", "row": self.row or "", **self.params}
        return translate(f"beheer.issue.{self.code}", lang, **values)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def report_order(self) -> tuple:
        """Errors before warnings, causes before what they caused, the count of the rest last."""
        return (
            self.code == MORE_ISSUES,
            not self.is_error,
            self.follow_on,
            self.source,
            self.row or 0,
            self.column or "",
        )


class IssueList(list):
    """The issues of one import, up to :data:`limits.MAX_ISSUES`; past that they are only counted.

    A file of a million bad rows would otherwise hold millions of issues in memory and in
    the report.  :meth:`close` adds one issue that says how many more there were.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.dropped_errors = 0
        self.dropped_warnings = 0

    @property
    def full(self) -> bool:
        return len(self) >= limits.MAX_ISSUES

    def count_dropped(self, severity: str, number: int = 1) -> None:
        if severity == ERROR:
            self.dropped_errors += number
        else:
            self.dropped_warnings += number

    def append(self, issue: Issue) -> None:
        if self.full:
            self.count_dropped(issue.severity)
        else:
            super().append(issue)

    def add_always(self, issue: Issue) -> None:
        """An issue about the import as a whole, listed whatever the bound."""
        super().append(issue)

    def absorb(self, issues: Sequence[Issue]) -> None:
        """Add another list's issues, with what it counted but did not keep."""
        for issue in issues:
            self.append(issue)
        if isinstance(issues, IssueList):
            self.dropped_errors += issues.dropped_errors
            self.dropped_warnings += issues.dropped_warnings

    def close(self) -> None:
        dropped = self.dropped_errors + self.dropped_warnings
        if dropped:
            self.add_always(
                Issue(
                    ERROR if self.dropped_errors else WARNING,
                    MORE_ISSUES,
                    "–",
                    params={
                        "count": limits.dutch_count(dropped),
                        "errors": limits.dutch_count(self.dropped_errors),
                        "warnings": limits.dutch_count(self.dropped_warnings),
                        "shown": limits.dutch_count(len(self)),
                    },
                )
            )
            self.dropped_errors = self.dropped_warnings = 0
