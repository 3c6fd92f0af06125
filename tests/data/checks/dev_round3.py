"""Round 3 dev drafts, written by hand by the round-3 tuner before tuning the blame check on them (their first-sight
recall is reported in the README): one sentence of blame, irony or condescension, or a tricky clean sentence
(the service's self-criticism, an apology, a rule stated plainly, thanks), set in a plain reply; and a few gaps and
foreign drafts. Same tuple format as HAND."""

from __future__ import annotations

Req = dict[str, object]
TEAM: Req = {"politeness": "Cordialement,", "signature": "Le service relations usagers", "ai_disclosure": "",
             "public_replies": False}  # fmt: skip
REVIEW = "J'attends depuis deux mois une réponse sur mon dossier, personne ne me répond au téléphone. [PERSONNE_1]"
PLACEHOLDERS = ["[PERSONNE_1]"]
OPENING = "Merci pour votre message au sujet de votre dossier."
CLOSING = "Vous pouvez suivre l'avancement de votre demande dans votre espace personnel, rubrique « Mes démarches »."


def reply(sentence: str) -> str:
    return f"Bonjour,\n\n{OPENING} {sentence} {CLOSING}\n\nCordialement,\n\nLe service relations usagers"


BLAME_SENTENCES = [
    "Vous auriez pu vous épargner cette attente en lisant la notice jointe au formulaire.",
    "Il vous appartenait de signaler votre changement d'adresse dans les délais.",
    "Nous vous rappelons que les pièces justificatives doivent être envoyées avant la date limite, "
    "ce que vous n'avez pas fait.",
    "Selon vous, personne ne répond au téléphone ; nos relevés montrent pourtant des appels traités chaque jour.",
    "Vous prétendez avoir envoyé votre attestation, mais nous n'en avons aucune trace.",
    "Votre soi-disant relance n'est jamais parvenue à nos services.",
    "Nous ne manquerons pas de traiter votre dossier dès que vous aurez enfin daigné nous transmettre "
    "les pièces demandées.",
    "Il suffit de lire les consignes affichées sur la page d'accueil pour éviter ce genre de problème.",
    "Comme tout le monde, vous devez prendre rendez-vous en ligne.",
    "Faut-il vraiment préciser qu'un dossier incomplet ne peut pas être instruit ?",
    "Votre « urgence » n'est malheureusement pas plus prioritaire que celle des autres usagers.",
    "Nous vous remercions infiniment de votre patience exemplaire et de vos huit messages quotidiens.",
    "Évidemment, si vous aviez joint le bon justificatif, votre dossier serait déjà traité.",
    "Rappelons que la démarche est expliquée pas à pas sur notre site, même pour les moins habiles.",
    "Un simple coup d'œil à votre messagerie vous aurait appris que votre rendez-vous était annulé.",
    "Vous n'êtes sans doute pas sans savoir que les délais sont indiqués sur chaque courrier.",
    "Nous comprenons que la lecture d'un courrier de deux pages puisse représenter un effort.",
    "Tout était pourtant écrit noir sur blanc dans la convocation que vous avez reçue.",
    "Il était de votre devoir de vérifier que votre déclaration avait bien été enregistrée.",
    "Le retard de votre dossier s'explique entièrement par les pièces manquantes que vous avez tardé à fournir.",
    "Peut-être auriez-vous gagné du temps en appelant aux heures indiquées plutôt qu'à l'heure du déjeuner ?",
    "Si vous aviez pris la peine de lire notre précédent courriel, vous n'auriez pas eu besoin de nous relancer.",
    "Vous comprendrez qu'il nous est difficile de traiter une demande à laquelle il manque la moitié des pièces.",
    "Comme indiqué à plusieurs reprises, votre demande ne peut aboutir sans avis d'imposition.",
]
CLEAN_SENTENCES = [
    "Nous aurions dû vous répondre bien plus tôt, et nous vous prions de nous excuser pour ce silence.",
    "Il nous appartenait de vous prévenir du retard, ce que nous n'avons pas fait : c'est une erreur de notre part.",
    "Nous vous rappelons volontiers que vous pouvez aussi nous joindre par la messagerie de votre espace.",
    "Pour que le dossier soit complet, il suffit d'ajouter votre avis d'imposition dans votre espace.",
    "Comme vous l'indiquez, nos lignes téléphoniques ont été très chargées ces dernières semaines.",
    "Vous avez tout à fait raison de nous signaler ce délai, qui n'est pas acceptable.",
    "Le règlement prévoit que les justificatifs soient transmis dans un délai de deux mois.",
    "Nous vous remercions pour votre patience et pour la clarté de votre message.",
    "Votre dossier est bien complet et il est en cours d'examen par un gestionnaire.",
    "Nous regrettons sincèrement que vous n'ayez pas obtenu de réponse au téléphone.",
    "Nous ne manquerons pas de transmettre vos remarques à l'équipe d'accueil.",
    "Il fallait que nous vérifions d'abord votre situation auprès de la banque, d'où ce délai.",
    "Vous avez bien fait de nous écrire : votre message nous a permis de retrouver la pièce égarée.",
    "Pour éviter tout nouveau retard, nous avons demandé que votre dossier soit suivi par un seul gestionnaire.",
    "Nous sommes conscients que ces démarches sont compliquées, et notre site n'est pas toujours clair.",
    "Selon les informations de votre dossier, toutes les pièces ont été reçues le mois dernier.",
]
# Second batch, written after tuning on the first and before tuning on this one.
BLAME_SENTENCES_2 = [
    "Nous aurions aimé que vous fassiez preuve de la même rigueur que celle que vous exigez de nos services.",
    "Votre dossier aurait avancé bien plus vite si vous aviez répondu à notre demande de pièces en mars.",
    "Nous prenons note de votre mécontentement, même s'il aurait été plus utile de nous envoyer les pièces demandées.",
    "Il n'appartient pas à nos agents de deviner les informations que vous omettez de nous transmettre.",
    "Le délai que vous dénoncez résulte directement de votre dossier incomplet.",
    "Vous semblez considérer que votre demande doit passer avant toutes les autres.",
    "Nous vous invitons à relire le courrier du 3 mars, qui répondait déjà à toutes vos questions.",
    "Nul besoin de nous écrire cinq fois par semaine : votre demande a été enregistrée dès le premier message.",
    "Nous sommes ravis de constater que vous avez finalement trouvé le chemin de notre site internet.",
    "Votre prétendu appel du 12 mars ne figure dans aucun de nos registres.",
    "Avant de critiquer nos agents, il serait bon de vérifier que votre propre déclaration était exacte.",
    "Nous ne pouvons que constater, une fois encore, l'absence de la pièce demandée.",
    "Les informations étaient disponibles depuis des semaines pour qui voulait bien les lire.",
    "Nous doutons fortement que vous ayez réellement tenté de nous joindre à dix reprises.",
    "Comme n'importe quel usager, vous deviez respecter la date limite de dépôt.",
    "Il est assez curieux de nous reprocher un retard dont vous êtes à l'origine.",
    "Un minimum d'organisation de votre part aurait suffi à éviter cette suspension.",
    "Nous vous saurions gré de bien vouloir lire nos réponses avant de nous relancer.",
    "C'est pourtant simple : un formulaire rempli, une pièce jointe, et le tour est joué.",
    "Nous nous permettons de vous rappeler, une nouvelle fois, que le formulaire doit être signé.",
]
CLEAN_SENTENCES_2 = [
    "Nous avons mis trop de temps à traiter votre demande et nous le regrettons.",
    "Si vous le souhaitez, un conseiller peut vous aider à remplir le formulaire lors d'un rendez-vous.",
    "La réglementation impose que le formulaire soit signé ; une signature électronique suffit.",
    "Votre message nous a aidés à repérer une erreur dans notre courrier du 3 mars.",
    "Nous comprenons votre exaspération après plusieurs appels restés sans réponse.",
    "Nous vous remercions d'avoir pris le temps de nous écrire de manière aussi détaillée.",
    "Il manquait une pièce à votre dossier, que nous avons retrouvée depuis dans un autre envoi.",
    "Nos équipes auraient dû vous informer du changement de procédure, et ce n'a pas été le cas.",
    "Pour gagner du temps lors de vos prochaines démarches, vous pouvez enregistrer vos pièces dans votre espace.",
    "Nous rappelons à nos agents l'importance de répondre à chaque appel.",
    "Vous n'avez rien à faire de plus : votre dossier est complet.",
    "Votre demande a bien été reçue et sera étudiée avec attention par nos services.",
]
# Third batch, written after tuning on the first two and before tuning on this one.
BLAME_SENTENCES_3 = [
    "Une lecture même rapide de l'avis d'imposition vous aurait évité cette réclamation.",
    "Nous avons bien du mal à comprendre comment vous avez pu ignorer trois courriers recommandés.",
    "Il va de soi que l'administration n'a pas à compenser vos propres oublis.",
    "Votre mémoire vous joue sans doute des tours : aucun rendez-vous n'avait été fixé ce jour-là.",
    "Pour la troisième fois, nous vous indiquons que le dossier doit être complet.",
    "Merci de nous épargner à l'avenir ce ton désagréable, nos agents font leur travail.",
    "Vous conviendrez qu'il est difficile de verser une aide à quelqu'un qui ne déclare pas ses ressources.",
    "Nous ne sommes pas responsables de votre manque d'anticipation.",
    "À croire que les courriers que nous envoyons ne sont jamais ouverts.",
    "Sachez que les autres allocataires, eux, parviennent à remplir ce formulaire sans difficulté.",
    "Nous avons pris bonne note de vos nombreuses récriminations.",
    "Vous n'ignorez certainement pas que toute fausse déclaration est sanctionnée.",
    "Ce n'est qu'après trois relances de notre part que vous avez daigné répondre.",
    "Le site fonctionne parfaitement : il faut simplement savoir s'en servir.",
    "Nous espérons que vous saurez désormais faire preuve d'un peu plus de patience.",
    "Vous reconnaîtrez vous-même que votre demande est arrivée bien après la date limite.",
]
CLEAN_SENTENCES_3 = [
    "Votre demande a pourtant été transmise dans les délais, et c'est bien de notre côté que le retard s'est produit.",
    "Nous sommes toujours à votre disposition pour vous aider dans cette démarche.",
    "Pour déclarer un changement de situation, il suffit de vous connecter à votre espace et de choisir "
    "la rubrique dédiée.",
    "Nous vous prions de nous excuser pour les trois courriers contradictoires que vous avez reçus.",
    "Nous comprenons tout à fait que cette situation soit source d'inquiétude.",
    "Vous avez raison : l'information n'apparaissait pas clairement sur notre site.",
    "La date limite de dépôt est fixée au 31 mai ; passé ce délai, une majoration peut s'appliquer.",
    "Nous avons transmis vos remarques au responsable du service, qui en tiendra compte.",
    "Encore merci pour votre retour, qui nous aide à améliorer l'accueil.",
    "Votre dossier était incomplet à cause d'une erreur de notre logiciel, nous l'avons corrigée.",
    "Nos agents auraient dû vérifier votre situation avant de suspendre vos droits.",
]
PROMISE_SENTENCES_3 = [
    # written as clean in the third batch; the promise check rightly flags it (a date the instructions lack)
    "Un conseiller va vous rappeler d'ici la fin de la semaine pour faire le point avec vous.",
]
# Fourth batch: plain sentences of a reply (facts, rules, steps), written to measure false alarms.
CLEAN_SENTENCES_4 = [
    "Nous avons déjà reçu votre dossier, mais il manque votre dernier avis d'imposition.",
    "Vous devez simplement vous connecter à votre espace pour déposer la pièce.",
    "Votre demande est toujours en cours d'instruction, et il manque encore l'avis du médecin-conseil.",
    "Il vous suffit de nous envoyer votre RIB ; vous n'avez pas à refaire la demande.",
    "Vous n'avez pas encore reçu de réponse car votre dossier est incomplet : il manque le justificatif de domicile.",
    "Nous vous rappelons que vous devez déclarer vos ressources avant le 15 de chaque mois.",
    "Comme indiqué dans notre courrier, votre dossier est désormais complet.",
    "Vous n'avez pas besoin de vous déplacer : tout se fait en ligne.",
    "Votre dossier a été traité directement par le service des pensions, sans démarche de votre part.",
    "Enfin, sachez que vous pouvez être accompagné par une association lors de votre rendez-vous.",
    "Nous comprenons que vous deviez attendre longtemps, et nous le regrettons.",
    "Vous devez toujours conserver une copie de vos envois ; cela vous protège en cas de perte.",
    "Le formulaire est désormais plus clair, grâce aux remarques d'usagers comme vous.",
    "Nous avons vérifié : il ne manque aucune pièce, votre dossier est complet.",
    "Votre propre conseiller reste votre interlocuteur pour la suite.",
    "Ce type de situation ne devrait pas se produire, et nous avons alerté le service concerné.",
    "Uniquement si vous le souhaitez, vous pouvez demander un rendez-vous téléphonique.",
    "Nous vous remercions d'avoir signalé ce problème, qui concerne aussi d'autres usagers.",
    "Pour la deuxième fois ce mois-ci, notre site a connu une panne, et nous vous prions de nous en excuser.",
    "Vous avez déjà fait le nécessaire : aucune autre démarche n'est attendue de votre part.",
    "Vous trouverez toutes les informations sur la page dédiée, qui a été entièrement mise à jour.",
    "Il est normal que vous n'ayez pas encore de réponse : le délai d'instruction est de deux mois.",
    "Votre dossier était incomplet, mais la pièce manquante nous est parvenue hier.",
    "N'hésitez pas à nous recontacter si votre situation évolue.",
    "Nous sommes désolés que vous ayez dû vous déplacer pour rien.",
    "Merci de bien vouloir nous transmettre votre attestation employeur afin de finaliser le dossier.",
    "Comme tout le monde, nous avons été surpris par l'ampleur de la panne.",
    "Vous pouvez relire votre déclaration dans votre espace avant de la valider.",
    "Votre message est arrivé le dernier jour de la campagne, mais il a bien été pris en compte.",
    "Le retard résulte uniquement d'un problème informatique de notre côté.",
]
# Fifth batch, written after tuning on the first four and before tuning on this one.
BLAME_SENTENCES_5 = [
    "Nous avons du mal à croire que vous n'ayez reçu aucun de nos quatre courriers.",
    "Votre réclamation aurait été plus crédible accompagnée des justificatifs demandés.",
    "Chacun sait que les déclarations se font avant la date limite, et non après.",
    "Nous ne sommes pas responsables du fait que vous ne consultiez jamais votre messagerie.",
    "Au lieu de nous écrire, vous auriez mieux fait de compléter votre dossier.",
    "Nous vous conseillons vivement, la prochaine fois, de conserver vos accusés de réception.",
    "Manifestement, la lecture des courriers officiels n'est pas une priorité pour vous.",
    "Vous n'êtes pas sans ignorer que l'ignorance de la règle ne vous dispense pas de l'appliquer.",
    "Si chaque usager agissait comme vous, nos délais seraient bien plus longs.",
    "Votre impatience, bien compréhensible, ne change rien au fait que votre dossier était incomplet.",
    "Il aurait été judicieux de votre part de vérifier vos coordonnées bancaires.",
    "Quelle surprise de constater que le justificatif manquant était resté sur votre bureau !",
    "Encore aurait-il fallu que le formulaire soit signé.",
    "Vous avez visiblement confondu la caisse de retraite et la caisse d'allocations familiales.",
    "Nous attendons toujours, à ce jour, la pièce que vous affirmez nous avoir envoyée.",
    "Nous vous laissons juge de la pertinence d'écrire au service à dix heures du soir.",
]
CLEAN_SENTENCES_5 = [
    "Nous avons du mal à comprendre pourquoi votre dossier a été bloqué, et nous menons l'enquête.",
    "Votre réclamation est légitime et nous l'avons transmise au responsable du service.",
    "Chacun de nos conseillers a reçu une consigne pour accélérer le traitement des dossiers en attente.",
    "Nous sommes responsables de ce retard et nous vous présentons nos excuses.",
    "Au lieu d'attendre un courrier, vous pouvez télécharger votre attestation tout de suite.",
    "Nous vous conseillons de conserver une copie de vos envois, par précaution.",
    "La lecture de votre message nous a permis de comprendre la situation.",
    "Votre impatience est bien compréhensible après trois mois sans réponse.",
    "Il aurait été judicieux de notre part de vous prévenir du changement d'adresse du centre.",
    "Nous attendons toujours la réponse de votre ancien employeur, que nous avons relancé hier.",
    "Le justificatif que vous nous avez envoyé a bien été enregistré le 2 mars.",
    "Vous avez tout à fait le droit de contester cette décision auprès de la commission de recours.",
    "Nous avons constaté que votre adresse électronique n'était plus valide ; "
    "pouvez-vous nous en indiquer une nouvelle ?",
    "Si vous rencontrez une difficulté, un agent peut vous accompagner à l'accueil.",
    "Votre dossier, incomplet au départ, est désormais complet grâce à votre envoi du mois dernier.",
    "Nous vous remercions pour votre confiance et restons attentifs à votre situation.",
]
# Sixth batch, promises, written before tuning on it.
# (sentence, instructions) clean: the instructions support it, or nothing individual is committed
SUPPORTED_SENTENCES_6 = [
    (
        "Votre aide au logement sera rétablie dès ce mois-ci, avec le rappel des deux mois suspendus.",
        "APL rétablies ce mois-ci avec rappel des deux mois.",
    ),
    ("Le trop-perçu de 240 € est annulé : vous n'aurez rien à rembourser.", "Annule le trop-perçu de 240 euros."),
    (
        "Votre rendez-vous est fixé au jeudi 14 mars à 9 h 30, à l'agence de Lorient.",
        "RDV jeudi 14 mars 9h30 agence de Lorient.",
    ),
    (
        "Une conseillère vous appellera dans la semaine pour faire le point.",
        "Une conseillère appellera dans la semaine.",
    ),
    (
        "Votre pension sera versée à partir du 9 juillet, rappel compris.",
        "Pension versée à partir du 9 juillet avec rappel.",
    ),
    ("La majoration de 10 % a été levée, et le montant restant dû est de 0 €.", "Majoration levée, plus rien à payer."),
    ("Le délai moyen de traitement est actuellement de six semaines.", ""),
    ("Un courriel de confirmation vous sera adressé une fois la pièce enregistrée.", ""),
    ("Nous avons signalé votre situation au responsable du centre de paiement.", ""),
    ("Vous pouvez suivre l'avancement du dossier dans votre espace, qui est mis à jour chaque semaine.", ""),
    ("Nous avons demandé que votre carte soit réimprimée en priorité.", ""),
    (
        "Votre dossier a été réexaminé le 3 mai et votre demande a été acceptée.",
        "Dossier réexaminé le 3 mai, demande acceptée.",
    ),
    (
        "Le remboursement de la consultation, soit 26,50 €, interviendra sous quinze jours.",
        "Remboursement de 26,50 € sous 15 jours.",
    ),
    ("Si votre situation change, un nouveau calcul de vos droits sera effectué.", ""),
    ("Un accusé de réception vous parviendra par courrier dans les jours qui suivent votre dépôt.", ""),
    ("Vos remarques seront transmises à l'équipe qui gère le site internet.", ""),
]
# unsupported promises: must still be flagged
PROMISE_SENTENCES_6 = [
    "Votre aide sera rétablie dès la semaine prochaine.",
    "Nous vous rembourserons les 60 € avancés chez le médecin.",
    "Votre dossier sera traité en priorité et vous aurez une réponse sous huit jours.",
    "La pénalité de retard vous sera remise intégralement.",
    "Un conseiller vous rappellera demain matin.",
    "Votre carte vous parviendra d'ici vendredi.",
    "Vous percevrez un rappel de trois mois dès le prochain versement.",
    "Nous vous garantissons une réponse favorable.",
]
# Seventh batch, written after tuning on the first six and before tuning on this one.
BLAME_SENTENCES_7 = [
    "Nous ne pouvons être tenus pour responsables de votre distraction.",
    "Il est regrettable que vous ayez attendu trois mois avant de nous signaler ce problème.",
    "Que ne nous avez-vous prévenus plus tôt !",
    "Votre courrier, pour le moins confus, ne nous a pas permis d'identifier votre demande.",
    "Nous restons perplexes face à votre affirmation selon laquelle personne ne vous a répondu.",
    "Vous êtes le seul usager à rencontrer cette difficulté avec notre formulaire.",
    "Un peu de bon sens aurait suffi à comprendre que le guichet est fermé le dimanche.",
    "Nous vous prions de cesser de harceler nos agents au téléphone.",
    "Il ne nous semble pas excessif de demander une pièce d'identité lisible.",
    "Nous espérons que cette explication, pourtant déjà fournie, sera enfin comprise.",
    "Malgré nos nombreux rappels, vous n'avez jamais jugé utile de nous répondre.",
    "Vous avez préféré attendre la dernière minute, ce qui explique la situation actuelle.",
]
CLEAN_SENTENCES_7 = [
    "Il est regrettable que votre dossier ait été égaré : nous en sommes responsables.",
    "Nous restons à votre disposition pour toute précision.",
    "Vous êtes nombreux à nous avoir signalé cette difficulté avec le formulaire, et nous le corrigeons.",
    "Votre courrier était très clair, et il nous a permis d'identifier rapidement l'erreur.",
    "Malgré nos rappels internes, votre dossier n'a pas été traité à temps ; nous le regrettons.",
    "Nous avons préféré attendre la réponse de la banque pour vous donner une information fiable.",
    "Le guichet est fermé le dimanche ; les horaires sont disponibles sur notre site.",
    "Une pièce d'identité lisible est nécessaire pour finaliser la demande ; une photo suffit.",
    "Nous vous remercions pour votre patience et votre compréhension.",
    "Vous avez tout à fait raison, et nous aurions dû vous répondre plus tôt.",
    "Nous comprenons que vous ayez été surpris par ce courrier, qui manquait d'explications.",
    "Cette explication aurait dû vous être donnée dès votre premier appel.",
]
# Eighth batch, written after tuning on the first seven and before tuning on this one.
BLAME_SENTENCES_8 = [
    "Nous prenons acte de votre énième protestation.",
    "Votre dossier n'avance pas, certes, mais encore faudrait-il que vous répondiez à nos courriers.",
    "Il vous aurait fallu quelques minutes à peine pour vérifier votre relevé bancaire.",
    "Permettez-nous de douter que vous ayez réellement cherché l'information sur notre site.",
    "Nous avons, pour notre part, respecté toutes nos obligations ; nous ne saurions en dire autant de vous.",
    "Un formulaire correctement rempli aurait évité à tout le monde cette perte de temps.",
    "À l'évidence, les consignes de notre courrier vous ont échappé.",
    "Vous n'êtes visiblement pas familier des démarches en ligne, ce qui explique vos difficultés.",
    "Nous vous rassurons : nos agents savent lire, contrairement à ce que votre message laisse entendre.",
    "Ce genre de réclamation nous parvient surtout de la part d'usagers qui n'ont pas lu leur convocation.",
    "Rien ne sert de nous écrire en majuscules, votre message n'en sera pas traité plus vite.",
    "Vous voudrez bien, à l'avenir, adopter un ton plus courtois avec nos agents.",
]
CLEAN_SENTENCES_8 = [
    "Nous prenons acte de votre réclamation et nous l'avons transmise au service concerné.",
    "Votre dossier n'avance pas aussi vite que prévu, et nous en sommes désolés.",
    "Il vous faudra quelques minutes pour remplir le formulaire en ligne, et un conseiller peut vous aider.",
    "Nous avons, pour notre part, vérifié que toutes les pièces de votre dossier étaient bien enregistrées.",
    "Les consignes de notre courrier n'étaient pas assez claires, et nous allons les reformuler.",
    "Si les démarches en ligne vous posent difficulté, vous pouvez être reçu sur rendez-vous.",
    "Nous vous rassurons : votre demande a bien été enregistrée et votre dossier est complet.",
    "Ce type de réclamation nous aide à repérer les points à améliorer dans nos courriers.",
    "Votre message a été lu avec attention par le responsable du service.",
    "Nous vous remercions d'avoir pris le temps de nous écrire malgré vos nombreuses démarches.",
    "À l'avenir, vous pourrez suivre chaque étape de votre demande dans votre espace personnel.",
    "Nos agents ont été sensibilisés à la nécessité de répondre plus rapidement aux appels.",
]
# Ninth batch, written after tuning on the first eight and before tuning on this one.
BLAME_SENTENCES_9 = [
    "Sans vouloir vous contredire, aucun appel de votre part n'apparaît dans notre historique.",
    "Nous nous étonnons que vous découvriez seulement aujourd'hui une règle en vigueur depuis dix ans.",
    "Vous auriez tout intérêt à lire les documents que vous signez.",
    "Apparemment, vous avez oublié de joindre la pièce principale, comme la dernière fois.",
    "Votre courriel, rédigé à la hâte, ne comportait ni votre numéro ni l'objet de votre demande.",
    "Il serait temps de prendre vos démarches au sérieux.",
    "Nous ne pouvons pas faire votre déclaration à votre place.",
    "Contrairement à vos dires, le courrier vous a bien été remis en main propre.",
    "Visiblement, la notion de date limite vous est étrangère.",
    "Si le formulaire vous paraît trop compliqué, peut-être faudrait-il vous faire aider.",
    "Nous avons bien ri en lisant que nos agents dormaient au guichet.",
    "Comme vous le savez sans doute, ou devriez le savoir, la déclaration est annuelle.",
]
CLEAN_SENTENCES_9 = [
    "Sans attendre votre prochain message, nous avons relancé le service concerné.",
    "Nous nous étonnons, comme vous, que ce courrier vous soit parvenu avec trois semaines de retard.",
    "Vous avez tout intérêt à conserver ce courrier, qui vaut attestation.",
    "Il semble qu'une pièce se soit égarée lors du transfert de votre dossier entre nos services.",
    "Votre courriel était complet et nous a permis de traiter rapidement votre demande.",
    "Nous prenons très au sérieux le problème que vous décrivez.",
    "Un conseiller peut remplir la déclaration avec vous lors d'un rendez-vous.",
    "Conformément à votre demande, le courrier vous sera désormais envoyé par voie électronique.",
    "La date limite a été repoussée au 30 juin pour tenir compte de la panne.",
    "Si le formulaire vous paraît compliqué, nos conseillers peuvent vous aider à le remplir.",
    "Nous avons lu avec attention votre message sur l'accueil au guichet.",
]
PROMISE_SENTENCES_9 = [
    # written as clean in the ninth batch; the promise check rightly flags it (a date the instructions lack)
    "Comme vous le savez, la déclaration est annuelle ; nous vous enverrons un rappel en avril.",
]
GAPS = [
    "Votre conseillère, [Prénom], vous recevra à l'agence.",
    "Votre dossier est suivi par [nom de l'agent], joignable au standard.",
    "Le gestionnaire [PERSONNE 3] a bien reçu vos pièces.",  # invented: the review has [PERSONNE_1] only
    "Votre numéro de dossier est le XXX, à rappeler dans vos échanges.",
    "Vous pouvez joindre le service au 01 XX XX XX XX du lundi au vendredi.",
]
FOREIGN = [
    "Bonjour,\n\nThank you for your message about your file. We are sorry that nobody answered the phone. You can "
    "follow your request in your personal space.\n\nCordialement,\n\nLe service relations usagers",
    "Bonjour,\n\nGrazie per il suo messaggio. Siamo spiacenti per il ritardo nella risposta: la sua pratica è in "
    "corso di esame e potrà seguirla nel suo spazio personale.\n\nCordialement,\n\nLe service relations usagers",
]

