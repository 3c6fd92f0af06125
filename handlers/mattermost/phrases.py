"""The French words Plume says in Mattermost (Markdown: **bold**, _italics_)."""

from bot.failures import DraftFailure
from bot.ports.chat import Notice
from bot.privacy.labels import NOUNS
from bot.team_leads import Access

MASKED_NOUNS = NOUNS
"""How the masked summary names each kind of value (« 2 noms, 1 téléphone »)."""

PROGRESS = "⏳ Plume rédige une proposition de réponse…"
REDRAFT_PROGRESS = "⏳ Plume rédige une nouvelle version…"
REFINE_HINT = (
    "💬 Répondez dans ce fil pour affiner le brouillon (par exemple : « plus court », « ton plus chaleureux »)."
)
SHOW_SENT_TEXT = "Voir le texte envoyé"
SENT_TEXT_INTRO = "Voici exactement le texte de l'avis transmis au modèle :"
APPROVE = "✅ Approuver"
REGENERATE = "🔄 Régénérer"
EDIT = "✏️ Modifier"
MODEL_MENU = "Changer de modèle"
APPROVED_TITLE = "✅ Réponse approuvée"
FINAL_TEXT = "**Texte final, prêt à copier :**"
EMPTY_TEXT = "_(texte vide)_"
MANUAL_EDIT = "✏️ modifié à la main"
RETIRED = "↩️ Remplacé par une version plus récente, plus bas dans le fil."
RETRY = "🔁 Réessayer"
RETRY_WITH = "Essayer avec {label}"
REVIEW_POSTED = "📝 Avis transmis par {user} (données personnelles masquées) :"
TRUNCATED = "… (texte coupé : Mattermost limite la longueur d'un message)"
NO_MASKED = "🔒 Aucune donnée personnelle détectée dans l'avis."

NOTICES = {
    Notice.STALE_REVISION: (
        "Ce brouillon a été remplacé par une version plus récente : utilisez les boutons du dernier message."
    ),
    Notice.ALREADY_APPROVED: (
        "Cette réponse est déjà approuvée : le fil est figé. Pour un nouvel avis, ouvrez un nouveau fil."
    ),
    Notice.THREAD_APPROVED: (
        "La réponse de ce fil est déjà approuvée : Plume ne la modifie plus. "
        "Pour un nouvel avis, ouvrez un nouveau fil."
    ),
    Notice.STILL_DRAFTING: "Plume est en train de rédiger : attendez la fin du brouillon en cours.",
    Notice.INSTRUCTION_QUEUED: "Consigne notée : Plume la prendra en compte dès la fin du brouillon en cours.",
    Notice.INSTRUCTION_NOT_SAVED: (
        "⚠️ Votre consigne n'a pas pu être enregistrée (le fil a changé au même moment). Renvoyez-la."
    ),
    Notice.DRAFT_STARTED: "Plume rédige une proposition dans le fil de ce message.",
    Notice.ALREADY_RECEIVED: "Plume a déjà reçu ce message : la proposition est dans son fil.",
    Notice.EMPTY_REVIEW: (
        "Plume ne lit que le texte des avis : ce message n'en contient pas (fichier, image ou émojis seuls). "
        "Copiez le texte de l'avis dans un message."
    ),
    Notice.ALREADY_RETRIED: "Une nouvelle tentative est déjà en cours pour ce brouillon.",
    Notice.AWAITING_CONFIRMATION: (
        "Cet avis est trop long : confirmez d'abord, avec le bouton du fil, que Plume peut rédiger à partir de son "
        "début. Vous pourrez ensuite affiner le brouillon ici."
    ),
    Notice.RATE_LIMITED: (
        "Vous avez demandé beaucoup de brouillons au cours de la dernière heure : "
        "Plume fait une pause pour vous. Réessayez un peu plus tard."
    ),
    Notice.NOT_FRENCH: (
        "Cet avis ne semble pas rédigé en français : Plume propose quand même une réponse en français."
    ),
    Notice.FOREIGN_WORKSPACE: (
        "Ce fil appartient à une autre équipe : seuls ses membres peuvent agir sur ce brouillon."
    ),
    Notice.NOT_SENT: (
        "🔒 Plume n'a pas pu masquer les données personnelles de cet avis : rien n'a été envoyé au modèle. "
        "Réessayez, ou signalez le problème à l'équipe qui administre Plume."
    ),
}

FAILURES = {
    DraftFailure.PSEUDONYMISATION: NOTICES[Notice.NOT_SENT],
    DraftFailure.MODEL_UNAVAILABLE: (
        "⚠️ Le modèle n'a pas pu rédiger ce brouillon malgré plusieurs essais. "
        "Réessayez dans quelques minutes, ou essayez un autre modèle."
    ),
    DraftFailure.VAULT_EXPIRED: (
        "🔒 La durée de conservation de cette conversation est dépassée : Plume ne peut plus y revenir. "
        "Transférez de nouveau l'avis pour obtenir un brouillon."
    ),
}

