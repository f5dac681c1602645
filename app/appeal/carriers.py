"""Who carries a case: its executor and its active co-executors (АППК 71)."""
from __future__ import annotations

from models.entities import Appeal, CoExecutor


def carries(user_id: int, row: Appeal) -> bool:
    """An executor acts only on the cases they carry (executor or co-executor)."""
    if row.executor_id == user_id:
        return True
    return CoExecutor.select().where((CoExecutor.appeal == row.id) & (CoExecutor.user == user_id)
                                     & (CoExecutor.active == True)).exists()  # noqa: E712
