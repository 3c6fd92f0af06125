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
NOT_YET_AVAILABLE = (
    "Cette action sera bientôt disponible. En attendant, vous pouvez approuver le brouillon ou le copier."
)

NOTICES = {
    Notice.STALE_REVISION: (
        "Ce brouillon a été remplacé par une version plus récente : utilisez les boutons du dernier message."
    ),
    Notice.ALREADY_APPROVED: (
        "Cette réponse est déjà approuvée : le fil est figé. Pour un nouvel avis, ouvrez un nouveau fil."
    ),
    Notice.NOT_YET_AVAILABLE: NOT_YET_AVAILABLE,
    Notice.UNKNOWN_CONVERSATION: "Plume ne retrouve pas cette conversation.",
    Notice.STILL_DRAFTING: "Plume est en train de rédiger : attendez la fin du brouillon.",
}

FAILURES = {
    Failure.PSEUDONYMISATION: (
        "🔒 Plume n'a pas pu masquer les données personnelles de cet avis : rien n'a été envoyé au modèle. "
        "Réessayez, ou signalez le problème à l'équipe qui administre Plume."
    ),
    Failure.MODEL_UNAVAILABLE: (
        "⚠️ Le modèle n'a pas pu rédiger de brouillon malgré plusieurs essais. "
        "Réessayez dans quelques minutes ou changez de modèle."
    ),
    Failure.VAULT_EXPIRED: (
        "🔒 La durée de conservation de cette conversation est dépassée : Plume ne peut plus y revenir. "
        "Transférez de nouveau l'avis pour obtenir un brouillon."
    ),
}

HELP = (
    "*Plume rédige des propositions de réponse aux avis des usagers.*\n"
    "• Publiez un avis dans un canal d'avis, ou mentionnez @Plume avec le texte de l'avis.\n"
    "• Plume masque les données personnelles, puis propose un brouillon dans le fil.\n"
    "• Répondez dans le fil pour l'affiner, puis cliquez sur « ✅ Approuver ».\n"
    "Les autres commandes (`/plume audit`, `/plume réglages`) arrivent bientôt."
)
