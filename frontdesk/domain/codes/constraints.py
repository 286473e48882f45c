"""Which PINs a lock accepts, and picking a random one it will take.

Locks differ: some refuse zeros, some refuse 1234-style runs, some compare only the first four
digits of each code. The provider reports these as `code_constraints` on the device; the desk
checks a PIN against them before sending it, and generates PINs that satisfy them and are not
already on the lock. The random source is passed in (use `random.SystemRandom()` for real PINs).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from frontdesk.domain.codes.errors import (
    CodeNameNotAccepted,
    NoFreePin,
    PinAlreadyOnLock,
    PinChosenByLock,
    PinNotAccepted,
)
from frontdesk.domain.words import say

DEFAULT_LENGTHS: tuple[int, ...] = (4, 5, 6, 7, 8)

NO_ZEROS = "no_zeros"
CANNOT_START_WITH_12 = "cannot_start_with_12"
NO_TRIPLE_CONSECUTIVE_INTS = "no_triple_consecutive_ints"
CANNOT_SPECIFY_PIN_CODE = "cannot_specify_pin_code"
PIN_CODE_MATCHES_EXISTING_SET = "pin_code_matches_existing_set"
START_DATE_IN_FUTURE = "start_date_in_future"
NO_ASCENDING_OR_DESCENDING_SEQUENCE = "no_ascending_or_descending_sequence"
AT_LEAST_THREE_UNIQUE_DIGITS = "at_least_three_unique_digits"
CANNOT_CONTAIN_089 = "cannot_contain_089"
CANNOT_CONTAIN_0789 = "cannot_contain_0789"
UNIQUE_FIRST_FOUR_DIGITS = "unique_first_four_digits"
NO_ALL_SAME_DIGITS = "no_all_same_digits"

# Plain words for each reason a PIN is refused (used in the error's hint).
RULE_WORDS: dict[str, str] = {
    "not_digits": "use digits only",
    "length": "use a length this lock takes",
    NO_ZEROS: "leave out the digit 0",
    CANNOT_START_WITH_12: "do not start with 12",
    NO_TRIPLE_CONSECUTIVE_INTS: "avoid three digits in a row that repeat or count up or down (111, 123, 321)",
    NO_ASCENDING_OR_DESCENDING_SEQUENCE: "do not count straight up or down (1234, 9876)",
    AT_LEAST_THREE_UNIQUE_DIGITS: "use at least three different digits",
    CANNOT_CONTAIN_089: "leave out the digits 0, 8 and 9",
    CANNOT_CONTAIN_0789: "leave out the digits 0, 7, 8 and 9",
    UNIQUE_FIRST_FOUR_DIGITS: "start differently from every other code on this lock (first four digits)",
    NO_ALL_SAME_DIGITS: "do not repeat one digit throughout",
    "duplicate": "choose a PIN that is not already on this lock",
}

_FORBIDDEN_DIGITS = {NO_ZEROS: "0", CANNOT_CONTAIN_089: "089", CANNOT_CONTAIN_0789: "0789"}


@dataclass(frozen=True)
class CodeConstraints:
    """What one lock accepts. Unknown rule names are kept but not enforced."""

    rules: frozenset[str] = frozenset()
    supported_lengths: frozenset[int] | None = None  # None: the desk's default, 4 to 8 digits
    min_length: int | None = None
    max_length: int | None = None
    name_min_length: int | None = None
    name_max_length: int | None = None
    name_must_be_unique: bool = False

    @classmethod
    def from_device(
        cls,
        code_constraints: Iterable[Mapping[str, Any]] = (),
        supported_code_lengths: Iterable[int] | None = None,
    ) -> CodeConstraints:
        """Read the device's `code_constraints` list and `supported_code_lengths`."""
        rules: set[str] = set()
        name_min = name_max = None
        name_unique = False
        for item in code_constraints:
            kind = str(item.get("constraint_type", ""))
            if kind == "name_length":
                name_min, name_max = item.get("min_length"), item.get("max_length")
            elif kind == "name_must_be_unique":
                name_unique = True
            elif kind:
                rules.add(kind)
        lengths = frozenset(int(n) for n in supported_code_lengths) if supported_code_lengths else None
        return cls(frozenset(rules), lengths, None, None, name_min, name_max, name_unique)

    @property
    def desk_can_choose_pin(self) -> bool:
        """False when the lock (or its maker's system) assigns PINs itself."""
        return not self.rules & {CANNOT_SPECIFY_PIN_CODE, PIN_CODE_MATCHES_EXISTING_SET}

    @property
    def allowed_lengths(self) -> tuple[int, ...]:
        lengths = sorted(self.supported_lengths) if self.supported_lengths else list(DEFAULT_LENGTHS)
        low = self.min_length if self.min_length is not None else 0
        high = self.max_length if self.max_length is not None else 99
        return tuple(n for n in lengths if low <= n <= high)

    @property
    def alphabet(self) -> str:
        """The digits a PIN for this lock may use."""
        banned = "".join(digits for rule, digits in _FORBIDDEN_DIGITS.items() if rule in self.rules)
        return "".join(d for d in "0123456789" if d not in banned)


