"""Keeping Python's garbage collector from freezing the window.

Python's cyclic collector runs in whichever thread happens to allocate, and a full collection
walks every object alive: Qt's and SQLAlchemy's modules, the window, the loaded rooms. On this
project's 2-core reference machine that walk took 60-100 ms, during which it holds the interpreter
lock, so the GUI thread could not answer a key press while the database thread loaded a 2,000-room
rack (measured with installer/benchmarks/gui_stall.py; docs/benchmarks.md). Once the window has
loaded, everything alive then is start-up state that lives as long as the window: `gc.freeze()`
moves it out of the collector's sight, so later collections walk only what was made since. When
the window closes it is handed back, so a process that opens windows one after another (the
tests) frees them.
"""

from __future__ import annotations

import gc


def settle_after_start() -> None:
    """Collect what start-up left behind, then keep the rest out of later collections (once, right
    after the first load: the collection itself is the one long walk)."""
    gc.collect()
    gc.freeze()


def settle_more() -> None:
    """Keep what was made since (the encoder's driver, loaded after the first load) out of later
    collections too, without another walk: a collection now could fall on the receptionist's first
    key press."""
    gc.freeze()


def release_at_close() -> None:
    """Give the start-up objects back to the collector (the window is going away)."""
    gc.unfreeze()
