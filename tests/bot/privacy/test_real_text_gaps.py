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
        # first names of the world, alone
        ("Comme l'a écrit Mamadou hier, rien ne bouge.", [("PERSONNE", "Mamadou")]),
        ("Sofiane attend depuis mars.", [("PERSONNE", "Sofiane")]),
        # names after a rank or a function, even when they are also words
        ("J'ai vu l'adjudant Noël et l'agent Olive.", [("PERSONNE", "Noël"), ("PERSONNE", "Olive")]),
        # surnames after an initial
        ("Je m'appelle R. Lemoine et j'attends.", [("PERSONNE", "Lemoine")]),
        ("Lettre reçue de C. Lonergan, Gatineau", [("PERSONNE", "Lonergan")]),
        # names listed together: the unknown one is a name too, a town after a signature is not
        (
            "J'ai échangé avec Liza, Camilla, Assia et Jade.",
            [("PERSONNE", n) for n in ("Liza", "Camilla", "Assia", "Jade")],
        ),
        ("le cabinet de Me Desaché et Gatineau, avocats", [("PERSONNE", "Desaché"), ("PERSONNE", "Gatineau")]),
        # an overseas NIR, grouped as written (wrong key: masked because « sécu » announces it)
        ("Mon numéro de sécu : 2 86 11 974 22 318 54.", [("NIR", "2 86 11 974 22 318 54")]),
        ("Numéro unique de demandeur : 075061906123456789.", [("REFERENCE_DOSSIER", "075061906123456789")]),
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


@pytest.mark.parametrize(
    "text",
    [
        "Cher monsieur, Motif : retard de paiement. Hein ?",  # common words starting a sentence or a clause
        "Bref, Objet : ma demande. Voilà.",
        "Je suis allée à Lyon et Jean est resté à Nantes.",  # a town joined to a name is no name
        "On passe au plan B. Ensuite on verra.",  # a capital letter and a dot before a common word
        "L'agent administratif m'a reçue, la conseillère France Travail aussi.",
    ],
)
def test_common_words_and_places_are_not_taken_for_names(masked: Masked, text: str) -> None:
    names = [value for label, value in masked(text) if label == "PERSONNE"]
    assert names in ([], ["Jean"])


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
