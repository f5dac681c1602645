"""Demo people: valid-looking individual identification numbers (IIN, with
their check digit)."""
from __future__ import annotations

import random

from app.rules.identifiers import make_with_check_digit


def iin(rnd: random.Random, female: bool) -> str:
    while True:
        year = rnd.randint(50, 99)
        first11 = f"{year:02d}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}" \
                  f"{4 if female else 3}{rnd.randint(0, 9999):04d}"
        number = make_with_check_digit(first11)
        if number:
            return number
