"""Soft checks: promises, greeting, the channel's formula, signature, AI disclosure, length, language, tone."""

from __future__ import annotations

import pytest

from bot.checks import Kind, Requirements, Severity, check_draft
from bot.domain import AI_DISCLOSURE_DEFAULT, ChannelSettings

BODY = (
    "Merci d'avoir pris le temps de nous écrire au sujet de votre passage à l'accueil. Nous avons transmis votre "
    "message à l'équipe, qui en tiendra compte dans l'organisation des rendez-vous."
)
CHANNEL = Requirements(politeness="Bien cordialement,", signature="CAF du Rhône", ai_disclosure=AI_DISCLOSURE_DEFAULT)
COMPLETE = f"Bonjour,\n\n{BODY}\n\nBien cordialement,\nCAF du Rhône\n\n{AI_DISCLOSURE_DEFAULT}"

NONE = Requirements()


def kinds(draft: str, requirements: Requirements = NONE, instructions: str = "", review: str = "") -> list[Kind]:
    findings = check_draft(draft, review or "Trois heures d'attente.", instructions, frozenset(), requirements)
    assert all(finding.severity is Severity.SOFT for finding in findings)
    return [finding.kind for finding in findings]


def test_a_complete_draft_has_no_finding() -> None:
    assert kinds(COMPLETE, CHANNEL) == []


@pytest.mark.parametrize(
    "promise",
    [
        "Vous recevrez votre paiement le 12 mars.",
        "Nous vous rembourserons 150 € rapidement.",
        "Votre dossier sera accepté.",
        "Votre demande sera traitée sous 10 jours.",
    ],
)
def test_a_promise_is_found_unless_the_instructions_say_so(promise: str) -> None:
    draft = f"Bonjour,\n\n{BODY} {promise}"

    assert Kind.PROMISE in kinds(draft)
    assert kinds(draft, instructions=f"Dis-lui ceci : {promise.lower()}") == []


def test_a_date_of_the_past_is_no_promise_a_date_to_come_is() -> None:
    draft = f"Bonjour,\n\n{BODY} Nous avons bien reçu votre courrier du 3 février."

    assert kinds(draft, review="Mon courrier du 3 février est resté sans réponse.") == []
    assert kinds(draft) == []
    assert kinds(f"Bonjour,\n\n{BODY} Nous vous répondrons avant le 3 février.") == [Kind.PROMISE]


@pytest.mark.parametrize(
    ("draft", "missing"),
    [
        (COMPLETE.removeprefix("Bonjour,\n\n"), Kind.GREETING),
        (COMPLETE.replace("Bien cordialement,\n", ""), Kind.POLITENESS),
        (COMPLETE.replace("CAF du Rhône", ""), Kind.SIGNATURE),
        (COMPLETE.replace(AI_DISCLOSURE_DEFAULT, ""), Kind.AI_DISCLOSURE),
    ],
)
def test_what_the_channel_requires_is_found_missing(draft: str, missing: Kind) -> None:
    [finding] = check_draft(draft, "avis", "", frozenset(), CHANNEL)

    assert finding.kind is missing and finding.start == finding.end


def test_requirements_come_from_the_channel_settings() -> None:
    settings = ChannelSettings("C1", signature=" CAF du Rhône ", politeness="Bien cordialement,", ai_disclosure=True)

    assert Requirements.from_settings(settings, public_replies=True) == Requirements(
        politeness="Bien cordialement,", signature="CAF du Rhône", ai_disclosure=AI_DISCLOSURE_DEFAULT,
        public_replies=True,
    )  # fmt: skip
    assert Requirements.from_settings(None) == Requirements()


def test_length_outside_bounds_not_counting_the_channel_additions() -> None:
    assert kinds("Bonjour,\n\nMerci pour votre avis.") == [Kind.LENGTH]
    assert kinds(f"Bonjour,\n\n{BODY * 10}") == [Kind.LENGTH]
    assert kinds(COMPLETE, Requirements(**{**CHANNEL.__dict__, "min_words": 40})) == [Kind.LENGTH]


def test_a_reply_in_english_is_not_french() -> None:
    draft = (
        "Bonjour,\n\nThank you for your feedback, we are sorry about the wait and we shared it with the team. Our "
        "advisers are available by appointment from Monday to Friday and will be happy to help you."
    )

    assert kinds(draft) == [Kind.LANGUAGE]


@pytest.mark.parametrize(
    "phrase",
    [
        "Comme indiqué clairement sur notre site, il faut un justificatif.",
        "Vous auriez dû prendre rendez-vous.",
        "Il suffisait de remplir le formulaire.",
    ],
)
def test_blame_towards_the_citizen_is_found(phrase: str) -> None:
    assert kinds(f"Bonjour,\n\n{BODY} {phrase}") == [Kind.BLAME]


def test_helpful_wording_is_not_blame() -> None:
    assert kinds(f"Bonjour,\n\n{BODY} Il suffit de vous connecter à votre espace pour suivre votre demande.") == []
