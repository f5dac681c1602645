"""Storage layer: peewee models, database opening and migrations (no Qt)."""
