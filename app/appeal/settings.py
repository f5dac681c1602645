"""Saving the settings dialog as one change: the office and the term table
are written together or not at all."""
from __future__ import annotations

from app.appeal import terms
from app.appeal.terms import Term
from app.office import profile as office
from app.office import readings as legal
from app.store.storage import guarded, transaction


@guarded
def save_settings(settings: office.OfficeSettings, changed_terms: list[Term], user_id: int,
                  readings: legal.Readings | None = None) -> None:
    """Write the office settings, the changed terms and the legal choices in
    one transaction; any invalid value rolls everything back."""
    with transaction():
        office.update_settings(settings, user_id)
        for t in changed_terms:
            terms.update_term(t.kind, t.days, t.article, t.legal_ref, user_id)
        if readings is not None:
            legal.update_readings(readings, user_id)
