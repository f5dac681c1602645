"""The complaint (АППК 91–101): its record beside the appeal, its actions on
either side, the suspension and execution of a challenged act of ours.

This is the package's face: what ``ui`` may import."""
from app.complaint.record import case_facts, send_to

__all__ = [
    "case_facts",
    "send_to",
]
