"""Times of day in the reception schedule ("HH:MM")."""
from __future__ import annotations


def minutes(hhmm: str) -> int:
    """"09:30" -> 570: minutes since midnight."""
    return int(hhmm[:2]) * 60 + int(hhmm[3:])
