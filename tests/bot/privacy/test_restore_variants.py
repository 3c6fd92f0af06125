"""The model's spellings of placeholders, and the ones it invents."""

from __future__ import annotations

import pytest

from bot.privacy.restore import restore
from bot.privacy.vault import Vault


def _vault() -> Vault:
    vault = Vault()
    for label, value in [
        ("PERSONNE", "Jean Dupont"),
        ("TELEPHONE", "06 12 34 56 78"),
        ("DATE_NAISSANCE", "3 mars 1985"),
    ]:
        vault.placeholder_for(label, value)
    return vault


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("[Téléphone_1]", "06 12 34 56 78"),
        ("[TÉLÉPHONE-1]", "06 12 34 56 78"),
        ("[DATE NAISSANCE 1]", "3 mars 1985"),
        ("[date_naissance_1]", "3 mars 1985"),
        ("DATE_NAISSANCE_1", "3 mars 1985"),
        ("{PERSONNE_1}", "Jean Dupont"),
        ("[PERSONNE_01]", "Jean Dupont"),
    ],
)
def test_more_variants_are_restored(draft: str, expected: str) -> None:
    result = restore(f"Bonjour {draft}.", _vault())

    assert result.text == f"Bonjour {expected}."
    assert result.invented == ()


@pytest.mark.parametrize(
    ("draft", "invented"),
    [
        ("[PERSONNE_2] et [TELEPHONE_9]", ("[PERSONNE_2]", "[TELEPHONE_9]")),
        ("PERSONNE_3 nous a écrit", ("PERSONNE_3",)),  # bare, but a label of this conversation
        ("[ADRESSE_1]", ("[ADRESSE_1]",)),  # a label this conversation never had
    ],
)
def test_invented_placeholders_are_reported(draft: str, invented: tuple[str, ...]) -> None:
    result = restore(draft, _vault())

    assert result.text == draft
    assert result.invented == invented


def test_bare_words_of_other_labels_are_not_reported() -> None:
    """COVID_19 or ARTICLE_12 are words of the draft, not placeholders."""
    result = restore("Depuis le COVID_19 et l'ARTICLE_12, [PERSONNE_1] attend.", _vault())

    assert result.text == "Depuis le COVID_19 et l'ARTICLE_12, Jean Dupont attend."
    assert result.invented == ()
