"""The French words Plume says on every platform; each platform's phrases.py adds its own."""

from bot.failures import DraftFailure
from bot.ports.chat import ActionKind, Notice
from bot.privacy.labels import NOUNS
from bot.team_leads import Access
from handlers.common.typography import typeset_constants

MASKED_NOUNS = NOUNS
PROGRESS = "⏳ Plume rédige une proposition de réponse…"
REFINE_HINT = (
    "💬 Pour affiner, la personne qui s'occupe de l'avis (qui l'a confié, ou qui a cliqué « Je m'en occupe ») répond "
    "dans ce fil (« plus court », « ton plus chaleureux »). Les collègues y discutent librement ; pour donner une "
    "consigne à Plume, ils le mentionnent (@Plume)."
)
TAKE_OVER = "🙋 Je m'en occupe"
FAILURE_RETIRED = "↩️ Cette tentative avait échoué ; la réponse du fil a été approuvée depuis : plus rien à réessayer."
IN_CHARGE = "🙋 {user} s'occupe de cet avis : ses réponses dans le fil affinent le brouillon."
YOU_ARE_IN_CHARGE = "Vous vous occupez déjà de cet avis : répondez dans le fil pour affiner le brouillon."
TAKEN_BY_OTHER = "{user} s'occupe déjà de cet avis. Pour donner une consigne à Plume, mentionnez-le (@Plume)."
PIN_REPLY = "📌 Enregistrer comme réponse type"
PIN_MODAL_TITLE = "Réponse type"
PIN_FIELD_TITLE = "Titre de la réponse type"
PIN_MODAL_HINT = (
    "Cette réponse approuvée sera proposée au modèle comme exemple pour chaque nouvel avis du canal "
    "(ses données personnelles restent masquées)."
)
PIN_SAVED = "📌 Réponse type « {title} » enregistrée : Plume la proposera au modèle pour les prochains avis du canal."
PIN_UNAVAILABLE = "Ce fil n'a pas (ou plus) de réponse approuvée à enregistrer comme réponse type."
FIELD_GROUNDING = "Réponses validées"
GROUNDING_OPTION = "S'inspirer des réponses déjà validées dans ce canal (et de ses réponses types)"
DRAFT_SOURCES = "📚 Inspiré des réponses validées de l'équipe : {links}"
SOURCE_PINNED = "réponse type « {title} »"
SOURCE_THREAD = "fil approuvé {number}"
SHOW_SENT_TEXT = "Voir le texte envoyé"
SHOW_CHANGES = "Voir les changements"
CHANGES_INTRO = "Ce que la version n° {number} change par rapport à la précédente (barré : retiré ; en gras : ajouté) :"
SENT_TEXT_INTRO = "Voici exactement le texte de l'avis transmis au modèle :"
APPROVE = "✅ Approuver"
APPROVE_ANYWAY = "⚠️ Approuver quand même"
DISMISS = "Ce n'est pas un avis"
DISMISSED = "🗑️ Ce message n'est pas un avis : brouillon retiré par {user}, rien n'est compté."
ONE_CLICK = {
    ActionKind.SHORTER: "✂️ Plus court",
    ActionKind.MORE_FORMAL: "👔 Plus formel",
    ActionKind.WARMER: "🤝 Plus chaleureux",
    ActionKind.FIX_SPELLING: "🔤 Corriger l'orthographe",
}
UNRESOLVED_HOW = (
    "Plume ne peut pas les remplacer par de vraies valeurs : corrigez le texte avec ✏️ Modifier, "
    "régénérez-le, ou approuvez-le quand même si ces marqueurs doivent y rester."
)
CONFIRM_ANYWAY_TITLE = "Approuver avec ces marqueurs ?"
CONFIRM_ANYWAY_TEXT = "Le texte final contiendra tels quels : {placeholders}."
CONFIRM_FINDINGS_TITLE = "Approuver malgré les alertes ?"
CONFIRM_FINDINGS_TEXT = (
    "Les vérifications bloquent ce brouillon ({count}). Approuver quand même sera inscrit au journal d'audit, "
    "avec votre nom et les alertes ignorées."
)
PUBLISHABLE = "📰 Version publiable"
FINDING_KINDS = {
    "placeholder": "marqueur inventé ou texte à compléter",
    "personal_data": "donnée de l'usager dans une réponse publique",
    "promise": "promesse",
    "greeting": "formule d'appel",
    "politeness": "formule de politesse",
    "signature": "signature",
    "ai_disclosure": "mention de l'IA",
    "length": "longueur",
    "language": "langue",
    "blame": "ton",
}
"""How the audit names each kind of finding of the checks."""
FINDINGS_HOW = (
    "⛔ bloque l'approbation : corrigez avec ✏️ Modifier, régénérez, ou « ⚠️ Approuver quand même » "
    "(inscrit au journal d'audit)."
)
CONFIRM_ANYWAY_YES = "Approuver quand même"
REGENERATE = "🎲 Régénérer"
EDIT = "✏️ Modifier"
MODEL_MENU = "Rédiger avec un autre modèle"
APPROVED_TITLE = "✅ Réponse approuvée"
EMPTY_TEXT = "_(texte vide)_"
REDRAFT_PROGRESS = "⏳ Plume rédige une nouvelle version…"
RETRYING = "⏳ Le modèle n'a pas répondu correctement : Plume réessaie (essai n° {attempt})…"
MANUAL_EDIT = "✏️ modifié à la main"
MADE_BY_MODEL = "modèle : "
RETIRED = "↩️ Remplacé par une version plus récente, plus bas dans le fil."
RETRY = "🔁 Réessayer"
RETRY_WITH = "Essayer avec {label}"
REVIEW_POSTED = "📝 Avis transmis par {user} (données personnelles masquées) :"
FIELD_SERVICE = "Service ou structure concerné"
FIELD_FEELING = "Ressenti de l'usager"
FIELD_TITLE = "Titre de l'avis"
FIELD_TEXT = "Texte de l'avis"
FIELD_DRAFT = "Réponse"
FIELD_DRAFT_MORE = "Réponse (suite, partie {number})"
FEELINGS = {"positif": "😊 Positif", "neutre": "😐 Neutre", "negatif": "😞 Négatif"}
FEELING_WORDS = {"positif": "positif", "neutre": "neutre", "negatif": "négatif"}
EMPTY_FIELD = "Ce champ ne peut pas être vide."
FIRST_PART_OFFER = (
    "📏 Cet avis fait {length} caractères ; Plume en traite {limit} au plus. "
    "Il peut rédiger à partir du début de l'avis (coupé à la fin d'une phrase ou d'un mot) : rien n'est envoyé "
    "au modèle sans votre accord."
)
FIRST_PART_BUTTON = "Rédiger à partir du début"
FIRST_PART_AGREED = "✅ Accord donné : Plume rédige à partir du début de l'avis, dans ce fil."
REFUSED = (
    "⛔ Désolé, {what} est réservé aux responsables d'équipe. Si vous pensez devoir y accéder, demandez à "
    "l'équipe qui administre Plume de vous ajouter à la liste des responsables."
)
REFUSED_WHAT = {
    Access.HOME: "l'audit",
    Access.EXPORT: "l'export d'audit",
    Access.TRAIL: "l'historique des fils",
    Access.SETTINGS: "le réglage des canaux",
    Access.PIN: "l'enregistrement des réponses types",
}
AUDIT_PERIOD_HELP = (
    "Période non reconnue : tapez par exemple `/plume audit 7j`, `/plume audit 30j` ou `/plume audit 90j`."
)
EXPORT_STARTED = "📊 Plume prépare l'export des {days} derniers jours : il arrive dans vos messages directs."
EXPORT_FAILED = "⚠️ Plume n'a pas pu vous envoyer l'export d'audit. Réessayez dans quelques minutes."
FIELD_STRUCTURE = "Nom de la structure"
FIELD_SIGNATURE = "Signature"
FIELD_POLITENESS = "Formule de politesse"
FIELD_DISCLOSURE = "Mention de l'IA"
DISCLOSURE_OPTION = "Ajouter à la fin de chaque réponse une mention indiquant l'aide de l'IA"
FIELD_DISCLOSURE_TEXT = "Texte de la mention"
FIELD_MODEL = "Modèle par défaut du canal"
PLUME_DEFAULT_MODEL = "Celui de Plume ({label})"
FIELD_CHECKS = "Vérifications des brouillons"
FIELD_PUBLIC_REPLIES = "Réponses publiques"
FIELD_GREETING = "Formule d'appel"
PUBLIC_REPLIES_OPTION = (
    "Réponses publiques (Services Publics+) : aucune donnée de l'usager dans la réponse, version publiable proposée"
)
GREETING_OPTION = "Exiger une formule d'appel (« Bonjour », « Madame, Monsieur »)"
FIELD_MIN_WORDS = "Longueur minimale d'une réponse (en mots)"
FIELD_MAX_WORDS = "Longueur maximale d'une réponse (en mots)"
WORDS_HINT = "Vide : {default} mots. Les ajouts du canal (signature, formule, mention de l'IA) ne comptent pas."

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
    Notice.STILL_DRAFTING: ("Plume est en train de rédiger : attendez la fin du brouillon en cours."),
    Notice.INSTRUCTION_QUEUED: ("Consigne notée : Plume la prendra en compte dès la fin du brouillon en cours."),
    Notice.INSTRUCTION_NOT_SAVED: (
        "⚠️ Votre consigne n'a pas pu être enregistrée (le fil a changé au même moment). Renvoyez-la."
    ),
    Notice.DRAFT_STARTED: ("Plume rédige une proposition dans le fil de ce message."),
    Notice.ALREADY_RECEIVED: ("Plume a déjà reçu ce message : la proposition est dans son fil."),
    Notice.EMPTY_REVIEW: (
        "Plume ne lit que le texte des avis : ce message n'en contient pas (fichier, image ou émojis seuls). "
        "Copiez le texte de l'avis dans un message."
    ),
    Notice.ALREADY_RETRIED: ("Une nouvelle tentative est déjà en cours pour ce brouillon."),
    Notice.AWAITING_CONFIRMATION: (
        "Consigne notée. Cet avis est trop long : confirmez d'abord, avec le bouton du fil, que Plume peut rédiger "
        "à partir de son début ; votre consigne sera appliquée au brouillon."
    ),
    Notice.RATE_LIMITED: (
        "Vous avez demandé beaucoup de brouillons au cours de la dernière heure : "
        "Plume fait une pause pour vous. Réessayez un peu plus tard."
    ),
    Notice.NOT_FRENCH: (
        "Cet avis ne semble pas rédigé en français : Plume propose quand même une réponse en français."
    ),
    Notice.EDIT_UNCHANGED: "Aucune modification : le brouillon reste tel quel.",
    Notice.UNRESOLVED_PLACEHOLDERS: (
        "⚠️ Ce brouillon contient des marqueurs que Plume ne peut pas remplacer (voir sous le texte) : "
        "corrigez-le avec ✏️ Modifier, régénérez-le, ou utilisez « ⚠️ Approuver quand même »."
    ),
    Notice.BLOCKING_FINDINGS: (
        "⛔ Les vérifications bloquent ce brouillon (voir sous le texte) : corrigez-le avec ✏️ Modifier, "
        "régénérez-le, ou utilisez « ⚠️ Approuver quand même » (inscrit au journal d'audit)."
    ),
    Notice.NOTHING_TO_PUBLISH: ("Ce brouillon ne contient aucune donnée de l'usager : il est déjà publiable tel quel."),
    Notice.NOT_SENT: (
        "🛑 Plume n'a pas pu masquer les données personnelles de cet avis : rien n'a été envoyé au modèle. "
        "Réessayez, ou signalez le problème à l'équipe qui administre Plume."
    ),
}

FAILURES = {
    DraftFailure.MODEL_UNAVAILABLE: (
        "⚠️ Le modèle a renvoyé une erreur à chaque essai : ce brouillon n'a pas pu être rédigé. "
        "Essayez un autre modèle ; si l'erreur persiste, signalez-la à l'équipe qui administre Plume."
    ),
    DraftFailure.MODEL_OVERLOADED: (
        "⏳ Le modèle est surchargé en ce moment : Plume a réessayé plusieurs fois, sans succès. "
        "Réessayez dans quelques minutes, ou essayez un autre modèle."
    ),
    DraftFailure.VAULT_EXPIRED: (
        "⌛ La durée de conservation de cette conversation est dépassée : Plume ne peut plus y revenir. "
        "Transférez de nouveau l'avis pour obtenir un brouillon."
    ),
}


typeset_constants(globals())  # last: every text above, French typography
