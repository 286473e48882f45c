"""The stable reasons the desk stores for a card that must be encoded again or was revoked, and for
an access that ended, as words in the desk's language.

The database keeps the reason's stable English ("dates changed", "checked_out"): the command line,
the logs and the audit chain read it as before. `reason_words` gives the `say()` for it, so a
sentence made from a stored row ("re-encode the card (dates changed)") reads translated; a reason it
does not know (a person's own words) shows as it is.
"""

from __future__ import annotations

from frontdesk.domain.words import say

REASONS = {
    "dates changed": say("dates changed"),
    "room moved": say("room moved"),
    "key rotation": say("key rotation"),
    "deleted": say("deleted"),
    "moved": say("moved"),
    "checked_out": say("checked out"),
    "dates changed; a new code was issued": say("dates changed; a new code was issued"),
}


def reason_words(reason: str | None) -> str | None:
    """The stored reason as translatable words (unchanged when it is not one of the desk's own)."""
    if reason is None:
        return None
    return REASONS.get(reason, reason)
