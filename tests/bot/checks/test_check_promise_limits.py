"""What is no promise: general commitments, rules, past facts, negations, hedges, letters and help to come, and
commitments the instructions support. Sentences written for these tests, not taken from the check corpus."""

from __future__ import annotations

import pytest

from tests.bot.checks.promise_drafts import promises


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
        "Nous vous rappelons que le délai de recours est de deux mois.",
        "Nous acceptons les paiements par carte à l'accueil.",
        "Nous ne manquerons pas de transmettre vos remarques à l'équipe.",
    ],
)
def test_reminders_and_general_practice_are_no_promise(sentence: str) -> None:
    assert promises(sentence) == [], sentence


def test_a_callback_if_needed_is_no_promise() -> None:
    assert promises("Un conseiller vous recontactera si besoin.") == []
    assert promises("Un conseiller vous recontactera.")


def test_instructions_that_forbid_a_promise_do_not_support_it() -> None:
    sentence = "Nous vous rembourserons les frais de dossier."

    assert promises(sentence, "Ne promets surtout pas de remboursement.")
    assert promises(sentence, "Dis-lui qu'on rembourse les frais de dossier.") == []


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous vous informons que la réforme entrera en vigueur le 1er janvier 2026.",
        "La consultation coûte 30 € et vous est remboursée à 70 %.",
        "Nous avons noté que votre rendez-vous était fixé au 14 mars.",
        "Votre dossier, déposé le 12 février, est en cours d'instruction.",
    ],
)
def test_news_rules_and_past_appointments_are_no_promise(sentence: str) -> None:
    assert promises(sentence) == [], sentence


def test_a_past_date_in_a_relative_clause_is_no_promise() -> None:
    assert promises("Nous transmettrons vos remerciements à l'agent qui vous a reçu le 14 avril.") == []
    assert promises("Votre dossier, qui sera réexaminé le 12 mars, est complet.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Votre réclamation sera instruite dans les meilleurs délais par le service compétent.",
        "Votre demande fera l'objet d'un examen attentif.",
        "Nous ne manquerons pas de vous tenir informé de la suite donnée à votre réclamation.",
        "Conformément à la réglementation, le délai de réponse est de deux mois.",
        "Vous disposez d'un délai de deux mois pour former un recours gracieux.",
        "Le service compétent a été saisi de votre demande.",
    ],
)
def test_formal_wordings_of_procedure(sentence: str) -> None:
    assert promises(sentence) == [], sentence
