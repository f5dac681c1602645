"""The office's recorded legal choices, where the Code leaves one.

The default is always the Code's plain reading; an administrator changes it
only with the legal basis written beside it, and every change is in the
history (who, when, old and new value, basis).

- ``further_extension`` (АППК 76.3, 76.4): the text speaks of one decision to
  extend, "мұндай шешім қабылданған күннен бастап екі айдан аспайтын мерзімге",
  and 76.4 makes an unfounded extension a matter of liability.  Default: one
  extension per case.  On: a further one, each capped from its own decision.
- ``reopen_days`` (АППК 100.4 "орындау үшін міндетті"): the working days a
  case reopened by a complaint body's (or a court's) decision has when the
  decision sets no term of its own.  The Code names none; default 15, the
  general term of 76.1.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.errors import DomainError
from app.office.auth import require_admin
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import LegalChoice

DEFAULT_REOPEN_DAYS = 15


@dataclass(frozen=True)
class Readings:
    further_extension: bool = False
    further_extension_ref: str = ""
    reopen_days: int = DEFAULT_REOPEN_DAYS
    reopen_days_ref: str = ""


def _rows() -> dict[str, LegalChoice]:
    return {r.name: r for r in LegalChoice.select()}


@guarded
def get_readings() -> Readings:
    rows = _rows()
    ext, days = rows.get("further_extension"), rows.get("reopen_days")
    return Readings(
        further_extension=ext is not None and ext.value == "on",
        further_extension_ref=ext.legal_ref if ext is not None else "",
        reopen_days=int(days.value) if days is not None and days.value.isdigit() else DEFAULT_REOPEN_DAYS,
        reopen_days_ref=days.legal_ref if days is not None else "")


def reading_errors(r: Readings) -> list[DomainError]:
    errors = []
    if r.further_extension and not r.further_extension_ref.strip():
        errors.append(DomainError("legal_basis_required", "further_extension_ref"))
    if not 1 <= r.reopen_days <= 366:
        errors.append(DomainError("term_days_range", "reopen_days"))
    elif r.reopen_days != DEFAULT_REOPEN_DAYS and not r.reopen_days_ref.strip():
        errors.append(DomainError("legal_basis_required", "reopen_days_ref"))
    for name in ("further_extension_ref", "reopen_days_ref"):
        if len(getattr(r, name)) > 1000:
            errors.append(DomainError("too_long", name, max=1000))
    return errors


def update_readings(r: Readings, user_id: int) -> None:
    """Write the choices that changed, each with its basis, in the caller's
    transaction (or its own); the administrator only."""
    errors = reading_errors(r)
    if errors:
        raise errors[0]
    old = get_readings()
    values = {"further_extension": ("on" if r.further_extension else "off", r.further_extension_ref.strip(),
                                    "on" if old.further_extension else "off", old.further_extension_ref),
              "reopen_days": (str(r.reopen_days), r.reopen_days_ref.strip(),
                              str(old.reopen_days), old.reopen_days_ref)}
    with transaction():
        require_admin(user_id)
        rows = _rows()
        for name, (value, ref, old_value, old_ref) in values.items():
            if (value, ref) == (old_value, old_ref):
                continue
            row = rows.get(name) or LegalChoice(name=name)
            row.value, row.legal_ref = value, ref
            row.save()
            history.record("legal_choice", row.id, "changed",
                           {"name": name, "value": [old_value, value], "legal_ref": [old_ref, ref]}, user_id)
