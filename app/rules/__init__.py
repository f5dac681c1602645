"""The pure rules, no storage: the working-day calendar, terms and clocks with
their explanations, the codes and vocabularies, identifiers, what an appeal
and a complaint must state (АППК 63.2, 93.2), the complaint filing term (92).

This is the package's face: what ``ui`` may import."""
from app.rules.calendar import WorkCalendar
from app.rules.cli_clocks import CLI_CLOCKS, OWN_DAYS, CliClock, Count, cli_clock, count_from
from app.rules.clocks import clock_due, extension_cap
from app.rules.complaint import (
    COMPLAINT_MAX_LENGTHS,
    NO_SUSPENSION_GROUNDS,
    ComplaintInput,
    complaint_missing,
    filing_term,
)
from app.rules.deadlines import Step, WorkingHours, compute, registration_date
from app.rules.enums import (
    CASE_ROLES,
    AppealForm,
    AppealKind,
    ApplicantType,
    Clock,
    ComplaintRole,
    ComplaintSubject,
    Language,
    OverrideKind,
    QuickFilter,
    ReceptionOutcome,
    Role,
)
from app.rules.requirements import MAX_LENGTHS, missing_items

__all__ = [
    "AppealForm",
    "AppealKind",
    "ApplicantType",
    "CASE_ROLES",
    "CLI_CLOCKS",
    "OWN_DAYS",
    "COMPLAINT_MAX_LENGTHS",
    "CliClock",
    "Clock",
    "ComplaintInput",
    "ComplaintRole",
    "ComplaintSubject",
    "Count",
    "Language",
    "MAX_LENGTHS",
    "NO_SUSPENSION_GROUNDS",
    "OverrideKind",
    "QuickFilter",
    "ReceptionOutcome",
    "Role",
    "Step",
    "WorkCalendar",
    "WorkingHours",
    "cli_clock",
    "clock_due",
    "complaint_missing",
    "compute",
    "count_from",
    "extension_cap",
    "filing_term",
    "missing_items",
    "registration_date",
]
