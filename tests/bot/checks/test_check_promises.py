"""Promises: individual decisions, dates, amounts and deadlines the instructions do not support, in the many French
forms a model writes them. Sentences written for these tests, not taken from the check corpus."""

from __future__ import annotations

import pytest

from tests.bot.checks.promise_drafts import promises


@pytest.mark.parametrize(
    "sentence",
    [
        # futur simple, active, with the citizen as object or subject
        "La caisse vous versera le complément très rapidement.",
        "Nous annulerons la majoration appliquée sur votre compte.",
        "Vous toucherez l'arriéré avec votre prochaine mensualité.",
        "Vous bénéficierez de la prime dès votre prochaine déclaration.",
        "Notre conseillère vous recontactera personnellement.",
        # futur proche
        "Le service va vous rembourser les frais de déplacement.",
        "Nous allons débloquer votre dossier aujourd'hui même.",
        "Vous allez recevoir un courrier confirmant l'accord.",
        # passive, future, present and past
        "Vos indemnités seront rétablies sans délai.",
        "La pénalité vous sera remise en totalité.",
        "Votre demande de remise de dette est acceptée.",
        "Votre droit à l'allocation a été prolongé d'un an.",
        "Votre carte vient d'être validée par nos services.",
        "Votre dossier sera réexaminé par la commission dès sa prochaine séance.",
        # dates, in figures or in words
        "Le virement partira le vingt-huit février.",
        "Un agent passera chez vous mardi prochain.",
        "Tout sera réglé pour votre dossier d'ici la fin de la semaine.",
        "Votre rendez-vous est fixé au 14/05 à 10 h.",
        # deadlines
        "Votre attestation vous parviendra sous quarante-huit heures.",
        "Votre situation sera étudiée dans un délai maximum de dix jours.",
        "Une réponse vous sera apportée dans les prochains jours.",
        # amounts, in figures or in words
        "Un rappel de 412,30 € figurera sur votre relevé.",
        "Vous percevez désormais deux cents euros de plus par mois.",
        # pledges and favourable outcomes
        "Je vous garantis que tout sera en ordre.",
        "Votre recours connaîtra une issue favorable.",
        "Votre demande sera traitée en priorité.",
    ],
)
def test_a_promise_not_in_the_instructions_is_found(sentence: str) -> None:
    assert promises(sentence), sentence


def test_the_finding_points_at_the_promise() -> None:
    [found] = promises("Le versement de 310 euros interviendra le 4 juin.")

    assert found.startswith("310 euros") and found.endswith("4 juin")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous vous confirmons l'attribution de la prime à la naissance.",
        "Nous avons validé votre demande de remise gracieuse.",
        "Vous n'aurez rien à rembourser sur ce trop-perçu.",
        "Aucune pénalité ne vous sera appliquée pour ce retard.",
        "Vos frais de transport seront pris en charge en totalité.",
        "La suspension de vos droits sera levée.",
        "Votre dette sera échelonnée sur douze mois.",
        "Vous serez payé le 5 du mois prochain.",
        "Votre titre sera produit en dix jours.",
    ],
)
def test_other_forms_of_a_decision_are_promises(sentence: str) -> None:
    assert promises(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Le paiement sera effectué dans les plus brefs délais.",
        "Vous allez être remboursé des frais engagés.",
        "Nous avons décidé de vous accorder une remise exceptionnelle.",
        "La commission a rendu un avis favorable sur votre dossier.",
        "Votre demande aboutira sans aucun doute.",
        "Nous ferons le nécessaire pour que votre allocation soit rétablie.",
        "Vous pouvez compter sur un versement rapide de votre aide.",
        "Le remboursement interviendra sur votre compte.",
    ],
)
def test_still_more_forms_of_a_decision_are_promises(sentence: str) -> None:
    assert promises(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Si vous nous envoyez votre RIB, nous vous rembourserons 150 €.",
        "Lorsque vous aurez envoyé le justificatif, votre aide sera rétablie.",
        "Vous recevrez 200 € chaque mois à partir de juin.",
        "Selon nos informations, votre aide sera versée le 12 mai.",
    ],
)
def test_a_promise_on_a_condition_the_citizen_meets_is_still_a_promise(sentence: str) -> None:
    assert promises(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous vous accordons un délai supplémentaire pour régler votre dette.",
        "Nous annulons la majoration de votre dossier.",
        "La somme de 150 € sera recréditée sur votre compte.",
        "Nous prendrons à notre charge les frais de dossier.",
        "Vous n'aurez plus à payer la majoration.",
        "Votre contravention sera classée sans suite.",
        "Votre demande de logement est désormais prioritaire.",
        "Nous débloquons votre dossier dès aujourd'hui.",
        "Vous pouvez être assuré que vous serez remboursé.",
        "Je peux vous garantir que votre aide sera versée le 10 mai.",
        "Nous ne manquerons pas de vous rembourser les frais engagés.",
        "Il ne fait aucun doute que votre recours aboutira.",
    ],
)
def test_pledges_present_decisions_and_asserting_negations_are_promises(sentence: str) -> None:
    assert promises(sentence), sentence


