"""Check digits of French identifiers, valid and invalid, in their usual spellings."""

from __future__ import annotations

import pytest

from bot.privacy.checksums import iban_valid, luhn_valid, nir_key_valid, rib_valid, tax_number_valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("185037512345641", True),
        ("1 85 03 75 123 456 41", True),
        ("1.85.03.75.123.456.41", True),
        ("2 84 05 2A 004 123 55", True),  # Corsica: 2A counts as 19
        ("284052a00412355", True),
        ("1 78 11 2B 108 042 05", True),  # 2B counts as 18
        ("1 85 03 75 123 456 42", False),  # wrong key
        ("1 85 03 75 123 456", False),  # no key
        ("2 84 05 2C 004 123 55", False),
        ("1 85 03 75 123 400 97", True),  # first 13 digits a multiple of 97: the key is 97, not 00
        ("2 84 05 2A 004 081 97", True),  # the same in Corsica (2A counts as 19)
        ("1 85 03 75 123 400 00", False),
        ("1 85 03 75 123 400 96", False),
    ],
)
def test_nir_key(value: str, valid: bool) -> None:
    assert nir_key_valid(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("0123456789211", True),
        ("30 12 345 678 167", True),
        ("3012345678168", False),
        ("4012345678123", False),  # starts with 4
        ("012345678921", False),
    ],
)
def test_tax_number_key(value: str, valid: bool) -> None:
    assert tax_number_valid(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("FR76 3000 6000 0112 3456 7890 189", True),
        ("fr7630006000011234567890189", True),
        ("FR14 2004 1010 0505 0001 3M02 606", True),
        ("DE89 3704 0044 0532 0130 00", True),
        ("FR76 3000 6000 0112 3456 7890 188", False),
        ("FR76 3000", False),
    ],
)
def test_iban(value: str, valid: bool) -> None:
    assert iban_valid(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [("20041 01005 0500013M026 06", True), ("30006 00001 12345678901 89", True), ("30006 00001 12345678901 88", False)],
)
def test_rib(value: str, valid: bool) -> None:
    assert rib_valid(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [("4111 1111 1111 1111", True), ("5555-5555-5555-4444", True), ("4970101234567890", False), ("4111 1111", False)],
)
def test_luhn(value: str, valid: bool) -> None:
    assert luhn_valid(value) is valid
