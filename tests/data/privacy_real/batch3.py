"""Real passages, batch 3 (APL, mairies, tribunaux administratifs, France Services). See README.md."""

from tests.data.privacy_real.record import R

_SCOLINFO = "https://scolinfo.org/apls-comment-un-document-manquant"
_ALZ = (
    "https://reseau-alzheimer.org/aide-administrative-simplifier-les-demarches-pour-les-familles-touchees-par-alzheimer"
)
_UNION = "http://union.vb.free.fr/blog.php?lng=fr&pg=619"
_MAIRIE10 = "https://wanderboat.ai/local-businesses/france/paris/mairie-du-10e-arrondissement/1sukNjLXTEO1xZpWhMfrZw"
_CARON = "http://nicolascaron.fr/2011/04/21/deborde/"
_COURNEUVE = "http://lacourneuve4routes.free.fr/?p=143"
_MAKACLA = "https://makacla.com/2-heures-pour-recuperer-un-papier-a-l-etat-civil-est-ce-normal_a4190.amp.html"
_LAPRESSE = (
    "http://www.lapresse.ca/le-nouvelliste/opinions/201508/18/01-4893464-hotel-de-ville-services-aux-citoyens.php"
)
_LAPHILIA = "http://laphilia.blogspot.com/2010/10/honte-ceux-qui-nous-meprisent.html"
_WOLDANSKI = "http://www.woldanski-avocat.fr/index.php/component/k2/itemlist/tag/titre%20de%20s%C3%A9jour"
_VERSAILLES16 = "https://decisions.query-juriste.com/decisions/caa-de-versailles-2eme-chambre-29-12-2016-16ve02398l-inedit-au-recueil-lebon-16ve02398l.html"
_MELUN = "https://www.doctrine.fr/d/TA/Melun/2024/TAEA7D93D777E7538803F2?sourcePage=DecisionDirectory&source=decision-directory"
_TOULOUSE = "https://juricaf.org/arret/FRANCE-COURADMINISTRATIVEDAPPELDETOULOUSE-20250716-23TL02853"
_VERSAILLES13 = "http://www.juricaf.org/arret/FRANCE-COURADMINISTRATIVEDAPPELDEVERSAILLES-20130702-12VE03822"
_TSA = "https://www.tsa-algerie.com/titre-de-sejour-refuse-marie-a-une-francaise-il-recoit-une-oqtf"
_BORDEAUX = "https://juricaf.org/arret/FRANCE-COURADMINISTRATIVEDAPPELDEBORDEAUX-20250417-24BX02476"
_AGRI = "https://agribourgogne.fr/articles/18/04/2024/France-Services-une-aide-indispensable-en-milieu-rural-93631/"
_LOCHES = "https://lochessudtouraine-publications.com/hiver2025/5"
_HITWEST = "https://www.hitwest.com/news/des-maisons-france-services-vont-eclore-un-peu-partout-35883"
_ABESTIT = (
    "https://abestit.fr/france-services-un-succes-qui-ne-comble-pas-toutes-les-failles-de-lacces-aux-services-publics/"
)
_F3 = "https://france3-regions.francetvinfo.fr/hauts-de-france/somme/etre-guides-et-rassures-le-bus-france-services-une-aide-precieuse-pour-les-habitants-des-petites-communes-3043222.html"
_LE1 = "https://le1hebdo.fr/journal/comment-la-bureaucratie-prend-le-pouvoir/487/article/france-services-c-est-mieux-que-rien-6456.html"
_MATOT = "https://matot-braine.fr/au-sommaire/collectivites/avec-france-services-l-etat-au-plus-pres-des-usagers"
_TVR = "https://www.tvr.bzh/article/657de25-sujet-label-guichen"

