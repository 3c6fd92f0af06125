"""Real passages, batch 7: second held-out round (CAF, préfectures, mairies, chômage), pages in neither split of
round 1. See README.md."""

from tests.data.privacy_real.record import R

_CATTIER = "https://emmanuelcattier.blogspot.com/2022/09/votre-caf-traite-les-dossiers-entre-le.html"
_INSPIRE_SUSP = "https://inspirefrance.fr/?p=36550"
_INSPIRE_OUBLI = "https://inspirefrance.fr/oubli-critique-formulaires-caf-droits-2025/amp"
_BRIK = "http://brikbrakbrok.blogspot.com/2017/10/terreur-la-caisse-dassurance-familiale.html"
_OUIGOUR = "http://ouigour.over-blog.com/article-27782561.html"
_HAUTCOURANT = "http://hautcourant.com/Le-long-chemin-des-etrangers-vers,1467"
_YABILADI = "https://yabiladi.com/articles/details/7661/france-quand-l-administration-immigres-supplice.html"
_HADYBA = "https://hadyba.wordpress.com/2011/09/06/mon-prefet-est-une-star/"
_SELIM = "http://carpediem-selim.blogspot.com/2007/12/titre-de-sjour.html"
_REBELLYON = "https://rebellyon.info./Maltraitance-des-etrangerEs-par-la"
_LEGAVOX = "https://legavox.fr/forum/droit-general/stationnement-trottoirs_66550_1.htm"
_C100FIN = "http://c100fin.fr/spip.php?article224"
_FELIHO = "https://feliho.fr/4-mes-correspondances/43-les-tiers/signe-raoul-feliho"
_ASLA = "http://asla44.fr/?p=58248"
_RAVIGNON = "http://borisravignon.over-blog.fr/article-lettre-ouverte-a-monsieur-le-maire-121357680.html"
_WVINCENT = "http://wvincent.fr/stationnement-maire-passe-limite/"

