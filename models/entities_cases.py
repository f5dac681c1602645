"""The tables of complaints (schema 4, АППК 91–101), personal reception and
petitions (schema 5, АППК 90, 90-1–90-6).  Imported and re-exported by
``models.entities``; changes here need a new migration file."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.db import BaseModel
from models.entities import Appeal, User, now_seconds


class Complaint(BaseModel):
    """A complaint's own record beside its appeal row (АППК 91–101)."""
    appeal = ForeignKeyField(Appeal, unique=True, backref="complaint", on_delete="RESTRICT")
    appeal_id: int   # the key, read without a join
    role = CharField()                       # app.rules.enums.ComplaintRole
    subject = CharField()                    # app.rules.enums.ComplaintSubject (91.1)
    case = ForeignKeyField(Appeal, null=True, backref="complaints", on_delete="RESTRICT",
                           column_name="case_id")   # our own case challenged
    case_id: int | None   # the key, read without a join
    challenged_body = CharField(default="")             # 93.2 4)
    challenged_user = ForeignKeyField(User, null=True, on_delete="RESTRICT")  # 97.2
    challenged_user_id: int | None   # the key, read without a join
    challenged_act = TextField(default="")              # 101.1 4): number, date, summary
    challenged_act_on = DateField(null=True)
    actual_address = CharField(default="")              # 93.2 3)
    attachments_list = TextField(default="")            # 93.2 8)
    learned_on = DateField(null=True)                   # 92.1
    filed_on = DateField(null=True)                     # 91.4 para 1: with the challenged body
    route_missing = BooleanField(default=False)         # 92.1-1
    filing_due_on = DateField(null=True)
    late = BooleanField(default=False)                  # 92.3: accepted all the same
    restored = CharField(default="")                    # 92.2: "", granted, refused
    restore_reason = TextField(default="")
    suspension = CharField()                            # app.rules.enums.Suspension (96)
    suspension_ground = CharField(default="")           # 96.1 1)–3)
    suspension_reason = TextField(default="")
    suspension_ended_on = DateField(null=True)
    execution = CharField(default="")                   # our act: "", paused, resumed, stopped
    rights_explained_on = DateField(null=True)          # 94.2
    official_heard_on = DateField(null=True)            # 98.3
    sent_to = CharField(default="")                     # 91.4 para 2
    sent_on = DateField(null=True)
    remedy = TextField(default="")                      # 91.4 para 3
    grounds = CharField(default="")                     # 100.3, comma-separated
    reasoning = TextField(default="")                   # 100.4, 101.1 6)
    legal_norms = TextField(default="")
    violations = TextField(default="")                  # 100.1 5), 100.2
    proposals = TextField(default="")
    new_act = TextField(default="")                     # 100.1 2)
    review_result = CharField(default="")               # the complaint body's decision, learned
    court_case = CharField(default="")                  # 100.6, 91.5
    court_name = CharField(default="")
    court_outcome = TextField(default="")

    class Meta:
        table_name = "complaint"
        indexes = ((("role", "suspension"), False),)


# Personal reception and petitions (schema 5, АППК 90, 90-1–90-6).
class ReceptionSlot(BaseModel):
    official = ForeignKeyField(User, on_delete="RESTRICT")
    official_id: int   # the key, read without a join
    day = DateField(index=True)
    start = CharField()
    end = CharField()
    interval = IntegerField(default=15)
    place = CharField()
    subjects = TextField(default="")
    approved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    approved_by_id: int | None   # the key, read without a join
    approved_at = DateTimeField(null=True)
    active = BooleanField(default=True)
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_by_id: int   # the key, read without a join
    created_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "reception_slot"
        indexes = ((("official", "day"), False),)


class BookingCounter(BaseModel):
    year = IntegerField(primary_key=True)
    last_value = IntegerField(default=0)

    class Meta:
        table_name = "booking_counter"


class ReceptionBooking(BaseModel):
    number = CharField(unique=True)
    year = IntegerField()
    seq = IntegerField()
    submission_key = CharField(unique=True)
    slot = ForeignKeyField(ReceptionSlot, null=True, on_delete="RESTRICT")   # none: refused outright
    slot_id: int | None   # the key, read without a join
    time = CharField(default="")
    applicant_type = CharField()
    surname = CharField(default="")
    first_name = CharField(default="")
    patronymic = CharField(default="")
    iin = CharField(default="")
    org_name = CharField(default="")
    bin = CharField(default="")
    phone = CharField(default="")
    postal_address = CharField(default="")
    applicant_display = CharField()
    question = TextField()
    channel = CharField()
    preferred = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    preferred_id: int | None   # the key, read without a join
    status = CharField()
    reason = TextField(default="")
    decided_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    decided_by_id: int | None   # the key, read without a join
    info_request = TextField(default="")
    info_requested_on = DateField(null=True)
    rescheduled_from = IntegerField(null=True)
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_by_id: int   # the key, read without a join
    created_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "reception_booking"
        indexes = ((("slot", "time"), False),)


class ReceptionRecord(BaseModel):
    booking = ForeignKeyField(ReceptionBooking, null=True, unique=True, on_delete="RESTRICT")
    booking_id: int | None   # the key, read without a join
    official = ForeignKeyField(User, on_delete="RESTRICT")
    official_id: int   # the key, read without a join
    received_at = DateTimeField(index=True)
    applicant_type = CharField()
    surname = CharField(default="")
    first_name = CharField(default="")
    patronymic = CharField(default="")
    iin = CharField(default="")
    org_name = CharField(default="")
    bin = CharField(default="")
    phone = CharField(default="")
    postal_address = CharField(default="")
    applicant_display = CharField()
    question = TextField()
    subject = CharField()
    said = TextField(default="")
    outcome = CharField()
    where_to = TextField(default="")
    appeal = ForeignKeyField(Appeal, null=True, unique=True, on_delete="RESTRICT")
    appeal_id: int | None   # the key, read without a join
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_by_id: int   # the key, read without a join
    created_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "reception_record"


class Petition(BaseModel):
    appeal = ForeignKeyField(Appeal, unique=True, on_delete="RESTRICT")
    appeal_id: int   # the key, read without a join
    representative = CharField(default="")
    arguments = TextField(default="")
    proposals = TextField(default="")
    joined_count = IntegerField(default=0)
    joined_from = DateField(null=True)
    joined_to = DateField(null=True)
    authority_ref = CharField(default="")
    site_visit_on = DateField(null=True)
    site_visit_waived = TextField(default="")
    discussion_on = DateField(null=True)
    discussion_place = CharField(default="")
    discussion_notified_on = DateField(null=True)
    discussion_channels = CharField(default="")
    discussion_held_on = DateField(null=True)
    commission = TextField(default="")
    commission_formed_on = DateField(null=True)
    facts = TextField(default="")
    legal_refs = TextField(default="")
    reasoning = TextField(default="")
    decision_text = TextField(default="")
    published_on = DateField(null=True)
    published_url = CharField(default="")
    statement_on = DateField(null=True)

    class Meta:
        table_name = "petition"