RECORDS = [
    R(
        _SCOLINFO,
        "C'est le cas de Laura, étudiante en alternance à Toulouse. Début juin, elle dépose son dossier de "
        "renouvellement d'APL. La CAF lui demande un justificatif de loyer à jour.",
        pii=[("PERSONNE", "Laura")],
        keep=["APL", "CAF", "Toulouse"],
    ),
    R(
        _SCOLINFO,
        "« Je n'avais pas vu que le fichier n'était pas attaché, et je n'ai reçu aucun message d'erreur. Trois "
        "semaines plus tard, je demande où en est mon dossier, et on me répond qu'il est incomplet », raconte-t-elle.",
    ),
    R(
        _SCOLINFO,
        "Laura, comme beaucoup d'autres, n'a reçu aucune alerte directe. Mon numéro allocataire : 7731408, "
        "mail laura.b.toulouse@gmail.com",
        pii=[("PERSONNE", "Laura"), ("NUMERO_ALLOCATAIRE", "7731408"), ("EMAIL", "laura.b.toulouse@gmail.com")],
        inserted=["7731408", "laura.b.toulouse@gmail.com"],
    ),
    R(
        _ALZ,
        "\"Après le diagnostic d'Alzheimer de maman, on s'est sentis noyés sous une montagne de papiers, complètement "
        "perdus face à l'ampleur des démarches à entreprendre pour obtenir de l'aide administrative.\"",
    ),
    R(
        _UNION,
        "S'il est vrai que les hôtesses d'accueil sont parfaites et m'ont gentiment donné les renseignements, "
        "l'ambiance s'est vite dégradée avec l'arrivée de la directrice générale des services.",
    ),
    R(
        _UNION,
        "Jeudi 21 février je demande à l'accueil les cédéroms du PLU, la délibération du 19 février et la liste "
        "électorale. L'hôtesse me demande de repasser car elle doit demander l'autorisation au Maire (normal).",
    ),
    R(
        _UNION,
        "Là-dessus je me fâche et la menace de porter plainte auprès de la CADA. Finalement, je suis reparti avec "
        "les documents sauf les cédéroms, mais que de temps perdu et d'énergie dépensée inutilement.",
    ),
    R(
        _MAIRIE10,
        "Bonjour, La Mairie est un très bel endroit. Les agents de sécurité sont respectueux. L'endroit est "
        "accueillant, mais je déconseille fortement le service des passeports et cartes d'identité.",
        keep=["Mairie"],
    ),
    R(
        _MAIRIE10,
        "Je lui ai répondu que j'avais besoin d'un renseignement concernant le renouvellement de ma carte "
        "d'identité. Quand j'ai voulu lui poser une question, elle m'a hurlée dessus, me disant que ça faisait 10 fois "
        "qu'elle m'expliquait.",
    ),
    R(
        _MAIRIE10,
        "Je suis restée face à elle, et ai dit qu'il n'était pas concevable d'être traitée ainsi dans une "
        "Mairie. Qu'elles étaient payées pour renseigner les gens. Mme Fatoumata Keïta, 06 51 22 09 84",
        pii=[("PERSONNE", "Fatoumata Keïta"), ("TELEPHONE", "06 51 22 09 84")],
        inserted=["Fatoumata Keïta", "06 51 22 09 84"],
    ),
    R(
        _CARON,
        "Ce matin, je suis allé à la Maire de ma ville pour faire refaire les passeports de mes filles. Précision "
        "utile, nous sommes le 21 Avril, veille d'un grand WE.",
    ),
    R(
        _CARON,
        "- Bonjour, nous venons pour faire refaire des passeports? - Vous avez pris RDV? (là je me demande si je "
        "suis chez le dentiste) - Non - Ah, pas possible.",
    ),
    R(
        _CARON,
        "Finalement, voyant que je ne suis pas du tout content, la « Chef » apparait… Mais ce qui est vraiment "
        "agaçant c'est cette « morgue », cette distance, ce manque total de discernement. Nicolas Caron",
        pii=[("PERSONNE", "Nicolas Caron")],
    ),
    R(
        _COURNEUVE,
        "Le Service Juridique de la Mairie m'a adressé un courrier recommandé qui, soit a été écrit par dessus "
        "la jambe, soit me prend ouvertement pour un imbécile, soit les deux à la fois.",
    ),
    R(
        _COURNEUVE,
        "« Il faudrait faire un courrier pour demander un rendez-vous au Maire.» « Pourquoi faire ? Je souhaite "
        "juste voir Mme M***.» « Non, il faudra faire un courrier pour demander un rendez-vous au Maire.»",
    ),
    R(
        _COURNEUVE,
        "L'hôtesse redécroche à contrecœur son téléphone : « Oui c'est le Monsieur, il insiste…oui…désolée…il "
        "faut qu'il fasse un courrier pour demander un rendez-vous au Maire…d'accord.» Consternation générale à l'accueil.",
    ),
    R(
        _MAKACLA,
        '"Ce matin, Mairie de la ville capitale en 2017. 2 guichets opérationnels sur 7, une salle pleine à '
        'craquer avec personnes en situation de handicap, femmes avec bébé et un soit disant guichet prioritaire."',
    ),
    R(
        _MAKACLA,
        "J'ai pris 2h....... 2h, au service d'état civil de la Mairie de Fort de France en 2017. Normal quoi, on "
        "est habitués, on n'a qu'à attendre quoi, on a rien d'autre à faire.",
        keep=["Mairie de Fort de France"],
    ),
    R(
        _LAPRESSE,
        "Finalement, c'est mon tour, je règle mon dossier et je sors du bureau à 13 h 47. C'est probablement le "
        "service le plus lent que j'ai connu de toute ma vie. Pierre Brunet, Trois-Rivières",
        pii=[("PERSONNE", "Pierre Brunet")],
        keep=["Trois-Rivières"],
    ),
    R(
        _LAPHILIA,
        "Je m'en vais, guilleret, ce matin, assister à une conférence à l'Espace des Associations de ma ville. "
        "A 8h 30, l'heure prévue, l'Espace est fermé. Aucune affiche n'annonce le programme.",
    ),
    R(
        _LAPHILIA,
        "Pourquoi est-ce toujours dans les Services Publics qu'on méprise les gens ? Pourquoi est-ce toujours "
        "dans les services Publics qu'on rencontre cette désinvolture des employés ?",
    ),
    R(
        _WOLDANSKI,
        "Une ressortissante étrangère, mariée à un Français, s'était vue refuser le renouvellement de son titre "
        "de séjour en raison de la rupture de la communauté de vie avec son mari.",
    ),
    R(
        _WOLDANSKI,
        "Le préfet avait délivré une obligation de quitter le territoire français à une ressortissante "
        "algérienne, entrée légalement en France, au motif que la communauté de vie avec son époux avait cessé.",
    ),
    R(
        _VERSAILLES16,
        "Mme D..., de nationalité marocaine, a épousé un ressortissant français et est entrée en France avec "
        "un visa de long séjour. Elle a demandé le renouvellement de son titre de séjour, qui lui a été refusé par le "
        "préfet des Hauts-de-Seine.",
        keep=["Hauts-de-Seine"],
    ),
    R(
        _MELUN,
        "Par une requête, enregistrée le 13 novembre 2024, Mme C A épouse B, représentée par Me Taelman, demande "
        "au juge des référés d'ordonner la suspension de la décision par laquelle la préfète du Val-de-Marne a refusé "
        "le renouvellement de son titre de séjour.",
        pii=[("PERSONNE", "Taelman")],
        keep=["Val-de-Marne"],
    ),
    R(
        _MELUN,
        "Sa situation personnelle justifie l'urgence : elle est privée de son droit à la sécurité sociale et de "
        "toute recherche d'emploi. Numéro étranger 7503128446, dossier ANEF 94-2024-0771.",
        pii=[("REFERENCE_DOSSIER", "7503128446"), ("REFERENCE_DOSSIER", "94-2024-0771")],
        inserted=["7503128446", "94-2024-0771"],
    ),
    R(
        _TOULOUSE,
        "Par une requête, enregistrée le 6 décembre 2023, Mme B..., épouse D..., représentée par Me "
        "Cohen-Tapia, demande à la cour d'annuler ce jugement du tribunal administratif de Toulouse du 25 juillet 2023.",
        pii=[("PERSONNE", "Cohen-Tapia")],
        keep=["Toulouse"],
    ),
    R(
        _VERSAILLES13,
        "La requête, enregistrée au greffe le 30 octobre 2012, présentée pour Mme B...M'A... demeurant..., "
        "par Me Le Lay, avocat ; Mme M'A... demande à la Cour d'annuler l'ordonnance n° 1203244.",
        pii=[("PERSONNE", "Le Lay")],
    ),
    R(
        _TSA,
        "Arrivé en France en janvier 2022, un ressortissant tunisien âgé de 24 ans, marié à une Française depuis "
        "avril 2024, a essuyé un refus de sa demande de titre de séjour par la préfecture des Vosges.",
        keep=["préfecture des Vosges"],
    ),
    R(
        _TSA,
        "Il ressort cependant des pièces du dossier que le requérant a épousé une ressortissante française en avril "
        "2024 avec qui il justifie d'une communauté de vie depuis mars 2024.",
    ),
    R(
        _BORDEAUX,
        "Par une requête enregistrée les 17 octobre et 21 novembre 2024, Mme A... épouse B..., représentée par "
        "Me Landete, demande à la cour d'annuler le jugement du 2 octobre 2024 du tribunal administratif de Bordeaux.",
        pii=[("PERSONNE", "Landete")],
        keep=["Bordeaux"],
    ),
    R(
        _BORDEAUX,
        "Son mari est titulaire d'une carte de résident en France, présent sur le territoire français depuis "
        "plus de 40 ans, et père de quatre enfants français ; l'état de santé de ce dernier nécessite sa présence "
        "constante à ses côtés.",
    ),
    R(
        _AGRI,
        "Georgiana Epure est responsable du réseau France Services dans la communauté de communes "
        "d'Ambert-Livradois-Forez, dans le Puy-de-Dôme, depuis 8 ans.",
        pii=[("PERSONNE", "Georgiana Epure")],
        keep=["France Services"],
    ),
    R(
        _AGRI,
        "« Nous travaillons avec onze partenaires, dont la DGFiP (finances publiques), La Poste, la CAF, France "
        "Travail ou encore la MSA », liste la responsable.",
        keep=["DGFiP", "La Poste", "CAF", "France Travail", "MSA"],
    ),
    R(
        _AGRI,
        "« Chez nous, la première maison a pris place en 2005, à Viverols, avant d'être labellisée France "
        "Services », précise Georgiana Epure.",
        pii=[("PERSONNE", "Georgiana Epure")],
        keep=["France Services"],
    ),
    R(
        _LOCHES,
        "« Ils savent que sur nos différents sites, Marion, Helen, Sandrine, Yaël, Valérie ou Nadia vont pouvoir "
        "les informer », précise Mathieu Pinon, responsable des France Services de Loches Sud Touraine.",
        pii=[
            ("PERSONNE", "Marion"),
            ("PERSONNE", "Helen"),
            ("PERSONNE", "Sandrine"),
            ("PERSONNE", "Yaël"),
            ("PERSONNE", "Valérie"),
            ("PERSONNE", "Nadia"),
            ("PERSONNE", "Mathieu Pinon"),
        ],
        keep=["France Services"],
    ),
    R(
        _LOCHES,
        "Citons notamment la Caisse d'allocations familiales, la Caisse primaire d'assurance maladie, les "
        "assurances retraite, France Travail, la Mutualité sociale agricole, La Poste, etc.",
        keep=["France Travail", "La Poste"],
    ),
    R(
        _HITWEST,
        "L'une de ces Maisons France Services a été inaugurée hier à Combourg, en Ille-et-Vilaine, comme le "
        "souligne Cécile Noret, responsable de la Maison France Services de Combourg à Yann Launay.",
        pii=[("PERSONNE", "Cécile Noret"), ("PERSONNE", "Yann Launay")],
        keep=["Combourg"],
    ),
    R(
        _HITWEST,
        "\"Toute personne qui arrive, on l'accueille avec le sourire, c'est notre philosophie... Les gens se "
        "sentent en confiance, donc s'ils sont bien accueillis, ils reviendront.\" Dolorès CHARLES",
        pii=[("PERSONNE", "Dolorès CHARLES")],
    ),
    R(
        _ABESTIT,
        "Chacun expose le motif de sa visite à Chloé Delalande, postée derrière un mini-guichet. La jeune femme "
        "traite les cas les plus simples et invite les autres à patienter.",
        pii=[("PERSONNE", "Chloé Delalande")],
    ),
    R(
        _ABESTIT,
        "Chaouki, Espagnol de 55 ans, veut qu'on lui installe l'appli pour suivre sa demande de logement social. "
        "Christian, lui, se « débrouille » d'habitude, mais son dossier de retraite est bloqué par un bug sur "
        "FranceConnect.",
        pii=[("PERSONNE", "Chaouki"), ("PERSONNE", "Christian")],
        keep=["FranceConnect"],
    ),
    R(
        _ABESTIT,
        "Quant à Nino, elle souhaite remplir une demande de pension d'invalidité, avec l'aide de Chloé Delalande. "
        "« Je sais faire, mais parfois, il y a des choses que je ne comprends pas, je veux être sûre. »",
        pii=[("PERSONNE", "Nino"), ("PERSONNE", "Chloé Delalande")],
    ),
    R(
        _F3,
        "Guidée par le maire du village ce lundi 7 octobre, La Boussole se gare devant l'église de Fossemanant "
        "(Somme), une commune de 100 habitants.",
        keep=["Fossemanant"],
    ),
    R(
        _F3,
        "\"Au départ, je me suis dit que, dans une toute petite commune comme la nôtre, ils n'auraient pas beaucoup de "
        'visites", confie André Lefevre, maire de Fossemanant.',
        pii=[("PERSONNE", "André Lefevre")],
        keep=["Fossemanant"],
    ),
    R(
        _F3,
        "\"C'est assez compliqué de faire les papiers de la retraite toute seule. C'est plus sécurisant que quelqu'un "
        "nous aide\", témoigne cette habitante d'un village voisin.",
    ),
    R(
        _LE1,
        "« C'est tout le temps comme ça », lance Achour, un habitué de 44 ans, cramponné à ses deux béquilles. Ce "
        "livreur a un pied dans le plâtre. Il vient ici pour renouveler son titre de séjour.",
        pii=[("PERSONNE", "Achour")],
    ),
    R(
        _LE1,
        "« J'ai reçu un mail de la préfecture à 9 h 30. Je n'ai rien compris, alors je suis tout de suite venu "
        "ici. » Depuis qu'il a découvert l'antenne il y a trois ans, Achour fait toutes ses démarches administratives "
        "dans cette petite structure.",
        pii=[("PERSONNE", "Achour")],
        keep=["préfecture"],
    ),
    R(
        _LE1,
        "« C'est sans rendez-vous mais il faut venir tôt », explique Achour à un nouvel arrivant. Moussa vient tout "
        "droit de la caisse d'assurance maladie. Il n'arrive pas à remplir en ligne sa demande de carte Vitale.",
        pii=[("PERSONNE", "Achour"), ("PERSONNE", "Moussa")],
        keep=["carte Vitale"],
    ),
    R(
        _MATOT,
        "« La densité des points fait que chaque habitant du Département peut être proche d'un espace France "
        "Services », souligne Henri Prévost, le Préfet de la Marne.",
        pii=[("PERSONNE", "Henri Prévost")],
        keep=["France Services"],
    ),
    R(
        _MATOT,
        "Ce guichet unique permet d'accompagner les démarches de neuf partenaires : les Finances publiques, la CAF, "
        "l'Assurance maladie, la CARSAT, Pôle Emploi, La Poste, la MSA, l'ANTS et le Point Justice.",
        keep=["CAF", "CARSAT", "Pôle Emploi", "La Poste", "MSA", "ANTS"],
    ),
    R(
        _TVR,
        "Pour David Amiel, ces maisons France services incarnent \"l'exemple même du service public que l'on veut, "
        "c'est-à-dire un service public de proximité, humain et accessible.\"",
        pii=[("PERSONNE", "David Amiel")],
    ),
    R(
        _TVR,
        '"On a une vraie utilité. Quand les gens ressortent, en général, on les a soulagés. Ils viennent ici parce '
        "qu'ils n'y arrivent pas, ils sont même démoralisés parfois.\"",
    ),
]
