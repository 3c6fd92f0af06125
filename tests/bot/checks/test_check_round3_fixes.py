"""Round 3: steps whose subject is a message, favours asked for, figures in words, « des » that is no « dès », vague
deadlines of a supported sentence; masked figures as gaps; foreign sentences told by their word endings. Sentences
written for these tests, not taken from the check corpus."""

from __future__ import annotations

import pytest

from bot.checks import Kind, Requirements, check_draft
from bot.checks.french import with_digits
from bot.checks.language import not_french
from tests.bot.checks.promise_drafts import promises


@pytest.mark.parametrize(
    "sentence",
    [
        "Le récapitulatif de votre rendez-vous vous parviendra par SMS.",
        "Un accusé de réception vous sera envoyé par courriel.",
        "Nous avons écrit au centre de paiement afin que votre dossier soit examiné en priorité.",
        "Nous avons demandé au service que votre demande soit traitée en urgence.",
    ],
)
def test_steps_of_the_procedure_and_favours_asked_for_are_no_promise(sentence: str) -> None:
    assert promises(sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Votre carte vous sera délivrée le 12 juin.",
        "Votre dossier sera examiné en priorité.",
        "Nous ferons en sorte que votre dossier soit traité en urgence.",
        "Votre aide sera versée dans les prochains jours.",
    ],
)
def test_the_same_words_about_the_case_itself_are_still_promises(sentence: str) -> None:
    assert promises(sentence), sentence


def test_a_deadline_in_words_is_supported_by_the_same_in_figures() -> None:
    sentence = "Le trop-perçu vous sera remboursé sous quarante-cinq jours."

    assert promises(sentence, "Le trop-perçu sera remboursé sous 45 jours.") == []
    assert promises(sentence, "Le trop-perçu sera remboursé sous 30 jours.")


def test_a_vague_deadline_follows_the_supported_sentence_it_is_in() -> None:
    sentence = "Votre remboursement de 90 € a été validé ; il sera visible sur votre compte dans les prochains jours."

    assert promises(sentence, "Le remboursement de 90 € est validé.") == []
    assert promises(sentence)


def test_a_debt_waived_follows_the_supported_sentence_it_is_in() -> None:
    sentence = "La majoration de 35 € est supprimée : vous n'aurez rien à payer."

    assert promises(sentence, "Supprime la majoration de 35 €.") == []
    assert promises(sentence)


def test_a_change_of_situation_is_a_condition() -> None:
    assert promises("Si vos revenus évoluent, le montant de votre aide sera recalculé.") == []
    assert promises("Si vous envoyez la pièce, votre aide sera rétablie.")


def test_des_is_not_des() -> None:
    sentence = "Votre allocation reprendra en mai, avec le rappel des mois non versés."

    assert promises(sentence, "L'allocation reprend en mai avec le rappel.") == []
    assert promises("Votre allocation reprendra dès mai.", "L'allocation reprend avec le rappel.")


def test_numbers_in_words_are_written_in_figures() -> None:
    assert with_digits("sous quatre-vingt-dix jours, trois cents euros, un mois") == "sous 90 jours, 300 euros, un mois"


BODY = "Merci pour votre message. Votre rendez-vous est confirmé et nous vous attendons à l'agence."


@pytest.mark.parametrize(
    "gap",
    [
        "le JJ/MM/AAAA",
        "le jj/mm/aaaa",
        "au 03 XX XX XX XX",
        "le ../../....",
        "le __/__/____",
        "le ??/??/????",
        "à XXh XX",
        "[Prénom]",
        "avec (prénom de la conseillère)",
        "avec M. X",
        "avec NOM Prénom",
        "TODO",
    ],
)
def test_masked_figures_are_gaps(gap: str) -> None:
    draft = f"Bonjour,\n\n{BODY} Nous vous attendons {gap}.\n\nCordialement,"
    findings = check_draft(draft, "avis", "", frozenset(), Requirements(min_words=0))

    assert Kind.PLACEHOLDER in [finding.kind for finding in findings], gap


@pytest.mark.parametrize(
    "text",
    [
        "au 12/03 à 10 h 30",
        "MM. Martin et Durand",
        "le XXe siècle",
        "Puis... / ensuite",
        "avec M. Xavier",
        "le 12/03 (date de réception faisant foi)",
        "sous votre nom (nom figurant sur l'acte)",
    ],
)
def test_ordinary_figures_and_abbreviations_are_no_gap(text: str) -> None:
    draft = f"Bonjour,\n\n{BODY} Nous vous attendons {text}.\n\nCordialement,"
    findings = check_draft(draft, "avis", "", frozenset(), Requirements(min_words=0))

    assert Kind.PLACEHOLDER not in [finding.kind for finding in findings], text


@pytest.mark.parametrize(
    "sentence",
    [
        "Lamentamos profundamente la espera y hemos revisado su expediente con atención.",
        "Abbiamo verificato la sua pratica e la informazione è stata inviata ieri.",
        "Wir haben Ihre Beschwerde geprüft, die Bearbeitung dauert leider länger.",
        "We are checking your file and should get back to you within a week.",
        "Uw aanvraag wordt momenteel behandeld door onze dienst.",
        "Sorry for the delay.",
    ],
)
def test_a_foreign_sentence_of_content_words_is_found(sentence: str) -> None:
    assert not_french(f"Bonjour,\n\n{BODY} {sentence}\n\nCordialement,"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Le parking de l'agence est gratuit, et le marketing de la campagne a été revu.",
        "Votre dossier a été examiné ; la prestation est versée normalement depuis la rentrée.",
        "Nous avons consulté le guide « Bien vivre à Lille » et le site de la Schola Cantorum.",
        "Le site « Welcome to France » est traduit. Merci !",
    ],
)
def test_french_with_borrowed_words_stays_french(sentence: str) -> None:
    assert not not_french(f"Bonjour,\n\n{BODY} {sentence}\n\nCordialement,"), sentence


def test_an_english_sign_off_is_not_french() -> None:
    assert not_french(f"Bonjour,\n\n{BODY}\n\nBest regards,\nThe team")
    assert not not_french(f"Bonjour,\n\n{BODY}\n\nCordialement,\nCAF du Nord – Service Info")
