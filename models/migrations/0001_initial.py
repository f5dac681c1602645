"""Initial schema (frozen copy of the models as of schema version 1).

Never import application models in a migration: later model changes must not
change what this step creates.
"""
import datetime as dt

from peewee import (
    AutoField,
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


class Office(_Base):
    id = AutoField()
    name_kk = CharField()
    name_ru = CharField()
    bin = CharField(default="")
    address = CharField(default="")
    phone = CharField(default="")
    head_name = CharField(default="")
    head_position = CharField(default="")
    work_start = CharField(default="09:00")
    work_end = CharField(default="18:30")
    number_format = CharField(default="{year}-{seq:06d}")
    number_prefix = CharField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "office"


class User(_Base):
    id = AutoField()
    login = CharField(unique=True)
    password_hash = CharField()
    surname = CharField()
    first_name = CharField()
    patronymic = CharField(default="")
    position = CharField()
    role = CharField()
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "app_user"


class Appeal(_Base):
    id = AutoField()
    reg_number = CharField(unique=True)
    reg_year = IntegerField()
    reg_seq = IntegerField()
    submission_key = CharField(unique=True)
    kind = CharField()
    form = CharField()
    applicant_type = CharField()
    surname = CharField(default="")
    first_name = CharField(default="")
    patronymic = CharField(default="")
    iin = CharField(default="", index=True)
    org_name = CharField(default="")
    bin = CharField(default="", index=True)
    outgoing_number = CharField(default="")
    outgoing_date = DateField(null=True)
    postal_address = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    collective = BooleanField(default=False)
    signatories = IntegerField(default=0)
    applicant_display = TextField()
    applicant_norm = TextField(index=True)
    addressee = CharField(default="")
    substance = TextField(default="")
    appeal_date = DateField(null=True)
    language = CharField(default="kk")
    signed = BooleanField(default=True)
    attachments_count = IntegerField(default=0)
    attachment_pages = IntegerField(default=0)
    eotinish_number = CharField(default="", index=True)
    missing = CharField(default="")
    received_at = DateTimeField(index=True)
    registered_on = DateField(index=True)
    term_days = IntegerField()
    term_article = CharField()
    statutory_due_on = DateField()
    due_on = DateField(index=True)
    status = CharField()
    executor = ForeignKeyField(User, null=True, backref="executed", on_delete="RESTRICT")
    registered_by = ForeignKeyField(User, backref="registered", on_delete="RESTRICT")
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "appeal"
        indexes = (
            (("status", "due_on"), False),
            (("reg_year", "reg_seq"), True),
            (("kind", "id"), False),
        )


class AppealToken(_Base):
    """Case-folded words of the applicant's name, for portable prefix search."""
    appeal = ForeignKeyField(Appeal, backref="tokens", on_delete="RESTRICT")
    token = CharField()

    class Meta:
        table_name = "appeal_token"
        indexes = ((("token", "appeal"), True),)


class RegistrationCounter(_Base):
    year = IntegerField(primary_key=True)
    last_value = IntegerField(default=0)

    class Meta:
        table_name = "registration_counter"


class TalonPrint(_Base):
    appeal = ForeignKeyField(Appeal, backref="talon_prints", on_delete="RESTRICT")
    copy_no = IntegerField()   # paper copies; a PDF records the copy it reflects
    medium = CharField(default="paper")   # "paper" | "pdf"
    layout = CharField()
    printed_by = ForeignKeyField(User, on_delete="RESTRICT")
    printed_at = DateTimeField(default=_now)

    class Meta:
        table_name = "talon_print"


class CalendarOverride(_Base):
    day = DateField(index=True)
    kind = CharField()  # "day_off" | "working_day"
    reason = CharField()
    decree = CharField(default="")
    active = BooleanField(default=True)
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "calendar_override"


class TermRule(_Base):
    kind = CharField(unique=True)
    days = IntegerField()
    article = CharField()
    legal_ref = CharField(default="")

    class Meta:
        table_name = "term_rule"


class ChangeLog(_Base):
    """Append-only history: who, when, what (old and new values as JSON)."""
    entity = CharField()
    entity_id = IntegerField()
    action = CharField()
    changes = TextField(default="{}")
    user = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    at = DateTimeField(default=_now)

    class Meta:
        table_name = "change_log"
        indexes = ((("entity", "entity_id"), False),)


MODELS = (Office, User, Appeal, AppealToken, RegistrationCounter,
              TalonPrint, CalendarOverride, TermRule, ChangeLog)


# АППК 76.1 (15 working days unless a law says otherwise), 99 (complaints: 20),
# 90-5.1.2) (petitions at a local body: 20).  Simplified kinds follow 76.1
# through art. 87.2 (see the digest, open question Q1).
DEFAULT_TERMS = (
    ("application", 15, "76.1"),
    ("complaint", 20, "99"),
    ("message", 15, "76.1"),
    ("proposal", 15, "76.1"),
    ("response", 15, "76.1"),
    ("request", 15, "76.1"),
    ("petition", 20, "90-5.1.2"),
)


def up(migrator, db):
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    db.create_tables(MODELS)
    # One active override a day, whoever adds it (partial index: both engines).
    db.execute_sql("CREATE UNIQUE INDEX calendar_override_active_day "
                   "ON calendar_override (day) WHERE active")
    # One paper copy number per appeal.
    db.execute_sql("CREATE UNIQUE INDEX talon_print_paper_copy "
                   "ON talon_print (appeal_id, copy_no) WHERE medium = 'paper'")
    if not isinstance(db, SqliteDatabase):
        # Prefix searches use ranges (x <= col < x || U+10FFFF): compare by code
        # point whatever the server's collation is.
        for table, column in (("appeal_token", "token"), ("appeal", "reg_number"),
                              ("appeal", "applicant_norm")):
            db.execute_sql(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE text COLLATE "C"')
    for kind, days, article in DEFAULT_TERMS:
        TermRule.create(kind=kind, days=days, article=article, legal_ref="")
