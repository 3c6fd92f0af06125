"""The French words Plume says in Matrix/Tchap: reactions are its only buttons, text commands do the rest.

The text is plain (no Markdown); `french()` sets the narrow no-break spaces of French typography, applied by
render.py to every phrase (never to a review or a draft).
"""

from bot.failures import DraftFailure
from bot.ports.chat import Notice
from handlers.common import phrases as common
from handlers.common.phrases import (
    APPROVED_TITLE as APPROVED_TITLE,
    DISMISSED as DISMISSED,
    EMPTY_TEXT as EMPTY_TEXT,
    FAILURE_RETIRED as FAILURE_RETIRED,
    FIRST_PART_OFFER as FIRST_PART_OFFER,
    IN_CHARGE as IN_CHARGE,
    MANUAL_EDIT as MANUAL_EDIT,
    PIN_SAVED as PIN_SAVED,
    PIN_UNAVAILABLE as PIN_UNAVAILABLE,
    PROGRESS as PROGRESS,
    REDRAFT_PROGRESS as REDRAFT_PROGRESS,
    REFUSED as REFUSED,
    REFUSED_WHAT as REFUSED_WHAT,
    RETIRED as RETIRED,
    RETRYING as RETRYING,
    REVIEW_POSTED as REVIEW_POSTED,
    SENT_TEXT_INTRO as SENT_TEXT_INTRO,
    TAKEN_BY_OTHER as TAKEN_BY_OTHER,
    YOU_ARE_IN_CHARGE as YOU_ARE_IN_CHARGE,
)
from handlers.common.typography import typeset

FINAL_TEXT = "Texte final, prêt à copier :"
TRUNCATED = "… (texte coupé : message trop long pour Matrix)"
CONTROLS = (
    "Réagissez avec ✅ pour approuver, 🔄 pour régénérer, ✏️ pour modifier, 🙋 pour vous en occuper. "
    "Répondez dans ce fil pour affiner le brouillon (par exemple : « plus court »)."
)
CONTROLS_UNRESOLVED = (
    "Réagissez avec ⚠️ pour approuver quand même (les marqueurs resteront tels quels), 🔄 pour régénérer, ✏️ pour "
    "modifier, 🙋 pour vous en occuper. Répondez dans ce fil pour affiner le brouillon."
)
CONTROLS_BLOCKED = (
    "Réagissez avec ⚠️ pour approuver quand même (inscrit au journal d'audit, avec les alertes ignorées), 🔄 pour "
    "régénérer, ✏️ pour modifier, 🙋 pour vous en occuper. Répondez dans ce fil pour affiner le brouillon."
)
PUBLISHABLE_HINT = "Réagissez avec 📰 pour la version publiable (sans les données de l'usager, « Madame, Monsieur »)."
CHANGES_INTRO = "Ce que la version n° {number} change par rapport à la précédente ([-retiré-], {{+ajouté+}}) :"
MODELS = "Changer de modèle : « !modele <nom> » ({names})."
RETRY_HINT = "Réagissez avec 🔁 pour réessayer avec le même modèle{next}."
RETRY_NEXT = ", ⏭️ pour essayer avec {label}"
FIRST_PART_HINT = "Réagissez avec 👍 pour rédiger à partir du début de l'avis."
EDIT_HINT = (
    "Voici le texte actuel du brouillon. Pour le remplacer, répondez dans ce fil : « !modifier » suivi du "
    "nouveau texte."
)
UNKNOWN_MODEL = "Plume ne connaît pas le modèle « {name} ». Modèles proposés : {names}."
NO_DRAFT_YET = "Ce fil n'a pas encore de brouillon : attendez la fin de la rédaction."
EMPTY_EDIT = "Écrivez le nouveau texte après « !modifier »."

