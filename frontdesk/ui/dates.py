"""Dates and times as the desk's language writes them ("Wed 02 Dec 11:00", "mié 02 dic 11:00").

strftime names days and months in the C locale, always English; these take the names from the
QLocale that ui/i18n.py makes the default. The names are looked up once (a 2,000-room rack formats
thousands of times per reload, and a QLocale lookup per call costs about half a millisecond).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

_NAMES: dict[str, tuple[str, ...]] = {}


def _names() -> dict[str, tuple[str, ...]]:
    if not _NAMES:
        locale = QLocale()
        short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
        # Python's weekday() is 0 for Monday; Qt's days run 1 (Monday) to 7.
        _NAMES["%a"] = tuple(locale.dayName(d, short) for d in range(1, 8))
        _NAMES["%A"] = tuple(locale.dayName(d, long) for d in range(1, 8))
        _NAMES["%b"] = tuple(locale.monthName(m, short) for m in range(1, 13))
        _NAMES["%B"] = tuple(locale.monthName(m, long) for m in range(1, 13))
    return _NAMES


def forget_names() -> None:
    """After the default locale changes: look the names up afresh."""
    _NAMES.clear()


def local_format(value: date, pattern: str) -> str:
    """`value.strftime(pattern)` with %a %A %b %B in the desk's language."""
    names = _names()
    for code, table in names.items():
        if code in pattern:
            index = value.weekday() if code in ("%a", "%A") else value.month - 1
            pattern = pattern.replace(code, table[index].replace("%", "%%"))
    return value.strftime(pattern)
