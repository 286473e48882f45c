"""Which PINs a lock takes, and generating random ones it will take."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.domain.codes import CodeConstraints, check_name, check_pin, generate_pin, pin_problems
from frontdesk.domain.codes.constraints import find_shared_pin
from frontdesk.domain.errors import Conflict, InvalidInput

PLAIN = CodeConstraints()


def rules(*names: str) -> CodeConstraints:
    return CodeConstraints(rules=frozenset(names))


def test_digits_only_and_four_to_eight_long_by_default():
    assert pin_problems("4821", PLAIN) == []
    assert pin_problems("48213957", PLAIN) == []
    assert pin_problems("482", PLAIN) == ["length"]
    assert pin_problems("482139575", PLAIN) == ["length"]
    assert pin_problems("48a1", PLAIN) == ["not_digits"]
    assert pin_problems("４８２１", PLAIN) == ["not_digits"]  # full-width digits are not keypad digits


def test_device_lengths_override_the_default():
    six_only = CodeConstraints(supported_lengths=frozenset({6}))
    assert pin_problems("4821", six_only) == ["length"]
    assert pin_problems("482193", six_only) == []
    long_ok = CodeConstraints(supported_lengths=frozenset({10}))
    assert pin_problems("4821937561", long_ok) == []


@pytest.mark.parametrize(
    ("rule", "refused", "accepted"),
    [
        ("no_zeros", "4820", "4821"),
        ("cannot_start_with_12", "1284", "2184"),
        ("no_triple_consecutive_ints", "4567", "4579"),
        ("no_triple_consecutive_ints", "9765", "9764"),  # 7-6-5 counts down; 7-6-4 does not
        ("no_triple_consecutive_ints", "1118", "1185"),
        ("no_triple_consecutive_ints", "8321", "8319"),
        ("no_ascending_or_descending_sequence", "3456", "3457"),
        ("no_ascending_or_descending_sequence", "9876", "9875"),
        ("at_least_three_unique_digits", "4488", "4489"),
        ("cannot_contain_089", "4518", "4517"),
        ("cannot_contain_0789", "4517", "4516"),
        ("no_all_same_digits", "7777", "7776"),
    ],
)
def test_each_device_rule(rule, refused, accepted):
    assert rule in pin_problems(refused, rules(rule))
    assert pin_problems(accepted, rules(rule)) == []


def test_ascending_rule_concerns_the_whole_code_only():
    assert pin_problems("1235", rules("no_ascending_or_descending_sequence")) == []


def test_unique_first_four_digits_compares_with_codes_on_the_lock():
    c = rules("unique_first_four_digits")
    assert "unique_first_four_digits" in pin_problems("482199", c, taken={"482100"})
    assert pin_problems("482199", c, taken={"482000"}) == []
    assert "unique_first_four_digits" not in pin_problems("482199", PLAIN, taken={"482100"})


def test_check_pin_errors_say_what_to_do():
    with pytest.raises(InvalidInput) as err:
        check_pin("1204", rules("no_zeros", "cannot_start_with_12"))
    assert err.value.status == 400
    assert err.value.title == "PIN not accepted by this lock."
    assert "leave out the digit 0" in err.value.hint and "do not start with 12" in err.value.hint
    assert set(err.value.detail["rules"]) == {"no_zeros", "cannot_start_with_12"}
    with pytest.raises(InvalidInput) as err:
        check_pin("12", CodeConstraints(supported_lengths=frozenset({6, 8})))
    assert "use 6, 8 digits" in err.value.hint


def test_duplicate_pin_is_a_conflict():
    with pytest.raises(Conflict) as err:
        check_pin("4821", PLAIN, taken={"4821"})
    assert err.value.status == 409
    assert "already on the lock" in err.value.title


def test_lock_that_assigns_pins_refuses_a_chosen_one():
    for rule in ("cannot_specify_pin_code", "pin_code_matches_existing_set"):
        c = rules(rule)
        assert not c.desk_can_choose_pin
        with pytest.raises(InvalidInput, match="chooses its own PINs"):
            check_pin("4821", c)
        with pytest.raises(InvalidInput, match="chooses its own PINs"):
            generate_pin(random.Random(1), 4, c)


def test_constraints_read_from_the_device_properties():
    c = CodeConstraints.from_device(
        [
            {"constraint_type": "no_zeros"},
            {"constraint_type": "name_length", "min_length": 2, "max_length": 10},
            {"constraint_type": "name_must_be_unique"},
            {"constraint_type": "some_future_rule"},
        ],
        supported_code_lengths=[4, 6],
    )
    assert c.rules == {"no_zeros", "some_future_rule"}  # unknown rule kept, not enforced
    assert c.allowed_lengths == (4, 6)
    assert pin_problems("4821", c) == []
    check_name("Room 12", c)
    with pytest.raises(InvalidInput, match="Code name not accepted"):
        check_name("Room 12 - Smith family", c)
    with pytest.raises(InvalidInput, match="Code name not accepted"):
        check_name("Room 12", c, taken_names={"Room 12"})


def test_generated_pin_uses_the_shortest_length_unless_told():
    rng = random.Random(7)
    assert len(generate_pin(rng, None, PLAIN)) == 4
    assert len(generate_pin(rng, 6, PLAIN)) == 6
    assert len(generate_pin(rng, None, CodeConstraints(supported_lengths=frozenset({6, 5})))) == 5
    with pytest.raises(InvalidInput, match="not accepted"):
        generate_pin(rng, 9, PLAIN)


def test_generation_is_reproducible_with_the_same_random_source():
    assert generate_pin(random.Random(3), 6, PLAIN) == generate_pin(random.Random(3), 6, PLAIN)


def test_a_full_lock_gives_a_clear_conflict():
    c = CodeConstraints(rules=frozenset({"cannot_contain_0789"}), supported_lengths=frozenset({4}))
    every_pin = {f"{a}{b}{c_}{d}" for a in "123456" for b in "123456" for c_ in "123456" for d in "123456"}
    last = "3251"
    with pytest.raises(Conflict, match="No free PIN"):
        generate_pin(random.Random(1), 4, c, every_pin)
    # One free PIN left: the search finds it even though random draws almost never would.
    assert generate_pin(random.Random(1), 4, c, every_pin - {last}) == last


def test_unique_first_four_digits_with_every_front_taken_but_one():
    c = CodeConstraints(rules=frozenset({"unique_first_four_digits"}), supported_lengths=frozenset({6}))
    taken = {f"{n:04d}00" for n in range(10_000) if n != 4821}
    pin = generate_pin(random.Random(5), 6, c, taken)
    assert pin.startswith("4821")


ALL_RULES = [
    "no_zeros",
    "cannot_start_with_12",
    "no_triple_consecutive_ints",
    "no_ascending_or_descending_sequence",
    "at_least_three_unique_digits",
    "cannot_contain_089",
    "cannot_contain_0789",
    "unique_first_four_digits",
    "no_all_same_digits",
]


@settings(max_examples=300, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    chosen=st.sets(st.sampled_from(ALL_RULES)),
    length=st.integers(4, 8),
    taken=st.sets(st.text("0123456789", min_size=4, max_size=8), max_size=40),
)
def test_generated_pins_never_break_a_rule_nor_repeat_one_on_the_lock(seed, chosen, length, taken):
    c = CodeConstraints(rules=frozenset(chosen))
    pin = generate_pin(random.Random(seed), length, c, taken)
    assert len(pin) == length
    assert pin not in taken
    assert pin_problems(pin, c, taken) == []


@settings(max_examples=100, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    first=st.sets(st.sampled_from(ALL_RULES)),
    second=st.sets(st.sampled_from(ALL_RULES)),
    taken=st.sets(st.text("0123456789", min_size=4, max_size=4), max_size=30),
)
def test_a_shared_pin_suits_every_lock(seed, first, second, taken):
    a, b = CodeConstraints(rules=frozenset(first)), CodeConstraints(rules=frozenset(second))
    pin = find_shared_pin(random.Random(seed), 4, [(a, taken), (b, set())])
    assert pin is not None
    assert pin_problems(pin, a, taken) == [] and pin_problems(pin, b) == []
