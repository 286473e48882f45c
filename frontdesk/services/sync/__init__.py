"""Sync: the worker that sends the outbox to the lock provider, its retry policy and reconcile."""
