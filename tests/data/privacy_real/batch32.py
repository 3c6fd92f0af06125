"""Real passages, batch 32: round 8's held-out split, written blind by a new hand (families waiting for social
housing and their numéro unique, the CGSS of La Réunion and its closed offices, Caledonians stranded by the riots,
a stay in Futuna, a job seeker in Grenoble), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_CERINE = (
    "https://rmc.bfmtv.com/actualites/societe/c-est-dur-le-calvaire-de-cerine-maman-vivant-avec-son-fils-dans-"
    "24m2-radiee-des-demandeurs-hlm_AV-202302160148.html"
)
_DEBOUT = "https://debout.fr/?p=2021"
_BORDELAIS = "http://www.huffingtonpost.fr/maeva-nourry/voici-le-cauchemar-que-nous-vivons-a-cause-de-loffice-hlm/"
_CERFA = "http://letibrunet.blogspot.com/2012/04/formulaire-n14069.html"
_RETRAITES_974 = "https://www.journal.re/?p=62565"
_SAINT_LOUIS = (
    "https://www.zinfos974.com/Pierrick-Robert-Apres-la-volonte-de-fermer-l-hopital-de-St-Louis-celle-de-l-accueil-"
    "de-la-CGSS_a131370.html"
)
_ANTENNE = "https://www.zinfos974.com/L-antenne-de-la-CGSS-de-Saint-Louis-ne-recoit-plus-le-public_a131468.html"
_AFFLUENCE = "https://www.temoignages.re/social/luttes-sociales/secu-la-grande-affluence,36813"
_DEPUTE = (
    "https://imazpress.com/courrier-des-lecteurs/le-depute-adresse-une-lettre-au-directeur-de-la-cgg-sur-les-retraites"
)
_INTERSYNDICALE = (
    "https://la1ere.francetvinfo.fr/reunion/dysfonctionnements-a-la-cgss-l-intersyndicale-se-mobilise-plus-de-10-"
    "000-dossiers-retraites-en-attente-1491473.html"
)
_SEPTANTE = (
    "https://linfo.re/la-reunion/societe/714797-securite-sociale-plus-de-70-ans-de-protection-sociale-a-la-reunion-"
    "le-bilan"
)
_NOUMEA = (
    "https://france3-regions.francetvinfo.fr/auvergne-rhone-alpes/puy-de-dome/clermont-ferrand/temoignages-bloques-"
    "en-nouvelle-caledonie-en-raison-des-emeutes-ils-racontent-2973443.html"
)
_FENUA = "https://www.tahiti-infos.com/L-impossible-attente-des-Caledoniens-au-Fenua_a224037.html"
_FUTUNA = "https://brimaxafutuna.blogspot.com/2014/06"
_GRENOBLE = "https://laverty.fr/wp/2018/11/27/%f0%9f%93%a3-pole-emploi-jy-allais-a-reculons"
_GARD = (
    "https://objectifgard.com/a-la-une/gard-pionniere-et-a-lecoute-des-usagers-la-caf-fait-ecole-au-niveau-"
    "national-31411.php"
)
_AGENTS = (
    "https://petitefeuille.net/t29765n-debat-8-milliards-deuros-pour-lutter-contre-la-pauvrete-cest-bien-mais-"
    "jaurais-prefere-que-macron-fasse-le-forcing-sur-lemploi-le-vrai-social-cest-ca-d-accord-pas-d-accord"
)

RECORDS = [
    R(
        _CERINE,
        "Cérine vit, avec son fils Yassine, dans 24 mètres carrés. Un calvaire au quotidien pour cette maman et son "
        "adolescent. Pour en finir avec cette situation, elle a fait une demande de logement social en 2018 "
        "désormais introuvable.",
        pii=[("PERSONNE", "Cérine"), ("PERSONNE", "Yassine")],
    ),
    R(
        _CERINE,
        "Elle élève seule son enfant, et avec son petit salaire de chargée de clientèle, elle ne peut pas s’offrir "
        "plus que ce petit studio à 650 euros de loyer par mois, à Neuilly-Plaisance (Seine-Saint-Denis).",
        keep=["Neuilly-Plaisance", "Seine-Saint-Denis"],
    ),
    R(
        _CERINE,
        "\"Je suis allée voir l'assistante sociale avec tous mes documents et lorsqu'on a saisi mon numéro unique de "
        "demandeur (0931118004572), ils n'ont trouvé aucune trace de moi. Comme si j'avais été radiée, que je "
        "n'existais plus dans notre fichier.\"",
        pii=[("REFERENCE_DOSSIER", "0931118004572")],
        inserted=["0931118004572"],
    ),
    R(
        _DEBOUT,
        "« Pour les petits logements, il y a du roulement. Les plus grands se libèrent moins rapidement », précise "
        "Sonia, conseillère sociale pour un bailleur social d’Ile-de-France.",
        pii=[("PERSONNE", "Sonia")],
    ),
    R(
        _DEBOUT,
        "C’est le cas de Charline : « On avait un appartement avec une seule chambre. Le logement était insalubre. "
        "On a eu notre fils. A ses neuf mois, je suis allée au Centre communal d’action sociale de Margny.",
        pii=[("PERSONNE", "Charline")],
        keep=["Centre communal d’action sociale de Margny"],
    ),
    R(
        _BORDELAIS,
        "Il y a deux ans, nous avons pris la décision de quitter la région que nous habitions depuis quatre ans (la "
        "Moselle), afin de nous rapprocher de ma famille dans le bordelais. Nous avons essayé de faire les choses "
        "dans l'ordre, bien évidemment !",
        keep=["Moselle"],
    ),
    R(
        _BORDELAIS,
        "En août 2014, j'envoie donc des dossiers HLM (n° unique 0331408004127) pour ne pas partir la bouche en cœur "
        "et surtout totalement à la rue. Nous demandons un logement sur Bordeaux, plus simple pour nous qui n'avons "
        "pas le permis.",
        pii=[("REFERENCE_DOSSIER", "0331408004127")],
        keep=["Bordeaux"],
        inserted=["0331408004127"],
    ),
    R(
        _BORDELAIS,
        "Nous avons attendu une réponse. Attendu. Mais bon, le bordelais étant très prisé, je ne me suis pas "
        "forcément inquiétée de pas avoir de réponse. En novembre, j'apprends que je suis enceinte.",
    ),
    R(
        _CERFA,
        "Formulaire n°14069\n\nC'est la référence du document CERFA par lequel tout commence quand on sollicite "
        "l'accès à un logement social. Je vous raconte ?",
    ),
    R(
        _CERFA,
        "Depuis le printemps 2004, l'administration a révolutionné le système, à l'initiative de Benoist Apparu, "
        "secrétaire d’Etat chargé du Logement (UMP). On vous permet de faire une demande à n'importe quel bailleur "
        "social (HLM, commune, etc.) de votre département, qui vous remet un Numéro Unique.",
        pii=[("PERSONNE", "Benoist Apparu")],
    ),
    R(
        _CERFA,
        "Bon, on a un toit sur la tête, on n'est pas dans l'urgence. On aimerait juste pouvoir avoir une chambre de "
        "plus. Une pour Minette, et une pour ses parents. Pas très original en réalité.",
        pii=[("PERSONNE", "Minette")],
    ),
    R(
        _CERFA,
        "Le N° unique est arrivé : 077041200318, délivré avec la liste de tous les bailleurs sociaux locaux. "
        "Euh.... on fait quoi avec ça ? Aucune notice, aucune piste...",
        pii=[("REFERENCE_DOSSIER", "077041200318")],
        inserted=["077041200318"],
    ),
    R(
        _RETRAITES_974,
        "La Caisse Générale de Sécurité Sociale (CGSS) de La Réunion traverse une période de tensions marquées par "
        "des dysfonctionnements sérieux. Selon une intersyndicale composée de six syndicats, plus de 10 000 dossiers "
        "de retraite sont en attente",
        keep=["Caisse Générale de Sécurité Sociale", "CGSS", "La Réunion"],
    ),
    R(
        _SAINT_LOUIS,
        "Je déplore la fermeture de l’agence de la CGSS de Saint-Louis. Cela marque un appauvrissement de la commune "
        "de Saint-Louis, qui perd chaque jour encore un peu plus, des services utiles à la population",
        keep=["CGSS de Saint-Louis", "Saint-Louis"],
    ),
    R(
        _SAINT_LOUIS,
        "Dorénavant, il faudra utiliser les services en ligne, prendre des rendez vous sur des plates-formes "
        "internet, ou se rendre à Saint-Pierre, 80 rue du Presbytère, pour des papiers concernant l’assurance "
        "maladie, le paiement des prestations sociales, la retraite, ou encore pour l’URSSAF.",
        keep=["Saint-Pierre", "80 rue du Presbytère", "URSSAF"],
    ),
    R(
        _ANTENNE,
        "\"Cette décision de la CGSS ne fera qu'augmenter les inégalités à l'accès aux soins\", a déclaré Philippe "
        'Rangama du PEUP."Ces fermetures annoncées de services de proximité utiles à la population sont des signaux '
        'd’alarme de la dégradation constante des conditions de prise en charge des Réunionnais les plus fragiles", '
        "s’est insurgé Pierrick Robert.",
        pii=[("PERSONNE", "Philippe Rangama"), ("PERSONNE", "Pierrick Robert")],
        keep=["CGSS"],
    ),
    R(
        _ANTENNE,
        'Sur sa page Facebook, l’ancien maire de Saint-Louis, Cyrille Hamilcaro, affirme que "Saint-Louis ne peut '
        'redevenir une annexe de Saint-Pierre pour les services publics". Une pétition en ligne , qui a recueilli '
        "pour le moment 944 signatures, a également été lancée par l’élue Juliana M’Doihoma.",
        pii=[("PERSONNE", "Cyrille Hamilcaro"), ("PERSONNE", "Juliana M’Doihoma")],
        keep=["Saint-Louis", "Saint-Pierre"],
    ),
    R(
        _AFFLUENCE,
        "Plus de 600 personnes se sont rendues à la CGSS de 7h 30 à 12h00 hier matin. Et la Direction s’attend à une "
        "affluence encore plus importante pour la matinée d’aujourd’hui. Pour le public, c’est le soulagement.",
        keep=["CGSS"],
    ),
    R(
        _AFFLUENCE,
        "« Nous avons décidé d’ouvrir les portes au public pour traiter les dossiers urgents », indique Jean-Paul "
        "Phelippeau, directeur de la CGSS.",
        pii=[("PERSONNE", "Jean-Paul Phelippeau")],
        keep=["CGSS"],
    ),
    R(
        _DEPUTE,
        "Loin d'être des cas isolés, ces situations font écho aux milliers de dossiers en attente sur toute l'île "
        "(10.000 nous apprend la presse) dont le délai d'attente dépasse parfois 6 mois voire un an...\n\nCela plonge "
        "ces personnes dans la précarité alors qu'elles ont travaillé et cotisé toute leur vie.",
    ),
    R(
        _DEPUTE,
        "Je vous prie d’agréer, Monsieur le Directeur général de la CGSS de La Réunion, mes salutations distinguées.",
        keep=["CGSS de La Réunion"],
    ),
    R(
        _INTERSYNDICALE,
        '"Avec mon numéro de dossier (RET-974-2023-118462), ils ont pu retrouver mes informations personnelles, mais '
        "ils avaient perdu tous mes documents. Donc, j'ai dû refournir toutes les pièces justificatives. "
        "Aujourd'hui, on est en fin mai et je n'ai toujours pas reçu de paiement pour ma retraite.",
        pii=[("REFERENCE_DOSSIER", "RET-974-2023-118462")],
        inserted=["RET-974-2023-118462"],
    ),
    R(
        _SEPTANTE,
        '"Pour moi, au bout de 70 ans, c’est une belle réussite", estime Christophe Madika, à propos de l’action de '
        "la Sécurité sociale. Un colloque est organisé à cette occasion ce lundi 27 mars, à la Nordev.",
        pii=[("PERSONNE", "Christophe Madika")],
        keep=["Sécurité sociale"],
    ),
    R(
        _NOUMEA,
        "Antoine Lelièvre, 30 ans, est venu passr trois semaines de vacances en Nouvelle-Calédonie. Il est arrivé fin "
        "avril, pour voir un couple d'amis installé là-bas depuis 6 mois.",
        pii=[("PERSONNE", "Antoine Lelièvre")],
        keep=["Nouvelle-Calédonie"],
    ),
    R(
        _NOUMEA,
        '"On était en croisière en catamaran et notre skipper nous a dit que il y avait eu des grosses émeutes sur '
        "Nouméa. Il fallait qu'on rentre en urgence. On est rentrés. Arrivés à Nouméa, on voyait les incendies, les "
        'feux", se souvient-il.',
        keep=["Nouméa"],
    ),
    R(
        _FENUA,
        "Dimanche, comme un symbole, c’est sur la place Jacques Chirac qu’ils ont rencontré les médias locaux pour "
        "leur faire part de leur désarroi.",
        keep=["place Jacques Chirac"],
    ),
    R(
        _FUTUNA,
        "Le directeur m'emmène à l'hôtel Fia-Fia situé en bordure de mer, approximativement à 1/4 d'heure de "
        "l'hôpital en voiture. N'ayant pas de véhicule disponible il me propose de déménager d'ici quelques jours "
        "dans une chambre de passage, ce que je préfère nettement.",
    ),
    R(
        _FUTUNA,
        "Ils attendent avec impatience le bateau qui a accosté samedi sur Wallis, car les victuailles commencent à "
        "disparaître des rayons. En face de la gendarmerie, une salle de sport bien équipée.",
        keep=["Wallis", "gendarmerie"],
    ),
    R(
        _GRENOBLE,
        "Agnès (alias “Nyafox” sur Twitter) a posté quelques tweets sur son expérience Pôle Emploi. L’avertY a trouvé "
        "son point de vue original et a voulu le mettre en avant.",
        pii=[("PERSONNE", "Agnès")],
        keep=["Pôle Emploi"],
    ),
    R(
        _GRENOBLE,
        "À Grenoble, l’agence Pôle Emploi dont je dépends (identifiant 0412873G) vient de s’installer dans des "
        "locaux tout neufs, et très lumineux.",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "0412873G")],
        keep=["Grenoble", "Pôle Emploi"],
        inserted=["0412873G"],
    ),
    R(
        _GARD,
        "Depuis le mois de mars dernier, la CAF du Gard expérimente une plateforme à destination de ses usagers. Sur "
        "ce site Internet, chacun peut échanger une expérience qu'il a eu avec son service public.",
        keep=["CAF du Gard"],
    ),
    R(
        _AGENTS,
        '"J’ai combattu le cancer, je n’ai pas pu combattre Pôle emploi", va même jusqu’à écrire une autre. Les '
        "témoignages tombent les uns après les autres, la souffrance pointe à chaque ligne.",
        keep=["Pôle emploi"],
    ),
]
