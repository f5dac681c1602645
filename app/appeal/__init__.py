"""The appeal (АППК 62–90): registration with its number and term, the card,
the ladder of clocks, the talon (64.2), the term table (76.1) and the
counter's check for a likely duplicate (64.7 2), 64.8).

This is the package's face: what ``ui`` may import."""
from app.appeal.case_card import card
from app.appeal.clock_ladder import ladder
from app.appeal.duplicates import (
    IIN_AND_NAME,
    NAME_SETTLEMENT_SUBSTANCE,
    WINDOW_DAYS,
    Match,
    likely_duplicates,
)
from app.appeal.registration import AppealInput, RepeatOf, preview, register, registration_result
from app.appeal.settings import save_settings
from app.appeal.talon import TalonData, record_print, talon_data
from app.appeal.terms import DEFAULT_TERMS, Term, all_terms, term_for

__all__ = [
    "AppealInput",
    "DEFAULT_TERMS",
    "IIN_AND_NAME",
    "NAME_SETTLEMENT_SUBSTANCE",
    "WINDOW_DAYS",
    "Match",
    "RepeatOf",
    "TalonData",
    "Term",
    "all_terms",
    "card",
    "ladder",
    "likely_duplicates",
    "preview",
    "record_print",
    "register",
    "registration_result",
    "save_settings",
    "talon_data",
    "term_for",
]
