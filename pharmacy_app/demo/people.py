"""Who records the demo's movements, and the batch numbers on its lots.

User names are initials, as in the regions' IT systems: two letters of the first name
and two of the surname.  The pharmacy has its own staff; each site gets two people.
Batch numbers follow the style of the manufacturer.
"""

from __future__ import annotations

import random
from datetime import date

PHARMACY_STAFF = ("hebl", "kamo", "sije", "tipa", "anni")
FIRST_NAMES = (
    "Anne", "Bente", "Camilla", "Dorthe", "Emil", "Frederik", "Gitte", "Hanne", "Ida", "Jens",
    "Karen", "Lars", "Louise", "Mads", "Mette", "Niels", "Ole", "Pia", "Rikke", "Søren", "Tina",
    "Ulla", "Vibeke", "Henrik",
)  # fmt: skip
SURNAMES = (
    "Andersen", "Bech", "Christensen", "Dahl", "Eriksen", "Frandsen", "Holm", "Jakobsen", "Jensen",
    "Kristensen", "Larsen", "Lund", "Madsen", "Nielsen", "Olsen", "Pedersen", "Rasmussen",
    "Sørensen", "Thomsen", "Vestergaard",
)  # fmt: skip

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_ASCII = str.maketrans({"æ": "a", "ø": "o", "å": "a"})


def new_user(rng: random.Random, taken: set[str]) -> str:
    """Initials not yet in ``taken`` (and add them), e.g. Mette Sørensen -> ``meso``."""
    while True:
        name = (rng.choice(FIRST_NAMES)[:2] + rng.choice(SURNAMES)[:2]).lower().translate(_ASCII)
        if name not in taken:
            taken.add(name)
            return name


def batch_number(rng: random.Random, manufacturer: str, day: date) -> str:
    """A batch number in the style of the manufacturer (letters and digits, at most 20)."""
    who = manufacturer.lower()

    def letters(n: int) -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(n))

    def digits(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    if "pfizer" in who or "biontech" in who or "astrazeneca" in who:
        return letters(2) + digits(4)
    if "moderna" in who:
        return digits(6) + letters(1)
    if "sanofi" in who:
        return letters(1) + digits(1) + letters(1) + digits(3) + letters(1)
    if "seqirus" in who:
        return "P" + digits(7)
    if "msd" in who or "merck" in who or "viatris" in who:
        return letters(1) + digits(6)
    return f"L{day:%y}" + digits(4)
