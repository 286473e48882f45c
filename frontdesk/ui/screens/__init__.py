"""The main window's screens: one module each, reachable from the navigation list."""
