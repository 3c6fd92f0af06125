"""Round 6 of issue 13, names from their evidence: the asterisk of a changed first name even after « de », a list
joined by « ou », a surname in capitals that is also a short word, a relative clause saying what the person does,
a by-line opening its line. Inputs written for these tests (not taken from the evaluation splits)."""

from __future__ import annotations

import pytest

from tests.bot.privacy.conftest import Masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("C'est l'histoire de Soraline*, qui attend depuis mars.", "Soraline"),
        ("On les appelle Jean, Paul ou Kessaline selon les jours.", "Kessaline"),
        ("Présents : Monsieur Marc TOUT, rapporteur.", "Marc TOUT"),
        ("Il y a aussi Dramane, qui vit à Rennes depuis dix ans.", "Dramane"),
        ("Okiane Etxeberri\nLa poste de Mauléon va fermer", "Okiane Etxeberri"),
    ],
)
def test_names_found_from_their_evidence(masked: Masked, text: str, name: str) -> None:
    assert ("PERSONNE", name) in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il faut choisir Bobigny ou Créteil pour le dépôt.",  # a list of towns, no name in it
        "Marie est venue, elle est BIEN contente du service.",  # capitals in prose, not after a first name
        "Fermeture de la trésorerie\nLa poste reste ouverte",  # a capitalised word opening a line, no name after
    ],
)
def test_no_name_without_its_evidence(masked: Masked, text: str) -> None:
    values = [value for label, value in masked(text) if label == "PERSONNE"]
    assert not any(word in value for value in values for word in ("Bobigny", "Créteil", "BIEN", "Fermeture"))
