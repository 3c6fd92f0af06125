"""The gaps seen on real French text (issue 13): each behaviour through the whole engine, real spaCy model."""

from __future__ import annotations

import pytest

from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.restore import restore
from bot.privacy.vault import Vault
from tests.bot.privacy.conftest import Masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an 08 number given as the writer's own is a phone number; a service's 08 number stays
        ("rappelez-moi au 08 12 34 56 78 svp", [("TELEPHONE", "08 12 34 56 78")]),
        ("je suis joignable au 0812345678 le matin", [("TELEPHONE", "0812345678")]),
        ("Mon numéro : 08.99.12.34.56", [("TELEPHONE", "08.99.12.34.56")]),
        ("j'ai appelé le 08 10 25 14 00 sans réponse", []),
        # dossier numbers announced with a verb or a foreigner's number
        ("mon dossier porte le numéro 2024-518233", [("REFERENCE_DOSSIER", "2024-518233")]),
        ("numéro de demande c'est le DOS4471208", [("REFERENCE_DOSSIER", "DOS4471208")]),
        ("Mon numéro de dossier ANEF est le 7504-2022-118347.", [("REFERENCE_DOSSIER", "7504-2022-118347")]),
        ("Numéro étranger 7503128446.", [("REFERENCE_DOSSIER", "7503128446")]),
        # a first name glued to an elided word
        ("Je pense qu'Aurore a raison.", [("PERSONNE", "Aurore")]),
        ("le dossier d'Héloïse est bloqué", [("PERSONNE", "Héloïse")]),
    ],
)
def test_real_text_gaps_are_masked(masked: Masked, text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La Caisse d'Allocations Familiales m'a renvoyé vers Pôle Emploi.",
        "Le CCAS et le CIAS de Saint-Germain-en-Laye ne répondent pas.",
        "J'ai écrit à la CAISSE PRIMAIRE D'ASSURANCE MALADIE et à la Mission Locale.",
        "L'accueil de France Services m'a aidée, l'agent m'a dit d'attendre.",
    ],
)
def test_service_names_in_any_case_are_kept(masked: Masked, text: str) -> None:
    assert masked(text) == []


def test_a_placeholder_typed_by_the_citizen_can_never_bring_a_value_back(pseudonymiser: PresidioPseudonymiser) -> None:
    vault = Vault()
    review = "Je suis Marie Dupont. Mon voisin a écrit [PERSONNE_1] et {TELEPHONE_1} dans le formulaire."
    masked = str(pseudonymiser.pseudonymise(review, vault).text)
    assert "(PERSONNE 1)" in masked and "(TELEPHONE 1)" in masked
    assert "Marie" not in masked and "Dupont" not in masked
    # the model copies the escaped text: restoration puts back Marie Dupont only where the engine masked her
    restored = restore(masked, vault).text
    assert restored.count("Marie Dupont") == 1
    assert "(PERSONNE 1)" in restored


def test_the_conversations_own_placeholders_are_not_escaped(pseudonymiser: PresidioPseudonymiser) -> None:
    vault = Vault()
    pseudonymiser.pseudonymise("Bonjour, je suis Marie Dupont.", vault)
    instruction = pseudonymiser.pseudonymise("Remercie [PERSONNE_1] mais pas [PERSONNE_7].", vault)
    assert str(instruction.text) == "Remercie [PERSONNE_1] mais pas (PERSONNE 7)."
