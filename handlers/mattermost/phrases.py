"""The French words Plume says in Mattermost (Markdown: **bold**, _italics_)."""

from bot.failures import DraftFailure
from bot.ports.chat import Notice
from handlers.common import phrases as common
from handlers.common.phrases import (
    APPROVE as APPROVE,
    APPROVE_ANYWAY as APPROVE_ANYWAY,
    APPROVED_TITLE as APPROVED_TITLE,
    AUDIT_PERIOD_HELP as AUDIT_PERIOD_HELP,
    CHANGES_INTRO as CHANGES_INTRO,
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
    FIELD_DISCLOSURE as FIELD_DISCLOSURE,
    FIELD_DISCLOSURE_TEXT as FIELD_DISCLOSURE_TEXT,
    FIELD_DRAFT as FIELD_DRAFT,
    FIELD_DRAFT_MORE as FIELD_DRAFT_MORE,
    FIELD_FEELING as FIELD_FEELING,
    FIELD_GREETING as FIELD_GREETING,
    FIELD_GROUNDING as FIELD_GROUNDING,
    FIELD_MAX_WORDS as FIELD_MAX_WORDS,
    FIELD_MIN_WORDS as FIELD_MIN_WORDS,
    FIELD_MODEL as FIELD_MODEL,
    FIELD_POLITENESS as FIELD_POLITENESS,
    FIELD_PUBLIC_REPLIES as FIELD_PUBLIC_REPLIES,
    FIELD_SERVICE as FIELD_SERVICE,
    FIELD_SIGNATURE as FIELD_SIGNATURE,
    FIELD_STRUCTURE as FIELD_STRUCTURE,
    FIELD_TEXT as FIELD_TEXT,
    FIELD_TITLE as FIELD_TITLE,
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

FINAL_TEXT = "**Texte final, prêt à copier :**"
TRUNCATED = "… (texte coupé : Mattermost limite la longueur d'un message)"

NOTICES = {
    **common.NOTICES,
    Notice.FOREIGN_WORKSPACE: (
        "Ce fil appartient à une autre équipe : seuls ses membres peuvent agir sur ce brouillon."
    ),
}

FAILURES = {
    **common.FAILURES,
    DraftFailure.PSEUDONYMISATION: (NOTICES[Notice.NOT_SENT]),
}

HELP = (
    "**Plume rédige des propositions de réponse aux avis des usagers.**\n"
    "- Publiez l'avis dans un canal d'avis, mentionnez @plume avec le texte de l'avis, écrivez-lui en message "
    "direct, tapez `/plume` suivi du texte de l'avis, ou `/plume` seul pour le saisir dans un formulaire.\n"
    "- Plume masque les données personnelles, puis propose un brouillon dans le fil.\n"
    "- Si vous avez confié l'avis ou cliqué « 🙋 Je m'en occupe », répondez dans le fil pour l'affiner "
    "(« plus court », « ajoute que le dossier "
    "est en cours ») ; vos collègues mentionnent @plume. Ou utilisez 🎲 Régénérer, ✏️ Modifier et le menu des "
    "modèles ; puis cliquez sur « ✅ Approuver ».\n"
    "- `/plume aide` affiche ce message."
)
LEAD_HELP = (
    "\n- Responsable d'équipe : `/plume audit 30j` (chiffres et export CSV en message direct ; aussi `7j` ou "
    "`90j`), `/plume tableau 30j` (avis en attente, activité et graphiques par semaine en message direct) et "
    "`/plume réglages` dans un canal d'avis (signature, formule de politesse, mention de l'IA, modèle du canal, "
    "vérifications, réponses validées) ; sous une réponse approuvée, « 📌 Enregistrer comme réponse type »."
)
UNKNOWN_SUBCOMMAND = "Plume ne connaît pas la commande `/plume {name}`.\n\n" + HELP
DIALOG_UNAVAILABLE = "Le formulaire n'a pas pu s'ouvrir : réessayez dans un instant."

REVIEW_DIALOG_TITLE = "Nouvel avis"
REVIEW_DIALOG_SUBMIT = "Rédiger"
EDIT_DIALOG_TITLE = "Modifier le brouillon"
EDIT_DIALOG_SUBMIT = "Enregistrer"
REVIEW_DIALOG_HINT = "Collez l'avis tel quel : Plume masque les données personnelles avant tout envoi au modèle."

AUDIT_TITLE = "📊 **Audit Plume : les {days} derniers jours** (avis reçus du {since} au {until}, UTC)"
AUDIT_FIGURES = (
    "- Avis reçus : {reviews}\n"
    "- Brouillons rédigés : {drafts}\n"
    "- Réponses approuvées : {approvals} ({approval_rate})\n"
    "- Délai médian avant approbation : {median}\n"
    "- Approuvées sans retouche : {unchanged_share} ({unchanged})\n"
    "- Distance d'édition moyenne : {distance} (0 = inchangé, 1 = réécrit)\n"
    "- Coût estimé : {cost}"
)
EXPORT_ATTACHED = "L'export CSV joint contient {count}. Les textes sont pseudonymisés."
APPROVED_REPLIES = ("réponse approuvée", "réponses approuvées")
SETTINGS_IN_CHANNEL = (
    "Les réglages sont à utiliser dans un canal d'avis : tapez `/plume réglages` dans le canal à régler, "
    "ils s'appliquent canal par canal."
)
SETTINGS_SAVED = "✅ Réglages du canal {channel} enregistrés : ils s'appliquent aux prochains brouillons."
SETTINGS_DIALOG_TITLE = "Réglages du canal"
SETTINGS_DIALOG_HINT = "Ces réglages s'appliquent aux prochains brouillons rédigés dans le canal {channel}."
SETTINGS_DIALOG_SUBMIT = "Enregistrer"
PIN_DIALOG_SUBMIT = "Enregistrer"

DASHBOARD_TITLE = "📊 **Tableau de bord Plume : les {days} derniers jours**"
DASHBOARD_STARTED = "Le tableau de bord des {days} derniers jours arrive dans vos messages directs."
DASHBOARD_FAILED = "Le tableau de bord n'a pas pu être envoyé : réessayez dans un instant."

typeset_constants(globals())  # last: every text above, French typography
