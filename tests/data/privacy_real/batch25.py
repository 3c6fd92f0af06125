"""Real passages, batch 25: round 6's held-out split, written blind by a new hand (village post offices and
petitions, school buses, Pôle emploi seen by claimants and a whistle-blower, a driving licence that never comes, CAF
overpayments, a foster carers' forum), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_BASRHIN = "https://www.lci.fr/regions/video-greve-a-la-poste-le-desarroi-d-une-petite-commune-du-bas-rhin-2186378.html"
_VIELMANAY = "https://www.memoiredantan.fr/fermeture-services-publics-mobilisations-vielmanay.html"
_AMBLENY = "http://mavillesoissons1.blogspot.com/2016/02/manifestation-ce-lundi-matin-pour-la.html"
_BAUZILLE = "https://www.francebleu.fr/infos/economie-social/les-bureaux-de-postes-sauves-a-saint-bauzille-de-putois-et-brissac-1646757942"
_SORIGNY = "https://www.francebleu.fr/infos/economie-social/une-file-d-attente-pour-protester-contre-la-fermeture-du-bureau-de-poste-de-sorigny-6166120"
_VICOMTE = "https://www.francebleu.fr/infos/societe/a-saint-sauveur-le-vicomte-se-bat-contre-les-nouveaux-horaires-du-bureau-de-poste-1517255202"
_VALLERAUGUE = "https://mesopinions.com/petition/social/contre-supression-emploi-poste-valleraugue-30/5839"
_PARIZE = "https://cgtfapt77.fr/2011/09/19/st-parize-le-chatel-58-garder-louverture-de-la-poste-le-samedi-matin/"
_BONNELLES = "https://france3-regions.francetvinfo.fr/paris-ile-de-france/yvelines/transports-scolaires-il-a-laisse-les-26-gamins-entre-11-et-14-ans-sur-le-carreau-et-il-s-est-barre-raconte-un-parent-d-eleve-dans-les-yvelines-2912366.html"
_BREVAL = "https://rmc.bfmtv.com/actualites/societe/education/il-etait-au-telephone-il-ne-nous-ecoutait-pas-les-derapages-de-ces-chauffeurs-de-bus-scolaires-des-yvelines-inquietent-les-collegiens_AV-202109240591.html"
_ALBI = "http://www.boursorama.com/actualites/excede-le-conducteur-du-bus-scolaire-force-des-collegiens-a-descendre-3be762a5c0a2919b15a522cf4205a1b3"
_TOUVET = "https://www.francebleu.fr/infos/societe/quinze-enfants-iserois-de-cm2-abandonnes-en-rase-campagne-par-un-bus-scolaire-les-parents-en-colere-1499859578"
_BAGNOLS = "https://www.francebleu.fr/infos/societe/un-bus-de-ramassage-scolaire-laisse-un-enfant-sur-le-bord-de-la-route-1410513247"
_ITTEVILLE = "https://le-republicain.fr/a-la-une/bus-scolaires-en-essonne-les-parents-disent-stop-aux-galeres-entre-saint-vrain-et-itteville"
_PERMIS50 = (
    "https://maitre-rauline-avocat.fr/actu-en-attente-de-recuperer-son-permis-letat-doit-lui-verser-50e-par-jour"
)
_BLASTING = "http://fr.blastingnews.com/opinions/2016/12/pole-emploi-ceux-qui-sont-supposes-aider-les-sans-emplois-a-trouver-un-travail-001351461.html"
_PENIBLES = "http://penibles.fr/mission-pole-emploi-experience-ratee/"
_GAUDIN = "https://blogs.mediapart.fr/yann-gaudin/blog/300824/pourquoi-les-conseillers-france-travail-ne-font-pas-correctement-leur-travail"
_FAMIDAC = "https://forum.famidac.fr/accueil-familial-social/prise-en-charge-en-fin-de-vie/?prev_next=prev"
_CROQUEFEUILLE = "https://www.croquefeuille.fr/?Comment-eviter-et-recouvrer-les-impayes"
_ELEONORE = "https://myjournal.fr/trop-percu-caf-remboursement-contestation-droits"
_AUDREY = "https://www.objeko.com/actualite/caf-est-il-possible-de-refuser-le-remboursement-dun-trop-percu/"
_LAMBERT = "https://inspirefrance.fr/trop-percu-caf-remboursement-2025/amp"

RECORDS = [
    R(
        _BASRHIN,
        "Une pétition a également été lancée et une lettre envoyée au président de la République pour sauver le bureau de poste de la commune et de ses 2 700 habitants. Néanmoins, monsieur le maire a peu d'espoir d'être entendu. \"La Poste ce n'est plus un service public et c'est très grave\", a-t-il déclaré.",
        keep=["La Poste"],
    ),
    R(
        _VIELMANAY,
        "Le bureau de poste de Vielmanay, installé depuis 1896 au rez-de-chaussée de la mairie, était plus qu’un guichet : on y allait envoyer ses chèques vacances, faire renouveler son livret, ou simplement glaner des nouvelles du voisinage.",
        keep=["Vielmanay"],
    ),
    R(
        _VIELMANAY,
        "Jean B., agriculteur alors jeune élu municipal, se souvient (témoignage recueilli en 2018) : “La première assemblée, on était une trentaine. Personne à la mairie n’avait reçu de courriers officiels, on a appris par l’employée elle-même qu’elle emballe les cases.",
        pii=[("PERSONNE", "Jean B.")],
    ),
    R(
        _VIELMANAY,
        "En mars 1978, plus de 146 signatures sont recueillies (source : archives communales de Vielmanay, dossier Postes 1978). Ce chiffre aura étonné : le village comptait alors 300 habitants, les absents ont souvent signé lors d’un passage au marché de La Charité.",
        keep=["Vielmanay", "La Charité"],
    ),
    R(
        _AMBLENY,
        "« Il y aura une prise de parole », annonce Alain Sautillet, vraisemblablement à l’initiative du message signé Les élus du conseil municipal d’Ambleny. Le maire, Christian Perut, contacté, s’est en effet déclaré « solidaire » de cette action.",
        pii=[("PERSONNE", "Alain Sautillet"), ("PERSONNE", "Christian Perut")],
        keep=["Ambleny"],
    ),
    R(
        _AMBLENY,
        "« La Poste prétend que le bureau n’est pas rentable et nous demande de passer en agence postale », relate Alain Sautillet.",
        pii=[("PERSONNE", "Alain Sautillet")],
        keep=["La Poste"],
    ),
    R(
        _BAUZILLE,
        '"On a pas de distributeur, il faut un guichet avec un guichetier", clame Josiane, une habitante. "Les personnes qui ont un certain âge, ils vont aller où chercher leur liquide ?" se demande Marie, une autre habitante.',
        pii=[("PERSONNE", "Josiane"), ("PERSONNE", "Marie")],
    ),
    R(
        _BAUZILLE,
        "Anne-Marie Motard, adjointe au maire de Saint-Bauzille-de-Putois chargée de l'urbanisme et de l'action et de la coopération territoriale, fait remarquer que la perte d'un service public participe à la désertification des centres-bourgs.",
        pii=[("PERSONNE", "Anne-Marie Motard")],
        keep=["Saint-Bauzille-de-Putois"],
    ),
    R(
        _SORIGNY,
        "Comme Régine, 70 ans : \"au moins une fois par semaine, je viens retirer de l'argent pour ma fille handicapée. J'ai sa tutelle. Il n'y pas que moi, des personnes y viennent tous les jours\", explique-t-elle.",
        pii=[("PERSONNE", "Régine")],
    ),
    R(
        _SORIGNY,
        '"La décision de fermeture est financière", explique le conseiller municipal, Jonathan Leprault, qui fait partie de la minorité au conseil. Il était d\'ailleurs le seul élu présent pour ce rassemblement.',
        pii=[("PERSONNE", "Jonathan Leprault")],
    ),
    R(
        _VICOMTE,
        "\"Qu'est ce qu'on va devenir si même La Poste ferme ?\", s'inquiète Emilie. Pour la jeune femme comme beaucoup d'autres, La Poste ça ne représente pas que l'envoie et la réception du courrier, mais aussi un service de proximité",
        pii=[("PERSONNE", "Emilie")],
        keep=["La Poste"],
    ),
    R(
        _VICOMTE,
        "Les signataires protestent également contre la disparition des conseillers financiers de la Banque postale. Tout un dossier que connait bien le maire de Saint-Sauveur-le-Vicomte, Jacques Regnault.",
        pii=[("PERSONNE", "Jacques Regnault")],
        keep=["Banque postale", "Saint-Sauveur-le-Vicomte"],
    ),
    R(
        _VALLERAUGUE,
        "Auteur(s) :\nLe Pélardon Masqué\nwww.collectifdu16mars.fr.nf\nDestinataire(s) :\nM le Directeur Départemental de la Poste du Gard",
    ),
    R(
        _VALLERAUGUE,
        "La population du canton de Valleraugue demande le maintien de tous les emplois actuels au bureau de Poste de Valleraugue ainsi que la réouverture des bureaux de Saint-André de Majencoules et Notre Dame de la Rouvière.\nSignataire n°12 : Odile Castanet, odile.castanet30@orange.fr",
        pii=[("PERSONNE", "Odile Castanet"), ("EMAIL", "odile.castanet30@orange.fr")],
        keep=["Valleraugue", "Saint-André de Majencoules", "Notre Dame de la Rouvière"],
        inserted=["Odile Castanet", "odile.castanet30@orange.fr"],
    ),
    R(
        _PARIZE,
        "«On doit garder nos services publics, pour pouvoir continuer à vivre sur notre commune », assure Maryline Auranbout. « Ici, on a la chance de pouvoir faire, à pied, ses courses de première nécessité ».",
        pii=[("PERSONNE", "Maryline Auranbout")],
    ),
    R(
        _BONNELLES,
        "\"Dégagez du bus, c'est le terminus ! \" Guillaume, ce collégien de 13 ans raconte la mésaventure qu'il a plutôt mal vécue ce matin à bord du bus de la ligne 4 qui doit le conduire à son établissement scolaire.",
        pii=[("PERSONNE", "Guillaume")],
    ),
    R(
        _BONNELLES,
        "À 7 h 20, à la Celle-les-Bordes, lui et d'autres collégiens embarquent à bord de ce bus qui le dépose un peu avant 8 heures au collège des Trois moulins à Bonnelles.",
        keep=["Celle-les-Bordes", "Bonnelles"],
    ),
    R(
        _BONNELLES,
        "\"J'ai un fils qui prend ce bus qui doit arriver à 7h40 au collège, la semaine dernière, il est arrivé à 8h15 parce qu'en fait, le bus s'était perdu (le car immatriculé EK-318-QB)\", raconte une autre mère",
        pii=[("IMMATRICULATION", "EK-318-QB")],
        inserted=["EK-318-QB"],
    ),
    R(
        _BREVAL,
        'Shaina et Agathe, 14 ans, ont une anecdote pour chaque trajet: "Parfois, il se trompe de chemin, on lui indiquait la bonne route, mais il était au téléphone, il ne nous écoutait pas. Une fois, il a pris un dos d\'âne très vite, on a tous sauté".',
        pii=[("PERSONNE", "Shaina"), ("PERSONNE", "Agathe")],
    ),
    R(
        _BREVAL,
        "Si la situation peut amuser certains élèves, elle agace les parents comme Joëlle, membre de la FCPE:\n\"Le pire qui soit arrivé, c'est le chauffeur perdu en rase campagne.",
        pii=[("PERSONNE", "Joëlle")],
    ),
    R(
        _BREVAL,
        'Le maire de Bréval, Thierry Navello, confirme: "Manque de chauffeurs, manque de formation, les comportements des chauffeurs laissant grandement à désirer: il y a des grossièreté',
        pii=[("PERSONNE", "Thierry Navello")],
        keep=["Bréval"],
    ),
    R(
        _ALBI,
        "Cette méthode radicale scandalise Emmanuelle, mère d'un des collégiens concernés, âgé de 12 ans: «Je suis à la limite de porter plainte. C'est aberrant», assure-t-elle à La Dépêche .",
        pii=[("PERSONNE", "Emmanuelle")],
    ),
    R(
        _ALBI,
        "«Je paie un abonnement (carte n° 0034 5512) pour que mon fils arrive à 8 heures au collège. Il a eu 25 minutes de retard. Tous ces collégiens ont loupé l'heure de cours. Le chauffeur doit déposer les élèves à l'arrivée, point final», ajoute-t-elle.",
        pii=[("REFERENCE_DOSSIER", "0034 5512")],
        inserted=["0034 5512"],
    ),
    R(
        _ALBI,
        "csanter le mercredi 26 juin 2013 à 15:35\n\n    Quelques kilomètres à pied leur ont donné l'occasion de réfléchir à leur comportement.Un grand merci à ce chauffeur de bus pour s'être chargé de l'éducation de ces enfants à la place de leur parents !!!!!!!!",
        pii=[("PERSONNE", "csanter")],
    ),
    R(
        _TOUVET,
        'En effet, ils n\'ont pas été déposés à un arrêt de bus mais "une vingtaine de mètres après", selon Colette Cauchois, la directrice de TouGo.',
        pii=[("PERSONNE", "Colette Cauchois")],
    ),
    R(
        _TOUVET,
        "Ce 6 juillet, c'était la première fois que les enfants de Saint Vincent de Mercuze prenaient le bus sans être accompagnés. Le but : les acclimater avant leur passage au collège, avec une journée de pré-rentrée.",
        keep=["Saint Vincent de Mercuze"],
    ),
    R(
        _BAGNOLS,
        "Esteban, 12 ans, élève au collège Gérard Philippe à Bagnols-sur-Cèze a vu le bus de ramassage scolaire passer trois fois devant lui cette semaine.",
        pii=[("PERSONNE", "Esteban")],
        keep=["collège Gérard Philippe", "Bagnols-sur-Cèze"],
    ),
    R(
        _BAGNOLS,
        "C'est ce qu'a vécu Emmanuelle Roussié, la maman d'Esteban qui vit à Bagnols-sur-Cèze. Une vingtaine de parents ont vécu la même angoisse en début de semaine.",
        pii=[("PERSONNE", "Emmanuelle Roussié"), ("PERSONNE", "Esteban")],
        keep=["Bagnols-sur-Cèze"],
    ),
    R(
        _ITTEVILLE,
        "Une Saint-Vrainoise, dont la fille est scolarisée au collège Robert-Doisneau d’Itteville, s’inquiétait mi-octobre de la sécurité des collégiens : « Un jour sur deux, on doit emmener en catastrophe nos enfants qui ont peur d’être en retard en cours, car soit le bus ne passe pas, soit il ne s’arrête pas. On se débrouille entre parents.",
        keep=["collège Robert-Doisneau", "Itteville"],
    ),
    R(
        _PERMIS50,
        "« Vu qu’ils ont tous mes papiers depuis décembre (demande n° 18XKPR4521), c’est à eux de se débrouiller, et comme ils n’ont pas été capables de me donner mon permis malgré mes relances depuis six mois, je pense que ça peut durer un moment encore » raconte-t-il au journal Le Parisien.",
        pii=[("REFERENCE_DOSSIER", "18XKPR4521")],
        inserted=["18XKPR4521"],
    ),
    R(
        _PERMIS50,
        "Relançant plusieurs fois la préfecture de police sans obtenir la moindre réponse et après plusieurs démarches infructueuses, le conducteur a alors saisi le Tribunal Administratif pour une mesure d’urgence.",
        keep=["préfecture de police", "Tribunal Administratif"],
    ),
    R(
        _BLASTING,
        "Ah pôle emploi ! Qui n’a jamais pété un câble à cause des conseillers souvent blasés et disons-le, incompétents, la fameuse musique qui dure une vingtaine de minutes environ pour se faire raccrocher au nez comme ça sans raison.",
        keep=["pôle emploi"],
    ),
    R(
        _BLASTING,
        "Censés vous aider dans vos démarches, ces conseillers qui visiblement se fichent de leur métier et de vous par la même occasion, répondent souvent à certaines questions sur un ton passif agressif du genre « écoutez je n’ai pas été formé pour ça moi, Chantal viens, j’ai un souci avec la jeune femme !».",
        pii=[("PERSONNE", "Chantal")],
    ),
    R(
        _PENIBLES,
        "Il y a peu, j’étais convoquée chez Pôle Emploi pour effectuer mon inscription officielle aux côtés de ma conseillère. C’est guillerette que je me rendais à mon rendez-vous ce matin-là",
        keep=["Pôle Emploi"],
    ),
    R(
        _GAUDIN,
        "Yann GAUDIN (avatar)\n\nYann GAUDIN\n\nLanceur d'alertes\n\nAbonné·e de Mediapart\n\n73 Billets",
        pii=[("PERSONNE", "Yann GAUDIN")],
    ),
    R(
        _GAUDIN,
        "Illustration 1\n\nImage : Yann Gaudin\n\nLes conseillers emploi sont chargés du 1er contact de l'usager avec France Travail, lors de l'inscription",
        pii=[("PERSONNE", "Yann Gaudin")],
        keep=["France Travail"],
    ),
    R(
        _FAMIDAC,
        "Démarré par Annette, 17 Août 2005, 07h40mn\n\n« précédent - suivant »\n\nAnnette\n\nBonjour à tous,\nDepuis peu, l'état d'une de nos pensionnaires nécessite une disponibilité supplémentaire de notre part.",
        pii=[("PERSONNE", "Annette")],
    ),
    R(
        _FAMIDAC,
        "Sommes nous libres de choisir la forme de cette augmentation ?\nDevons nous aussi réajuster la provision ?\nMerci et bonne journée.\nAnnette\n06 81 27 44 09",
        pii=[("PERSONNE", "Annette"), ("TELEPHONE", "06 81 27 44 09")],
        inserted=["06 81 27 44 09"],
    ),
    R(
        _FAMIDAC,
        "Si l'arriéré en question est l'application du décret, vous avez le droit et le devoir de le faire appliquer et donc de demander l'arriéré, soit avec une mise à jour de votre contrat soit avec un avenant!\n\ncordialement  Eliane",
        pii=[("PERSONNE", "Eliane")],
    ),
    R(
        _FAMIDAC,
        "jean82\n\nBonsoir Annette\nA l'exception de l'indemnité de mise à disposition (loyer), tous les autres secteurs sont librement convenus entre l'employé et l'employeur.",
        pii=[("PERSONNE", "jean82"), ("PERSONNE", "Annette")],
    ),
    R(
        _CROQUEFEUILLE,
        "Comment éviter et recouvrer les impayés\nPublié le mercredi 19 décembre 2018 par Celine Lieffroy | 2 commentaires",
        pii=[("PERSONNE", "Celine Lieffroy")],
    ),
    R(
        _ELEONORE,
        "« Bonjour, je m’appelle Éléonore. Récemment, j’ai reçu un courrier de la Caf m’informant d’un trop-perçu et me demandant de rembourser une somme conséquente (allocataire n° 4410273, née le 14/03/1991). Pourtant, j’ai toujours veillé à fournir toutes les informations demandées.",
        pii=[("PERSONNE", "Éléonore"), ("NUMERO_ALLOCATAIRE", "4410273"), ("DATE_NAISSANCE", "14/03/1991")],
        keep=["Caf"],
        inserted=["4410273", "14/03/1991"],
    ),
    R(
        _AUDREY,
        "Audrey a expliqué : « En janvier dernier, la CAF a augmenté le montant du remboursement de la dette de 100 à 400 € par mois. Depuis février, toutes les aides, qui s’élevaient à 800 €, ont été saisies… je n’ai plus rien ».",
        pii=[("PERSONNE", "Audrey")],
        keep=["CAF"],
    ),
    R(
        _LAMBERT,
        "À travers le témoignage de Marie Lambert, une mère de deux enfants, nous allons explorer les rouages de cette procédure, les pièges à éviter, et les démarches concrètes à entreprendre pour défendre ses droits sans se laisser submerger par la pression administrative.",
        pii=[("PERSONNE", "Marie Lambert")],
    ),
]
