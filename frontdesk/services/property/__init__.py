"""The property: its setup and doors, the demo, and the lock provider's settings."""
