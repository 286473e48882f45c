"""What typed text the desk accepts as a person's name, the same for the window and the command line.

A name is shown on screens, printed on PIN slips and written to the audit log, so it must be
plain visible text: control characters (C0, DEL, C1) and the bidirectional overrides and isolates
(U+202A-U+202E, U+2066-U+2069, which can make a name read backwards) are refused, not silently
dropped, so that what the receptionist typed is what is stored. Text that was not valid UTF-8
arrives as lone surrogates (Python's surrogate escapes) and is refused too.
"""

from __future__ import annotations

import unicodedata

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say

MAX_NAME_LENGTH = 200

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def has_surrogates(text: str) -> bool:
    """True when `text` holds lone surrogates: bytes that were not valid UTF-8."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def refuse_invalid_utf8(text: str, what: str) -> None:
    if has_surrogates(text):
        raise InvalidInput(
            say("The {what} is not valid text.", what=what),
            say("It holds bytes that are not UTF-8; type it again, or set the terminal to UTF-8."),
        )


def _invisible(ch: str) -> bool:
    return ch in BIDI_CONTROLS or (unicodedata.category(ch) == "Cc" and not ch.isspace())


def refuse_unsafe_text(text: str, what: str) -> None:
    """Refuse text that is not valid UTF-8 or holds control or bidi characters (see module doc)."""
    refuse_invalid_utf8(text, what)
    if any(_invisible(ch) for ch in text):
        raise InvalidInput(
            say("The name has invisible control characters."),
            say(
                "Type the {what} again by hand; pasted text can carry characters that are not shown.",
                what=what,
            ),
        )


def clean_person_name(name: str, what: str = "guest") -> str:
    """The name with runs of white space made one space; refused when empty, too long or unsafe."""
    refuse_unsafe_text(name, f"{what}'s name")
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(
            say("The {what}'s name is empty.", what=what),
            say("Type the {what}'s name as it should appear on the stay.", what=what),
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(
            say("The {what}'s name is too long.", what=what),
            say("Use at most {max_name_length} characters.", max_name_length=MAX_NAME_LENGTH),
        )
    return cleaned
