"""What the services say, in the desk's language.

The services hand the window English `Words` (frontdesk/domain/words.py) that remember their
template and values. `shown` looks the template up under the context "services"
(resources/translations/frontdesk_services_<lang>.ts, loaded by ui/i18n.py), lets Qt pick the
plural form for the language, and only then fills the values in (themselves translated when they
are Words too). A plain string (a provider's own message, a stored alert title) is looked up
whole and otherwise shown as it is; plain values inside Words (names, rooms) are never looked up.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.words import CONTEXT, Moment, Words
from frontdesk.ui.dates import local_format


def shown(text: str | None, zone: str | None = None) -> str:
    """`text` in the desk's language when the services made it with say()/say_plural(); with the
    property's `zone`, the times in it on the property's clock ("vie 20 nov 18:30") instead of UTC."""
    if not isinstance(text, Words):
        # A text that came back from the database (a sync alert's title) is plain English again:
        # looked up whole, it is still found when it was a say() without values.
        return QCoreApplication.translate(CONTEXT, text) if text else ""
    values = {name: _value(v, zone) for name, v in text.values.items()}
    if text.plural is None:
        template = QCoreApplication.translate(CONTEXT, text.template)
    else:
        template = QCoreApplication.translate(
            CONTEXT, text.template, text.plural, text.n if text.n is not None else -1
        )
        if template == text.template and text.n != 1:  # no translation loaded: English picks its own form
            template = text.plural
    try:
        made = template.format(**values) if text.values else template
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the English
        return str.__str__(text)
    return made[:1].lower() + made[1:] if text.first_lower else made


def _value(value: Any, zone: str | None) -> Any:
    if isinstance(value, Moment) and zone is not None:
        return local_format(value.at.astimezone(ZoneInfo(zone)), "%a %d %b %H:%M")
    return shown(value, zone) if isinstance(value, Words) else value


def shown_error(error: FrontDeskError) -> tuple[str, str]:
    """The error's title and hint in the desk's language."""
    return shown(error.title), shown(error.hint)
