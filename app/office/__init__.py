"""The office: its settings and first run, users and roles, the calendar
overrides, saving settings, backups.

This is the package's face: what ``ui`` may import."""
from app.office.auth import create_user, list_users, require_role
from app.office.backup import backup_if_due, backups, make_backup, verify_copy
from app.office.calendar_store import add_override, list_overrides, load_calendar, revoke_override
from app.office.login import login
from app.office.pg_backup import backup_overdue, pg_backup, pg_restore, record_backup
from app.office.positions import bilingual_position, position_in
from app.office.profile import OfficeSettings, first_run, get_settings, has_office
from app.office.readings import Readings, get_readings, reading_errors, update_readings
from app.office.restore import Restored, pending_marker, request_restore, restore, restore_pending
from app.office.routes import GENERAL, Category, Route, Routes, default_deputy, get_routes, save_routes
from app.office.users import change_password, change_role, deactivate, reactivate, reset_password, unlock

__all__ = [
    "Readings",
    "get_readings",
    "reading_errors",
    "update_readings",
    "GENERAL",
    "Category",
    "Route",
    "Routes",
    "default_deputy",
    "get_routes",
    "save_routes",
    "backup_overdue",
    "record_backup",
    "backups",
    "pending_marker",
    "request_restore",
    "restore_pending",
    "verify_copy",
    "pg_backup",
    "pg_restore",
    "Restored",
    "restore",
    "change_password",
    "change_role",
    "deactivate",
    "reactivate",
    "reset_password",
    "unlock",
    "OfficeSettings",
    "add_override",
    "backup_if_due",
    "create_user",
    "first_run",
    "get_settings",
    "has_office",
    "list_overrides",
    "list_users",
    "position_in",
    "bilingual_position",
    "load_calendar",
    "login",
    "make_backup",
    "require_role",
    "revoke_override",
]