NO_CONSTRAINTS = CodeConstraints()
"""A lock that reported no constraints: digits only, 4 to 8 long."""


def _is_run(a: str, b: str, c: str) -> bool:
    """Three digits that repeat or count up or down by one."""
    step1, step2 = int(b) - int(a), int(c) - int(b)
    return step1 == step2 and step1 in (-1, 0, 1)


def _prefix_problems(prefix: str, constraints: CodeConstraints, taken_fronts: Collection[str]) -> list[str]:
    """Rules that can be judged on the start of a PIN (lets the generator prune early)."""
    rules = constraints.rules
    problems: list[str] = []
    banned = set("0123456789") - set(constraints.alphabet)
    if banned & set(prefix):
        problems.extend(
            rule for rule, digits in _FORBIDDEN_DIGITS.items() if rule in rules and set(digits) & set(prefix)
        )
    if CANNOT_START_WITH_12 in rules and prefix.startswith("12"):
        problems.append(CANNOT_START_WITH_12)
    if NO_TRIPLE_CONSECUTIVE_INTS in rules and any(
        _is_run(*prefix[i : i + 3]) for i in range(len(prefix) - 2)
    ):
        problems.append(NO_TRIPLE_CONSECUTIVE_INTS)
    if UNIQUE_FIRST_FOUR_DIGITS in rules and len(prefix) >= 4 and prefix[:4] in taken_fronts:
        problems.append(UNIQUE_FIRST_FOUR_DIGITS)
    return problems


def _fronts(constraints: CodeConstraints, taken: Iterable[str]) -> frozenset[str]:
    if UNIQUE_FIRST_FOUR_DIGITS not in constraints.rules:
        return frozenset()
    return frozenset(t[:4] for t in taken if t)


def pin_problems(pin: str, constraints: CodeConstraints, taken: Collection[str] = ()) -> list[str]:
    """Every rule `pin` breaks on this lock (empty when the lock takes it). `taken`: PINs on the lock."""
    return _problems(pin, constraints, taken, _fronts(constraints, taken))


def _problems(
    pin: str, constraints: CodeConstraints, taken: Collection[str], fronts: Collection[str]
) -> list[str]:
    if not pin.isascii() or not pin.isdigit():
        return ["not_digits"]
    problems: list[str] = []
    if len(pin) not in constraints.allowed_lengths:
        problems.append("length")
    problems.extend(_prefix_problems(pin, constraints, fronts))
    rules = constraints.rules
    if NO_ASCENDING_OR_DESCENDING_SEQUENCE in rules and len(pin) > 1:
        steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
        if steps in ({1}, {-1}):
            problems.append(NO_ASCENDING_OR_DESCENDING_SEQUENCE)
    if AT_LEAST_THREE_UNIQUE_DIGITS in rules and len(set(pin)) < 3:
        problems.append(AT_LEAST_THREE_UNIQUE_DIGITS)
    if NO_ALL_SAME_DIGITS in rules and len(set(pin)) == 1:
        problems.append(NO_ALL_SAME_DIGITS)
    if pin in taken:
        problems.append("duplicate")
    return problems


