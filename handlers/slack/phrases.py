"""The French words Plume says in Slack."""

from bot.failures import DraftFailure
from bot.ports.chat import Notice
from handlers.common import phrases as common
from handlers.common.phrases import (
    APPROVE as APPROVE,
    APPROVE_ANYWAY as APPROVE_ANYWAY,
    APPROVED_TITLE as APPROVED_TITLE,
    AUDIT_PERIOD_HELP as AUDIT_PERIOD_HELP,
    CHANGES_INTRO as CHANGES_INTRO,
    CONFIRM_ANYWAY_TEXT as CONFIRM_ANYWAY_TEXT,
    CONFIRM_ANYWAY_TITLE as CONFIRM_ANYWAY_TITLE,
    CONFIRM_ANYWAY_YES as CONFIRM_ANYWAY_YES,
    CONFIRM_FINDINGS_TEXT as CONFIRM_FINDINGS_TEXT,
    CONFIRM_FINDINGS_TITLE as CONFIRM_FINDINGS_TITLE,
    DISCLOSURE_OPTION as DISCLOSURE_OPTION,
    DISMISS as DISMISS,
    DISMISSED as DISMISSED,
    EDIT as EDIT,
    EMPTY_FIELD as EMPTY_FIELD,
    EMPTY_TEXT as EMPTY_TEXT,
    EXPORT_FAILED as EXPORT_FAILED,
    EXPORT_STARTED as EXPORT_STARTED,
    FAILURE_RETIRED as FAILURE_RETIRED,
    FEELING_WORDS as FEELING_WORDS,
    FEELINGS as FEELINGS,
    FIELD_CHECKS as FIELD_CHECKS,
    FIELD_DISCLOSURE as FIELD_DISCLOSURE,
    FIELD_DISCLOSURE_TEXT as FIELD_DISCLOSURE_TEXT,
    FIELD_DRAFT as FIELD_DRAFT,
    FIELD_DRAFT_MORE as FIELD_DRAFT_MORE,
    FIELD_FEELING as FIELD_FEELING,
    FIELD_GROUNDING as FIELD_GROUNDING,
    FIELD_MAX_WORDS as FIELD_MAX_WORDS,
    FIELD_MIN_WORDS as FIELD_MIN_WORDS,
    FIELD_MODEL as FIELD_MODEL,
    FIELD_POLITENESS as FIELD_POLITENESS,
    FIELD_SERVICE as FIELD_SERVICE,
    FIELD_SIGNATURE as FIELD_SIGNATURE,
    FIELD_STRUCTURE as FIELD_STRUCTURE,
    FIELD_TEXT as FIELD_TEXT,
    FIELD_TITLE as FIELD_TITLE,
    FINDING_KINDS as FINDING_KINDS,
    FINDINGS_HOW as FINDINGS_HOW,
    FIRST_PART_AGREED as FIRST_PART_AGREED,
    FIRST_PART_BUTTON as FIRST_PART_BUTTON,
    FIRST_PART_OFFER as FIRST_PART_OFFER,
    GREETING_OPTION as GREETING_OPTION,
    GROUNDING_OPTION as GROUNDING_OPTION,
    IN_CHARGE as IN_CHARGE,
    MADE_BY_MODEL as MADE_BY_MODEL,
    MANUAL_EDIT as MANUAL_EDIT,
    MASKED_NOUNS as MASKED_NOUNS,
    MODEL_MENU as MODEL_MENU,
    ONE_CLICK as ONE_CLICK,
    PIN_FIELD_TITLE as PIN_FIELD_TITLE,
    PIN_MODAL_HINT as PIN_MODAL_HINT,
    PIN_MODAL_TITLE as PIN_MODAL_TITLE,
    PIN_REPLY as PIN_REPLY,
    PIN_SAVED as PIN_SAVED,
    PIN_UNAVAILABLE as PIN_UNAVAILABLE,
    PLUME_DEFAULT_MODEL as PLUME_DEFAULT_MODEL,
    PROGRESS as PROGRESS,
    PUBLIC_REPLIES_OPTION as PUBLIC_REPLIES_OPTION,
    PUBLISHABLE as PUBLISHABLE,
    REDRAFT_PROGRESS as REDRAFT_PROGRESS,
    REFINE_HINT as REFINE_HINT,
    REFUSED as REFUSED,
    REFUSED_WHAT as REFUSED_WHAT,
    REGENERATE as REGENERATE,
    RETIRED as RETIRED,
    RETRY as RETRY,
    RETRY_WITH as RETRY_WITH,
    RETRYING as RETRYING,
    REVIEW_POSTED as REVIEW_POSTED,
    SENT_TEXT_INTRO as SENT_TEXT_INTRO,
    SHOW_CHANGES as SHOW_CHANGES,
    SHOW_SENT_TEXT as SHOW_SENT_TEXT,
    TAKE_OVER as TAKE_OVER,
    TAKEN_BY_OTHER as TAKEN_BY_OTHER,
    WORDS_HINT as WORDS_HINT,
    YOU_ARE_IN_CHARGE as YOU_ARE_IN_CHARGE,
)
from handlers.common.typography import typeset_constants

