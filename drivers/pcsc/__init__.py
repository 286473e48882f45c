"""PC/SC encoder driver (pyscard + pcscd) for contactless desktop readers.

Entry point ``frontdesk.encoders: pcsc = drivers.pcsc``. `available()` says whether pyscard
can be imported at the version needed, and names it when not; `create()` then raises
ReaderServiceUnavailable instead of crashing.
"""

from __future__ import annotations

from drivers.pcsc.encoder import PcscEncoder, available


def create(**options: object) -> PcscEncoder:
    """A new PC/SC encoder (options: watch_interval in seconds)."""
    return PcscEncoder(**options)  # type: ignore[arg-type]


__all__ = ["PcscEncoder", "available", "create"]
