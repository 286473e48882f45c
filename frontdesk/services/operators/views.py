"""What the operator services return: frozen views the GUI shows and the command line prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from frontdesk.domain.operators import Operator, Role


@dataclass(frozen=True)
class OperatorView:
    """An operator as listed: never its password, PIN or hash."""

    name: str
    role: Role
    disabled: bool
    signs_in_with: str  # "password" or "pin"
    created_at: datetime

    @property
    def operator(self) -> Operator:
        return Operator(self.name, self.role, self.disabled)


@dataclass(frozen=True)
class SignedIn:
    """Who a desk or a command acts for, and until when (None: a script's token, until disabled)."""

    name: str
    role: Role
    expires_at: datetime | None


@dataclass(frozen=True)
class ScriptToken:
    """A long-lived token for a PMS script: shown once, here; the desk keeps only its hash."""

    name: str
    role: Role
    token: str = field(repr=False)
    use: str = "give it to the script in FRONTDESK_TOKEN; it works until the operator is disabled"


@dataclass(frozen=True)
class SignedOut:
    signed_out: bool
