"""The application's tables.  Changes here need a new migration file."""
from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.db import BaseModel


def now_seconds() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Office(BaseModel):
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
    created_at = DateTimeField(default=now_seconds)
    # АППК 80.5: where the office's acts are appealed (schema 3).
    appeal_body_kk = CharField(default="")
    appeal_body_ru = CharField(default="")
    court_kk = CharField(default="")
    court_ru = CharField(default="")

    class Meta:
        table_name = "office"


class AppealRoute(BaseModel):
    """АППК 80.5, 91.3: where a complaint about an act goes, by who signs it
    (``kind`` "role", ``code`` the role) or by the act's category under a
    special law (``kind`` "category"); the body, or the court where there is
    no superior body (91.6).  The head's route is the office's (schema 8)."""
    kind = CharField()
    code = CharField()
    name_kk = CharField(default="")
    name_ru = CharField(default="")
    legal_ref = CharField(default="")
    body_kk = CharField(default="")
    body_ru = CharField(default="")
    court_kk = CharField(default="")
    court_ru = CharField(default="")
    position = IntegerField(default=0)

    class Meta:
        table_name = "appeal_route"
        indexes = ((("kind", "code"), True),)


class User(BaseModel):
    id = AutoField()
    login = CharField(unique=True)
    password_hash = CharField()
    surname = CharField()
    first_name = CharField()
    patronymic = CharField(default="")
    position = CharField()
    role = CharField()
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now_seconds)
    must_change_password = BooleanField(default=False)   # schema 6: reset by an administrator
    locked_until = DateTimeField(null=True)              # schema 6: too many failed logins

    class Meta:
        table_name = "app_user"


class LoginAttempt(BaseModel):
    """Every login attempt, known login or not (schema 6): throttling per
    login and per workstation, and the record of who tried."""
    login = CharField(max_length=64, index=True)
    workstation = CharField(max_length=128, index=True)
    at = DateTimeField(default=now_seconds, index=True)
    ok = BooleanField(default=False)

    class Meta:
        table_name = "login_attempt"


class Appeal(BaseModel):
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
    eotinish_number = CharField(default="")   # indexed with the queue's order (schema 11: appeal_eotinish_queue)
    missing = CharField(default="")
    received_at = DateTimeField(index=True)
    registered_on = DateField(index=True)
    term_days = IntegerField()
    term_article = CharField()
    statutory_due_on = DateField()
    due_on = DateField(index=True)
    status = CharField()
    executor = ForeignKeyField(User, null=True, backref="executed", on_delete="RESTRICT")
    executor_id: int | None   # the key, read without a join
    registered_by = ForeignKeyField(User, backref="registered", on_delete="RESTRICT")
    registered_by_id: int   # the key, read without a join
    created_at = DateTimeField(default=now_seconds)
    # Workflow (schema 2).
    internal_due_on = DateField(null=True)        # the resolution's own date
    resolution = TextField(default="")
    decision = CharField(default="")              # app.engine decision code
    outcome = CharField(default="")               # app.rules.enums.Outcome
    decided_on = DateField(null=True)
    closed_on = DateField(null=True)              # the day the final term stopped
    security = BooleanField(default=False)        # АППК 64.7-2 content
    attached_to = IntegerField(null=True)         # АППК 64.8: the earlier case
    hearing_exception = CharField(default="")     # АППК 73.2 item
    hearing_exception_reason = TextField(default="")
    ground = CharField(default="")                # of the return or termination
    from_petition = BooleanField(default=False)   # АППК 90-3.5: a petition short of its threshold (schema 5)
    # АППК 80.1 3), 101.1 3): a legal entity's organisational-legal form (schema 8).
    org_form = CharField(default="")              # app.rules.org_forms code
    org_form_other = CharField(default="")        # its text when the code is "other"
    # Schema 9.  АППК 100.4, 100.1 2), 3), 5): reopened by a complaint body's (or a court's)
    # binding decision: the complaint's appeal id, what must be done, and the day.
    reopened_by = IntegerField(null=True, index=True)
    reopen_task = CharField(default="")
    reopened_on = DateField(null=True)
    # АППК 86.3: the act's execution term set by its decision (None: nothing to execute).
    reopen_days = IntegerField(null=True)
    execution_days = IntegerField(null=True)
    # Schema 11 (issue 16).  АППК 69.3: registered while e-Otinish was down, its
    # number still to be entered (cleared when it is).
    eotinish_catch_up = BooleanField(default=False)
    # The applicant's optional feedback on the answer (app.appeal.eotinish):
    # its value, how it was obtained and when; who recorded it is in the history.
    feedback = CharField(default="")
    feedback_via = CharField(default="")
    feedback_on = DateField(null=True)

    class Meta:
        table_name = "appeal"
        indexes = (
            (("status", "due_on"), False),
            (("reg_year", "reg_seq"), True),
            (("kind", "id"), False),
            (("kind", "status"), False),   # schema 4: the complaint register
        )


