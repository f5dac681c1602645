"""The e-Otinish link's own tables (schema 11, issue 16 item 4).

АППК 69.3: "Жеке қабылдауларды, ... келіп түсетін өтініштерді тіркеу, есепке
алу, сондай-ақ «Электрондық жолданымдар» ақпараттық-талдау жүйесін жүргізу
құқықтық статистика және арнайы есепке алу саласындағы статистикалық
қызметті ... жүзеге асыратын мемлекеттік орган белгілеген тәртіппен жүзеге
асырылады."  The office registers every appeal in that system; these
tables hold what the office keeps beside it."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from models.db import BaseModel
from models.entities import User, now_seconds


class EotinishOutage(BaseModel):
    """A period when e-Otinish was down: who marked its start and its end,
    and when.  At most one has no end (the outage going on)."""
    started_at = DateTimeField(default=now_seconds)
    started_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    started_by_id: int
    start_note = TextField(default="")
    ended_at = DateTimeField(null=True)
    ended_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    ended_by_id: int | None
    end_note = TextField(default="")

    class Meta:
        table_name = "eotinish_outage"


class RegisterMapping(BaseModel):
    """The columns of an imported register, remembered for the office (one
    database is one office): ``mapping`` is a JSON object field → header."""
    name = CharField(max_length=64, unique=True)
    mapping = TextField(default="{}")
    changed_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    changed_by_id: int | None
    changed_at = DateTimeField(default=now_seconds)

    class Meta:
        table_name = "register_mapping"
