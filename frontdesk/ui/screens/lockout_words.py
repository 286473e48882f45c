"""Words and table layout shared by the lockout and codes screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget

from frontdesk.domain.words import say
from frontdesk.services.codes.views import CardVerdict, CodeView, LockoutCodeCheck
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
        line = say(
            "{kind}: {title} {hint} [{code}]",
            kind=_kind(issue.severity),
            title=issue.title,
            hint=issue.hint,
            code=issue.code,
        )
        words.append(shown(line).replace("  ", " "))
    return " · ".join(words)


def issue_titles(code: CodeView) -> str:
    """The code's errors and warnings, each as its kind and title only: the codes table's cell, which
    stays one or two lines in every language (issue_words, with what to do, is its tooltip)."""
    lines = [shown(say("{kind}: {title}", kind=_kind(i.severity), title=i.title)) for i in code.issues]
    return " · ".join(lines)


def _kind(severity: str) -> str:
    return say("Error") if severity == "error" else say("Warning")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text


def state_sentence(code: CodeView, check: LockoutCodeCheck | None) -> str:
    """One plain sentence on whether the guest's PIN opens the door now, for the lockout screen: the
    verdict once, then what the lock says or why not (never the same words twice), in the desk's
    language."""
    status = shown(code.status_text).rstrip(".")
    reason = shown(check.reason).rstrip(".") if check is not None else ""
    if check is None or code.in_backup_pool:
        sentence = status
    elif check.works_now and check.reason == "works now":
        sentence = tr("Works now: {state}").format(state=_lower_first(status))
    elif check.works_now and check.reason.startswith("works now"):
        sentence = reason[:1].upper() + reason[1:]  # "works now (a backup PIN, already on the lock)"
    elif check.works_now:
        sentence = tr("Works now, but {reason}").format(reason=reason.replace(": ", " — ", 1))
    else:
        sentence = tr("Does not work now: {reason}").format(reason=reason.replace(": ", " — ", 1))
    if code.pulled_backup_access_code_id:
        sentence += tr("; a backup PIN stands in for it")
    if code.pending:
        sentence += tr(", and a change is waiting to be sent")
    if check is not None and check.history:
        return f"{sentence}. {shown(check.history)}"  # when it reached the lock and last opened the door
    return sentence + "."


def problem_sentences(code: CodeView) -> str:
    """The code's problems for the lockout screen: one plain sentence each (the desk's title), no raw
    reason code unless the desk has no words for it (then the title itself names it)."""
    return " ".join(shown(issue.title) for issue in code.issues)


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
