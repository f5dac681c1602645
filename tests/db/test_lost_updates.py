"""No lost updates (issue 12 item 8): a form carries the case's version it
was filled on; an action on a case changed since is refused, naming who
changed it, and nothing is written."""
from __future__ import annotations

import datetime as dt

import pytest

from app.engine import perform, version
from app.errors import DomainError
from models.entities import Appeal, ChangeLog


def test_two_heads_assign_the_same_case_the_second_is_told(staff, new_appeal):
    a = new_appeal("2026-11-02 10:00")
    seen = version(a)   # both cards opened on the same case
    perform(a, "assign", staff["akim"], {"executor_id": staff["exec"].id, "resolution": "r"},
            today=dt.date(2026, 11, 3), seen=seen)
    before = ChangeLog.select().count()
    with pytest.raises(DomainError) as err:
        perform(a, "assign", staff["deputy"], {"executor_id": staff["exec2"].id, "resolution": "r2"},
                today=dt.date(2026, 11, 3), seen=seen)
    assert err.value.code == "case_changed" and err.value.params["by"].startswith("Әкімов")
    assert err.value.params["action"] == "assign"
    assert ChangeLog.select().count() == before
    assert Appeal.get_by_id(a).executor_id == staff["exec"].id   # the first assignment stands
    # Reloaded, the deputy acts on what the case is now.
    perform(a, "assign", staff["deputy"], {"executor_id": staff["exec2"].id, "resolution": "r2"},
            today=dt.date(2026, 11, 3), seen=version(a))
    assert Appeal.get_by_id(a).executor_id == staff["exec2"].id
