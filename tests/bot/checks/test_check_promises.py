"""Promises: individual decisions, dates, amounts and deadlines the review and instructions do not support, in the
many French forms a model writes them; and the general commitments, rules, past facts, negations and hedges that
are no promise. Sentences written for these tests, not taken from the check corpus."""

from __future__ import annotations

import pytest

from bot.checks import Kind, Requirements, check_draft

OPENING = (
    "Bonjour,\n\nMerci pour votre message au sujet de votre passage dans notre agence, et pour le temps que vous "
    "avez pris pour nous décrire la situation."
)
REVIEW = "On m'a fait revenir trois fois pour la même pièce, et toujours rien sur mon compte."


def promises(sentence: str, instructions: str = "", review: str = REVIEW) -> list[str]:
    draft = f"{OPENING} {sentence}\n\nBien cordialement,"
    findings = check_draft(draft, review, instructions, frozenset(), Requirements(min_words=0))
    return [draft[f.start : f.end] for f in findings if f.kind is Kind.PROMISE]


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


@pytest.mark.parametrize(
    "sentence",
    [
        # general commitments of the service
        "Nous allons transmettre vos remarques au responsable de l'accueil.",
        "Nous veillons à ce que chaque usager soit reçu dans de bonnes conditions.",
        "Nous allons revoir l'affichage des horaires dans le hall.",
        "Nous nous engageons à améliorer l'accueil téléphonique.",
        "Vos remarques seront prises en compte lors de la prochaine réunion d'équipe.",
        "Votre demande sera traitée dans les meilleurs délais.",
        # rules and information, no individual decision
        "L'allocation est versée le 5 de chaque mois.",
        "Le montant forfaitaire du RSA est de 635,71 € pour une personne seule.",
        "Notre accueil est ouvert du lundi au vendredi, de 8 h 30 à 16 h 30.",
        "Le délai de traitement est en moyenne de trois semaines.",
        "Vous devez renvoyer le formulaire signé sous quinze jours.",
        "Vous pouvez contester cette décision dans un délai de deux mois.",
        # negation, conditional, possibility
        "Nous ne pouvons pas vous garantir un versement avant le 30 juin.",
        "Votre dossier ne sera pas réexaminé sans pièce nouvelle.",
        "Une aide exceptionnelle pourrait vous être accordée selon votre situation.",
        "Un conseiller pourra vous rappeler si vous le souhaitez.",
        # past facts
        "Nous avons bien reçu votre courrier du 12 janvier.",
        "Vous avez été prélevé de 150 € le 3 mars, comme vous l'indiquez.",
        "Votre appel de mardi dernier a bien été noté.",
        # the citizen's own words, a service name, a meeting by appointment
        "Sur rendez-vous, un conseiller vous recevra et fera le point avec vous.",
        "Merci pour votre avis favorable sur l'accueil.",
    ],
)
def test_no_promise_where_nothing_individual_is_committed(sentence: str) -> None:
    assert promises(sentence, review="Très bon accueil, et prélèvement de 150 € le 3 mars.") == [], sentence


@pytest.mark.parametrize(
    ("sentence", "instructions"),
    [
        ("Vous recevrez le solde de 230 € le 2 avril.", "Dis-lui qu'il recevra le solde de 230 € le 2 avril."),
        ("Votre dossier a été accepté par la commission.", "Le dossier est accepté, annonce-le."),
        ("Un conseiller vous rappellera sous 48 h.", "Propose un rappel sous 48 h."),
        ("La majoration sera annulée.", "On annule la majoration."),
    ],
)
def test_a_commitment_repeated_from_the_instructions_is_supported(sentence: str, instructions: str) -> None:
    assert promises(sentence), sentence
    assert promises(sentence, instructions) == [], sentence


def test_a_promise_the_citizen_asked_for_is_still_a_promise() -> None:
    review = "Remboursez-moi les 150 € prélevés à tort."

    assert promises("Nous vous rembourserons les 150 € prélevés à tort.", review=review)
    assert promises("Nous avons bien noté le prélèvement de 150 €.", review=review) == []


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
        "Nous vous avons appelé le 3 mars, sans succès.",
        "Nous avons transmis votre dossier au service instructeur.",
        "Un courrier d'information sera envoyé à tous les allocataires.",
        "Vous ne serez jamais laissé sans réponse : nous y veillons.",
    ],
)
def test_facts_and_general_steps_are_no_promise(sentence: str) -> None:
    assert promises(sentence, review="Appelé le 3 mars ? Jamais.") == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous vous confirmons que votre dossier est bien enregistré et en cours d'instruction.",
        "Votre demande sera examinée par un conseiller dans l'ordre d'arrivée.",
        "Vous recevrez un accusé de réception par courriel.",
        "Si vous remplissez les conditions, l'aide vous sera versée à compter du mois suivant votre demande.",
        "Sans nouvelle de votre part sous quinze jours, le dossier sera classé.",
        "Votre aide est versée le 5 de chaque mois sur votre compte.",
        "Les remboursements sont effectués sous 7 jours après réception de la feuille de soins.",
        "L'agence sera fermée exceptionnellement le 14 juillet.",
        "Une équipe est mobilisée pour rattraper le retard d'ici la fin de l'année.",
        "Votre conseillère, que vous avez rencontrée le 12 février, a bien noté votre demande.",
        "Votre demande de RSA a été enregistrée le 4 mars.",
        "Nous ne sommes pas en mesure de vous communiquer une date de versement.",
        "Pour rappel, la prime d'activité est versée le 5 de chaque mois.",
        "Nous reviendrons vers vous au sujet du prélèvement de 150 € dont vous parlez.",
        "Vous trouverez ci-joint le lien vers le formulaire de réclamation.",
        "Votre dossier est désormais à jour et complet.",
    ],
)
def test_information_and_procedure_are_no_promise(sentence: str) -> None:
    assert promises(sentence, review="Prélèvement de 150 € sans explication.") == [], sentence


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
        "Nous souhaitons que votre dossier soit réglé au plus vite.",
        "Vous pouvez compter sur notre écoute.",
        "Merci pour votre avis favorable sur notre accueil.",
    ],
)
def test_wishes_and_thanks_are_no_promise(sentence: str) -> None:
    assert promises(sentence) == [], sentence


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
    "sentence",
    [
        "Nous vous rappelons que le délai de recours est de deux mois.",
        "Nous acceptons les paiements par carte à l'accueil.",
        "Nous ne manquerons pas de transmettre vos remarques à l'équipe.",
    ],
)
def test_reminders_and_general_practice_are_no_promise(sentence: str) -> None:
    assert promises(sentence) == [], sentence


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