class AppealToken(BaseModel):
    """Case-folded words of the applicant's name, for portable prefix search."""
    appeal = ForeignKeyField(Appeal, backref="tokens", on_delete="RESTRICT")
    appeal_id: int   # the key, read without a join
    token = CharField()

    class Meta:
        table_name = "appeal_token"
        indexes = ((("token", "appeal"), True),)


class RegistrationCounter(BaseModel):
    year = IntegerField(primary_key=True)
    last_value = IntegerField(default=0)

    class Meta:
        table_name = "registration_counter"


class TalonPrint(BaseModel):
    appeal = ForeignKeyField(Appeal, backref="talon_prints", on_delete="RESTRICT")
    appeal_id: int   # the key, read without a join
    copy_no = IntegerField()   # paper copies; a PDF records the copy it reflects
    medium = CharField(default="paper")   # "paper" | "pdf"
    layout = CharField()
    printed_by = ForeignKeyField(User, on_delete="RESTRICT")
    printed_by_id: int   # the key, read without a join
    printed_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "talon_print"


class CalendarOverride(BaseModel):
    day = DateField(index=True)
    kind = CharField()  # "day_off" | "working_day"
    reason = CharField()
    decree = CharField(default="")
    active = BooleanField(default=True)
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_by_id: int   # the key, read without a join
    created_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "calendar_override"


class LegalChoice(BaseModel):
    """An administrator's recorded choice where the Code leaves one (schema 9):
    its value and the legal basis given; every change is in the history."""
    name = CharField(max_length=64, unique=True)
    value = TextField(default="")
    legal_ref = TextField(default="")
    changed_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "legal_choice"


class TermRule(BaseModel):
    kind = CharField(unique=True)
    days = IntegerField()
    article = CharField()
    legal_ref = CharField(default="")

    class Meta:
        table_name = "term_rule"


class ChangeLog(BaseModel):
    """Append-only history: who, when, what (old and new values as JSON),
    each row chained to the one before it by SHA-256; the database refuses
    to update or delete a row (schema 7)."""
    entity = CharField()
    entity_id = IntegerField()
    action = CharField()
    changes = TextField(default="{}")
    user = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    user_id: int | None   # the key, read without a join
    at = DateTimeField(default=now_seconds)
    prev_hash = CharField(max_length=64, default="")   # schema 7: the hash chain (app.store.chain)
    row_hash = CharField(max_length=64, default="")

    class Meta:
        table_name = "change_log"
        indexes = ((("entity", "entity_id"), False),)


class CaseClock(BaseModel):
    """One running or finished short clock of a case (app.rules.clocks)."""
    appeal = ForeignKeyField(Appeal, backref="clocks", on_delete="RESTRICT")
    appeal_id: int   # the key, read without a join
    kind = CharField()
    article = CharField()
    party = CharField()
    event_on = DateField()
    days = IntegerField(default=0)        # working days counted (0: same day, or set by date)
    due_on = DateField()
    state = CharField(default="open")
    closed_on = DateField(null=True)
    opened_by = IntegerField(null=True)    # change_log id of the action
    closed_by = IntegerField(null=True)
    created_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "case_clock"
        indexes = ((("state", "due_on"), False),)


class CoExecutor(BaseModel):
    appeal = ForeignKeyField(Appeal, backref="co_executors", on_delete="RESTRICT")
    appeal_id: int   # the key, read without a join
    user = ForeignKeyField(User, on_delete="RESTRICT")
    user_id: int   # the key, read without a join
    active = BooleanField(default=True)

    class Meta:
        table_name = "co_executor"
        indexes = ((("user", "active"), False),)


class Forwarding(BaseModel):
    """АППК 65: where the whole appeal or some of its requests went."""
    appeal = ForeignKeyField(Appeal, backref="forwardings", on_delete="RESTRICT")
    appeal_id: int   # the key, read without a join
    whole = BooleanField()
    requests = TextField(default="")
    body = TextField()
    forwarded_on = DateField()
    notified_on = DateField()
    due_on = DateField()
    action_id = IntegerField()
    reversed_by = IntegerField(null=True)   # the change_log id of a reversal
    user = ForeignKeyField(User, on_delete="RESTRICT")
    user_id: int   # the key, read without a join

    class Meta:
        table_name = "forwarding"


class Document(BaseModel):
    """An issued document: never overwritten; a correction is a new document
    that names the one it supersedes (АППК 82)."""
    appeal = ForeignKeyField(Appeal, null=True, backref="documents", on_delete="RESTRICT")
    appeal_id: int | None   # the key, read without a join
    kind = CharField()
    number = CharField(unique=True)
    lang = CharField()
    template = CharField()
    template_sha = CharField()
    sha256 = CharField()
    content = BlobField()
    supersedes = IntegerField(null=True)
    fields = TextField(default="{}")
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_by_id: int   # the key, read without a join
    created_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "document"
