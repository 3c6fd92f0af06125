"""Real passages, batch 12: third held-out round (La Poste, CAF seen by its users, DGFiP, MDPH), pages in no
earlier split. See README.md."""

from tests.data.privacy_real.record import R

_TENDANCEOUEST = "https://www.tendanceouest.com/actualite-8612-pol-eacute-mique-autour-de-la-poste-de-saint-l-ocirc"
_FEUFOL = "https://feufol.fr/category/a-vif/page/9"
_JUSTPASTE = "https://justpaste.it/6elyd"
_EN3S = "https://en3s.fr/2018/04/26/la-cnaf-remporte-la-2eme-edition-du-prix-soyons-clairs"
_PRESSREADER = "https://www.pressreader.com/france/le-point/20191010/282338271625012"
_NOSDEPUTES = "https://www.nosdeputes.fr/15/seance/4681"
_PLACEHANDICAP = "https://place-handicap.fr/spip.php?article4"
_TF1POSTE = "https://www.tf1.fr/tf1/jt-13h/videos/la-poste-les-clients-excedes-que-se-passe-t-il-09203367.html"
_DJAZAIRESS = "https://djazairess.com/fr/elwatan/298421"
_ECONOSTRUM = "https://econostrum.info/?p=115136"
_AIRAVIS = "https://www.airavis.fr/avis-usagers-caf-cpam-pole-emploi"
_MONDESNUM = "https://lesmondesnumeriques.net/2019/02/07/la-caf-et-lexperience-utilisateur"
_PUPIL = "https://pupil-app.fr/ressources/vie-quotidienne/fin-de-droit-aah-comment-faire"

