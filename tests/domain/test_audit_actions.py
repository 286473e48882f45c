"""Every event has a stable audit action name and a sentence that is not a class name."""

from __future__ import annotations

import importlib
import pkgutil

import frontdesk.domain
from frontdesk.domain.audit import ACTION_NAMES, action_of
from frontdesk.domain.events import Event


def all_event_classes() -> set[type[Event]]:
    for info in pkgutil.walk_packages(frontdesk.domain.__path__, "frontdesk.domain."):
        importlib.import_module(info.name)
    found: set[type[Event]] = set()
    todo = [Event]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    return found


def test_every_event_has_a_stable_dotted_action_name_unlike_its_class_name() -> None:
    events = all_event_classes()
    assert events <= set(ACTION_NAMES), sorted(c.__name__ for c in events - set(ACTION_NAMES))
    names = list(ACTION_NAMES.values())
    assert len(set(names)) == len(names)
    for cls, name in ACTION_NAMES.items():
        assert "." in name and name.islower() and name != cls.__name__


def test_the_action_name_comes_from_the_table() -> None:
    from frontdesk.domain.events import GuestCheckedIn

    assert action_of(GuestCheckedIn("R-1", ("Marta Ruiz",), frozenset({"room-110"}))) == "stay.checked_in"