def test_a_callback_if_needed_is_no_promise() -> None:
    assert promises("Un conseiller vous recontactera si besoin.") == []
    assert promises("Un conseiller vous recontactera.")


def test_instructions_that_forbid_a_promise_do_not_support_it() -> None:
    sentence = "Nous vous rembourserons les frais de dossier."

    assert promises(sentence, "Ne promets surtout pas de remboursement.")
    assert promises(sentence, "Dis-lui qu'on rembourse les frais de dossier.") == []


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


def test_an_opening_hour_is_no_promise() -> None:
    assert promises("L'agence sera ouverte samedi 12 de 9 h à 12 h pour tous les usagers.") == []


def test_a_letter_to_come_is_no_decision_unless_it_carries_one() -> None:
    assert promises("Vous recevrez prochainement un courrier de la caisse.") == []
    assert promises("Vous recevrez bientôt une convocation pour un entretien.") == []
    [found] = promises("Vous recevrez un courrier confirmant le versement de 300 €.")
    assert found.endswith("300 €")


def test_a_number_supports_a_claim_only_as_a_whole_number() -> None:
    assert promises("Votre aide sera versée le 20 mai.", "Réponds en 2026, poliment.")
    assert promises("Votre aide sera versée le 20 mai.", "Le versement arrive le 20, dis-le.") == []


def test_a_step_already_taken_on_the_case_is_no_decision() -> None:
    assert promises("Nous avons ouvert votre dossier et corrigé votre adresse.") == []
    assert promises("Nous avons accepté votre demande de remise.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Votre aide sera versée le 12 mars, et vous n'aurez aucune démarche à faire.",
        "Votre aide sera versée le 12 mars, et vous pourrez suivre le versement en ligne.",
        "Un conseiller pourra vous aider, et votre dossier sera réexaminé sous dix jours.",
    ],
)
def test_a_negation_or_a_modal_hedges_only_its_own_part(sentence: str) -> None:
    assert promises(sentence), sentence


def test_a_condition_hedges_the_whole_sentence() -> None:
    assert promises("Si vous remplissez les conditions, l'aide vous sera versée à compter de juin.") == []


def test_information_or_help_to_come_is_no_decision() -> None:
    assert promises("Vous obtiendrez toutes les informations utiles sur notre site.") == []
    assert promises("Vous obtiendrez de l'aide à l'accueil de l'agence.") == []
    assert promises("Vous obtiendrez l'aide au logement dès ce mois-ci.")
    assert promises("Vous recevrez votre remboursement par courrier.")


def test_a_step_taken_for_the_citizen_is_no_decision_a_pledge_by_the_service_is() -> None:
    assert promises("Un accusé de réception vous a été envoyé le jour de votre dépôt.") == []
    assert promises("La caisse s'engage à vous rembourser les frais de transport.")


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
        "Nous avons bien reçu votre message et l'avons transmis au service des prestations.",
        "Votre dossier est en cours d'étude par nos équipes.",
        "Les prestations sont versées à terme échu, au début du mois suivant.",
        "Vous pouvez consulter vos paiements dans votre espace personnel.",
        "Nous comprenons votre impatience et faisons notre possible pour réduire les délais.",
        "Un accusé de réception vous a été envoyé le jour de votre dépôt.",
        "Nous vous invitons à prendre rendez-vous pour faire le point sur votre dossier.",
        "Votre demande nous est bien parvenue le 3 février.",
        "Le simulateur en ligne vous donne une estimation du montant de vos droits.",
        "Nous restons à votre disposition pour toute question complémentaire.",
        "Nous allons rappeler à nos équipes l'importance de répondre rapidement.",
        "Votre remarque sur le site sera transmise à l'équipe numérique.",
        "Le délai de traitement moyen est actuellement de 21 jours.",
        "Nous mettons tout en œuvre pour traiter les dossiers dans l'ordre d'arrivée.",
        "La prime de Noël est versée chaque année en décembre aux bénéficiaires éligibles.",
        "Votre conseillère reviendra vers vous dès que votre dossier aura été étudié.",
        "Le montant de l'aide dépend de vos ressources et de votre situation familiale.",
        "Nous sommes désolés que le paiement de février ait été retardé.",
        "Vous trouverez sur notre site la liste des pièces à fournir.",
        "Une permanence téléphonique est ouverte le mardi de 14 h à 17 h.",
    ],
)
def test_fresh_wordings_of_information(sentence: str) -> None:
    assert promises(sentence, review="Trois mois d'attente pour ma prime.") == [], sentence
