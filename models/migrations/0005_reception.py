"""Personal reception (issue 6, АППК 90): schedule slots approved by the
head, bookings with their own numbers, the reception journal; petitions
(90-1–90-6) beside their appeal row; appeals that came from a petition
short of its threshold (90-3.5).  A frozen copy: never import app models."""
import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class _Base(Model):
    class Meta:
        legacy_table_names = False


class Appeal(_Base):
    class Meta:
        table_name = "appeal"


class User(_Base):
    class Meta:
        table_name = "app_user"


class ReceptionSlot(_Base):
    official = ForeignKeyField(User, on_delete="RESTRICT")
    day = DateField(index=True)
    start = CharField()
    end = CharField()
    interval = IntegerField(default=15)
    place = CharField()
    subjects = TextField(default="")
    approved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    approved_at = DateTimeField(null=True)
    active = BooleanField(default=True)
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "reception_slot"
        indexes = ((("official", "day"), False),)


class BookingCounter(_Base):
    year = IntegerField(primary_key=True)
    last_value = IntegerField(default=0)

    class Meta:
        table_name = "booking_counter"


class ReceptionBooking(_Base):
    number = CharField(unique=True)
    year = IntegerField()
    seq = IntegerField()
    submission_key = CharField(unique=True)
    slot = ForeignKeyField(ReceptionSlot, null=True, on_delete="RESTRICT")   # none: refused outright
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
    status = CharField()
    reason = TextField(default="")
    decided_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    info_request = TextField(default="")
    info_requested_on = DateField(null=True)
    rescheduled_from = IntegerField(null=True)
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "reception_booking"
        indexes = ((("slot", "time"), False),)


class ReceptionRecord(_Base):
    booking = ForeignKeyField(ReceptionBooking, null=True, unique=True, on_delete="RESTRICT")
    official = ForeignKeyField(User, on_delete="RESTRICT")
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
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "reception_record"


class Petition(_Base):
    appeal = ForeignKeyField(Appeal, unique=True, on_delete="RESTRICT")
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


def up(migrator, db):
    tables = (ReceptionSlot, BookingCounter, ReceptionBooking, ReceptionRecord, Petition)
    db.bind((*tables, Appeal, User), bind_refs=False, bind_backrefs=False)
    db.create_tables(tables)
    # One person per time of a slot: a second booking of a taken time fails
    # even from another workstation at the same moment.
    db.execute_sql("CREATE UNIQUE INDEX reception_booking_taken ON reception_booking (slot_id, time) "
                   "WHERE status IN ('booked', 'received')")
    db.execute_sql("ALTER TABLE appeal ADD COLUMN from_petition BOOLEAN NOT NULL DEFAULT FALSE")
