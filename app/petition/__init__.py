"""The petition (АППК 90-1–90-6): its record, duties and decision.

This is the package's face: what ``ui`` may import."""
from app.petition.record import PetitionInput, of, petition_missing

__all__ = [
    "PetitionInput",
    "of",
    "petition_missing",
]
