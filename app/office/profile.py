"""Office settings and the first run (office + first administrator)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields

from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo, create_user, require_admin, validate_user
from app.office.numbering import DEFAULT_FORMAT, validate_format
from app.rules.deadlines import WorkingHours
from app.rules.enums import Role
from app.rules.identifiers import is_valid_bin
from app.store import history
from app.store.storage import guarded, steady_read, transaction
from models.entities import Office


@dataclass
class OfficeSettings:
    name_kk: str = ""
    name_ru: str = ""
    bin: str = ""
    address: str = ""
    phone: str = ""
    head_name: str = ""
    head_position: str = ""
    work_start: str = "09:00"
    work_end: str = "18:30"
    number_format: str = DEFAULT_FORMAT
    number_prefix: str = ""
    # АППК 80.5: the body a complaint about the office's acts goes to (with its
    # address), and the court where there is no such body.
    appeal_body_kk: str = ""
    appeal_body_ru: str = ""
    court_kk: str = ""
    court_ru: str = ""

    @property
    def hours(self) -> WorkingHours:
        return WorkingHours.parse(self.work_start, self.work_end)


_FIELDS = [f.name for f in fields(OfficeSettings)]


def validate(s: OfficeSettings) -> list[DomainError]:
    errors = []
    for name in ("name_kk", "name_ru"):
        if not getattr(s, name).strip():
            errors.append(DomainError("required", name))
    if s.bin and not is_valid_bin(s.bin):
        errors.append(DomainError("bin_invalid", "bin"))
    try:
        hours = WorkingHours.parse(s.work_start, s.work_end)
        if hours.start >= hours.end:
            errors.append(DomainError("hours_order", "work_end"))
    except ValueError:
        errors.append(DomainError("time_invalid", "work_end"))
    # АППК 80.5: the route is the same in both languages of the office's acts.
    for kk, ru in (("appeal_body_kk", "appeal_body_ru"), ("court_kk", "court_ru")):
        if bool(getattr(s, kk).strip()) != bool(getattr(s, ru).strip()):
            missing = ru if getattr(s, kk).strip() else kk
            errors.append(DomainError("route_both_languages", missing))
    for name in ("name_kk", "name_ru", "address", "head_name", "head_position", "appeal_body_kk",
                 "appeal_body_ru", "court_kk", "court_ru"):
        if len(getattr(s, name)) > 255:
            errors.append(DomainError("too_long", name, max=255))
    try:
        validate_format(s.number_format, s.number_prefix)
    except DomainError as exc:
        errors.append(exc)
    return errors


@guarded
def has_office() -> bool:
    return Office.select().exists()


@guarded
def get_settings() -> OfficeSettings:
    return steady_read("settings", _settings)


def _settings() -> OfficeSettings:
    row = Office.select().order_by(Office.id).first()
    if row is None:
        raise DomainError("no_office")
    return OfficeSettings(**{name: getattr(row, name) for name in _FIELDS})


@guarded
def first_run(settings: OfficeSettings, *, login_name: str, password: str,
              surname: str, first_name: str, patronymic: str, position: str) -> UserInfo:
    """Create the office and its first administrator in one transaction."""
    errors = validate(settings) + validate_user(login_name, surname, first_name, position,
                                                password, Role.ADMIN)
    if errors:
        raise ValidationErrors(errors)
    with transaction():
        if Office.select().exists():
            raise DomainError("office_exists")
        admin = create_user(login_name=login_name, password=password, surname=surname,
                            first_name=first_name, patronymic=patronymic,
                            position=position, role=Role.ADMIN, created_by=None)
        office = Office.create(**asdict(settings))
        history.record("office", office.id, "created", asdict(settings), admin.id)
    return admin


@guarded
def update_settings(settings: OfficeSettings, user_id: int) -> None:
    errors = validate(settings)
    if errors:
        raise ValidationErrors(errors)
    with transaction():
        require_admin(user_id)
        row = Office.select().order_by(Office.id).first()
        changes = {}
        for name in _FIELDS:
            old, new = getattr(row, name), getattr(settings, name)
            if old != new:
                changes[name] = [old, new]
                setattr(row, name, new)
        if changes:
            row.save()
            history.record("office", row.id, "changed", changes, user_id,
                           dt.datetime.now().replace(microsecond=0))
