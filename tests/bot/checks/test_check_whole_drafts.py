"""Whole replies, as agents of several services write them: the clean ones raise nothing, each defective one raises
its own finding and no other. Written for these tests, not taken from the check corpus."""

from __future__ import annotations

import pytest

from bot.checks import Kind, Requirements, check_draft

CLEAN = [
    "Madame, Monsieur,\n\nNous vous remercions d'avoir pris le temps de nous faire part de votre expérience. Nous "
    "comprenons votre mécontentement face au délai de traitement de votre demande de titre de séjour. Les délais sont "
    "actuellement d'environ trois mois en raison du nombre de demandes, et nos équipes sont mobilisées pour les "
    "réduire. Vous pouvez suivre l'avancement de votre demande sur le site de l'ANEF. Si votre titre expire avant la "
    "décision, une attestation de prolongation d'instruction vous est délivrée automatiquement.\n\nCordialement,",
    "Bonjour,\n\nMerci pour votre message concernant votre remboursement de soins. Nous sommes désolés que la "
    "réponse de notre plateforme téléphonique ne vous ait pas permis d'avancer. Pour rappel, les feuilles de soins "
    "électroniques sont en général remboursées sous 7 jours, et les feuilles papier sous un mois environ. Si vous "
    "avez envoyé une feuille papier le mois dernier, elle est peut-être encore en cours de traitement. Vous pouvez "
    "suivre vos remboursements dans votre compte ameli.\n\nBien cordialement,",
    "Bonjour,\n\nNous avons bien reçu votre avis sur l'accueil de votre centre des finances publiques du 3 mars. "
    "Nous regrettons que l'attente ait été si longue ce jour-là, en pleine période de déclaration. Nous avons "
    "transmis votre remarque au responsable du centre, qui va revoir l'organisation des rendez-vous. Nous vous "
    "rappelons que vous pouvez poser vos questions depuis la messagerie sécurisée de votre espace particulier, sans "
    "vous déplacer.\n\nAvec nos remerciements,",
    "Bonjour,\n\nUn grand merci pour votre message, qui a fait très plaisir à toute l'équipe de l'agence. Nous avons "
    "transmis vos compliments à votre conseillère, qui a été touchée de votre attention. Nous restons bien "
    "évidemment à votre écoute pour la suite de vos démarches, à l'agence comme par téléphone au 3949.\n\n"
    "Cordialement,",
    "Madame, Monsieur,\n\nVous avez raison : le formulaire en ligne de demande d'aide au logement n'indique pas "
    "assez clairement quelles pièces joindre, et nous aurions dû vous le préciser lors de votre appel. Nous avons "
    "signalé ce point à l'équipe chargée du site. Votre dossier est en cours d'étude, et un conseiller pourra vous "
    "aider à le compléter si besoin, sur rendez-vous.\n\nBien cordialement,",
]

DEFECTIVE = [
    (
        "Bonjour,\n\nNous vous remercions pour votre message. Après vérification, votre dossier est complet et votre "
        "allocation vous sera versée dès le 5 juin, avec un rappel pour les mois de mars à mai.\n\nCordialement,",
        Kind.PROMISE,
    ),
    (
        "Bonjour,\n\nNous avons bien reçu votre réclamation. Il vous suffisait pourtant de consulter la rubrique "
        "« Questions fréquentes », où la démarche est décrite pas à pas.\n\nCordialement,",
        Kind.BLAME,
    ),
    (
        "Hello,\n\nThank you for your message about your appointment. We understand your frustration and we have "
        "forwarded your remarks to the manager of the office.\n\nKind regards,",
        Kind.LANGUAGE,
    ),
    (
        "Bonjour,\n\nMerci pour votre message. Nous avons étudié votre situation : la majoration de 10 % sera "
        "annulée et le trop-perçu ne vous sera pas réclamé.\n\nCordialement,",
        Kind.PROMISE,
    ),
    (
        "Bonjour,\n\nNous avons bien reçu votre message. Contrairement à ce que vous écrivez, notre accueil était "
        "ouvert ce jour-là, comme indiqué très clairement sur notre site.\n\nCordialement,",
        Kind.BLAME,
    ),
]


@pytest.mark.parametrize("draft", CLEAN)
def test_a_clean_reply_raises_nothing(draft: str) -> None:
    findings = check_draft(draft, "Trois mois d'attente, aucune réponse.", "", frozenset(), Requirements())

    assert [(f.kind, draft[f.start : f.end]) for f in findings] == []


