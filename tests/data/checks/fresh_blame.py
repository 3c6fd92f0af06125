"""Fresh sentences for the learned blame check (issue 15), written by hand by the blame helper on 2026-11-30 BEFORE
the classifier was trained or run on them (first-sight figures in the README); set in the plain reply of
`dev_round3.reply`. They are not training data: `scripts/train_blame.py` leaves them out."""

from __future__ import annotations

FRESH_BLAME = [
    "Un minimum de lecture du courrier reçu vous aurait renseigné sur la marche à suivre.",
    "Si la date limite vous avait intéressé, votre dossier ne serait pas en retard.",
    "Nous notons que vous découvrez aujourd'hui une règle en vigueur depuis dix ans.",
    "Votre message, aussi long qu'imprécis, ne nous a guère aidés.",
    "Il est étonnant que vous n'ayez pas songé à ouvrir votre espace personnel plus tôt.",
    "Sans doute n'avez-vous pas jugé utile de lire jusqu'au bout la page d'information.",
    "Les usagers attentifs n'ont rencontré aucune difficulté avec ce formulaire.",
    "Nous vous félicitons d'avoir enfin trouvé le bon guichet après trois essais.",
    "Votre impatience ne fera pas avancer votre dossier plus vite que celui des autres.",
    "Une démarche aussi élémentaire ne devrait poser de problème à personne.",
    "Vous voilà donc surpris par une échéance que vous connaissiez depuis janvier.",
    "Votre relance quotidienne ne change évidemment rien au délai légal.",
    "Il était pourtant écrit en gras que la pièce d'identité était obligatoire.",
    "Nous espérons que cette fois-ci, les explications seront comprises.",
    "Avec un peu de bonne volonté, vous auriez pu régler cela en cinq minutes.",
    "Votre dossier est resté incomplet parce que vous avez ignoré nos trois rappels.",
    "Nous ne sommes pas responsables de votre désorganisation.",
    "Peut-être faudrait-il consulter vos courriels avant de nous accuser de silence.",
    "Vos accusations de lenteur sont d'autant plus injustes que la faute vous revient.",
    "Quelle idée d'attendre le dernier jour pour déposer votre déclaration !",
    "Il serait temps que vous preniez vos obligations au sérieux.",
    "Vous seriez bien inspiré de relire le courrier avant de vous plaindre.",
    "Votre version des faits ne correspond guère à ce que montrent nos fichiers.",
    "Le service n'a pas à pallier vos oublis répétés.",
]

FRESH_CLEAN = [
    "Nous regrettons que notre courrier n'ait pas été assez clair et allons le reformuler.",
    "Votre dossier est complet depuis le 3 mars et il est en cours d'instruction.",
    "Nous avons bien reçu votre attestation et l'avons ajoutée à votre dossier.",
    "Le délai de traitement est actuellement de six semaines en moyenne.",
    "Vous pouvez déposer vos justificatifs en ligne ou à l'accueil de l'agence.",
    "Nous comprenons votre inquiétude face à ce retard de paiement.",
    "Notre erreur de saisie a retardé votre versement ; elle est maintenant corrigée.",
    "Un conseiller vous rappellera si des informations complémentaires sont nécessaires.",
    "Les horaires de l'accueil téléphonique ont été élargis depuis lundi.",
    "Nous vous prions de nous excuser pour l'attente que vous avez subie.",
    "La pièce demandée est un justificatif de domicile de moins de trois mois.",
    "Votre remarque sur la page d'accueil du site a été transmise à l'équipe numérique.",
    "Nous aurions dû vous prévenir plus tôt du changement de procédure.",
    "Le formulaire en ligne a connu une panne la semaine dernière, ce qui explique votre difficulté.",
    "Pour toute question, notre plateforme téléphonique est joignable du lundi au vendredi.",
    "Votre témoignage nous aide à améliorer l'accueil de nos usagers.",
    "Nous avons constaté que votre premier envoi ne nous était pas parvenu, sans doute à cause d'un incident postal.",
    "Il vous suffit de vous connecter à votre espace pour télécharger l'attestation.",
    "Les conditions d'attribution de l'aide sont détaillées sur notre site.",
    "Nous sommes désolés de ce désagrément et vous remercions de votre compréhension.",
    "Votre demande de rendez-vous a bien été enregistrée pour la semaine prochaine.",
    "Nous prenons note de votre mécontentement et le transmettons à la direction.",
    "Si vous le souhaitez, un agent peut vous accompagner dans cette démarche.",
    "La réglementation prévoit un délai de deux mois pour contester cette décision.",
]

# Batch 2, written at 08:30 after the shipped model of commit "train_blame --fresh", before any change tried on it.
FRESH_BLAME_2 = [
    "Une lecture même rapide de votre avis d'imposition vous aurait évité cette erreur.",
    "Votre courrier nous est parvenu sans la moindre pièce, comme d'habitude.",
    "Nous ne pouvons tout de même pas remplir le formulaire à votre place.",
    "Il semble que la notion de date limite vous soit étrangère.",
    "Votre retard de trois mois parle de lui-même.",
    "Vous comprendrez que nous ayons d'autres dossiers à traiter que le vôtre.",
    "Les consignes étaient pourtant à la portée de n'importe quel usager.",
    "Nous avons connu des demandes plus raisonnables.",
    "Votre obstination à ne pas utiliser le site en ligne complique inutilement les choses.",
    "Nous restons surpris que vous découvriez seulement maintenant cette obligation.",
    "Voilà qui aurait pu être évité si vous aviez pris le temps de nous lire.",
    "Sachez que nos agents ne sont pas à votre disposition à toute heure.",
]
FRESH_CLEAN_2 = [
    "Votre avis d'imposition a bien été pris en compte pour le calcul de vos droits.",
    "Nous avons relancé le service instructeur afin d'accélérer le traitement.",
    "Le site en ligne permet de suivre votre demande à toute heure.",
    "Nous avons bien noté votre changement d'adresse.",
    "Cette obligation est entrée en vigueur le 1er janvier.",
    "Nous sommes conscients que ces démarches prennent du temps.",
    "Un courrier de confirmation vous sera adressé une fois le dossier complet.",
    "Vous trouverez ci-dessous la liste des pièces à fournir.",
    "Nos agents vous reçoivent sans rendez-vous le mardi matin.",
    "Votre demande a été transmise au service compétent.",
    "Ces informations figurent également sur la page d'aide du site.",
    "Nous remercions votre conseiller de nous avoir signalé la situation.",
]
