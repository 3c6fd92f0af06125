"""The whole pseudonymiser: French labels, offsets, public words kept, conversation consistency, failing closed."""

from __future__ import annotations

import logging
import re

import pytest

from bot.privacy.engine import PresidioPseudonymiser, PseudonymisationError
from bot.privacy.vault import Vault
from tests.bot.privacy.conftest import Masked

REVIEW = (
    "Bonjour, je suis Marie DUPONT, née le 3 mars 1985. Mon dossier à la CAF de Lyon (n° allocataire 1234567) "
    "est bloqué, personne ne répond au 06 12 34 56 78 ni au 3949. J'ai rendez-vous le 12 avril à la préfecture du "
    "Rhône. Mon fils Lucas attend sa carte. NIR 1 85 03 75 123 456 41, IBAN FR76 3000 6000 0112 3456 7890 189.\n"
    "Cordialement,\nMarie Dupont\n12 bis rue des Lilas 69003 Lyon"
)


def test_a_review_is_masked_with_french_placeholders(pseudonymiser: PresidioPseudonymiser) -> None:
    result = pseudonymiser.pseudonymise(REVIEW, Vault())

    assert result.text == (
        "Bonjour, je suis [PERSONNE_1], née le [DATE_NAISSANCE_1]. Mon dossier à la CAF de Lyon (n° allocataire "
        "[NUMERO_ALLOCATAIRE_1]) est bloqué, personne ne répond au [TELEPHONE_1] ni au 3949. J'ai rendez-vous le 12 "
        "avril à la préfecture du Rhône. Mon fils [PERSONNE_2] attend sa carte. NIR [NIR_1], IBAN [IBAN_1].\n"
        "Cordialement,\n[PERSONNE_1]\n[ADRESSE_1]"
    )
    for entity in result.entities:
        assert entity.placeholder == f"[{entity.type}_{entity.placeholder.rsplit('_', 1)[1]}"
        assert REVIEW[entity.start : entity.end]  # offsets are into the original text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme DUPONT épouse MARTIN a écrit.", [("PERSONNE", "DUPONT épouse MARTIN")]),
        ("Appelez Lucie Bernard au 06 11 22 33 44.", [("PERSONNE", "Lucie Bernard"), ("TELEPHONE", "06 11 22 33 44")]),
        ("DUPONT Marie\nObjet : remboursement", [("PERSONNE", "DUPONT Marie")]),
        ("je m'appelle kevin lefebvre, merci", [("PERSONNE", "kevin lefebvre")]),
        ("Jean-Baptiste N'Diaye et Marie-Hélène de La Fontaine", [("PERSONNE", "Jean-Baptiste N'Diaye"),
                                                                  ("PERSONNE", "Marie-Hélène de La Fontaine")]),
        ("mon fils Lucas et ma fille, léa, attendent", [("PERSONNE", "Lucas"), ("PERSONNE", "léa")]),
        ("Votre agent M. Haddad. Haddad m'a raccroché au nez.", [("PERSONNE", "Haddad"), ("PERSONNE", "Haddad")]),
        ("Merci à Fatoumata du guichet.", [("PERSONNE", "Fatoumata")]),
        ("Plaque AB-123-CD, passeport 12AB34567", [("IMMATRICULATION", "AB-123-CD"), ("PASSEPORT", "12AB34567")]),
        ("identifiant France Travail 1234567A", [("IDENTIFIANT_FRANCE_TRAVAIL", "1234567A")]),
        ("n° fiscal 0123456789211 ; ma carte 4111 1111 1111 1111", [("NUMERO_FISCAL", "0123456789211"),
                                                                     ("CARTE_BANCAIRE", "4111 1111 1111 1111")]),
        ("carte d'identité n° 880692310285", [("CNI", "880692310285")]),
        ("dossier n° 2024-00123456", [("REFERENCE_DOSSIER", "2024-00123456")]),
        ("écrivez à jean.dupont@gmail.com", [("EMAIL", "jean.dupont@gmail.com")]),
    ],
)  # fmt: skip
def test_what_is_masked(masked: Masked, text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La CAF, la CPAM, Ameli, l'ANTS, France Travail, l'URSSAF et la DGFiP ne répondent pas.",
        "J'ai tout fait sur impots.gouv.fr et à la préfecture de Seine-Saint-Denis, puis à la mairie de Lyon.",
        "Le cerfa n° 12100*03 coûte 25 €, le 3949 et le 3646 sonnent occupés, rendez-vous le 12 mars à 9h30.",
        "Pôle emploi devenu France Travail me doit 1 250,50 euros depuis le 3 février.",
        "Je me suis rendu à la CAF du Rhône puis à la sous-préfecture de Palaiseau.",
    ],
)
def test_public_service_words_are_never_masked(masked: Masked, text: str) -> None:
    assert masked(text) == []


