"""Case workflow (issue 3): clocks, co-executors, forwardings, and the
decision columns of an appeal.  A frozen copy: never import app models here.
"""
import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)


class _Base(Model):
    class Meta:
        legacy_table_names = False


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Appeal(_Base):
    class Meta:
        table_name = "appeal"


class User(_Base):
    class Meta:
        table_name = "app_user"


class CaseClock(_Base):
    appeal = ForeignKeyField(Appeal, on_delete="RESTRICT")
    kind = CharField()
    article = CharField()
    party = CharField()
    event_on = DateField()
    days = IntegerField(default=0)        # working days counted (0: same day, or set by date)
    due_on = DateField()
    state = CharField(default="open")
    closed_on = DateField(null=True)
    opened_by = IntegerField(null=True)
    closed_by = IntegerField(null=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "case_clock"
        indexes = ((("state", "due_on"), False),)


class CoExecutor(_Base):
    appeal = ForeignKeyField(Appeal, on_delete="RESTRICT")
    user = ForeignKeyField(User, on_delete="RESTRICT")
    active = BooleanField(default=True)

    class Meta:
        table_name = "co_executor"
        indexes = ((("user", "active"), False),)


class Forwarding(_Base):
    appeal = ForeignKeyField(Appeal, on_delete="RESTRICT")
    whole = BooleanField()
    requests = TextField(default="")
    body = TextField()
    forwarded_on = DateField()
    notified_on = DateField()
    due_on = DateField()
    action_id = IntegerField()
    reversed_by = IntegerField(null=True)   # the change_log id of a reversal
    user = ForeignKeyField(User, on_delete="RESTRICT")

    class Meta:
        table_name = "forwarding"


MODELS = (CaseClock, CoExecutor, Forwarding)

# Added with a constant SQL default: instant on both engines, even at a
# million rows (no table rewrite).
COLUMNS = (
    ("internal_due_on", "DATE", None),
    ("resolution", "TEXT", "''"),
    ("decision", "VARCHAR(255)", "''"),
    ("outcome", "VARCHAR(255)", "''"),
    ("decided_on", "DATE", None),
    ("closed_on", "DATE", None),
    ("security", "BOOLEAN", "false"),
    ("attached_to", "INTEGER", None),
    ("hearing_exception", "VARCHAR(255)", "''"),
    ("hearing_exception_reason", "TEXT", "''"),
    ("ground", "VARCHAR(255)", "''"),
)


def up(migrator, db):
    db.bind(MODELS + (Appeal, User), bind_refs=False, bind_backrefs=False)
    db.create_tables(MODELS)
    sqlite = isinstance(db, SqliteDatabase)
    for name, sql_type, default in COLUMNS:
        if sqlite and sql_type == "BOOLEAN":
            sql_type, default = "INTEGER", "0"
        tail = f" NOT NULL DEFAULT {default}" if default is not None else ""
        db.execute_sql(f"ALTER TABLE appeal ADD COLUMN {name} {sql_type}{tail}")
    # "My cases" and the per-executor control lists.
    db.execute_sql("CREATE INDEX appeal_executor_status_due ON appeal (executor_id, status, due_on)")
