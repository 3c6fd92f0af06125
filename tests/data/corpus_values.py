"""Random but valid French identifiers, in the spellings citizens use, for the privacy corpus."""

from __future__ import annotations

import random
import string

from faker import Faker

MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
SIV_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ"


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _group(value: str, sizes: list[int], sep: str = " ") -> str:
    parts, position = [], 0
    for size in sizes:
        parts.append(value[position : position + size])
        position += size
    return sep.join(part for part in parts if part)


def nir(rng: random.Random) -> str:
    department = "2A" if rng.random() < 0.04 else "2B" if rng.random() < 0.04 else f"{rng.randint(1, 95):02d}"
    body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{department}{_digits(rng, 6)}"
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    value = f"{body}{key:02d}"
    return rng.choice(
        [value, _group(value, [1, 2, 2, 2, 3, 3, 2]), _group(value, [13, 2]), _group(value, [1, 2, 2, 2, 3, 3, 2], ".")]
    )


def phone(rng: random.Random) -> str:
    digits = f"{rng.choice('1234567996677')}{_digits(rng, 8)}"
    pairs = " ".join(digits[i : i + 2] for i in range(1, 9, 2))
    return rng.choice(
        [
            f"0{digits[0]} {pairs}",
            f"0{digits}",
            f"0{digits[0]}.{pairs.replace(' ', '.')}",
            f"0{digits[0]}-{pairs.replace(' ', '-')}",
            f"+33 {digits[0]} {pairs}",
            f"+33 (0){digits[0]} {pairs}",
            f"0033 {digits[0]} {pairs}",
            f"+33{digits}",
            f"0{digits[0]} {pairs}",
            f"0{digits[0]}{pairs.replace(' ', '')}",
        ]
    )


def email(rng: random.Random, fake: Faker, first: str, last: str) -> str:
    plain = _ascii
    domain = rng.choice(
        ["gmail.com", "orange.fr", "hotmail.fr", "free.fr", "laposte.net", "yahoo.fr", "sfr.fr", "outlook.fr"]
    )
    return rng.choice(
        [
            f"{plain(first)}.{plain(last)}@{domain}",
            f"{plain(first)[0]}{plain(last)}{rng.randint(1, 99)}@{domain}",
            f"{plain(last)}.{plain(first)}@{domain}",
            fake.email(),
        ]
    )


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if c.isalnum() and c.isascii())


def iban(rng: random.Random) -> str:
    bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
    rib_key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{rib_key:02d}"
    check = 98 - int(bban + "152700") % 97
    value = f"FR{check:02d}{bban}"
    return rng.choice([value, " ".join(value[i : i + 4] for i in range(0, len(value), 4))])


def card(rng: random.Random) -> str:
    body = rng.choice("4455") + _digits(rng, 14)
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    value = body + str((10 - total % 10) % 10)
    return rng.choice([value, " ".join(value[i : i + 4] for i in range(0, 16, 4))])


def fiscal(rng: random.Random) -> str:
    head = rng.choice("0123") + _digits(rng, 9)
    value = f"{head}{int(head) % 511:03d}"
    return rng.choice([value, _group(value, [2, 2, 3, 3, 3]), value])


def caf(rng: random.Random) -> str:
    return rng.choice("123456789") + _digits(rng, 6)


def france_travail(rng: random.Random) -> str:
    return rng.choice("123456789") + _digits(rng, 6) + rng.choice(string.ascii_uppercase)


def passport(rng: random.Random) -> str:
    return f"{_digits(rng, 2)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{_digits(rng, 5)}"


def cni(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice("123456789") + _digits(rng, 11)
    chars = [rng.choice(string.ascii_uppercase + string.digits) for _ in range(9)]
    chars[rng.randint(0, 8)], chars[rng.randint(0, 8)] = rng.choice(string.digits), rng.choice(string.ascii_uppercase)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    if rng.random() < 0.75:
        left = rng.choice(SIV_LETTERS) + rng.choice(SIV_LETTERS)
        right = rng.choice(SIV_LETTERS) + rng.choice(SIV_LETTERS)
        sep = rng.choice(["-", "-", " ", ""])
        return f"{left}{sep}{_digits(rng, 3)}{sep}{right}"
    letters = "".join(rng.choice(SIV_LETTERS) for _ in range(rng.choice([2, 3])))
    return f"{rng.randint(10, 9999)} {letters} {rng.choice(['75', '69', '13', '93', '2A', '59', '33', '44'])}"


def address(rng: random.Random, fake: Faker) -> tuple[str, str]:
    """(the whole address, its street line) — the street line is what must not survive."""
    number = f"{rng.randint(1, 180)}{rng.choice(['', '', '', ' bis', ' ter', 'B'])}"
    kind = rng.choice(
        ["rue", "avenue", "boulevard", "allée", "impasse", "chemin", "place", "route", "quai", "résidence"]
    )
    name = rng.choice(
        [
            fake.last_name(),
            f"des {rng.choice(['Lilas', 'Tilleuls', 'Acacias', 'Peupliers', 'Roses'])}",
            f"de la {rng.choice(['République', 'Gare', 'Paix', 'Liberté', 'Fontaine'])}",
            f"{fake.first_name()} {fake.last_name()}",
            f"du {rng.choice(['Général Leclerc', 'Moulin', 'Château', '8 Mai 1945'])}",
            f"Jean {fake.last_name()}",
        ]
    )
    street = f"{number} {kind} {name}"
    if rng.random() < 0.6:
        return f"{street}{rng.choice([', ', ' '])}{fake.postcode()} {fake.city()}", street
    return street, street


def birth_date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2006)
    return rng.choice(
        [
            f"{day} {MONTHS[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}/{month}/{str(year)[2:]}",
        ]
    )


def reference(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(2019, 2025)}-{_digits(rng, 8)}",
            f"{''.join(rng.choices(string.ascii_uppercase, k=3))}-{_digits(rng, 6)}",
            f"{_digits(rng, 10)}",
            f"{_digits(rng, 2)}{''.join(rng.choices(string.ascii_uppercase, k=2))}{_digits(rng, 7)}",
            f"R{_digits(rng, 9)}",
        ]
    )
