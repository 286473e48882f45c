"""Words the services say to a person: English text that still knows how it was made.

`say("Room {room} is out of order.", room="101")` is the plain English string "Room 101 is out of
order." (the command line, the JSON and the logs print it as before), and it also carries its
template and values, so the window can look the template up in the desk's language and fill the
values in afterwards. `say_plural` picks the English form by `n` and lets a translation pick its
own (Spanish, like English, has two; other languages have more).

The templates are found in the code by `installer/service_translations.py` (every `say(...)` and
`say_plural(...)` with literal text), which keeps resources/translations/frontdesk_services_*.ts;
the window translates them under the context "services" (frontdesk/ui/service_words.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

CONTEXT = "services"


class Words(str):
    """English text made from `template` (or `plural` when `n` is not 1) and `values`."""

    template: str
    plural: str | None
    n: int | None
    values: Mapping[str, Any]
    first_lower: bool  # its first letter in lower case, as inside another sentence

    def __new__(
        cls,
        template: str,
        values: Mapping[str, Any] | None = None,
        *,
        plural: str | None = None,
        n: int | None = None,
        first_lower: bool = False,
    ) -> Words:
        values = dict(values or {})
        chosen = template if plural is None or n == 1 else plural
        # Without values the text is taken as it stands (a brace in it is no placeholder).
        text = chosen.format(**values) if values else chosen
        made = super().__new__(cls, text[:1].lower() + text[1:] if first_lower else text)
        made.template = template
        made.plural = plural
        made.n = n
        made.values = values
        made.first_lower = first_lower
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickles and copies keep the template
        return (_remake, (self.template, dict(self.values), self.plural, self.n, self.first_lower))


def _remake(
    template: str, values: dict[str, Any], plural: str | None, n: int | None, first_lower: bool
) -> Words:
    return Words(template, values, plural=plural, n=n, first_lower=first_lower)


@dataclass(frozen=True)
class Moment:
    """A time inside a sentence. As text it is unambiguous, in UTC ("2026-11-20 18:30 UTC": the
    command line, the stored audit sentence); the window shows it on the property's clock in the
    desk's language instead (frontdesk/ui/service_words.py)."""

    at: datetime

    def __format__(self, spec: str) -> str:
        return self.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")

    def __str__(self) -> str:
        return format(self)


def say(template: str, **values: Any) -> Words:
    """The English `template` with `values` filled in, translatable by the window."""
    return Words(template, values)


def say_plural(singular: str, plural: str, *, n: int, **values: Any) -> Words:
    """`singular` when n is 1, else `plural`; both may use {n} and the other `values`."""
    return Words(singular, {"n": n, **values}, plural=plural, n=n)


def lower_first(text: str) -> str:
    """`text` with its first letter in lower case (a title inside a sentence), still translatable."""
    if isinstance(text, Words):
        return Words(text.template, text.values, plural=text.plural, n=text.n, first_lower=True)
    return text[:1].lower() + text[1:]


def joined(separator: str, parts: Iterable[str]) -> Words:
    """The parts (Words or plain text) joined by `separator`, each part still translatable.

    Its template holds nothing but placeholders, so it needs no translation of its own."""
    values = {f"part{i}": part for i, part in enumerate(parts)}
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in values)
    return Words(template, values)


def to_record(text: str) -> Any:
    """`text` as plain JSON that remembers how it was made (kept beside the stored English, so a
    text with values still reads in the desk's language after a trip through the database)."""
    if not isinstance(text, Words):
        return str(text)
    values = {k: to_record(v) if isinstance(v, str) else v for k, v in text.values.items()}
    return {
        "template": text.template,
        "plural": text.plural,
        "n": text.n,
        "values": values,
        "first_lower": text.first_lower,
    }


def from_record(record: Any, english: str) -> str:
    """The Words `to_record` kept, or the stored `english` when there is no record or it does not
    make that same English (written by an older desk, or changed outside the desk)."""
    try:
        made = _from_record(record)
    except (AttributeError, KeyError, TypeError, ValueError, IndexError):
        return english
    return made if made == english else english


def _from_record(record: Any) -> Any:
    if not isinstance(record, dict):
        return record
    values = {k: _from_record(v) for k, v in record["values"].items()}
    return Words(
        record["template"], values, plural=record["plural"], n=record["n"], first_lower=record["first_lower"]
    )