def check_pin(pin: str, constraints: CodeConstraints, taken: Collection[str] = ()) -> None:
    """Raise the error a receptionist should see if the lock would refuse `pin`."""
    if not constraints.desk_can_choose_pin:
        raise PinChosenByLock()
    problems = pin_problems(pin, constraints, taken)
    if not problems:
        return
    if problems == ["duplicate"]:
        raise PinAlreadyOnLock()
    rules = [p for p in problems if p != "duplicate"]
    words = "; ".join(RULE_WORDS.get(p, p) for p in rules)
    if "length" in rules:
        shown = ", ".join(str(n) for n in constraints.allowed_lengths)
        words = words.replace(RULE_WORDS["length"], f"use {shown} digits")
    raise PinNotAccepted(hint=say("This lock needs you to {words}.", words=words), detail={"rules": rules})


def check_name(name: str | None, constraints: CodeConstraints, taken_names: Collection[str] = ()) -> None:
    """Refuse a code name the lock would refuse (too short, too long, or not unique)."""
    if name is None:
        return
    if constraints.name_max_length is not None and len(name) > constraints.name_max_length:
        raise CodeNameNotAccepted(
            hint=say("Use at most {name_max_length} characters.", name_max_length=constraints.name_max_length)
        )
    if constraints.name_min_length is not None and len(name) < constraints.name_min_length:
        raise CodeNameNotAccepted(
            hint=say(
                "Use at least {name_min_length} characters.", name_min_length=constraints.name_min_length
            )
        )
    if constraints.name_must_be_unique and name in taken_names:
        raise CodeNameNotAccepted(hint=say("Another code on this lock has this name; choose another."))


Target = tuple[CodeConstraints, Collection[str]]
"""One lock a PIN must suit: its constraints and the PINs already on it."""


def find_shared_pin(rng: random.Random, length: int, targets: Sequence[Target]) -> str | None:
    """A random PIN of `length` every target lock accepts, or None when none exists.

    First plain random draws (uniform over all PINs); if those keep failing (a crowded lock),
    a randomised depth-first search that prunes on prefixes, so "none" is a proven answer.
    """
    alphabet = "".join(d for d in "0123456789" if all(d in c.alphabet for c, _ in targets))
    if not alphabet or any(length not in c.allowed_lengths for c, _ in targets):
        return None
    sets = [(c, frozenset(taken), _fronts(c, taken)) for c, taken in targets]

    def accepted(pin: str) -> bool:
        return all(not _problems(pin, c, taken, fronts) for c, taken, fronts in sets)

    for _ in range(64):
        pin = "".join(rng.choice(alphabet) for _ in range(length))
        if accepted(pin):
            return pin

    def search(prefix: str) -> str | None:
        if len(prefix) == length:
            return prefix if accepted(prefix) else None
        digits = list(alphabet)
        rng.shuffle(digits)
        for digit in digits:
            candidate = prefix + digit
            if any(_prefix_problems(candidate, c, fronts) for c, _, fronts in sets):
                continue
            found = search(candidate)
            if found is not None:
                return found
        return None

    return search("")


def choose_length(constraints: CodeConstraints, preferred: int | None) -> int:
    """The preferred length when the lock takes it, else the shortest it takes."""
    lengths = constraints.allowed_lengths
    if not lengths:
        raise PinNotAccepted(
            hint=say("This lock reports no PIN length the desk can use; check its settings.")
        )
    return preferred if preferred in lengths else lengths[0]


def generate_pin(
    rng: random.Random, length: int | None, constraints: CodeConstraints, taken: Collection[str] = ()
) -> str:
    """A random PIN this lock accepts and that is not on it yet.

    `length` None means the shortest length the lock takes. A length the lock does not take is
    refused (400); a lock with no free PIN left gives 409.
    """
    if not constraints.desk_can_choose_pin:
        raise PinChosenByLock()
    if length is None:
        length = choose_length(constraints, None)
    if length not in constraints.allowed_lengths:
        shown = ", ".join(str(n) for n in constraints.allowed_lengths)
        raise PinNotAccepted(
            hint=say("This lock takes PINs of {shown} digits.", shown=shown), detail={"length": length}
        )
    pin = find_shared_pin(rng, length, [(constraints, taken)])
    if pin is None:
        raise NoFreePin(detail={"length": length})
    return pin
