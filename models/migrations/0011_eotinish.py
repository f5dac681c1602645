"""The e-Otinish link (issue 16 items 4 and 6).

АППК 69.3: "Жеке қабылдауларды, мемлекеттік органдарға ... келіп түсетін
өтініштерді тіркеу, есепке алу, сондай-ақ «Электрондық жолданымдар»
ақпараттық-талдау жүйесін жүргізу ... мемлекеттік орган белгілеген тәртіппен
жүзеге асырылады."  Every appeal gets its number in that system; this step
adds what the office keeps for it:

- ``appeal.eotinish_catch_up``: registered while e-Otinish was down;
- ``appeal.feedback``, ``feedback_via``, ``feedback_on``: the applicant's
  optional feedback on the answer;
- ``eotinish_outage``: each outage's start and end, who marked them;
- ``register_mapping``: the columns of an imported register, remembered;
- the index ``appeal_eotinish_queue`` on (eotinish_number, received_at, id)
  in place of the one on the number alone: a number is still found on it
  (search, uniqueness), and the queue "not yet in e-Otinish" (number '')
  reads it in order of receipt without sorting, at a million appeals; and
  the partial index ``appeal_feedback`` on (decided_on, feedback) of the
  appeals with feedback (the reports' counts).

Adding columns with a constant default rewrites no row on SQLite nor on
PostgreSQL 11+; the indexes are built once.  A frozen copy: never import
app models here.
"""
import datetime as dt

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, Model, SqliteDatabase, TextField


class _Base(Model):
    class Meta:
        legacy_table_names = False


class AppUser(_Base):
    id = IntegerField(primary_key=True)

    class Meta:
        table_name = "app_user"


def _now():
    return dt.datetime.now().replace(microsecond=0)


class EotinishOutage(_Base):
    started_at = DateTimeField(default=_now)
    started_by = ForeignKeyField(AppUser, backref="+", on_delete="RESTRICT")
    start_note = TextField(default="")
    ended_at = DateTimeField(null=True)
    ended_by = ForeignKeyField(AppUser, null=True, backref="+", on_delete="RESTRICT")
    end_note = TextField(default="")

    class Meta:
        table_name = "eotinish_outage"


class RegisterMapping(_Base):
    name = CharField(max_length=64, unique=True)
    mapping = TextField(default="{}")
    changed_by = ForeignKeyField(AppUser, null=True, backref="+", on_delete="RESTRICT")
    changed_at = DateTimeField(default=_now)

    class Meta:
        table_name = "register_mapping"


def up(migrator, db):
    db.bind((AppUser, EotinishOutage, RegisterMapping), bind_refs=False, bind_backrefs=False)
    db.create_tables((EotinishOutage, RegisterMapping))
    boolean = "INTEGER NOT NULL DEFAULT 0" if isinstance(db, SqliteDatabase) else "BOOLEAN NOT NULL DEFAULT false"
    db.execute_sql(f"ALTER TABLE appeal ADD COLUMN eotinish_catch_up {boolean}")
    for name in ("feedback", "feedback_via"):
        db.execute_sql(f"ALTER TABLE appeal ADD COLUMN {name} VARCHAR(255) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE appeal ADD COLUMN feedback_on DATE")
    # The number's own index gives way to one that also orders the queue.
    db.execute_sql("DROP INDEX IF EXISTS appeal_eotinish_number")
    db.execute_sql("CREATE INDEX appeal_eotinish_queue ON appeal (eotinish_number, received_at, id)")
    db.execute_sql("CREATE INDEX appeal_feedback ON appeal (decided_on, feedback) WHERE feedback <> ''")
