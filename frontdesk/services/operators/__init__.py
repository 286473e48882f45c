"""Operators: who is at the desk, signing in and out, and the permission checks every service makes."""
