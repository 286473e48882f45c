"""The desk's Qt window. Thin: every rule lives in the services."""
