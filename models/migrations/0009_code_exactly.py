"""The Code, exactly (issue 13): the office's recorded legal choices (a
further extension under АППК 76.3, the term of a case reopened by a complaint
body's decision, 100.4), a case reopened by such a decision (linked to the
complaint) and the execution term an act's decision sets (86.3).  A frozen
copy: never import app models."""
import datetime as dt

from peewee import CharField, DateTimeField, Model, TextField


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class _Base(Model):
    class Meta:
        legacy_table_names = False


class LegalChoice(_Base):
    name = CharField(max_length=64, unique=True)
    value = TextField(default="")
    legal_ref = TextField(default="")
    changed_at = DateTimeField(default=_now)

    class Meta:
        table_name = "legal_choice"


def up(migrator, db):
    db.bind((LegalChoice,), bind_refs=False, bind_backrefs=False)
    db.create_tables((LegalChoice,))
    # АППК 100.4, 100.1 2), 3), 5): the complaint whose decision reopened the case, and what it asks.
    db.execute_sql("ALTER TABLE appeal ADD COLUMN reopened_by INTEGER NULL")
    db.execute_sql("ALTER TABLE appeal ADD COLUMN reopen_task VARCHAR(32) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE appeal ADD COLUMN reopened_on DATE NULL")
    db.execute_sql("ALTER TABLE appeal ADD COLUMN reopen_days INTEGER NULL")
    # АППК 86.3: the act's execution term in working days, set by the decision (NULL: nothing to execute).
    db.execute_sql("ALTER TABLE appeal ADD COLUMN execution_days INTEGER NULL")
    # Acts decided before: the 5 days the act printed until now, except a refusal's.
    db.execute_sql("UPDATE appeal SET execution_days = 5 WHERE decision IN ('act_favourable', 'act_burdening') "
                   "AND outcome <> 'refused'")
    # For the case's complaints found from the case (the other direction of the link).
    db.execute_sql("CREATE INDEX IF NOT EXISTS appeal_reopened_by ON appeal (reopened_by)")
