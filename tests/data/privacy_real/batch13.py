"""Real passages, batch 13: third held-out round (contraventions, police municipale, cantines et mairies), pages in
no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_RUE89 = "https://www.rue89strasbourg.com/que-faire-quand-la-ville-vous-inflige-un-pv-verole-48931"
_ALEXIAPV = "https://www.alexia.fr/questions/509065/drt-routier-2-p-v-sur-2-jrs-a-2-n-voisins-meme-voie-vehicule-non-deplace.htm"
_PAPERBLOGPV = "https://paperblog.fr/8379886/y-a-comme-un-defaut"
_LASEYNE = "http://gilbertpereasauvonslaseyne.blogspot.com/2013/05/verbalisation-dans-le-parking-de-la.html"
_FCPE = "http://www.fcpecondorcet.org/archives/2009/10/20/15500451.html"
_TRICTRAC = "https://forum.trictrac.net/t/tolerance-zero-une-application-a-maincy/38229?page=2"
_DONGES = "https://france3-regions.francetvinfo.fr/pays-de-la-loire/loire-atlantique/saint-nazaire/donges-pres-saint-nazaire-cause-facture-impayee-cinq-enfants-prives-cantine-1719031.html"
_MEFI = "https://mefi.tv/thematiques/societe-2/1868-inscriptions-a-la-cantine-vous-etes-surveilles?tmpl=component&print=1&layout=default"
_VINGTMIN = (
    "https://www.20minutes.fr/societe/2606175-20190917-allier-cantine-sert-pain-eau-deux-enfants-dont-parents-paye"
)
_COMMERE = "https://www.lacommere43.fr/monistrol-et-environs/item/17938-bas-en-basset-des-parents-critiquent-le-reglement-de-la-nouvelle-cantine-scolaire.html"
_TSIGANES = "https://archives.rencontrestsiganes.org/index.php/2010/03/18/art765"

RECORDS = [
    R(
        _RUE89,
        "Roland Ries, maire de Strasbourg, pointait récemment que 92% du produit des amendes était affecté au recouvrement.",
        pii=[("PERSONNE", "Roland Ries")],
        keep=["Strasbourg"],
    ),
    R(
        _RUE89,
        "Sur le point de monter dans ma voiture, je vois qu’un procès-verbal est posé sur le pare-brise. Motif : dépassement du temps autorisé en stationnement. Je pouvais rester jusqu’à 14h01, l’agent a pointé 14h33 sur le PV. Et hop, une amende de 17€.",
    ),
    R(
        _RUE89,
        "Sur le procès verbal figure l’adresse du Bureau des contraventions de la Ville, dépendant de la direction de la police municipale, à laquelle il faut envoyer la contestation.",
        keep=["Bureau des contraventions", "police municipale"],
    ),
    R(
        _RUE89,
        "Pour le savoir, encore faut-il appeler le bureau en question, après avoir cherché soi-même le numéro de téléphone, qui bien sûr ne figure pas sur la contravention. On vous le donne : 03 88 15 22 70.",
        keep=["03 88 15 22 70"],
    ),
    R(
        _RUE89,
        "Quant au greffe du Tribunal de Police, il ne pourra pas recevoir votre demande tant que la contestation n’aura pas été envoyée. ma contestation : avis n° 2 317 450 981 6, véhicule FB 442 TN",
        pii=[("REFERENCE_DOSSIER", "2 317 450 981 6"), ("IMMATRICULATION", "FB 442 TN")],
        keep=["Tribunal de Police"],
        inserted=["2 317 450 981 6", "FB 442 TN"],
    ),
    R(
        _ALEXIAPV,
        "Expliquez clairement que votre véhicule n'a pas été déplacé entre le dimanche 16.06.2025 et le lundi 17.06.2025.",
    ),
    R(
        _ALEXIAPV,
        'En ligne : Via le site de l\'Agence Nationale de Traitement Automatisé des Infractions (ANTAI) : https://www.antai.gouv.fr/ (section "désigner ou contester").',
        keep=["Agence Nationale de Traitement Automatisé des Infractions", "ANTAI"],
    ),
    R(
        _ALEXIAPV,
        "Par courrier recommandé avec accusé de réception : Adressez votre contestation à l'Officier du Ministère Public (OMP) dont l'adresse figure sur l'avis de contravention.",
        keep=["Officier du Ministère Public"],
    ),
    R(
        _PAPERBLOGPV,
        "Ainsi, selon les automates verbalisateurs, j'aurais le dimanche de Pâques stationné mon véhicule de façon très gênante sur le trottoir sis 34 boulevard Jean XXIII à Nice.",
        pii=[("ADRESSE", "34 boulevard Jean XXIII à Nice")],
    ),
    R(
        _PAPERBLOGPV,
        "J'ajoute, que si cela était exact le stationnement aurait duré plusieurs jours, comme pourrait le démontrer mon billet de chemin de fer et ma location d'un véhicule à Bordeaux dans ce même laps de temps.",
        keep=["Bordeaux"],
    ),
    R(
        _PAPERBLOGPV,
        "Il n'est pas dit que je lâche cent trente cinq euros sans sourciller, je vais illico contester avec véhémence cette injuste tentative de racket.",
    ),
    R(
        _LASEYNE,
        "Billet d’humeur de Jean-Jacques Sénard : Verbalisation dans le parking de la Navale",
        pii=[("PERSONNE", "Jean-Jacques Sénard")],
    ),
    R(
        _LASEYNE,
        "Je continue à déchiffrer mon papier, il s’agit bien d’aujourd’hui, dressé à 09h38 par l’agent 36905 !",
    ),
    R(
        _LASEYNE,
        "Il est bien évident, et confirmé par mon expérience que ma contestation a peu de chance d’aboutir mais ça me semble qu’en même un peu fort de me faire racketter de la sorte par un agent de la police municipale !",
        keep=["police municipale"],
    ),
    R(
        _FCPE,
        "Je voudrais aujourd'hui vous narrer ce qu'il m'est arrivé ce matin, anecdote révélatrice de la situation spécifique à Maisons-Alfort en matière de cantine.",
        keep=["Maisons-Alfort"],
    ),
    R(
        _FCPE,
        "En tous cas j'ai dû prendre un RTT pour me rendre à la mairie ce matin, et savez-vous ce que l'on m'a répondu ? famille Benali, 3 allée des Lilas 94700 Maisons-Alfort",
        pii=[("PERSONNE", "Benali"), ("ADRESSE", "3 allée des Lilas 94700 Maisons-Alfort")],
        keep=["mairie"],
        inserted=["Benali", "3 allée des Lilas 94700 Maisons-Alfort"],
    ),
    R(
        _TRICTRAC,
        "Hier, à aucun moment, je n'ai entendu la maire en interview parler de retards de cet ordre. Juste que les repas doivent être payés à l'avance.",
    ),
    R(
        _TRICTRAC,
        "Est-ce normal qu'un enfant de 6 ans (à l'époque) soit responsable de la transmission d'une facture entre la mairie et les parents ? Je ne sais pas, mais j'attends toujours qu'ils mettent en place un prélèvement automatique.",
        keep=["mairie"],
    ),
    R(
        _TRICTRAC,
        "le prélèvement c'est sur le compte FR76 1820 6000 4512 3456 7890 123 depuis la rentrée, et pourtant la facture de mars est encore marquée impayée",
        pii=[("IBAN", "FR76 1820 6000 4512 3456 7890 123")],
        inserted=["FR76 1820 6000 4512 3456 7890 123"],
    ),
    R(
        _DONGES,
        "Julie Serreau est une maman en colère. Lundi dernier, jour de la rentrée, son enfant, scolarisé à l'école Aimé Césaire, n'a pas pu manger à la cantine.",
        pii=[("PERSONNE", "Julie Serreau")],
        keep=["école Aimé Césaire"],
    ),
    R(
        _DONGES,
        '"A midi moins dix, mon conjoint a été appelé car il fallait absolument chercher d\'urgence Liam qui était considéré comme externe et non pas comme demi-pensionnaire", explique-t-elle.',
        pii=[("PERSONNE", "Liam")],
    ),
    R(
        _DONGES,
        "Pas de chance pour Liam, lundi c'était hachis, un plat qu'il n'aime pas. Il a donc mangé du pain.",
        pii=[("PERSONNE", "Liam")],
    ),
    R(
        _DONGES,
        "De son côté, le maire de Donges se dit surpris de l'ampleur que prend l'affaire et donne une autre version des faits.",
        keep=["Donges"],
    ),
    R(
        _MEFI,
        "Triple conséquences. La première, c'est que tous les parents sont obligés d'aller récupérer un certificat de paiement au Trésor Public.",
        keep=["Trésor Public"],
    ),
    R(
        _MEFI,
        "Un citoyen ou un parent pourrait poser la question très officiellement au Trésor Public ou à la Commission d'Accès aux Documents Administratifs. Antoine Monticellu",
        pii=[("PERSONNE", "Antoine Monticellu")],
        keep=["Trésor Public", "Commission d'Accès aux Documents Administratifs"],
    ),
    R(
        _VINGTMIN,
        "En raison des impayés de leurs parents, deux enfants scolarisés à Saint-Pourçain-sur-Sioule (Allier), ont dû se contenter de pain et d’eau à la place d’un repas servi à la cantine, a annoncé la mairie de la commune, ce mardi.",
        keep=["Saint-Pourçain-sur-Sioule", "Allier", "mairie"],
    ),
    R(
        _VINGTMIN,
        "« C’est brutal, violent et humiliant pour ces enfants », a témoigné Cédric Feit, parent d’un élève scolarisé dans le même établissement.",
        pii=[("PERSONNE", "Cédric Feit")],
    ),
    R(
        _VINGTMIN,
        "Reconnaissant « un geste peut-être un peu maladroit qui ne sera pas réitéré », Roger Volat a précisé que la famille avait été prévenue à plusieurs reprises mais était injoignable depuis la rentrée.",
        pii=[("PERSONNE", "Roger Volat")],
    ),
    R(
        _COMMERE,
        '"On comprend qu\'il faille anticiper et s\'organiser mais dix jours avant, ça fait beaucoup", estime Karen. "On doit prendre des mesures incitatives", rétorque Gilles David, le maire.',
        pii=[("PERSONNE", "Karen"), ("PERSONNE", "Gilles David")],
    ),
    R(
        _COMMERE,
        '"On ne peut pas commander le vendredi pour le lundi", répond Bernard Chapuis, le premier adjoint qui a suivi le chantier de la nouvelle cantine.',
        pii=[("PERSONNE", "Bernard Chapuis")],
    ),
    R(
        _COMMERE,
        "\"Pour l'instant, la souplesse, on ne la sent pas du tout\", affirme Karen, une maman. karen, 06 71 28 33 90, parent d'élève CE1",
        pii=[("PERSONNE", "Karen"), ("PERSONNE", "karen"), ("TELEPHONE", "06 71 28 33 90")],
        inserted=["karen, 06 71 28 33 90"],
    ),
    R(
        _TSIGANES,
        "Une demande de report sera faite le 25 mars afin de leur permettre de compléter leur dossier. Nous avons également demandé un rendez-vous avec la Préfète chargée de l’égalité des Chances, Madame PERDEREAU.",
        pii=[("PERSONNE", "PERDEREAU")],
    ),
]
