"""Complaints (issue 5): one row per registered complaint, beside its appeal
row, with what it challenges, its filing term (АППК 92), the suspension of
the challenged act (96), the step of the challenged body (91.4), the
decision's own parts (100–101) and a court case the office learns of.
A frozen copy: never import app models here.
"""
from peewee import (
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    Model,
    TextField,
)


class _Base(Model):
    class Meta:
        legacy_table_names = False


class Appeal(_Base):
    class Meta:
        table_name = "appeal"


class User(_Base):
    class Meta:
        table_name = "app_user"


class Complaint(_Base):
    appeal = ForeignKeyField(Appeal, unique=True, on_delete="RESTRICT")
    role = CharField()
    subject = CharField()
    case = ForeignKeyField(Appeal, null=True, on_delete="RESTRICT", column_name="case_id")
    challenged_body = CharField(default="")
    challenged_user = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    challenged_act = TextField(default="")
    challenged_act_on = DateField(null=True)
    actual_address = CharField(default="")
    attachments_list = TextField(default="")
    learned_on = DateField(null=True)
    filed_on = DateField(null=True)
    route_missing = BooleanField(default=False)
    filing_due_on = DateField(null=True)
    late = BooleanField(default=False)
    restored = CharField(default="")
    restore_reason = TextField(default="")
    suspension = CharField()
    suspension_ground = CharField(default="")
    suspension_reason = TextField(default="")
    suspension_ended_on = DateField(null=True)
    execution = CharField(default="")
    rights_explained_on = DateField(null=True)
    official_heard_on = DateField(null=True)
    sent_to = CharField(default="")
    sent_on = DateField(null=True)
    remedy = TextField(default="")
    grounds = CharField(default="")
    reasoning = TextField(default="")
    legal_norms = TextField(default="")
    violations = TextField(default="")
    proposals = TextField(default="")
    new_act = TextField(default="")
    review_result = CharField(default="")
    court_case = CharField(default="")
    court_name = CharField(default="")
    court_outcome = TextField(default="")

    class Meta:
        table_name = "complaint"
        indexes = ((("role", "suspension"), False),)


def up(migrator, db):
    db.bind((Complaint, Appeal, User), bind_refs=False, bind_backrefs=False)
    db.create_tables((Complaint,))
    # The register's open complaints: the few open cases of one kind, by index.
    db.execute_sql("CREATE INDEX appeal_kind_status ON appeal (kind, status)")
    # Complaints registered before: the complaint body's side (their term was
    # art. 99's), nothing linked; the suspension as filing would have set it.
    db.execute_sql(
        "INSERT INTO complaint (appeal_id, role, subject, challenged_body, challenged_act, actual_address,"
        " attachments_list, route_missing, late, restored, restore_reason, suspension, suspension_ground,"
        " suspension_reason, sent_to, remedy, grounds, reasoning, legal_norms, violations, proposals, new_act,"
        " review_result, court_case, court_name, court_outcome, execution)"
        " SELECT id, 'reviewing', 'act', '', '', '', '', FALSE, FALSE, '', '',"
        " CASE WHEN status IN ('registered', 'incomplete', 'assigned', 'in_progress', 'hearing')"
        " THEN 'suspended' ELSE 'ended' END, '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''"
        " FROM appeal WHERE kind = 'complaint'")
