"""Check digits of French identifiers: NIR key, numéro fiscal key, IBAN and RIB (mod 97), Luhn."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s.\-/]")


def compact(value: str) -> str:
    """The value without spaces, dots, dashes or slashes, upper case."""
    return _SEPARATORS.sub("", value).upper()


def nir_key_valid(value: str) -> bool:
    """NIR: key = 97 − (first 13 characters mod 97), Corsica's 2A / 2B counted as 19 / 18."""
    nir = compact(value)
    if len(nir) != 15:
        return False
    body = nir[:13].replace("2A", "19").replace("2B", "18")
    return body.isdigit() and nir[13:].isdigit() and 97 - int(body) % 97 == int(nir[13:])


def tax_number_valid(value: str) -> bool:
    """Numéro fiscal (SPI): 13 digits starting with 0-3, the last 3 are the first 10 modulo 511."""
    number = compact(value)
    return len(number) == 13 and number.isdigit() and number[0] in "0123" and int(number[:10]) % 511 == int(number[10:])


def iban_valid(value: str) -> bool:
    """IBAN: country letters and check digits moved to the end, letters as 10-35, the whole mod 97 is 1."""
    iban = compact(value)
    if not 15 <= len(iban) <= 34 or not iban.isalnum() or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def rib_valid(value: str) -> bool:
    """French RIB: bank (5), branch (5), account (11, letters mapped), key (2) = 97 − (89 b + 15 g + 3 c) mod 97."""
    rib = compact(value)
    if len(rib) != 23 or not rib.isalnum():
        return False
    digits = "".join(_RIB_LETTERS.get(char, char) for char in rib)
    bank, branch, account, key = int(digits[:5]), int(digits[5:10]), int(digits[10:21]), int(digits[21:])
    return 97 - (89 * bank + 15 * branch + 3 * account) % 97 == key


_RIB_LETTERS = {
    letter: str(value)
    for letters, value in zip(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"), range(1, 10), strict=True)
    for letter in letters
}


def luhn_valid(value: str) -> bool:
    """Luhn checksum of a card number."""
    number = compact(value)
    if not number.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0