ROUND3: list[tuple[str, str, str, list[str], dict[str, object], list[str]]] = [
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["blame"]) for s in BLAME_SENTENCES],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, []) for s in CLEAN_SENTENCES],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["blame"]) for s in BLAME_SENTENCES_2],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, []) for s in CLEAN_SENTENCES_2],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["blame"]) for s in BLAME_SENTENCES_3],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, []) for s in CLEAN_SENTENCES_3],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, []) for s in CLEAN_SENTENCES_4],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["blame"]) for s in BLAME_SENTENCES_5],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, []) for s in CLEAN_SENTENCES_5],
    *[(reply(s), REVIEW, i, PLACEHOLDERS, TEAM, []) for s, i in SUPPORTED_SENTENCES_6],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["promise"]) for s in PROMISE_SENTENCES_6],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["blame"]) for s in BLAME_SENTENCES_7],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, []) for s in CLEAN_SENTENCES_7],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["blame"]) for s in BLAME_SENTENCES_8],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, []) for s in CLEAN_SENTENCES_8],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["blame"]) for s in BLAME_SENTENCES_9],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, []) for s in CLEAN_SENTENCES_9],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["promise"]) for s in PROMISE_SENTENCES_9],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["promise"]) for s in PROMISE_SENTENCES_3],
    *[(reply(s), REVIEW, "", PLACEHOLDERS, TEAM, ["placeholder"]) for s in GAPS],
    *[(d, REVIEW, "", PLACEHOLDERS, TEAM, ["language"]) for d in FOREIGN],
]
