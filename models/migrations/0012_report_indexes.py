"""Indexes for the reports and the head's dashboard (issue 16): the day a
case closed (its final term stopped) and the day it was decided, so that
"ended in the period", "late" and "considered in the period" are counted
from an index range at a million appeals instead of a scan of the table.
Nothing in the data changes; one transaction with the version row."""


def up(migrator, db):
    db.execute_sql("CREATE INDEX IF NOT EXISTS appeal_closed_on ON appeal (closed_on)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS appeal_decided_on ON appeal (decided_on)")
