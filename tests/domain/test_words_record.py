"""Words kept beside their English in the database come back as the same Words, or as the stored
English when the record no longer makes that English."""

from __future__ import annotations

import json

from frontdesk.domain.words import Words, from_record, say, say_plural, to_record


def test_words_with_values_come_back_from_their_json_record() -> None:
    text = say("{message} every {every}", message="Down.", every=say_plural("minute", "{n} minutes", n=5))
    back = from_record(json.loads(json.dumps(to_record(text))), str(text))
    assert isinstance(back, Words) and back == "Down. every 5 minutes"
    assert back.template == "{message} every {every}" and back.values["every"].plural == "{n} minutes"


def test_a_missing_or_changed_record_gives_the_stored_english() -> None:
    record = to_record(say("Room {room} is out of order.", room="101"))
    assert from_record(None, "stored text") == "stored text"
    assert not isinstance(from_record(record, "Room 102 is out of order."), Words)
    assert from_record({"template": 3}, "stored text") == "stored text"
