"""Real passages, batch 19: round 5's held-out split, written blind by a new hand (La Poste, SNCF, La Réunion and the
Antilles, Ajaccio, MDPH, ANTS, Carsat and CNAV, Breton schools, court decisions), pages in no earlier split. See
README.md."""

from tests.data.privacy_real.record import R

_BL0RG12 = "https://blogs.bl0rg.net/imaginos/2012/03/19/les-tribulations-dun-paquet-au-bureau-de-poste/"
_PLANET = "https://planet.fr/societe-la-poste-que-deviennent-les-courriers-non-distribues.2404404.29336.html"
_SADUR = "http://portail.sadur.org/s-informer/l-actualite-du-rer-d/300-on-attend-toujours-les-explications"
_TENDANCE = "https://www.tendanceouest.com/actualite-341047-paris-granville-depart-en-week-end-cauchemardesque-a-cause-de-la-panne-d-un-train"
_PORTO = "https://blogs.mediapart.fr/arthur-porto/blog/040212/histoire-de-train"
_EUROPE1 = "https://www.europe1.fr/societe/une-nuit-a-lyon-et-sept-heures-de-retard-pour-un-tgv-marseille-paris-on-ne-traite-pas-des-etres-humains-de-cette-maniere-3870017"
_HUFF = "http://www.huffingtonpost.fr/2017/07/31/pagaille-a-la-gare-montparnasse-la-sncf-a-si-mal-communique-que_a_23057421/"
_LAMINUTE = "https://laminute.info/2019/10/20/sncf-les-voyageurs-entre-debrouille-colere-et-comprehension/"
_FBROUEN = "https://www.francebleu.fr/infos/societe/trains-en-retard-un-usager-normand-refuse-de-presenter-son-billet-la-sncf-comprend-1519319516"
_TITEZ = "http://titezoreille.over-blog.com/2014/10/caf-kaien.html"
_DENNEMONT = "http://www.jeandaniel-dennemont.fr/jean-daniel-dennemont/40-000-familles-reunionnaises-privees-de-prestations-sociales.html"
_ZINFOS = "https://www.zinfos974.com/La-CAF-debordee-des-milliers-de-personnes-privees-de-leurs-allocations_a52236.html"
_LA1MQ = "https://la1ere.francetvinfo.fr/martinique/la-caisse-generale-de-securite-sociale-de-martinique-est-critique-par-les-usagers-et-le-personnel-949684.html"
_KARIB = "https://www.karibinfo.com/news/guadeloupe-les-rendez-vous-de-la-retraite-avec-la-cgss"
_ANTILLA = (
    "https://antilla-martinique.com/les-retraites-martiniquais-vivant-sous-le-seuil-de-pauvrete-sont-majoritaires/"
)
_CGTM = "https://la1ere.francetvinfo.fr/martinique/la-cgtm-fsm-toujours-vent-debout-contre-les-conditions-d-accueil-et-de-traitement-des-dossiers-a-la-cgss-de-martinique-1404114.html"
_JDM = "https://lejournaldemayotte.yt/2022/05/12/un-partenariat-pole-emploi-et-cssm-pour-ne-pas-rater-son-entree-dans-la-retraite/?utm_source=rss&utm_medium=rss&utm_campaign=un-partenariat-pole-emploi-et-cssm-pour-ne-pas-rater-son-entree-dans-la-retraite"
_AJACCIO = "https://www.ajaccio.fr/Cafe-citoyen-du-Sampiero-Foire-aux-questions_a11087.html"
_ALZO = "https://france3-regions.francetvinfo.fr/corse/corse-du-sud/ajaccio/ajaccio-ras-bol-habitants-hlm-alzo-di-leva-1524502.html"
_CAPO = "https://france3-regions.francetvinfo.fr/corse/paillotes-villas-plage-du-petit-capo-nouveau-oeil-du-cyclone-1658590.html"
_YANOUS = "https://yanous.com/espaces/parents/parents140502.html"
_HANDICAP = "https://informations.handicap.fr/a-delais-attente-mdph-coup-de-gueule-mere-35021.php"
_AF24 = "https://agencefrance24.com/dans-les-maisons-departementales-des-personnes-handicapees-un-parcours-difficile-pour-obtenir-ses-droits"
_ASPERANSA = "https://f.asperansa.org/viewtopic.php?p=448405"
_CRETEIL = "https://94.citoyens.com/2020/handicap-en-val-de-marne-les-aidants-ont-manifeste-a-creteil,12-02-2020.html"
_APF85 = "http://dd85.blogs.apf.asso.fr/archives/category/f-mdph/index-7.html"
_TF1PERMIS = "https://www.tf1.fr/tf1/jt-20h/videos/permis-de-conduire-les-couacs-se-multiplient-72696159.html"
_F3BZH = "https://france3-regions.francetvinfo.fr/bretagne/2013/09/05/premiers-couacs-de-la-rentree-dans-les-ecoles-bretonnes-312993.html"
_CHIFFON = "http://www.le-chiffon-rouge-morlaix.fr/page/979"
_F3ODET = "https://france3-regions.francetvinfo.fr/bretagne/finistere/rentree-scolaire-encore-des-couacs-en-bretagne-801351.html"
_VERSAILLES = "https://juricaf.org/arret/FRANCE-COURDAPPELDEVERSAILLES-20191205-1801926"
_PARIS2015 = "https://juricaf.org/arret/FRANCE-COURDAPPELDEPARIS-20151112-1206822"
_CASS2020 = "https://www.legifrance.gouv.fr/juri/id/JURITEXT000041975754/"

