"""Words and table layout shared by the lockout and codes screens."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget

from frontdesk.domain.words import say
from frontdesk.services.codes.views import CardVerdict, CodeView
from frontdesk.ui.service_words import shown

VERDICTS = {
    CardVerdict.SHOULD_OPEN: say("should open"),
    CardVerdict.MAY_NOT_OPEN: say("may not open"),
    CardVerdict.WILL_NOT_OPEN: say("will not open"),
}


def issue_words(code: CodeView) -> str:
    """The code's errors and warnings in plain words with what to do; an unknown one shows its raw code."""
    words = []
    for issue in code.issues:
        kind = say("Error") if issue.severity == "error" else say("Warning")
        line = say(
            "{kind}: {title} {hint} [{code}]", kind=kind, title=issue.title, hint=issue.hint, code=issue.code
        )
        words.append(shown(line).replace("  ", " "))
    return " · ".join(words)


def fit_columns(table: QTableWidget, stretch: tuple[int, ...] = (2, 3)) -> None:
    """Short columns (door, PIN, card number) fit their contents; the wordy ones share the rest of the
    width and wrap, so a receptionist reads the whole sentence without scrolling sideways."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        fixed = column not in stretch
        mode = QHeaderView.ResizeMode.ResizeToContents if fixed else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    table.setWordWrap(True)
    table.resizeRowsToContents()


def plain_suggestion(text: str) -> str:
    """A suggestion without the command-line form at its end (the button here does the same)."""
    return text.split(": frontdesk ", 1)[0]
