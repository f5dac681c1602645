"""Connection handling for worker threads (peewee keeps one per thread)."""
from __future__ import annotations

from models.db import db


def in_connection(fn, *args, **kwargs):
    """Run ``fn`` inside its own connection (for a worker thread)."""
    with db.connection_context():
        return fn(*args, **kwargs)
