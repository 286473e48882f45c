"""FrontDesk's own card emulator: a vsmartcard-vpcd client that looks like a contactless desktop
reader (ACR122U-like) holding a MIFARE Classic 1K or an NTAG213/215/216.

Run it with ``python -m tests.cardemu --help``; drive it from tests with
``tests.cardemu.control.CardEmulator`` (it always runs as a subprocess).
"""
