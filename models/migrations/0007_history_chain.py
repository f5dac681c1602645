"""The history becomes tamper-evident (issue 12): every ``change_log`` row
gets the SHA-256 of its stored fields and of the row before it, filled here
for the existing rows in id order; from now on the database refuses to
update or delete a history row, on SQLite and on PostgreSQL.  A frozen copy
of app.store.chain's serialisation: never import app code."""
import datetime as dt
import hashlib
import json

from peewee import SqliteDatabase

FORMAT = "zh-chain-1"
GENESIS = "0" * 64
BATCH = 20_000
REFUSAL = "change_log is append-only: history rows are never changed or deleted"


def _stamp(value) -> str:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else str(value)


def _link_hash(prev, entity, entity_id, action, changes, user_id, at) -> str:
    text = json.dumps([FORMAT, prev, entity, entity_id, action, changes, user_id, _stamp(at)],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fill(db) -> None:
    """Chain the rows already there, in id order, a batch at a time."""
    select = ("SELECT id, entity, entity_id, action, changes, user_id, at FROM change_log "
              f"WHERE id > {db.param} ORDER BY id LIMIT {db.param}")
    update = f"UPDATE change_log SET prev_hash = {db.param}, row_hash = {db.param} WHERE id = {db.param}"
    prev, after = GENESIS, 0
    while True:
        rows = db.execute_sql(select, (after, BATCH)).fetchall()
        if not rows:
            return
        params = []
        for row_id, entity, entity_id, action, changes, user_id, at in rows:
            row_hash = _link_hash(prev, entity, entity_id, action, changes, user_id, at)
            params.append((prev, row_hash, row_id))
            prev = row_hash
        db.cursor().executemany(update, params)
        after = rows[-1][0]


SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
    f"""CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
)

# No "%" in these: the driver would read it as a parameter.
POSTGRES_TRIGGERS = (
    f"""CREATE FUNCTION change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING MESSAGE = '{REFUSAL} (' || TG_OP || ')',
                                  ERRCODE = 'restrict_violation';
        END $$""",
    """CREATE TRIGGER change_log_no_update_delete BEFORE UPDATE OR DELETE ON change_log
        FOR EACH ROW EXECUTE FUNCTION change_log_append_only()""",
    """CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
        FOR EACH STATEMENT EXECUTE FUNCTION change_log_append_only()""",
)


def up(migrator, db):
    for name in ("prev_hash", "row_hash"):
        db.execute_sql(f"ALTER TABLE change_log ADD COLUMN {name} VARCHAR(64) NOT NULL DEFAULT ''")
    _fill(db)
    for sql in SQLITE_TRIGGERS if isinstance(db, SqliteDatabase) else POSTGRES_TRIGGERS:
        db.execute_sql(sql)
