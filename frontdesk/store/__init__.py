"""Persistence: SQLAlchemy 2 tables, repositories, the unit of work and Alembic migrations.

The only package allowed to import SQLAlchemy.
"""
