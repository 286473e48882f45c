"""The desk's dialogs: one module per workflow."""
