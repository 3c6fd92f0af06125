"""The checks a review goes through before anything is drafted."""

from __future__ import annotations

import pytest

from bot.intake_rules import first_part, has_words, looks_french


@pytest.mark.parametrize("text", ["", "   ", ":thumbsup: :tada:", "👍🎉 !!!", "\n:smile:\n", "— … ?"])
def test_text_without_words_is_not_a_review(text: str) -> None:
    assert not has_words(text)


@pytest.mark.parametrize("text", ["Merci !", ":tada: Très bon accueil", "ok", "2 heures d'attente"])
def test_text_with_words_is_a_review(text: str) -> None:
    assert has_words(text)


def test_french_reviews_look_french_and_others_do_not() -> None:
    assert looks_french("Bonjour, j'attends depuis trois mois une réponse de la CAF pour mon dossier de logement.")
    assert looks_french("Merci beaucoup !")
    assert not looks_french("Hello, I have been waiting for three months for an answer about my housing file.")
    assert not looks_french("Hallo, ich warte seit drei Monaten auf eine Antwort zu meinem Wohngeldantrag.")


def test_the_first_part_is_cut_at_a_boundary_and_never_longer_than_the_limit() -> None:
    text = ("Première phrase de l'avis. " * 100) + "\n\n" + ("Suite très longue " * 1000)

    part = first_part(text, 3000)

    assert len(part) <= 3000 and text.startswith(part)
    assert part.rstrip().endswith("avis."), "cut at the paragraph break"
    assert first_part("court", 3000) == "court"
    assert first_part("x" * 5000, 3000) == "x" * 3000
