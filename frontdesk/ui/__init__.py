"""The desk's Qt window. Thin: every rule lives in the services."""

from frontdesk.ui.pyside_imports import check_imports_by_text

# Before any of the window's modules: each one imported after PySide6 is looked at by it.
check_imports_by_text()
