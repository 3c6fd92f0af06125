"""The French words Plume says in Slack."""

from bot.ports import Failure, Notice

MASKED_NOUNS = {
    "PERSONNE": ("nom", "noms"),
    "TELEPHONE": ("téléphone", "téléphones"),
    "EMAIL": ("adresse e-mail", "adresses e-mail"),
}

PROGRESS = "⏳ Plume rédige une proposition de réponse…"
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
FINAL_TEXT = "*Texte final, prêt à copier :*"
EMPTY_TEXT = "_(texte vide)_"
REDRAFT_PROGRESS = "⏳ Plume rédige une nouvelle version…"
MANUAL_EDIT = "✏️ modifié à la main"
RETIRED = "↩️ Remplacé par une version plus récente, plus bas dans le fil."
RETRY = "🔁 Réessayer"
RETRY_WITH = "Essayer avec {label}"
REVIEW_POSTED = "📝 Avis transmis par {user} (données personnelles masquées) :"
DRAFT_STARTED_HINT = "Plume rédige une proposition dans le fil de ce message."

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
    Notice.UNKNOWN_CONVERSATION: "Plume ne retrouve pas cette conversation.",
    Notice.STILL_DRAFTING: "Plume est en train de rédiger : attendez la fin du brouillon en cours.",
    Notice.INSTRUCTION_QUEUED: "Consigne notée : Plume la prendra en compte dès la fin du brouillon en cours.",
    Notice.DRAFT_STARTED: DRAFT_STARTED_HINT,
    Notice.ALREADY_RECEIVED: "Plume a déjà reçu ce message : la proposition est dans son fil.",
    Notice.EMPTY_REVIEW: "Ce message ne contient pas de texte : Plume ne lit que le texte des avis.",
    Notice.ALREADY_RETRIED: "Une nouvelle tentative est déjà en cours pour ce brouillon.",
    Notice.NOT_SENT: (
        "🔒 Plume n'a pas pu masquer les données personnelles de cet avis : rien n'a été envoyé au modèle. "
        "Réessayez, ou signalez le problème à l'équipe qui administre Plume."
    ),
}

FAILURES = {
    Failure.PSEUDONYMISATION: (
        "🔒 Plume n'a pas pu masquer les données personnelles de cet avis : rien n'a été envoyé au modèle. "
        "Réessayez, ou signalez le problème à l'équipe qui administre Plume."
    ),
    Failure.MODEL_UNAVAILABLE: (
        "⚠️ Le modèle n'a pas pu rédiger ce brouillon malgré plusieurs essais. "
        "Réessayez dans quelques minutes, ou essayez un autre modèle."
    ),
    Failure.VAULT_EXPIRED: (
        "🔒 La durée de conservation de cette conversation est dépassée : Plume ne peut plus y revenir. "
        "Transférez de nouveau l'avis pour obtenir un brouillon."
    ),
}

HELP = (
    "*Plume rédige des propositions de réponse aux avis des usagers.*\n"
    "• Publiez l'avis dans un canal d'avis, mentionnez @Plume avec le texte de l'avis, écrivez-lui en message "
    "direct, utilisez le raccourci « Rédiger une réponse » sur un message, ou tapez `/plume` pour saisir un avis.\n"
    "• Plume masque les données personnelles, puis propose un brouillon dans le fil.\n"
    "• Répondez dans le fil pour l'affiner (« plus court », « ajoute que le dossier est en cours »), ou utilisez "
    "🔄 Régénérer, ✏️ Modifier et le menu des modèles ; puis cliquez sur « ✅ Approuver ».\n"
    "• `/plume aide` affiche ce message. Les commandes `/plume audit` et `/plume réglages` arrivent bientôt."
)

COMING_SOON = "La commande `/plume {name}` arrive dans une prochaine version de Plume."
UNKNOWN_SUBCOMMAND = "Plume ne connaît pas la commande `/plume {name}`.\n\n" + HELP

REVIEW_MODAL_TITLE = "Nouvel avis"
REVIEW_MODAL_SUBMIT = "Rédiger"
EDIT_MODAL_TITLE = "Modifier le brouillon"
EDIT_MODAL_SUBMIT = "Enregistrer"
CANCEL = "Annuler"
FIELD_SERVICE = "Service ou structure concerné"
FIELD_FEELING = "Ressenti de l'usager"
FIELD_TITLE = "Titre de l'avis"
FIELD_TEXT = "Texte de l'avis"
FIELD_DRAFT = "Réponse"
FEELINGS = {"positif": "😊 Positif", "neutre": "😐 Neutre", "negatif": "😞 Négatif"}
FEELING_WORDS = {"positif": "positif", "neutre": "neutre", "negatif": "négatif"}
REVIEW_MODAL_HINT = "Collez l'avis tel quel : Plume masque les données personnelles avant tout envoi au modèle."
EMPTY_FIELD = "Ce champ ne peut pas être vide."