@pytest.mark.parametrize(
    "when",
    [
        "d'ici à la fin du mois",
        "en moins d'une semaine",
        "dans la semaine",
        "sous 24h",
        "en fin de semaine",
        "à la rentrée",
        "le vingt et un mai",
        "avant le 31/12",
        "d'ici deux à trois semaines",
    ],
)
def test_dates_and_deadlines_in_many_forms(when: str) -> None:
    assert promises(f"Nous reviendrons vers vous {when}."), when


@pytest.mark.parametrize(
    "sentence",
    [
        "On vous rembourse la différence dès réception du justificatif.",
        "Je vous accorde un délai de paiement.",
        "La décision vous sera favorable.",
        "Nous effectuerons le virement sans tarder.",
    ],
)
def test_decisions_with_on_or_je_and_favourable_outcomes(sentence: str) -> None:
    assert promises(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Votre allocation logement sera recalculée à la hausse.",
        "Vos droits seront ouverts rétroactivement.",
        "Nous avons le plaisir de vous annoncer l'attribution de la bourse.",
        "Votre demande de remise gracieuse a abouti.",
        "Un rendez-vous vous est réservé le 3 juin à 10 h.",
        "Vous êtes attendu le 4 avril à l'agence.",
        "Nous réglerons la facture à votre place.",
        "Vous avez droit à une indemnisation de 200 €.",
    ],
)
def test_outcomes_appointments_and_entitlements_are_promises(sentence: str) -> None:
    assert promises(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Bonne nouvelle : votre prime de Noël sera bien versée cette année.",
        "Votre dossier passe en commission mardi et sera accepté.",
        "Le complément de 75 € apparaîtra sur votre prochain relevé.",
        "Nous régularisons votre situation dès aujourd'hui.",
        "Votre carte sera disponible en mairie sous dix jours.",
        "Votre suspension est levée et vos paiements reprennent.",
        "Vous toucherez votre première allocation fin avril.",
        "Le rappel vous sera payé en une seule fois.",
        "L'erreur a été corrigée : vous percevrez désormais 520 euros par mois.",
        "Votre trop-perçu est annulé, vous ne devez plus rien.",
        "La caisse s'engage à vous rembourser les frais de transport.",
        "Je fais le nécessaire pour que votre paiement parte demain.",
        "Votre demande d'aide exceptionnelle a été acceptée par la commission.",
        "Votre bourse sera maintenue pour l'année prochaine.",
        "Votre situation sera réglée avant la fin du mois.",
        "Nous vous garantissons un rendez-vous sous huit jours.",
        "Un virement de 230 € a été programmé en votre faveur.",
        "Votre dossier est validé : le paiement interviendra sous quinzaine.",
        "Le montant retenu à tort vous sera intégralement restitué.",
    ],
)
def test_fresh_wordings_of_promises(sentence: str) -> None:
    assert promises(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Après examen, il a été décidé de faire droit à votre demande de remise gracieuse.",
        "Votre dossier fera l'objet d'un traitement prioritaire.",
        "Le dégrèvement sollicité vous est accordé en totalité.",
        "Nous procédons ce jour à la régularisation de votre compte.",
    ],
)
def test_formal_wordings_of_a_decision(sentence: str) -> None:
    assert promises(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the citizen's account restated: nothing committed
        "Vous nous indiquez que votre allocation a été suspendue en mars sans explication.",
        "Vous nous écrivez que votre rendez-vous a été annulé deux fois.",
        # going over a calculation with the citizen, sending them a document: steps, not decisions
        "Une conseillère reprendra avec vous le détail du calcul.",
        "Le service vous adressera ensuite un nouvel échéancier.",
        "Un agent a repris l'examen des pièces reçues la semaine dernière.",
    ],
)
def test_restatements_and_steps_are_no_promises(sentence: str) -> None:
    assert promises(sentence) == [], sentence


def test_a_deadline_in_words_is_supported_by_the_same_figure_in_the_instructions() -> None:
    sentence = "Votre attestation vous sera envoyée dans les quinze jours."

    assert promises(sentence, instructions="Attestation envoyée par courrier sous 15 jours.") == []
    assert promises(sentence, instructions="Attestation envoyée par courrier.") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous ferons une exception pour votre fille et l'accepterons à la garderie.",
        "Les pénalités de retard de ce mois vous seront retirées.",
        "Votre aide reviendra à son niveau normal dès le trimestre prochain.",
        "Nous allons ramener votre taux de prélèvement à 4 %.",
        "Votre dossier sera repris par la commission.",
    ],
)
def test_exceptions_sanctions_lifted_and_outcomes_to_come_are_promises(sentence: str) -> None:
    assert promises(sentence), sentence
