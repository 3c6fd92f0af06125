"""Language: a reply in another language, or with a paragraph in one, is found; French with foreign names is not."""

from __future__ import annotations

import pytest

from bot.checks import Kind, Requirements, check_draft
from bot.checks.language import not_french

FRENCH = (
    "Bonjour,\n\nMerci pour votre message. Nous sommes désolés de l'attente que vous avez subie au guichet, et nous "
    "avons transmis vos remarques à l'équipe d'accueil, qui en tiendra compte.\n\nBien cordialement,"
)


@pytest.mark.parametrize(
    "draft",
    [
        "Dear Sir or Madam, we have received your message and we are looking into it with the relevant team.",
        "Thank you for your feedback!",
        "Estimada señora, le agradecemos su mensaje y lamentamos mucho el tiempo de espera en nuestra oficina.",
        "Sehr geehrte Damen und Herren, vielen Dank für Ihre Nachricht. Wir haben Ihre Anmerkungen an das Team "
        "weitergeleitet.",
        "Gentile signora, grazie per il suo messaggio. Siamo molto dispiaciuti per l'attesa e abbiamo informato "
        "il nostro ufficio.",
        # mixed: a French opening, then the model switched to English
        "Bonjour,\n\nMerci pour votre message. We are sorry about the long wait at the desk and we have shared your "
        "comments with the team.\n\nCordialement,",
        FRENCH + "\n\nPS: if you have any other question, please do not hesitate to contact us by phone.",
    ],
)
def test_a_reply_not_in_french_is_found(draft: str) -> None:
    assert not_french(draft), draft


@pytest.mark.parametrize(
    "draft",
    [
        FRENCH,
        "Bonjour, merci pour votre avis !",
        "Merci.",
        FRENCH + " Vous pouvez aussi utiliser l'application « Health Data Hub » ou le service « Ask the Tax Office ».",
        FRENCH + " Le « Welcome Center » de l'université est ouvert le mardi.",
        "Madame, Monsieur,\n\nNous avons bien noté votre remarque sur l'espace « My Account » de France Travail, "
        "dont l'affichage sur téléphone sera revu.\n\nCordialement,",
        FRENCH + "\n\nService des impôts des particuliers\nCentre des finances publiques de Tours",
    ],
)
def test_french_with_foreign_names_is_french(draft: str) -> None:
    assert not not_french(draft), draft


def test_the_finding_spans_the_draft() -> None:
    draft = "Bonjour,\n\nThank you for taking the time to write to us about your visit to our office last week."

    [finding] = [f for f in check_draft(draft, "avis", "", frozenset(), Requirements()) if f.kind is Kind.LANGUAGE]

    assert (finding.start, finding.end) == (0, len(draft))


def test_one_foreign_sentence_in_a_long_french_reply_is_found() -> None:
    assert not_french(FRENCH.replace("Merci pour votre message.", "Merci. We will get back to you soon."))
    assert not_french(FRENCH + " Vielen Dank für Ihre Geduld und bis bald.")


def test_portuguese_and_short_foreign_replies_are_found() -> None:
    assert not_french("Obrigado pela sua mensagem. Lamentamos a espera e vamos melhorar o atendimento.")
    assert not_french("Sorry for the delay, we are on it.")
    assert not_french("Gracias por su paciencia.")
