"""Use cases: the one door the GUI and the command line go through. Async."""
