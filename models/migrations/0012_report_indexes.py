"""Indexes for the reports and the head's dashboard (issue 16), so their
figures are counted from an index at a million appeals instead of a scan of
the table (bench/bench_dashboard.py):

- ``appeal_closed``: the day a case closed (its final term stopped) with how
  it ended, its executor and its due date: "ended in the period" by outcome,
  per executor and "late" (closed after the due date) are read from the
  index alone;
- ``appeal_due_closed``: the due date with the closing day: "overdue at a
  month's end" is counted from it;
- ``appeal_decided_on``: "considered in the period" of the reports;
- ``appeal_catch_up``: the appeals registered during an e-Otinish outage,
  counted at each refresh of the outage banner.

Nothing in the data changes; one transaction with the version row."""


def up(migrator, db):
    db.execute_sql("CREATE INDEX IF NOT EXISTS appeal_closed "
                   "ON appeal (closed_on, status, outcome, executor_id, due_on)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS appeal_due_closed ON appeal (due_on, closed_on)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS appeal_decided_on ON appeal (decided_on)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS appeal_catch_up ON appeal (eotinish_catch_up, created_at)")
