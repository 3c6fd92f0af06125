"""Blame in formal administrative French (« force est de constater », « nous vous saurions gré »), and the same
formal wording about the service itself. Sentences written for these tests, not taken from the check corpus."""

from __future__ import annotations

import pytest

from bot.checks import Kind, Requirements, check_draft

OPENING = "Madame, Monsieur,\n\nNous accusons réception de votre message."


def blamed(sentence: str) -> list[str]:
    draft = f"{OPENING} {sentence}\n\nVeuillez agréer nos salutations distinguées."
    findings = check_draft(draft, "Aucune réponse depuis deux mois.", "", frozenset(), Requirements(min_words=0))
    return [draft[f.start : f.end] for f in findings if f.kind is Kind.BLAME]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous nous étonnons que vous n'ayez pas jugé nécessaire de nous contacter plus tôt.",
        "Force est de constater que les pièces demandées ne nous ont jamais été transmises par vos soins.",
        "Il appartient à chaque usager de consulter son espace, ce que vous n'avez manifestement pas fait.",
        "Votre courrier, rédigé de manière confuse, n'a pas permis de traiter votre demande.",
        "Nous ne saurions être tenus responsables de votre absence au rendez-vous.",
        "Contrairement à vos allégations, notre agent a été parfaitement courtois.",
        "Le retard de traitement résulte exclusivement du caractère incomplet de votre dossier.",
        "Vous admettrez que trois relances restées sans réponse de votre part ne facilitent pas les choses.",
        "Nous regrettons le ton de votre message, qui n'est pas acceptable.",
        "Il eût été préférable de lire attentivement la notice avant de remplir le formulaire.",
        "Nous vous saurions gré de bien vouloir respecter les consignes à l'avenir.",
    ],
)
def test_formal_reproach_is_blame(sentence: str) -> None:
    assert blamed(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous vous présentons nos excuses pour ce délai, qui n'est pas acceptable.",
        "Force est de constater que nos délais de réponse se sont allongés.",
        "Il appartient à nos services de vous tenir informé de l'avancement de votre dossier.",
        "Faute de réponse de notre part, vous étiez en droit de vous inquiéter.",
        "Le retard de traitement résulte d'une surcharge de nos services.",
        "Nous vous saurions gré de nous transmettre votre attestation employeur.",
        "Nous comprenons que le ton de votre message traduise votre exaspération.",
        "Nous n'avons pas encore traité les documents envoyés par vos soins, et nous nous en excusons.",
    ],
)
def test_formal_wording_about_the_service_is_not_blame(sentence: str) -> None:
    assert blamed(sentence) == [], sentence