HELP = (
    "Plume rédige des propositions de réponse aux avis des usagers.\n"
    "• Publiez l'avis dans un salon d'avis, mentionnez Plume avec le texte de l'avis, ou écrivez-lui en message "
    "direct.\n"
    "• Plume masque les données personnelles, puis propose un brouillon dans le fil de l'avis.\n"
    "• Sur le brouillon, réagissez avec ✅ pour approuver, 🔄 pour régénérer, ✏️ pour modifier, 🙋 pour vous en "
    "occuper.\n"
    "• Dans le fil : l'agent qui s'occupe de l'avis (qui l'a confié, ou a réagi avec 🙋) répond librement pour "
    "affiner (« plus court », « ajoute que le dossier est en cours ») ; ses collègues mentionnent Plume pour "
    "qu'il en tienne compte, sinon ils peuvent discuter sans rien déclencher ; "
    "« !modele <nom> » change de modèle ; « !modifier <texte> » remplace le brouillon par votre texte ; "
    "« !plume aide » affiche ce message.\n"
    "• Responsables d'équipe : « !plume audit 30j » (aussi 7j ou 90j) envoie en message direct les chiffres de la "
    "période et l'export CSV ; « !plume tableau 30j » y envoie les avis en attente, l'activité par agent et par "
    "modèle, et les graphiques par semaine ; dans le fil d'une réponse approuvée, « !plume réponse-type <titre> » "
    "l'enregistre comme réponse type, proposée au modèle pour les prochains avis du salon ; dans un salon d'avis, "
    "« !plume réglages » montre et change ce que les vérifications demandent aux réponses du salon (réponses "
    "publiques, formule d'appel, longueur) et s'il s'inspire des réponses validées."
)

SETTINGS_HOW = (
    "Pour changer un réglage, écrivez « !plume réglages » suivi de son nom et de sa valeur : « publiques oui » "
    "(réponses publiées sur Services Publics+ : aucune donnée de l'usager, version publiable proposée), "
    "« appel non » (formule d'appel exigée ou non), « min 40 » et « max 200 » (longueur d'une réponse en mots, "
    "« défaut » pour 30 et 300), « exemples non » (s'inspirer ou non des réponses validées du salon). Plusieurs à "
    "la fois : « !plume réglages publiques oui min 40 »."
)
SETTINGS_SUMMARY = (
    "Réglages de ce salon :\n"
    "• Réponses publiques : {public}\n"
    "• Formule d'appel exigée : {greeting}\n"
    "• Longueur d'une réponse : de {low} à {high} mots{default}\n"
    "• S'inspirer des réponses validées du salon : {grounding}\n" + SETTINGS_HOW
)
SETTINGS_DEFAULT_LENGTH = " (par défaut)"
SETTINGS_SAVED = "✅ Réglages enregistrés : ils s'appliquent aux prochains brouillons du salon."
SETTINGS_IN_ROOM = "Les réglages se font salon par salon : écrivez « !plume réglages » dans le salon d'avis à régler."
SETTINGS_PAIRS = "Il manque la valeur de « {word} »."
SETTINGS_YES_NO = "« {name} » s'écrit avec « oui » ou « non », pas « {value} »."
SETTINGS_WORDS = "« {name} » attend un nombre de mots entre 1 et {limit}, ou « défaut », pas « {value} »."
SETTINGS_UNKNOWN = "Plume ne connaît pas le réglage « {name} »."

NOTICES = {
    **common.NOTICES,
    Notice.STALE_REVISION: (
        "Ce brouillon a été remplacé par une version plus récente : réagissez sur le dernier brouillon du fil."
    ),
    Notice.FOREIGN_WORKSPACE: "Ce fil appartient à une autre équipe : seuls ses membres peuvent agir sur ce brouillon.",
    Notice.AWAITING_CONFIRMATION: (
        "Cet avis est trop long : confirmez d'abord, en réagissant avec 👍 au message de Plume dans le fil, qu'il "
        "peut rédiger à partir de son début. Vous pourrez ensuite affiner le brouillon ici."
    ),
}

FAILURES = {
    **common.FAILURES,
    DraftFailure.PSEUDONYMISATION: NOTICES[Notice.NOT_SENT],
}

french = typeset
"""French typography for Plume's own words (the one rule of every platform, handlers/common/typography.py)."""

NOTICES = {notice: french(text) for notice, text in NOTICES.items()}
FAILURES = {failure: french(text) for failure, text in FAILURES.items()}
