"""Run the card emulator: ``python -m tests.cardemu --card classic1k [--port 35963] ...``.

Control channel: one command per line on stdin, one JSON line per answer on stdout.

    status            {"present", "apdus", "power_events", "kind", "uid"}
    dump              {"memory": hex of the whole card memory, trailers and lock bytes included}
    remove            take the card off the reader (close the vpcd connection)
    present           put the same card back
    blank             replace the card by a factory-fresh one with the same UID (while removed)
    vanish-after K    leave the reader during the K-th APDU from now (it takes effect, no answer)
    write-protect     NTAG: set every lock bit; Classic: give every sector keys the desk cannot know
    quit              save and exit (end of stdin does the same)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from tests.cardemu.cards import CARD_KINDS, Classic1K, EmulatedCard, load_card, new_card, save_card
from tests.cardemu.ntag import Ntag
from tests.cardemu.vpcd import CardLink


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.cardemu", description=__doc__.splitlines()[0])
    parser.add_argument("--card", choices=CARD_KINDS, default="classic1k", help="card type on the reader")
    parser.add_argument("--uid", help="card UID in hex (default: a fixed UID per type)")
    parser.add_argument("--port", type=int, default=35963, help="vpcd port (35963 = 'Virtual PCD 00 00')")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--memory", type=Path, help="JSON file holding the card; loaded if it exists, saved on writes"
    )
    parser.add_argument("--vanish-after", type=int, metavar="K", help="leave the reader during the K-th APDU")
    parser.add_argument("--absent", action="store_true", help="start with the card off the reader")
    parser.add_argument("--write-protect", action="store_true", help="start with a write-protected card")
    parser.add_argument("--atr", help="answer with this ATR instead (hex), to play an unsupported card")
    return parser.parse_args(argv)


def make_card(arguments: argparse.Namespace) -> EmulatedCard:
    if arguments.memory is not None and arguments.memory.exists():
        return load_card(arguments.memory)
    card = new_card(arguments.card, bytes.fromhex(arguments.uid) if arguments.uid else None)
    if arguments.write_protect:
        write_protect(card)
    return card


def write_protect(card: EmulatedCard) -> None:
    if isinstance(card, Ntag):
        card.write_protect()
    elif isinstance(card, Classic1K):
        foreign = os.urandom(6)
        for sector in range(16):
            start = sector * 64 + 48
            card.memory[start : start + 16] = foreign + bytes.fromhex("78778869") + foreign


def answer(link: CardLink, line: str) -> dict[str, object]:
    words = line.split()
    if not words:
        return {"error": "empty command"}
    command = words[0]
    if command == "status":
        with link.lock:
            return {
                "present": link.present,
                "apdus": link.apdus,
                "power_events": link.power_events,
                "kind": link.card.kind,
                "uid": link.card.uid.hex(),
            }
    if command == "dump":
        with link.lock:
            return {"memory": link.card.memory.hex(), "uid": link.card.uid.hex(), "kind": link.card.kind}
    if command == "remove":
        link.remove_card()
        return {"present": False}
    if command == "present":
        link.present_card()
        return {"present": True}
    if command == "vanish-after" and len(words) == 2:
        link.vanish_after(int(words[1]))
        return {"armed": int(words[1])}
    if command == "blank":  # a fresh factory card with the same UID (it takes effect on 'present')
        with link.lock:
            link.card = new_card(link.card.kind, link.card.uid)
            if link.memory_file is not None:
                save_card(link.card, link.memory_file)
        return {"blank": True}
    if command == "write-protect":
        with link.lock:
            write_protect(link.card)
            if link.memory_file is not None:
                save_card(link.card, link.memory_file)
        return {"write_protected": True}
    return {"error": f"unknown command: {line.strip()}"}


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    card = make_card(arguments)
    if arguments.atr:
        card.atr = bytes.fromhex(arguments.atr)
    link = CardLink(card, arguments.port, arguments.host, arguments.memory)
    if arguments.vanish_after is not None:
        link.vanish_after(arguments.vanish_after)
    if not arguments.absent:
        link.present_card()
    print(json.dumps({"ready": True, "present": link.present, "kind": link.card.kind}), flush=True)
    for line in sys.stdin:
        if line.strip() == "quit":
            break
        try:
            reply = answer(link, line)
        except Exception as error:  # report and carry on: the test decides what a failure means
            reply = {"error": repr(error)}
        print(json.dumps(reply), flush=True)
    link.remove_card()
    if arguments.memory is not None:
        save_card(link.card, arguments.memory)
    with contextlib.suppress(BrokenPipeError):  # the test process may already be gone
        print(json.dumps({"quit": True}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