@pytest.mark.parametrize(("draft", "kind"), DEFECTIVE)
def test_a_defective_reply_raises_its_finding(draft: str, kind: Kind) -> None:
    findings = check_draft(draft, "Trois mois d'attente, aucune réponse.", "", frozenset(), Requirements(min_words=0))

    assert {f.kind for f in findings} - {Kind.GREETING} == {kind}


MORE_CLEAN = [
    "Bonjour,\n\nNous vous remercions pour votre retour sur votre rendez-vous à l'agence France Travail. "
    "Nous sommes désolés que l'entretien ait été écourté : la conseillère devait recevoir un autre "
    "demandeur d'emploi juste après, mais cela ne justifie pas le manque de temps qui vous a été "
    "accordé. Nous avons partagé votre remarque avec le responsable d'équipe. Si vous le souhaitez, vous "
    "pouvez solliciter un nouvel entretien depuis votre espace personnel, rubrique « Mes échanges "
    "».\n\nCordialement,",
    "Madame, Monsieur,\n\nVotre message a retenu toute notre attention. Le paiement de la prime d'activité "
    "intervient en principe le 5 de chaque mois ; un décalage de quelques jours peut se produire lorsque "
    "le 5 tombe un week-end. Si votre situation a changé au cours du trimestre, pensez à le déclarer "
    "dans votre espace, afin que vos droits soient calculés au plus juste.\n\nBien cordialement,",
    "Bonjour,\n\nMerci d'avoir pris le temps de nous écrire. Nous comprenons votre agacement : attendre "
    "plus d'une heure au téléphone n'est pas acceptable, et nous vous présentons nos excuses. Le nombre "
    "d'appels a fortement augmenté depuis janvier, et nous renforçons l'équipe. En attendant, la "
    "messagerie de votre compte ameli vous permet de poser vos questions sans attendre, et nos "
    "conseillers y répondent en général sous 48 heures.\n\nCordialement,",
    "Bonjour,\n\nNous avons bien reçu votre avis concernant la délivrance de votre carte d'identité. Les "
    "délais de rendez-vous en mairie dépendent de chaque commune ; nous vous invitons à consulter le "
    "site de l'ANTS, qui recense les créneaux disponibles dans les communes voisines. Nous sommes "
    "désolés de ce contretemps et avons transmis votre remarque à la préfecture.\n\nAvec nos remerciements,",
    "Madame, Monsieur,\n\nNous vous remercions pour vos encouragements, qui font chaud au cœur à toute "
    "l'équipe du centre des finances publiques. Nous transmettrons vos remerciements à l'agent qui vous "
    "a reçu le 14 avril. N'hésitez pas à revenir vers nous pour toute question sur votre déclaration de "
    "revenus.\n\nBien cordialement,",
    "Bonjour,\n\nNous regrettons que vos démarches pour obtenir votre attestation de droits aient été si "
    "compliquées. Vous pouvez la télécharger à tout moment depuis votre compte, rubrique « Mes "
    "attestations ». Si le téléchargement ne fonctionne pas, un conseiller peut vous l'envoyer par "
    "courrier : il vous suffit d'en faire la demande depuis la messagerie.\n\nCordialement,",
    "Bonjour,\n\nMerci pour votre message. Nous sommes sincèrement désolés : votre courrier du 2 mars a "
    "bien été reçu, mais il a été enregistré avec retard en raison d'un incident technique. Votre "
    "dossier est désormais à jour et en cours d'examen par nos services. Nous vous prions de nous "
    "excuser pour ce délai.\n\nBien cordialement,",
    "Madame, Monsieur,\n\nVous nous signalez que le formulaire en ligne ne fonctionne pas sur téléphone. "
    "Merci pour ce signalement : nos équipes techniques ont identifié le problème et travaillent à le "
    "corriger. D'ici là, le formulaire reste accessible depuis un ordinateur, et l'accueil de votre "
    "caisse peut vous aider à le remplir sur place, avec ou sans rendez-vous.\n\nCordialement,",
]


@pytest.mark.parametrize("draft", MORE_CLEAN)
def test_more_clean_replies_raise_nothing(draft: str) -> None:
    findings = check_draft(draft, "Avis de l'usager.", "", frozenset(), Requirements())

    assert [(f.kind, draft[f.start : f.end]) for f in findings] == []
