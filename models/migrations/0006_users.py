"""Users for real (issue 12 item 3): a password that must be changed at the
next login (set by an administrator), failed logins and a lock, and every
login attempt kept (per login and per workstation) for throttling.  A
frozen copy: never import app models."""
import datetime as dt

from peewee import BooleanField, CharField, DateTimeField, Model


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class _Base(Model):
    class Meta:
        legacy_table_names = False


class LoginAttempt(_Base):
    login = CharField(max_length=64, index=True)      # as typed, folded (unknown logins too)
    workstation = CharField(max_length=128, index=True)
    at = DateTimeField(default=_now, index=True)
    ok = BooleanField(default=False)

    class Meta:
        table_name = "login_attempt"


def up(migrator, db):
    db.bind((LoginAttempt,), bind_refs=False, bind_backrefs=False)
    db.create_tables((LoginAttempt,))
    db.execute_sql("ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE")
    db.execute_sql("ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP NULL")
    # Login names are unique whatever their case (Әкім and әкім are one person).
    rows = db.execute_sql("SELECT lower(login), count(*) FROM app_user GROUP BY lower(login) HAVING count(*) > 1")
    if not list(rows):
        db.execute_sql("CREATE UNIQUE INDEX app_user_login_folded ON app_user (lower(login))")
