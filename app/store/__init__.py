"""Storage: opening and checking the database, transactions, coded storage
errors, the history, connections for worker threads.

This is the package's face: what ``ui`` may import."""
from app.store.database import close_database, integrity_problems, open_database, schema_version, sqlite_path
from app.store.session import in_connection

__all__ = [
    "close_database",
    "in_connection",
    "integrity_problems",
    "open_database",
    "schema_version",
    "sqlite_path",
]
