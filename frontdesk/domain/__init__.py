"""Plain-Python core: entities, the reservation rules, card format and lock model.

Nothing here imports Qt, SQLAlchemy, HTTP clients or pyscard, and nothing reads the clock:
every function that needs "now" takes it as an argument.
"""
