"""Appeal routes per signer and per act category (issue 13 item 3; АППК 80.5,
91.3): the deputy's route and the categories of acts under special laws,
each with its complaint body or, where there is none, its court (91.6).  The
head's route stays on the office row.  And the organisational-legal form of
a legal-entity applicant (issue 13 item 5; АППК 80.1 3), 101.1 3)): a code
of a closed list and, for "other", its text.  A frozen copy: never import
app models here."""
from peewee import CharField, IntegerField, Model


class _Base(Model):
    class Meta:
        legacy_table_names = False


class AppealRoute(_Base):
    kind = CharField()                  # "role" or "category"
    code = CharField()                  # the role ("deputy") or the category's code
    name_kk = CharField(default="")     # a category's name
    name_ru = CharField(default="")
    legal_ref = CharField(default="")   # the special law of a category
    body_kk = CharField(default="")     # the complaint body with its address (80.5)
    body_ru = CharField(default="")
    court_kk = CharField(default="")    # the court, where there is no superior body (91.6)
    court_ru = CharField(default="")
    position = IntegerField(default=0)  # the order in the settings

    class Meta:
        table_name = "appeal_route"
        indexes = ((("kind", "code"), True),)


def up(migrator, db):
    db.bind((AppealRoute,), bind_refs=False, bind_backrefs=False)
    db.create_tables((AppealRoute,))
    for name in ("org_form", "org_form_other"):
        db.execute_sql(f"ALTER TABLE appeal ADD COLUMN {name} VARCHAR(255) NOT NULL DEFAULT ''")