"""How the masked summary names each kind of value (« 2 noms, 1 téléphone »)."""

FINAL_TEXT = "*Texte final, prêt à copier :*"

NOTICES = {
    **common.NOTICES,
    Notice.FOREIGN_WORKSPACE: (
        "Ce fil appartient à un autre espace de travail : seuls ses membres peuvent agir sur ce brouillon."
    ),
}

FAILURES = {
    **common.FAILURES,
    DraftFailure.PSEUDONYMISATION: (
        "🛑 Plume n'a pas pu masquer les données personnelles de cet avis : rien n'a été envoyé au modèle. "
        "Réessayez, ou signalez le problème à l'équipe qui administre Plume."
    ),
}

HELP = (
    "*Plume rédige des propositions de réponse aux avis des usagers.*\n"
    "• Publiez l'avis dans un canal d'avis, mentionnez @Plume avec le texte de l'avis, écrivez-lui en message "
    "direct, utilisez le raccourci « Rédiger une réponse » sur un message, tapez `/plume` suivi du texte de "
    "l'avis, ou `/plume` seul pour le saisir dans un formulaire.\n"
    "• Plume masque les données personnelles, puis propose un brouillon dans le fil.\n"
    "• Si vous avez confié l'avis ou cliqué « 🙋 Je m'en occupe », répondez dans le fil pour l'affiner "
    "(« plus court », « ajoute que le dossier "
    "est en cours ») ; vos collègues mentionnent @Plume. Ou utilisez 🎲 Régénérer, ✏️ Modifier et le menu des "
    "modèles ; puis cliquez sur « ✅ Approuver ».\n"
    "• `/plume aide` affiche ce message."
)
LEAD_HELP = (
    "\n• Responsable d'équipe : `/plume audit 30j` (export CSV en message direct) et `/plume réglages` "
    "(signature, formule de politesse… du canal)."
)
UNKNOWN_SUBCOMMAND = "Plume ne connaît pas la commande `/plume {name}`.\n\n" + HELP

REVIEW_MODAL_TITLE = "Nouvel avis"
REVIEW_MODAL_SUBMIT = "Rédiger"
EDIT_MODAL_TITLE = "Modifier le brouillon"
EDIT_MODAL_SUBMIT = "Enregistrer"
CANCEL = "Annuler"
REVIEW_MODAL_HINT = "Collez l'avis tel quel : Plume masque les données personnelles avant tout envoi au modèle."

EXPORT_COMMENT = (
    "📊 Export d'audit : {count}, avis reçus du {since} au {until} (UTC). "
    "Les textes sont pseudonymisés ; la colonne permalink ouvre chaque fil."
)
SETTINGS_IN_CHANNEL = "Tapez `/plume réglages` dans le canal à régler : les réglages s'appliquent canal par canal."
SETTINGS_SAVED = "✅ Réglages de <#{channel}> enregistrés : ils s'appliquent aux prochains brouillons."
SETTINGS_MODAL_TITLE = "Réglages du canal"
SETTINGS_MODAL_HINT = "Ces réglages s'appliquent aux prochains brouillons rédigés dans <#{channel}>."
SAVE = "Enregistrer"
LEAD_HOME_FOOTER = (
    "Export CSV de ces fils : `/plume audit {days}j` · Réglages d'un canal (signature, mention de l'IA, modèle) : "
    "`/plume réglages` dans ce canal. Les textes restent pseudonymisés."
)
TRAIL_INTRO = "Conversation n° {id} : chaque étape, dans l'ordre, avec son auteur. Les textes sont pseudonymisés."
TRAIL_MORE = "… et {count} de plus : la commande `plume audit trail {id}` les donne toutes."
APPROVED_REPLIES = ("réponse approuvée", "réponses approuvées")
MORE_STEPS = ("étape", "étapes")
SOURCES = {
    "channel": "canal d'avis",
    "mention": "mention @Plume",
    "shortcut": "raccourci « Rédiger une réponse »",
    "modal": "formulaire /plume",
    "dm": "message direct",
}
REVISION_KINDS = {
    "draft": "premier brouillon",
    "regeneration": "régénération",
    "refinement": "affinage",
    "model_switch": "changement de modèle",
    "manual_edit": "modification à la main",
}


typeset_constants(globals())  # last: every text above, French typography
