"""Ordered schema migrations (playhouse.migrations) and the schema version."""
from __future__ import annotations

from playhouse.migrations import Runner

from models.db import MIGRATIONS_DIR, db, is_sqlite


def _runner() -> Runner:
    return Runner(db.obj, str(MIGRATIONS_DIR))


def apply_migrations() -> list[str]:
    """Apply pending migrations.  Two app instances starting together are
    serialised by the write lock, so a step never runs twice."""
    with db.atomic():
        if not is_sqlite():
            db.execute_sql("SELECT pg_advisory_xact_lock(7470001)")
        return _runner().up()


def schema_version() -> int:
    """The number of the newest applied migration (0 for an empty file)."""
    applied = [m.idx for m in _runner().status() if m.applied]
    return max(applied, default=0)


def latest_version() -> int:
    return max((m.idx for m in _runner().migrations()), default=0)