HELP = (
    "**Plume rédige des propositions de réponse aux avis des usagers.**\n"
    "- Publiez l'avis dans un canal d'avis, mentionnez @plume avec le texte de l'avis, écrivez-lui en message "
    "direct, ou tapez `/plume` pour saisir un avis.\n"
    "- Plume masque les données personnelles, puis propose un brouillon dans le fil.\n"
    "- Répondez dans le fil pour l'affiner (« plus court », « ajoute que le dossier est en cours »), ou utilisez "
    "🔄 Régénérer, ✏️ Modifier et le menu des modèles ; puis cliquez sur « ✅ Approuver ».\n"
    "- `/plume aide` affiche ce message. Responsables d'équipe : `/plume audit 30j` (chiffres et export CSV en "
    "message direct ; aussi `7j` ou `90j`) et `/plume réglages` dans un canal d'avis (signature, formule de "
    "politesse, mention de l'IA, modèle du canal)."
)
UNKNOWN_SUBCOMMAND = "Plume ne connaît pas la commande `/plume {name}`.\n\n" + HELP
DIALOG_UNAVAILABLE = "Le formulaire n'a pas pu s'ouvrir : réessayez dans un instant."

REVIEW_DIALOG_TITLE = "Nouvel avis"
REVIEW_DIALOG_SUBMIT = "Rédiger"
EDIT_DIALOG_TITLE = "Modifier le brouillon"
EDIT_DIALOG_SUBMIT = "Enregistrer"
FIELD_SERVICE = "Service ou structure concerné"
FIELD_FEELING = "Ressenti de l'usager"
FIELD_TITLE = "Titre de l'avis"
FIELD_TEXT = "Texte de l'avis"
FIELD_DRAFT = "Réponse"
FEELINGS = {"positif": "😊 Positif", "neutre": "😐 Neutre", "negatif": "😞 Négatif"}
FEELING_WORDS = {"positif": "positif", "neutre": "neutre", "negatif": "négatif"}
REVIEW_DIALOG_HINT = "Collez l'avis tel quel : Plume masque les données personnelles avant tout envoi au modèle."
EMPTY_FIELD = "Ce champ ne peut pas être vide."
FIRST_PART_OFFER = (
    "📏 Cet avis fait {length} caractères ; Plume en traite {limit} au plus. "
    "Il peut rédiger à partir du début de l'avis (coupé à la fin d'une phrase ou d'un mot) : rien n'est envoyé "
    "au modèle sans votre accord."
)
FIRST_PART_BUTTON = "Rédiger à partir du début"

REFUSED = (
    "🔒 Désolé, {what} est réservé aux responsables d'équipe. Si vous pensez devoir y accéder, demandez à "
    "l'équipe qui administre Plume de vous ajouter aux responsables (PLUME_TEAM_LEADS)."
)
REFUSED_WHAT = {
    Access.HOME: "l'audit",
    Access.EXPORT: "l'export d'audit",
    Access.TRAIL: "l'historique des fils",
    Access.SETTINGS: "le réglage des canaux",
}
AUDIT_PERIOD_HELP = (
    "Période non reconnue : tapez par exemple `/plume audit 7j`, `/plume audit 30j` ou `/plume audit 90j`."
)
EXPORT_STARTED = "📊 Plume prépare l'export des {days} derniers jours : il arrive dans vos messages directs."
EXPORT_FAILED = "⚠️ Plume n'a pas pu vous envoyer l'export d'audit. Réessayez dans quelques minutes."
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
EXPORT_ATTACHED = "L'export CSV joint contient {count} réponse(s) approuvée(s). Les textes sont pseudonymisés."
SETTINGS_IN_CHANNEL = (
    "Les réglages sont à utiliser dans un canal d'avis : tapez `/plume réglages` dans le canal à régler, "
    "ils s'appliquent canal par canal."
)
SETTINGS_SAVED = "✅ Réglages du canal {channel} enregistrés : ils s'appliquent aux prochains brouillons."
SETTINGS_DIALOG_TITLE = "Réglages du canal"
SETTINGS_DIALOG_HINT = "Ces réglages s'appliquent aux prochains brouillons rédigés dans le canal {channel}."
SETTINGS_DIALOG_SUBMIT = "Enregistrer"
FIELD_STRUCTURE = "Nom de la structure"
FIELD_SIGNATURE = "Signature"
FIELD_POLITENESS = "Formule de politesse"
FIELD_DISCLOSURE = "Mention de l'IA"
DISCLOSURE_OPTION = "Ajouter à la fin de chaque réponse une mention indiquant l'aide de l'IA"
FIELD_DISCLOSURE_TEXT = "Texte de la mention"
FIELD_MODEL = "Modèle par défaut du canal"
PLUME_DEFAULT_MODEL = "Celui de Plume ({label})"
