"""Stays: check-in, add guest, move room, change dates, check-out, and what the desk shows of them."""
