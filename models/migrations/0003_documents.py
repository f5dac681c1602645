"""Documents (issue 4): the appeal route of the office's acts (АППК 80.5)
and the issued documents, kept in the database with their checksum.
A frozen copy: never import app models here.
"""
import datetime as dt

from peewee import (
    BlobField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
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


class Document(_Base):
    appeal = ForeignKeyField(Appeal, null=True, on_delete="RESTRICT")
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
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "document"


# The superior body (or the body empowered to consider complaints) and the
# court, in both languages: where and how an act is appealed (АППК 80.5).
OFFICE_COLUMNS = ("appeal_body_kk", "appeal_body_ru", "court_kk", "court_ru")


def up(migrator, db):
    db.bind((Document, Appeal, User), bind_refs=False, bind_backrefs=False)
    db.create_tables((Document,))
    for name in OFFICE_COLUMNS:
        db.execute_sql(f"ALTER TABLE office ADD COLUMN {name} VARCHAR(255) NOT NULL DEFAULT ''")