RECORDS = [
    R(
        _TENDANCEOUEST,
        "Une fermeture qui va durer plusieurs semaines pour cause de travaux. Mais depuis le début de la semaine, c'est la galère pour les usagers qui ne savent pas ou aller chercher leurs lettres et colis.",
    ),
    R(
        _TENDANCEOUEST,
        "L'UFC que choisir est montée au créneau pour demander à la direction de la Poste de bouger. Jacky Hébert, responsable départemental de l'UFC Que Choisir en tête...",
        pii=[("PERSONNE", "Jacky Hébert")],
        keep=["Poste"],
    ),
    R(
        _TENDANCEOUEST,
        "Le bureau du Val Saint Jean est encombré et la clientèle est perturbée par un fonctionnement à la limite du scandale! colis en instance n° 6A 145 872 993 10, avis de passage du 12/03",
        pii=[("REFERENCE_DOSSIER", "6A 145 872 993 10")],
        keep=["Val Saint Jean"],
        inserted=["6A 145 872 993 10"],
    ),
    R(
        _FEUFOL,
        "Il y a toujours un coté un peu beauf à critiquer la Poste, mais à l’instant je suis vraiment en colère et je crois que c’est parfaitement justifié.",
        keep=["Poste"],
    ),
    R(
        _FEUFOL,
        "J’ai donc décidé de profiter des quelques heures qui me séparaient de mon train du matin pour me rendre à la Poste et faire plusieurs opérations sur un compte épargne.",
        keep=["Poste"],
    ),
    R(
        _FEUFOL,
        "Puisqu’elle est la plus proche de la gare je me suis rendu à la Poste centrale dont les locaux ont été fraichement rénovés. Désormais il faut être muni d’un ticket pour accéder au guichets.",
        keep=["Poste centrale"],
    ),
    R(
        _JUSTPASTE,
        "« Je n’ai jamais eu le fin mot de l’histoire » : pourquoi la CAF est une boîte noire pour ses allocataires par Manon Romain et Adrien Sénécat",
        pii=[("PERSONNE", "Manon Romain"), ("PERSONNE", "Adrien Sénécat")],
        keep=["CAF"],
    ),
    R(
        _JUSTPASTE,
        "« Pendant toute une période de ma vie, j’ai eu une nouvelle routine matinale : je me lève, je me fais un café, j’appelle ma CAF », se souvient Léa.",
        pii=[("PERSONNE", "Léa")],
        keep=["CAF"],
    ),
    R(
        _JUSTPASTE,
        "Cette musicienne, bénéficiaire du RSA en Eure-et-Loir, a bataillé toute l’année 2023 pour rétablir ses droits à la suite d’une erreur dans le traitement de son dossier.",
        keep=["Eure-et-Loir"],
    ),
    R(
        _JUSTPASTE,
        "Catherine, mère de trois enfants installée à Amiens, raconte ainsi n’avoir jamais compris pour quel motif le versement de sa prime d’activité a un temps été interrompu.",
        pii=[("PERSONNE", "Catherine")],
        keep=["Amiens"],
    ),
    R(
        _JUSTPASTE,
        "Plus de 20 000 personnes s’estimant lésées saisissent chaque année le service de médiation des CAF, et quatre cas sur dix aboutissent à des régularisations de dossiers.",
        keep=["CAF"],
    ),
    R(
        _JUSTPASTE,
        "je m'appelle léa, allocataire 1478 523 caf de chartres, ça fait 11 mois que j'attends une réponse de la médiatrice",
        pii=[("PERSONNE", "léa"), ("NUMERO_ALLOCATAIRE", "1478 523")],
        keep=["caf de chartres"],
        inserted=["léa", "1478 523"],
    ),
    R(
        _EN3S,
        "Le jury a décerné le Grand Prix à Pierre David, directeur adjoint de la Caf de la Haute-Loire et chef de projet « Mon compte » du site caf.fr à la Cnaf.",
        pii=[("PERSONNE", "Pierre David")],
        keep=["Caf de la Haute-Loire", "Cnaf"],
    ),
    R(
        _EN3S,
        "Il est porté par le Conseil d’orientation de l’édition publique et de l’information administrative (COEPIA) et le Défenseur des droits.",
        keep=["Défenseur des droits"],
    ),
    R(
        _PRESSREADER,
        "C’est dans un building en verre, à Noisy-le-Grand, en région parisienne, que la très austère Direction générale des finances publiques a installé une équipe de 300 personnes chargée de sa transformation digitale.",
        keep=["Noisy-le-Grand", "Direction générale des finances publiques"],
    ),
    R(
        _PRESSREADER,
        "Son directeur, Yannick Girault, accueille dans le LAB 4, meublé d’un canapé bleu, de chaises jaune et gris.",
        pii=[("PERSONNE", "Yannick Girault")],
    ),
    R(
        _PRESSREADER,
        "Pour la résorber, Gérald Darmanin promet une hausse des crédits informatiques de 65 millions d’euros en 2020",
        pii=[("PERSONNE", "Gérald Darmanin")],
    ),
    R(
        _NOSDEPUTES,
        "Présidence de M. Éric Woerth, Président. La commission entend M. Jérôme Fournel, directeur général des finances publiques.",
        pii=[("PERSONNE", "Éric Woerth"), ("PERSONNE", "Jérôme Fournel")],
    ),
    R(
        _NOSDEPUTES,
        "Je vous remercie de m'accueillir pour répondre à vos questions sur l'évolution de la DGFiP. C'est une maison toujours en travaux : certes, elle se transforme en permanence, mais pendant les travaux le service public continue.",
        keep=["DGFiP"],
    ),
    R(
        _PLACEHANDICAP,
        "Si vous déposez votre demande après la date d’échéance du droit précédent, aucun rétroactivité de droit ne sera appliquée pour les mois compris entre la fin du droit précédent et la date de dépôt du prochain.",
    ),
    R(
        _PLACEHANDICAP,
        "La CAF verse les allocations (AAH et AEEH) le mois suivant la date de dépôt (c’est-à-dire le mois suivant la date d’ouverture du droit par la MDPH).",
        keep=["CAF", "MDPH"],
    ),
    R(
        _PLACEHANDICAP,
        "bonjour, dossier mdph de mon fils kylian né le 8 juin 2012, déposé le 2 février, n° de dossier 2024 - 03 - 18877, toujours pas de réponse de la CDAPH",
        pii=[("PERSONNE", "kylian"), ("DATE_NAISSANCE", "8 juin 2012"), ("REFERENCE_DOSSIER", "2024 - 03 - 18877")],
        keep=["mdph", "CDAPH"],
        inserted=["kylian", "8 juin 2012", "2024 - 03 - 18877"],
    ),
    R(
        _TF1POSTE,
        "Bureaux fermés ou ouverts seulement quelques heures par jour, absence de personnel et mépris des clients, le scandale de La Poste continue.",
        keep=["La Poste"],
    ),
    R(
        _TF1POSTE,
        "À Toulouse, la moitié des bureaux de poste sont fermés. Avant même l'ouverture, la file d'attente est déjà interminable sur les trottoirs.",
        keep=["Toulouse"],
    ),
    R(
        _DJAZAIRESS,
        "Dès l'ouverture des portes du bureau de poste, une foule compacte s'amasse. C'est la cohue et c'est à celui qui arrivera le premier afin d'éviter les interminables files devant l'un des trois guichets.",
    ),
    R(
        _ECONOSTRUM,
        "Une enquête publiée par Harris Interactive révèle que la Caf et France Travail sont en bas du classement des services publics.",
        keep=["Caf", "France Travail"],
    ),
    R(
        _ECONOSTRUM,
        "Pour la Caf, seulement 59% des usagers estiment que leurs dossiers sont traités dans des délais raisonnables, un score bien en deçà de la moyenne nationale. c'est sur, moi ça fait 4 mois ! signé nathalie r., allocataire caf 92",
        pii=[("PERSONNE", "nathalie")],
        keep=["Caf"],
        inserted=["nathalie r."],
    ),
    R(
        _AIRAVIS,
        "Parmi les institutions les plus sollicitées figurent notamment la Caisse d’Allocations Familiales (CAF), la Caisse Primaire d’Assurance Maladie (CPAM) et Pôle emploi.",
        keep=["Caisse d’Allocations Familiales", "CAF", "Caisse Primaire d’Assurance Maladie", "CPAM", "Pôle emploi"],
    ),
    R(
        _MONDESNUM,
        "J’ai également pu observer des allocataires de la caisse nationale d’allocations familiales grâce à une étude d’ethnométodologie qui m’a permis de suivre leur parcours utilisateur sur le site caf.fr et l’application mobile « CAF Mon Compte ».",
        keep=["caisse nationale d’allocations familiales"],
    ),
    R(
        _PUPIL,
        "Vous retrouverez le date de fin de droits sur la notification de décision que vous avez reçue. Si le document est devenu illisible ou que vous l’avez perdu, contactez la MDPH qui a attribué les droits pour obtenir une copie.",
        keep=["MDPH"],
    ),
]
