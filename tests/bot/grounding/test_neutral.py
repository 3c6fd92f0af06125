"""Placeholders of a past thread become neutral wording: nothing of them can be restored into another thread."""

from __future__ import annotations

import pytest

from bot.grounding.neutral import neutralise
from bot.privacy.restore import PLACEHOLDER_PATTERN, restore
from bot.privacy.vault import Vault


@pytest.mark.parametrize(
    ("past", "neutral"),
    [
        ("Bonjour Madame [PERSONNE_3],\nMerci.", "Bonjour Madame, Monsieur,\nMerci."),
        ("[PERSONNE_1],\nvotre dossier avance.", "Madame, Monsieur,\nvotre dossier avance."),
        ("Nous avons écrit à [PERSONNE_2] hier.", "Nous avons écrit à la personne concernée hier."),
        ("Nous vous rappellerons sur [TELEPHONE_1].", "Nous vous rappellerons sur votre numéro de téléphone."),
        ("Votre numéro d'allocataire [NUMERO_ALLOCATAIRE_1] est actif.", "Votre numéro d'allocataire est actif."),
        ("Écrivez-nous depuis [EMAIL_2].", "Écrivez-nous depuis votre adresse électronique."),
        ("Bonjour PERSONNE_4, merci.", "Bonjour Madame, Monsieur, merci."),
        ("Rien à masquer ici.", "Rien à masquer ici."),
    ],
)
def test_each_placeholder_of_a_past_thread_becomes_a_neutral_form(past: str, neutral: str) -> None:
    assert neutralise(past) == neutral


@pytest.mark.parametrize(
    "past", ["Votre IBAN [IBAN_1] est enregistré.", "[CNI_2] [PASSEPORT_1] {PERSONNE_1} [Téléphone 2]", "NIR_1"]
)
def test_no_placeholder_of_any_label_or_spelling_is_left(past: str) -> None:
    assert PLACEHOLDER_PATTERN.search(neutralise(past)) is None


def test_a_neutralised_example_gives_the_current_vault_nothing_to_restore() -> None:
    current = Vault()
    current.placeholder_for("PERSONNE", "Jeanne Martin")
    current.placeholder_for("TELEPHONE", "06 12 34 56 78")
    past = "Bonjour Monsieur [PERSONNE_1], rappelez le [TELEPHONE_1] ou écrivez à PERSONNE_1."

    shown = neutralise(past)

    assert PLACEHOLDER_PATTERN.search(shown) is None
    restored = restore(shown, current)
    assert "Jeanne" not in restored.text and "06 12" not in restored.text and restored.invented == ()
    assert "Jeanne Martin" in restore(past, current).text, "without neutralising, the past name would leak in"
