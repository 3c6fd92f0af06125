"""Blame by features: one strong feature, or weak ones of two kinds (insistence, a lesson, a fault of the citizen),
make blame; one weak feature alone is a plain reply. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from bot.checks.tone import blame_spans
from bot.checks.tone_features import feature_spans

OPENING = "Bonjour,\n\nNous avons bien reçu votre message au sujet de votre allocation."


def flagged(sentence: str) -> bool:
    return bool(blame_spans(f"{OPENING} {sentence}\n\nCordialement,"))


@pytest.mark.parametrize(
    "sentence",
    [
        # doubt cast on the citizen's word
        "Vous prétendiez ne rien avoir reçu ; l'accusé de réception porte pourtant votre signature.",
        "À vous lire, nos agents ne répondraient jamais au téléphone.",
        "Nous doutons que ce justificatif ait été envoyé en janvier.",
        "Vous semblez croire que les règles ne s'appliquent pas à votre cas.",
        # reproach in the past or the conditional
        "Un simple appel de votre part aurait permis d'éviter ce trop-perçu.",
        "Si vous aviez déclaré vos revenus à temps, l'aide n'aurait pas été suspendue.",
        "Il était de votre responsabilité de prévenir la caisse de votre déménagement.",
        "Nous aurions apprécié que vous nous préveniez avant de partir à l'étranger.",
        # irony, sarcasm
        "Bravo pour votre ténacité : c'est votre onzième réclamation ce mois-ci.",
        "Nous ne manquerons pas de vous répondre lorsque vous aurez complété votre dossier, comme tout un chacun.",
        "Nous sommes heureux de voir que vous avez finalement ouvert notre courrier.",
        # talking down
        "Les démarches peuvent sembler ardues aux personnes peu habituées à Internet.",
        "Remplir un formulaire d'une page ne devrait pas représenter un exploit.",
        "Faut-il encore rappeler que la date limite était le 15 mai ?",
        # weak features of two kinds
        "Nous vous rappelons que vous deviez signaler ce changement dans le mois.",
        "Pour la deuxième fois, le formulaire nous est parvenu incomplet.",
        "Inutile de nous écrire tous les jours : les autres usagers attendent aussi.",
    ],
)
def test_blame_irony_and_condescension_are_found(sentence: str) -> None:
    assert flagged(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the service blaming itself, apologising, thanking
        "Nous aurions dû vous prévenir du changement de procédure, et nous vous prions de nous en excuser.",
        "Il nous revenait de vérifier votre dossier avant de suspendre l'aide : c'est une erreur de notre part.",
        "Merci infiniment pour votre message, qui nous a aidés à corriger notre courrier.",
        "Nous sommes heureux que vous ayez finalement reçu votre carte.",
        # one weak feature alone: a plain reminder, a plain rule, a plain fact
        "Nous vous rappelons que vous pouvez aussi nous écrire depuis votre espace personnel.",
        "Il suffit de vous connecter à votre espace pour télécharger votre attestation.",
        "Un conseiller peut vous rappeler, si vous le souhaitez, pour faire le point.",
        "Vous devez déclarer vos ressources chaque trimestre pour continuer à percevoir l'aide.",
        "Votre dossier était incomplet à cause d'une erreur de notre part, corrigée depuis.",
        "Nous regrettons que vous n'ayez pas reçu de réponse à vos appels.",
        "Comme vous l'indiquez, notre site n'est pas toujours clair.",
        "Selon les éléments de votre dossier, vos droits sont ouverts depuis le 1er mars.",
        "Nous ne manquerons pas de transmettre vos remarques à l'équipe.",
    ],
)
def test_self_criticism_apologies_thanks_and_plain_rules_are_not_blame(sentence: str) -> None:
    assert not flagged(sentence), sentence


def test_a_finding_quotes_the_words_that_blame_and_only_them() -> None:
    sentence = "Nous vous rappelons, une nouvelle fois, que les pièces sont à envoyer avant le 15."
    draft = f"{OPENING} Votre dossier est complet. {sentence} Merci."

    spans = feature_spans(draft)

    assert [draft[start:end] for start, end in spans] == ["vous rappelons, une nouvelle fois"]
    doubt = "Vous prétendez avoir appelé dix fois."
    assert [doubt[start:end] for start, end in feature_spans(doubt)] == ["prétendez"]