def test_placeholders_stay_consistent_across_a_conversation(pseudonymiser: PresidioPseudonymiser) -> None:
    """The review, then the agent's instructions, share one vault: one value, one placeholder."""
    vault = Vault()
    review = pseudonymiser.pseudonymise("Je suis Marie Dupont, joignable au 06 12 34 56 78.", vault)
    instruction = pseudonymiser.pseudonymise(
        "Rappelle à Marie Dupont qu'on l'appellera au 0612345678, et cite son nom, Dupont.", vault
    )

    assert review.text == "Je suis [PERSONNE_1], joignable au [TELEPHONE_1]."
    assert "[PERSONNE_1]" in instruction.text and "[TELEPHONE_1]" in instruction.text
    assert "Dupont" not in instruction.text
    assert vault.value_of("[PERSONNE_1]") == "Marie Dupont"


def test_placeholders_already_in_a_text_are_left_alone(pseudonymiser: PresidioPseudonymiser) -> None:
    """An agent quoting the draft: its placeholders are not masked again."""
    vault = Vault()
    pseudonymiser.pseudonymise("Je suis Marie Dupont.", vault)

    result = pseudonymiser.pseudonymise("Remplace [PERSONNE_1] par Madame [PERSONNE_1].", vault)

    assert result.text == "Remplace [PERSONNE_1] par Madame [PERSONNE_1]."


def test_any_failure_raises_pseudonymisation_error_without_the_text(
    pseudonymiser: PresidioPseudonymiser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fail closed: the error carries the exception's class only, never a quote of the review."""

    def broken(*_args: object) -> None:
        raise ValueError("Marie Dupont 06 12 34 56 78")

    monkeypatch.setattr(pseudonymiser._recognizers[0], "analyze", broken)

    with pytest.raises(PseudonymisationError) as raised:
        pseudonymiser.pseudonymise("Marie Dupont 06 12 34 56 78", Vault())

    assert str(raised.value) == "ValueError"
    assert raised.value.__cause__ is None and raised.value.__suppress_context__  # tracebacks do not show the cause
    assert "Marie" not in repr(raised.value)


def test_nothing_of_the_text_is_logged(pseudonymiser: PresidioPseudonymiser, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        pseudonymiser.pseudonymise(REVIEW, Vault())

    logged = " ".join(record.getMessage() for record in caplog.records)
    for secret in ("Marie", "DUPONT", "06 12 34 56 78", "Lilas", "1234567", "Lucas"):
        assert secret not in logged


def test_no_network_is_needed(pseudonymiser: PresidioPseudonymiser, monkeypatch: pytest.MonkeyPatch) -> None:
    """Presidio's e-mail recognizer calls tldextract, which may download the suffix list: Plume never does."""
    import socket

    import tldextract

    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(tldextract, "extract", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)

    result = pseudonymiser.pseudonymise("Écrivez à lucie.bernard@example.org", Vault())

    assert result.text == "Écrivez à [EMAIL_1]"


def test_labels_match_the_vault(pseudonymiser: PresidioPseudonymiser) -> None:
    """`[NIR_1]` is stored under the label NIR: what the summary counts is what the vault holds."""
    vault = Vault()
    result = pseudonymiser.pseudonymise(REVIEW, vault)

    for entity in result.entities:
        label = re.fullmatch(r"\[([A-Z_]+)_\d+\]", entity.placeholder)
        assert label is not None and label.group(1) == entity.type
        assert vault.value_of(entity.placeholder) is not None
