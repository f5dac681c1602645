"""Saving the settings dialog as one change: the office, its appeal routes,
the term table and the legal readings are written together or not at all."""
from __future__ import annotations

from app.appeal import terms
from app.appeal.terms import Term
from app.errors import ValidationErrors
from app.office import profile as office
from app.office import readings as legal
from app.office import routes as appeal_routes
from app.store.storage import guarded, transaction


@guarded
def save_settings(settings: office.OfficeSettings, changed_terms: list[Term], user_id: int,
                  readings: legal.Readings | None = None, routes: appeal_routes.Routes | None = None) -> None:
    """Write the office settings, its appeal routes (АППК 80.5), the changed
    terms and the legal choices in one transaction; any invalid value rolls
    everything back."""
    errors = (office.validate(settings) + (appeal_routes.validate_routes(routes) if routes else [])
              + (legal.reading_errors(readings) if readings else []))
    if errors:   # all at once, each next to its field
        raise ValidationErrors(errors)
    with transaction():
        office.update_settings(settings, user_id)
        if routes is not None:
            appeal_routes.update_routes(routes, user_id)
        for t in changed_terms:
            terms.update_term(t.kind, t.days, t.article, t.legal_ref, user_id)
        if readings is not None:
            legal.update_readings(readings, user_id)