RECORDS = [
    R(
        _CATTIER,
        "Il faut le voir pour y croire. Le 5 septembre 2022 la Caisse d'allocation familiale du Bas-Rhin traite les dossiers Rsa et Aah arrivés entre le 11 aout 2022 et 26 août 2022.",
        keep=["Caisse d'allocation familiale", "Bas-Rhin", "Rsa", "Aah"],
    ),
    R(
        _CATTIER,
        "Il se trouve que depuis deux ans je suis le dossier CAF d'une amie immigrée. Son dossier est bloqué depuis plusieurs années, car un courrier avait été envoyé à son nom de jeune fille et sa boite aux lettres porte son nom d'usage.",
        keep=["CAF"],
    ),
    R(
        _CATTIER,
        "Résultat des courriers sans réponse et clôture du compte. La CAF disposait pourtant de son numéro de téléphone et de son mail. Son numéro d'allocataire est le 4417382 J.",
        pii=[("NUMERO_ALLOCATAIRE", "4417382 J")],
        keep=["CAF"],
        inserted=["4417382 J"],
    ),
    R(
        _CATTIER,
        "Elle vit seule avec sa fille. Fin 2016, elle découvre le système du CESU obtient assez rapidement une petite dizaine de clients, puis un an plus tard un mi-temps dans une association.",
        keep=["CESU"],
    ),
    R(
        _CATTIER,
        "Revenons donc à la CAF. Comment débloquer ce dossier ? Tout se fait en ligne. Les codes d'accès au compte fonctionnent, mais le dossier est clos. On est fin 2020.",
        keep=["CAF"],
    ),
    R(
        _CATTIER,
        "On apprend l'histoire du courrier revenu sans destinataire à cause du nom sur la boite. La CAF rectifie le nom du compte, puis rien ne se passe ensuite. elle habite toujours au 12 allée des Tilleuls à Schiltigheim.",
        pii=[("ADRESSE", "12 allée des Tilleuls")],
        keep=["CAF", "Schiltigheim"],
        inserted=["12 allée des Tilleuls"],
    ),
    R(
        _INSPIRE_SUSP,
        "« J’ai cru faire tout correctement sur l’application, mais j’ai omis une case à cocher dans un sous-menu », explique Sylvain Roque, père isolé à Toulouse. Son erreur lui a coûté deux mois d’allocations logement.",
        pii=[("PERSONNE", "Sylvain Roque")],
        keep=["Toulouse"],
    ),
    R(
        _INSPIRE_SUSP,
        "« Quand j’ai repris un travail à mi-temps, je n’ai pas pensé à le déclarer dans les 72 heures », témoigne Karima Belkacem, aide-soignante à Lyon. Résultat : un trop-perçu de 800€ qu’elle doit rembourser.",
        pii=[("PERSONNE", "Karima Belkacem")],
        keep=["Lyon"],
    ),
    R(
        _INSPIRE_SUSP,
        "Lorsque Marine et Théo Lavigne, jeunes parents nantais, ont vu leurs allocations s’arrêter net, ils ont dû choisir entre payer la crèche ou les courses. « On a vécu quinze jours sur nos économies de vacances », raconte Marine, les larmes aux yeux.",
        pii=[("PERSONNE", "Marine"), ("PERSONNE", "Théo Lavigne")],
    ),
    R(
        _INSPIRE_SUSP,
        "Le passage au tout numérique devait simplifier la vie des allocataires. Pourtant, depuis janvier, le nouveau portail de déclaration trimestrielle de la CAF génère plus de confusion que d’efficacité. Vous pouvez joindre Sylvain au 06 71 28 40 93.",
        pii=[("PERSONNE", "Sylvain"), ("TELEPHONE", "06 71 28 40 93")],
        keep=["CAF"],
        inserted=["06 71 28 40 93"],
    ),
    R(
        _INSPIRE_OUBLI,
        "À travers le récit de Lucas, ancien chargé de traitement des dossiers, et les histoires de bénéficiaires impactés, cet article explore les failles d’un système qui, malgré ses bonnes intentions, peut parfois nuire à ceux qu’il est censé aider.",
        pii=[("PERSONNE", "Lucas")],
    ),
    R(
        _INSPIRE_OUBLI,
        "Lucas, 34 ans, a travaillé pendant six ans au sein de la CAF, principalement sur le traitement des demandes en ligne. Il a commencé comme agent d’accueil avant d’être formé au suivi des dossiers.",
        pii=[("PERSONNE", "Lucas")],
        keep=["CAF"],
    ),
    R(
        _INSPIRE_OUBLI,
        "Selon lui, ces rejets ne sont pas toujours signalés clairement aux usagers. Beaucoup apprennent le refus seulement des semaines plus tard, quand l’aide attendue n’arrive pas.",
    ),
    R(
        _INSPIRE_OUBLI,
        "« Ce n’est pas de la mauvaise volonté de leur part. C’est qu’ils ne comprennent pas que ce petit champ vide peut tout bloquer. » ma demande porte la référence DEM-2025-0418377, merci de regarder",
        pii=[("REFERENCE_DOSSIER", "DEM-2025-0418377")],
        inserted=["DEM-2025-0418377"],
    ),
    R(
        _BRIK,
        "La CAF et l'Assurance Maladie sont les comiques troupiers de l'administration française. Le taux de renseignements erronés donnés par les personnels de ces administrations est effroyable dès que la question n'est pas totalement simple.",
        keep=["CAF", "Assurance Maladie"],
    ),
    R(
        _BRIK,
        "Je téléphone. J'attends dix minutes (payantes). On me dit qu'il faut remplir un dossier et qu'on va donc m'envoyer ce dossier - c'est le seul moyen. Quinze jours passent et je ne vois rien venir.",
    ),
    R(
        _BRIK,
        "Mais, me dit la fonctionnaire, vous pouvez aussi télécharger le dossier sur internet ! Et comme vous n'avez pas encore de numéro d'allocataire, vous pouvez le déposer dans n'importe quelle CAF !",
        keep=["CAF"],
    ),
    R(
        _BRIK,
        "Le lendemain, je vais dans la CAF la plus proche et on me dit qu'il n'y a personne, que ce sont les vacances scolaires… mais on finit par m'ouvrir. La dame - aimable - m'explique qu'il n'est pas possible de recevoir un dossier s'il ne correspond pas à la CAF de rattachement.",
        keep=["CAF"],
    ),
    R(
        _BRIK,
        "La CAF du Havre, photo empruntée à Normandie 76 Actu - j'espère qu'on me pardonnera. Quand j'ai voulu prendre une photo, mon appareil est tombé en rade. Un signe, non ?",
        keep=["CAF", "Havre"],
    ),
    R(
        _OUIGOUR,
        "Pour toutes les demandes, que cela concerne un titre de séjour ou un changement de statut, que vous habitiez proche ou loin de la préfecture, vous devez dans tous les cas prévoir de venir le plus tôt possible.",
        keep=["préfecture"],
    ),
    R(
        _OUIGOUR,
        "Vous avez un rendez-vous à 14h ? Si la préfecture de Paris respecte peut être les horaires, vous ne pouvez pas attendre cela de la part des autres : dans le dictionnaire de la préfecture, le mot « rendez-vous » n’existe pas.",
        keep=["préfecture de Paris"],
    ),
    R(
        _OUIGOUR,
        "De toute façon, le slogan de la préfecture est « Il faut attendre ». Les derniers tickets sont distribués à 9h du matin, et pour les gens qui arrivent après, plus de ticket, il faut revenir le lendemain matin, plus tôt.",
        keep=["préfecture"],
    ),
    R(
        _OUIGOUR,
        "Pourtant, la préfecture n’ouvre qu’à 8h30 : la longue queue devant la grande porte noire s’allonge donc jusqu’à plusieurs centaines de mètres. Mon récépissé porte le numéro 7502381946, il expire le 30 mars.",
        pii=[("REFERENCE_DOSSIER", "7502381946")],
        keep=["préfecture"],
        inserted=["7502381946"],
    ),
    R(
        _HAUTCOURANT,
        "Grande épreuve ? Pour entrer à la préfecture de l’Hérault, les étrangers hors Union Européenne doivent passer un contrôle de police. L’intérieur du bâtiment se divise en deux parties : au rez-de-chaussée, l’accueil des étrangers et à l’étage, la résidence du préfet.",
        keep=["préfecture de l’Hérault"],
    ),
    R(
        _HAUTCOURANT,
        "« Prenez un ticket ici ! », crie une femme sur un ton autoritaire. Cette fonctionnaire est chargée d’orienter les étrangers. Les guichets, où les titres de séjour et les récépissés sont délivrés, sont fermés pour la pause-déjeuner.",
    ),
    R(
        _HAUTCOURANT,
        "« Non, c’est faux en fait. Ça commence toujours à partir de 13h15 », remarque un étudiant étranger qui va être le premier à passer. « Je suis là depuis 11h ! Ça fait 2h que je suis debout. »",
    ),
    R(
        _HAUTCOURANT,
        "Même pour une jeune maman musulmane avec son bébé, il n’y a pas d’exception. « Moi aussi j’attends depuis 2h. Le problème c’est que je ne peux pas aller aux toilettes avant de prendre un ticket. Si je sors de la file, on me prend ma place. »",
    ),
    R(
        _YABILADI,
        "«Les gens font la queue dès deux heures du matin, parfois avec des bébés, c'est insupportable», témoigne Elise Fontaine, de l'Association de solidarité avec tous les immigrés (ASTI), au quotidien français Libération.",
        pii=[("PERSONNE", "Elise Fontaine")],
        keep=["Libération"],
    ),
    R(
        _YABILADI,
        "En Gironde par exemple, le guichet d’accueil des étrangers est désormais fermé le vendredi. Le site internet de la préfecture annone même que cette situation durera jusqu’à la fin de l’année.",
        keep=["Gironde", "préfecture"],
    ),
    R(
        _YABILADI,
        "Il faut ajouter à tout ceci le fait que certaines administrations se fixent un quota de personnes à recevoir par jour. À Caen, on reçoit une quarantaine par jour. Au-delà, il faut revenir le lendemain.",
        keep=["Caen"],
    ),
    R(
        _HADYBA,
        "Je peux vous assurer que tout est vrai, la personne parle de MA préfecture où je me rends chaque année depuis 6 ans pour renouveler mon titre de séjour. Essayez Bobigny ou Créteil, si vous tenez à être réellement horrifié.",
        keep=["préfecture", "Bobigny", "Créteil"],
    ),
    R(
        _HADYBA,
        "Autrement, la dernière fois que j’y étais (le 18/08), je me suis fritté avec la dame du guichet parce qu’elle m’a tranquillement accusé de lui avoir menti et a essayé de me faire la morale sur le mensonge.",
    ),
    R(
        _HADYBA,
        "Alain said, on septembre 7, 2011 at 5:29 Qu’est ce qui empêche de donner des RV par téléphone, lettre ou même par Internet ? A ma mairie on prend RV par téléphone pour tout ce qui est papier et on n’attend pas.",
        pii=[("PERSONNE", "Alain")],
        keep=["mairie"],
    ),
    R(
        _HADYBA,
        "Pour être juste: cette année a été la pire à la Préfecture d’Évry. J’ai cru comprendre qu’ils manquaient de personnel et qu’ils faisaient des travaux pour réaménager le service.",
        keep=["Préfecture d’Évry"],
    ),
    R(
        _SELIM,
        "Je me suis connecté sur le site de la prefecture le 1er Novembre, soit deux mois avant la fin de validité de mon titre de séjour, pour réserver un rdv. Premier rdv disponible: le 8 janvier!",
        keep=["prefecture"],
    ),
    R(
        _SELIM,
        "J'ai donc décidé d'y aller sans rdv et essayer de leur expliquer la particulaité de mon cas...Je dis bien essayer, car les fonctionnaires de la prefecture n'aiment pas trop la discussion, ni les explications...",
        keep=["prefecture"],
    ),
    R(
        _SELIM,
        "J'arrive donc à 8h30 du matin mardi dernier, et il y avait déjà une centaine de personnes devant moi. né le 14/02/1985 à Sfax, mon numéro étranger est le 7503214869",
        pii=[("DATE_NAISSANCE", "14/02/1985"), ("REFERENCE_DOSSIER", "7503214869")],
        keep=["Sfax"],
        inserted=["14/02/1985", "7503214869"],
    ),
    R(
        _REBELLYON,
        "Vous vous présentez à la Préfecture à l’heure d’ouverture et vous constatez qu’il y a déjà une file d’attente qui fait le tour du bâtiment.",
        keep=["Préfecture"],
    ),
    R(
        _REBELLYON,
        "Une fois que vous êtes dans la file d’attente, vous devez vous armer de patience durant près d’une heure, debout, avançant pas à pas jusqu’au service d’accueil.",
    ),
    R(
        _REBELLYON,
        "Dans le service vers lequel vous êtes orienté il faudra encore compter au minimum une heure d’attente, heureusement à cet endroit il y a des places assises, pour accéder à l’agent qui prendra en charge votre dossier.",
    ),
    R(
        _LEGAVOX,
        "Bonjour,\nLe Maire de mon village vient d'adresser un courrier aux seuls habitants de 3 rues de la commune, rappelant l'interdiction du stationnement sur les trottoirs, avec menace de faire verbaliser les contrevenants.",
        keep=["Maire"],
    ),
    R(
        _LEGAVOX,
        "Je conteste cette position au motif de l'égalité des citoyens devant la loi. C'est à mon sens, et au regard du droit, une position abusive et partiale.",
    ),
    R(
        _LEGAVOX,
        "Merci de vos remarques ...\nQuelles sont les actions à entreprendre ?\nBien cordialement\nm. girardot",
        pii=[("PERSONNE", "girardot")],
        inserted=["m. girardot"],
    ),
    R(
        _C100FIN,
        "Monsieur le Maire,\n\nComment nommeriez-vous un maire qui a un journal municipal bien étoffé et ne s’en sert pas pour informer ses administrés d’un projet grandiose, coûteux et bruyant au-delà de toute limite, à la sortie de la ville ?",
    ),
    R(
        _C100FIN,
        "En vous remerciant de bien vouloir répondre à cette question, nous vous prions d’agréer, Monsieur le Maire, l’expression de notre considération.\n\nLe comité des Mureaux",
        keep=["Mureaux"],
    ),
    R(
        _FELIHO,
        "Raoul FELIHO Pont-Croix, le 17 juillet 2024\n13, rue des Partisans\n29790 PONT-CROIX\nA l’attention de Monsieur le Maire",
        pii=[("PERSONNE", "Raoul FELIHO"), ("ADRESSE", "13, rue des Partisans")],
        keep=["Pont-Croix"],
    ),
    R(
        _FELIHO,
        "Je viens attirer votre attention sur la situation anarchique du stationnement des véhicules dans la rue des Partisans, notamment dans la section comprise entre les numéros 11 (côté impair) et 14 (côté pair).",
    ),
    R(
        _FELIHO,
        "Comme celui-ci est situé à l’angle de la rue du Goyen et de la rue des Partisans, je dois habituellement user de mille précautions pour entrer ou, pire, sortir mes véhicules (une berline Citroën C4 Cactus et deux motos de collection).",
    ),
    R(
        _FELIHO,
        "Pour votre information, je joins quelques clichés que j’ai pris au cours de ces derniers mois, m’obligeant parfois à faire appel à la gendarmerie afin d’identifier les propriétaires des véhicules en cause. Ma C4 est immatriculée FK-284-TZ.",
        pii=[("IMMATRICULATION", "FK-284-TZ")],
        keep=["gendarmerie"],
        inserted=["FK-284-TZ"],
    ),
    R(
        _FELIHO,
        "J’ai déjà eu à me plaindre à vous, à diverses reprises, du fait que le trottoir longeant tout le mur de ma propriété était rarement désherbé, tout comme le petit jardinet attenant à mon garage dont l’entretien incombe pourtant à la commune.",
    ),
    R(
        _ASLA,
        "Le 19 août au soir une vingtaine de riverains de la rue tranquille Gabriel FAURE (quartier Sèvre) s’est rencontrée pour échanger sur les  contraventions reçues pour stationnement illicite devant chez eux, au petit matin du 31 juillet.",
    ),
    R(
        _ASLA,
        "Provocation  délibérée de la part de la Police Municipale ? Règlement de compte ? Ils n’en sauront rien. Surprendre les riverains à 8 h en collant un papillon qui vaut la bagatelle de 135€ ! Cela ne se fait pas !",
        keep=["Police Municipale"],
    ),
    R(
        _ASLA,
        "Si vous avez reçu une contravention dans les mêmes conditions, rejoignez-les en alertant l’ASLA par mail ou téléphone.\n\n Christian ANDRE",
        pii=[("PERSONNE", "Christian ANDRE")],
    ),
    R(
        _ASLA,
        "Ils ne comprennent pas cette agressivité  émanant d’un service municipal et ne savent plus comment stationner leur véhicule au risque d’être, à nouveau, verbalisés. mon avis de contravention : n° 8741 2390 5512 0087",
        pii=[("REFERENCE_DOSSIER", "8741 2390 5512 0087")],
        inserted=["8741 2390 5512 0087"],
    ),
    R(
        _RAVIGNON,
        "Je m'adresse à vous, par voie de lettre ouverte, sur un suje timportant et qui suscite une exaspération croissante de la part des Carolomacériens : la verbalisation du stationnement dans notre ville.",
    ),
    R(
        _RAVIGNON,
        "Notre groupe municipal a toujours contesté le manque de places de stationnement en ville, la complexité des règles, le niveau des tarifs, et l'obsession de la verbalisation imposée à la Police Municipale.",
        keep=["Police Municipale"],
    ),
    R(
        _RAVIGNON,
        "D'abord cela est tout à fait contraire à ce que vous nous avez dit lors de l'examen de ce sujet en Conseil Municipal, le 17 octobre 2012. Madame l'Adjointe à la Sécurité avait alors annoncé qu'un formulaire serait laissé sur les pare-brises des véhicules verbalisés.",
        keep=["Conseil Municipal"],
    ),
    R(
        _RAVIGNON,
        "Même pour les radars automatiques, des panneaux d'avertissement ou des radars pédagogiques existent. Pourquoi y irait-il différemment pour le stationnement à Charleville-Mézières?",
        keep=["Charleville-Mézières"],
    ),
    R(
        _WVINCENT,
        "Selon Le Parisien du 21 janvier, une centaine de personnes se sont retrouvées place Emile Cresp, ce dimanche 20 janvier, pour protester contre les hausses prohibitives des tarifs du stationnement à Montrouge.",
        keep=["Le Parisien", "Montrouge"],
    ),
    R(
        _WVINCENT,
        "Monsieur le maire, vous jugez inadmissible que des gens viennent vous importuner chez vous. Considérez que ces gens trouvent inadmissible que vous veniez les importuner en imposant des tarifs prohibitifs pour le stationnement à Montrouge.",
        keep=["Montrouge"],
    ),
    R(
        _WVINCENT,
        "Ils sont simplement des Montrougiens qui payent leurs impôts qui permettent de vous verser les 5000 euros que vous percevez, chaque mois, pour exercer votre mandat de maire.",
    ),
    R(
        _WVINCENT,
        "A propos Wilfrid Vincent\n\nPrésident du Groupe La Gauche à Montrouge Ancien Conseiller municipal de Montrouge",
        pii=[("PERSONNE", "Wilfrid Vincent")],
        keep=["Montrouge"],
    ),
]