RECORDS = [
    R(
        _BL0RG12,
        "La jeune guichetière, après avoir regardé dans son stock et être allée se renseigner au « centre courrier », revient en m’expliquant qu’il s’agit probablement d’une « erreur du facteur ».",
    ),
    R(
        _PLANET,
        '"seul le service client courrier de La Poste situé à Libourne est autorisé à ouvrir ces envois dans le but de retrouver le destinataire ou l’expéditeur".',
        keep=["La Poste", "Libourne"],
    ),
    R(
        _SADUR,
        "Vendredi dernier la SNCF s'était engagée à nous donner des explications sur les causes de la panne du train et sur la manière dont a été géré l'incident. Nous attendons encore ces explications. Réponse svp à f.ndiaye77@gmail.com",
        pii=[("EMAIL", "f.ndiaye77@gmail.com")],
        keep=["SNCF"],
        inserted=["f.ndiaye77@gmail.com"],
    ),
    R(
        _TENDANCE,
        "Désireux de me rendre à Sées (Orne) le vendredi 8 novembre, je me connecte sur le site de la SNCF pour acheter un billet.",
        keep=["Sées", "Orne", "SNCF"],
    ),
    R(
        _TENDANCE,
        "Tous ? Non, un seul restait à la vente, le TER de 18 h 13 (arrivée 20 h 20 à Surdon). ma réf de réservation : QKZ7TL, au nom de m. guillou",
        pii=[("REFERENCE_DOSSIER", "QKZ7TL"), ("PERSONNE", "guillou")],
        keep=["TER", "Surdon"],
        inserted=["QKZ7TL", "guillou"],
    ),
    R(
        _PORTO,
        "Sur le quai, l’agent de service laisse entendre qu’il n’y a pas de conducteur ( ?!), qu’il y a un autre train à 9h03 pour Cherbourg, mais qu’il risque d’être complet.",
        keep=["Cherbourg"],
    ),
    R(
        _EUROPE1,
        "\"Il y a des enfants, des femmes enceintes, des animaux... C'est juste aberrant de voir ça.\", a confié Maël, un étudiant de 23 ans qui fait souvent ce trajet, au micro d'Europe 1.",
        pii=[("PERSONNE", "Maël")],
        keep=["Europe 1"],
    ),
    R(
        _EUROPE1,
        "@SNCF bloqué à Lyon Perrache pour toute la nuit, aucune annonce, rien vous êtes sérieux ? J’espère un dédommagement à la hauteur du préjudice ! — Ledun Kélim (@kelimledun) 7 mars 2019",
        pii=[("PERSONNE", "Ledun Kélim"), ("PERSONNE", "@kelimledun")],
        keep=["SNCF", "Lyon Perrache"],
    ),
    R(
        _EUROPE1,
        "Ah bah merci @SNCF@ouisncf de nous annoncer que « les voies sont désormais fermées » et qu’on a plus qu’à attendre dans le train — Cédric Pietralunga (@CPietralunga) 7 mars 2019",
        pii=[("PERSONNE", "Cédric Pietralunga"), ("PERSONNE", "@CPietralunga")],
        keep=["SNCF"],
    ),
    R(
        _HUFF,
        "C'est le cas de Jeanne, 23 ans, qui devait prendre un train à Quimper à 20h23 dimanche pour rejoindre Paris.",
        pii=[("PERSONNE", "Jeanne")],
        keep=["Quimper", "Paris"],
    ),
    R(
        _LAMINUTE,
        "Mélanie, venue à Marseille samedi, pour l’anniversaire d’une amie, a avancé son départ.",
        pii=[("PERSONNE", "Mélanie")],
        keep=["Marseille"],
    ),
    R(
        _LAMINUTE,
        "Elisabeth, 63 ans, était elle venue à Marseille pour un congrès de psychiatrie. Elle avait prévu de regagner Paris samedi, pour une soirée à l’Opéra Bastille.",
        pii=[("PERSONNE", "Elisabeth")],
        keep=["Marseille", "Paris", "Opéra Bastille"],
    ),
    R(
        _FBROUEN,
        "Depuis trois ans, Michel Lenormand fait le trajet tous les jours entre Rouen et Paris pour travailler. Il paie plus de 400 euros d'abonnement par mois.",
        pii=[("PERSONNE", "Michel Lenormand")],
        keep=["Rouen", "Paris"],
    ),
    R(
        _FBROUEN,
        '" ça nous fait mal aux tripes d\'offrir une qualité de service de ce type là! " Eric Succab, directeur des lignes normandes Intercités',
        pii=[("PERSONNE", "Eric Succab")],
        keep=["Intercités"],
    ),
    R(
        _TITEZ,
        "Et oui : il n’y a qu’un seul accueil public de la Caf à Saint-Denis (pour 145 000 habitants), et il est à l’autre bout de la ville !",
        keep=["Caf", "Saint-Denis"],
    ),
    R(
        _TITEZ,
        "Dans une vaste salle aux allures de hall de gare je retrouve, comme à Pôle emploi, toute la détresse humaine. Publié par Tite zoreille",
        pii=[("PERSONNE", "Tite zoreille")],
        keep=["Pôle emploi"],
    ),
    R(
        _DENNEMONT,
        "Je demande à ce que la CAF soit beaucoup plus réactive afin de permettre aux allocataires de percevoir dans des temps raisonnables leurs ressources.\n\nJean-Daniel DENNEMONT",
        pii=[("PERSONNE", "Jean-Daniel DENNEMONT")],
        keep=["CAF"],
    ),
    R(
        _ZINFOS,
        'Pour Chryslène Moutiama, déléguée syndicale CGTR Ecos, le manque de personnel à la CAF est "catastrophique".',
        pii=[("PERSONNE", "Chryslène Moutiama")],
        keep=["CGTR", "CAF"],
    ),
    R(
        _LA1MQ,
        "Ma grand-mère qui a 100 ans a besoin d'un document par rapport à sa retraite. Il est impossible d'obtenir cette attestation sans passer par le site et le compte Ameli.",
        keep=["Ameli"],
    ),
    R(
        _LA1MQ,
        "Vous arrivez là, tout est fermé. Avec plusieurs riverains, on a sonné, on attendait et personne ne vous reçoit. Rappelez moi au 0696 41 27 83",
        inserted=["0696 41 27 83"],
    ),
    R(
        _KARIB,
        "Il y a, parmi eux, de futurs retraités agricoles, qui sont pris en charge par Pierre Hamidouche, directeur de la MSA.",
        pii=[("PERSONNE", "Pierre Hamidouche")],
        keep=["MSA"],
    ),
    R(
        _KARIB,
        "Depuis lundi et jusqu’à demain, immeuble Gopal, à Dothémare, Les Abymes, les services de la CGSS accueillent des futurs retraités pour faciliter leurs démarches.",
        keep=["immeuble Gopal", "Dothémare", "Les Abymes", "CGSS"],
    ),
    R(
        _ANTILLA,
        "« Il y a beaucoup de parcours à trou en Martinique : des périodes de chômage, des périodes non déclarées. Monter un dossier de retraite peut prendre un an », précise Catherine Conconne.",
        pii=[("PERSONNE", "Catherine Conconne")],
        keep=["Martinique"],
    ),
    R(
        _CGTM,
        'Jocelyn Lamon (secrétaire général de la CGTM-FSM, au mic de Stéphane Lupont) "Vices dans la gestion de la CGSS"',
        pii=[("PERSONNE", "Jocelyn Lamon"), ("PERSONNE", "Stéphane Lupont")],
        keep=["CGTM-FSM", "CGSS"],
    ),
    R(
        _CGTM,
        "Une vingtaine d’agents de la Caisse Générale de Sécurité Sociale de Martinique se sont mobilisés jeudi 8 juin 2023 dans les locaux de Place d’Armes au Lamentin.",
        keep=["Caisse Générale de Sécurité Sociale de Martinique", "Place d’Armes", "Lamentin"],
    ),
    R(
        _JDM,
        "Objectif affiché, “ne pas rater son entrée dans la retraite” indique Ymane Alihamidi-Chanfi, directrice générale de la CSSM.",
        pii=[("PERSONNE", "Ymane Alihamidi-Chanfi")],
        keep=["CSSM"],
    ),
    R(
        _AJACCIO,
        "Q : Le trottoir situé sur le cours Napoléon, entre l’avenue Beverini-Vico et la rue Sainte Lucie est en mauvais état à cause des racines des arbres. Est-il possible de procéder à sa réfection ?",
        keep=["cours Napoléon", "avenue Beverini-Vico", "rue Sainte Lucie"],
    ),
    R(
        _AJACCIO,
        "Q : Au n° 12 de l'avenue Beverini-Vico, est-il possible de retirer les bacs d’ordures ménagères sous les fenêtres ? (Mme Santoni Marie-Dominique, 2e étage)",
        pii=[("PERSONNE", "Santoni Marie-Dominique"), ("ADRESSE", "n° 12 de l'avenue Beverini-Vico")],
        inserted=["Santoni Marie-Dominique"],
    ),
    R(
        _ALZO,
        "Depuis octobre 2015, Annick Begliomini alerte régulièrement la mairie. Elle envoie des courriers accompagnés de photos. Elle attend toujours des actions.",
        pii=[("PERSONNE", "Annick Begliomini")],
        keep=["mairie"],
    ),
    R(
        _ALZO,
        "« Rien n’a été fait. On ne vient même pas nous couper l’herbe, il y a des saletés partout. Ils font l’autruche. On a l’impression qu’on ne fait pas partie d’Ajaccio. »",
        keep=["Ajaccio"],
    ),
    R(
        _CAPO,
        '"Ce lieu fait partie des plus beaux endroits de Corse, qu\'il faut préserver" nous confie Barbara, derrière ses lunettes de soleil.',
        pii=[("PERSONNE", "Barbara")],
        keep=["Corse"],
    ),
    R(
        _CAPO,
        '"Mais quelques maisons moi ça ne me gêne pas." relativise Robert, un habitant en promenade ce jour là.',
        pii=[("PERSONNE", "Robert")],
    ),
    R(
        _YANOUS,
        "« Le délai légal de réponse à une demande est de quatre mois, rappelle Carine Taddia, membre du Collectif Handicap PACA.",
        pii=[("PERSONNE", "Carine Taddia")],
        keep=["Collectif Handicap PACA"],
    ),
    R(
        _HANDICAP,
        "A ce jour, toujours aucune nouvelle de la MDPH de Paris, à laquelle la famille est rattachée. « Inutile de les appeler, seuls 10 % des appels aboutissent » (dossier n°750231884)",
        pii=[("REFERENCE_DOSSIER", "750231884")],
        keep=["MDPH de Paris"],
        inserted=["750231884"],
    ),
    R(
        _HANDICAP,
        "« A quelle date doit-on réaliser l'équipe de suivi de scolarisation (ESS) et envoyer son dossier pour avoir une réponse à temps pour la rentrée suivante ? », s'énerve Charlotte Decool.",
        pii=[("PERSONNE", "Charlotte Decool")],
        keep=["ESS"],
    ),
    R(
        _AF24,
        "Vanessa, habitante de Canteleu (Seine-Maritime), a fait une demande d’accompagnant des élèves en situation de handicap (AESH) pour sa fille Maelys, 10 ans.",
        pii=[("PERSONNE", "Vanessa"), ("PERSONNE", "Maelys")],
        keep=["Canteleu", "Seine-Maritime", "AESH"],
    ),
    R(
        _AF24,
        "« On a déposé son dossier au mois de mai 2024. On espère avoir les réponses courant juillet 2025, avant la rentrée. » dossier MDPH n° 76-2024-0518-332",
        pii=[("REFERENCE_DOSSIER", "76-2024-0518-332")],
        keep=["MDPH"],
        inserted=["76-2024-0518-332"],
    ),
    R(
        _ASPERANSA,
        "« Bonjour, vous avez rendez-vous ? » L’homme en costume accueille Thibault à peine la porte passée. « Non, mais j’ai un dossier. »",
        pii=[("PERSONNE", "Thibault")],
    ),
    R(
        _CRETEIL,
        "« Aujourd’hui, les délais de prise en charge ne sont plus tenables, témoigne Amandine, maman du petit Ruben, 4 ans, atteint de troubles du spectre autistique (TSA).",
        pii=[("PERSONNE", "Amandine"), ("PERSONNE", "Ruben")],
    ),
    R(
        _APF85,
        "Madame G. est excédée. Elle a déposé une demande d'Allocation Adulte Handicapée et ne comprend pas pourquoi tout est si compliqué avec la MDPH.",
        keep=["Allocation Adulte Handicapée", "MDPH"],
    ),
    R(
        _APF85,
        "Un rendez-vous hallucinant dans un pré-fabriqué à Challans (photo). Il pleuvait : il n'y avait pas de salle d'attente, on attendait dehors sous la pluie. J'habite sur l'ile de Noirmoutier, 14 impasse des Mimosas",
        pii=[("ADRESSE", "14 impasse des Mimosas")],
        keep=["Challans", "Noirmoutier"],
        inserted=["14 impasse des Mimosas"],
    ),
    R(
        _TF1PERMIS,
        "Maître Rémy Josseaume, avocat en droit routier explique qu'il y a certainement peut-être un problème d'effectifs, de compétence, de coordination entre les services.",
        pii=[("PERSONNE", "Rémy Josseaume")],
    ),
    R(
        _F3BZH,
        "Cécile Fourdan, membre du collectif des parents d'élèves explique : \"A la rentrée, nous avons invité l'inspecteur d'académie à venir compter lui-même les enfants. Il n'est pas venu.\"",
        pii=[("PERSONNE", "Cécile Fourdan")],
    ),
    R(
        _F3BZH,
        "A l'école Pierre Marie Cholet de Feins (35) les parents voient rouge.",
        keep=["école Pierre Marie Cholet", "Feins"],
    ),
    R(
        _CHIFFON,
        "« supprimée brutalement et sans concertation, le jeudi 7 septembre dernier, soit trois jours après la rentrée », précise Aurélie Prouff, parente de deux enfants scolarisés à l'école du Cloître.",
        pii=[("PERSONNE", "Aurélie Prouff")],
        keep=["école du Cloître"],
    ),
    R(
        _CHIFFON,
        "Le collectif « La colère terrible du Cragou » a organisé une opération de filtrage et de distribution de tracts à Plounéour-Ménez, au rond-point du Roc'h Trédudon.",
        keep=["Plounéour-Ménez", "Roc'h Trédudon"],
    ),
    R(
        _F3ODET,
        "\"On a le droit de dire que l'on est pas d'accord avec ce type de décision, et surtout cette façon de faire\" explique Jérôme Mas, un parent d'élève.",
        pii=[("PERSONNE", "Jérôme Mas")],
    ),
    R(
        _F3ODET,
        "C'est le cas à Gouenarc'h dans le Finistère, où des parents d'élèves ont occupé le groupe scolaire de l'Odet.",
        keep=["Gouenarc'h", "Finistère", "groupe scolaire de l'Odet"],
    ),
    R(
        _VERSAILLES,
        "Madame [C] [P]\n[Adresse 1]\n[Localité 3]\ncomparante en personne, assistée de Me Arnaud OLIVIER, avocat au barreau de PARIS, vestiaire : A0476",
        pii=[("PERSONNE", "Arnaud OLIVIER")],
    ),
    R(
        _VERSAILLES,
        "Monsieur Olivier FOURMY, Président,\nMadame Carine TASMADJIAN, Conseiller,\nMadame Caroline BON, Vice présidente placée,\nGreffier, lors des débats : Madame Florence PURTAS,",
        pii=[
            ("PERSONNE", "Olivier FOURMY"),
            ("PERSONNE", "Carine TASMADJIAN"),
            ("PERSONNE", "Caroline BON"),
            ("PERSONNE", "Florence PURTAS"),
        ],
    ),
    R(
        _PARIS2015,
        "La Cour statue sur l'appel régulièrement interjeté par la caisse primaire d'assurance maladie du Val de Marne d'un jugement rendu le 9 février 2012 par le tribunal des affaires de sécurité sociale de Créteil dans un litige l'opposant à Mme [R] ;",
        keep=["caisse primaire d'assurance maladie du Val de Marne", "Créteil"],
    ),
    R(
        _PARIS2015,
        "- signé par Madame Bernadette VAN RUYMBEKE, Président et par Madame Laïla NOUBEL, Greffier, à laquelle la minute de la décision a été remise par le magistrat signataire.",
        pii=[("PERSONNE", "Bernadette VAN RUYMBEKE"), ("PERSONNE", "Laïla NOUBEL")],
    ),
    R(
        _CASS2020,
        "Sur le rapport de Mme Dudit, conseiller référendaire, les observations de la SCP Foussard et Froger, avocat de la caisse primaire d'assurance maladie de la Haute-Marne, de Me Balat, avocat de M. C...",
        pii=[("PERSONNE", "Dudit"), ("PERSONNE", "Foussard"), ("PERSONNE", "Froger"), ("PERSONNE", "Balat")],
        keep=["caisse primaire d'assurance maladie de la Haute-Marne"],
    ),
]
