"""Real passages, batch 18: round 5's held-out split, written blind by a new hand (CAF, France Travail, letters to a
mayor, hospital emergencies, Mayotte's bureau des étrangers), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_CFDT13 = "http://cfdt-caf13.blogspot.com/2012/03/ma-matinee-la-caf.html"
_FDS2010 = "https://fdesouche.com/2010/02/03/saint-denis-la-caf-victime-de-son-succes"
_FDS2009 = "https://fdesouche.com/2009/04/02/seine-saint-denis-la-ruee-vers-la-caf"
_ALGDZ = "https://www.algerie-dz.com/forums/village/8801503-france-travail-7-milliards-pour-une-usine-a-gaz?p=8801503"
_GAUDIN = "https://blogs.mediapart.fr/yann-gaudin/blog/230824/pourquoi-les-conseillers-france-travail-ne-font-pas-correctement-leur-travail"
_BEIN = "https://www.beincrypto1.de/economie-politique/france-travail-ex-pole-emploi-degoutes-ces-agents-ont-decide-de-quitter-linstitution-1503955"
_DUBASQUE = "https://dubasque.org/visitons-larriere-boutique-de-france-travail-avec-georges-conseiller-professionnel/"
_C4N = "https://come4news.com/?p=68784"
_IAATA = "https://iaata.info/Lettre-au-maire-et-aux-offices-HLM-de-la-part-de-l-assemblee-des-habitants-de-4038.html"
_ADAMA = "https://www.fichier-pdf.fr/2016/12/07/re-ponse-a-la-lettre-ouverte-de-madame-le-mairepdf/preview/page/1/"
_GIRARD = "http://christophegirard-venissieuxblog.blogspot.com/2010/12/pres-de-650-signatures-dans-lespoir-de.html"
_LOUVIERS = "https://louviers-2008.blogspot.com/2008/10/vingt-quatre-signatures-de-plus-ce-soir.html"
_MESOP = "https://www.mesopinions.com/petition/social/incivilites-nuisances-aux-abords-habitations-maurice/187338"
_BONDY = "https://www.bondyblog.fr/societe/jai-passe-ma-soiree-aux-urgences/"
_FUMAY = "https://hopital.autour-de-moi.com/ville/fumay"
_LA1MAY = "https://la1ere.francetvinfo.fr/mayotte/une-carte-de-sejour-territorialisee-et-des-beneficiaires-coinces-a-mayotte-1352720.html"
_BRUT = "https://brut.media/fr/articles/france/societe/a-mayotte-la-fermeture-du-bureau-des-etrangers-plonge-dans-lillegalite-des-milliers-de-personnes"
_TRT = "https://trt.global/fran%C3%A7ais/article/dd5b1c9518e2"
_KWEZI = "https://linfokwezi.fr/la-prefecture-submergee-de-monde-apres-le-deblocage-du-bureau-des-etrangers"
_LA1GREVE = "https://la1ere.francetvinfo.fr/mayotte/agents-services-etrangers-prefecture-mayotte-sont-greve-567045.html"
_LA1MER = (
    "https://la1ere.francetvinfo.fr/mayotte/mamoudzou/mercredi-pas-autres-devant-bureau-etrangers-mamoudzou-760591.html"
)

RECORDS = [
    R(
        _CFDT13,
        "Marie* a 27 ans et habite à Epinay-sous-Sénart. Elle a décidé de postuler au RSA, dans une période d’entre deux contrats professionnels et sans aucun revenu.",
        pii=[("PERSONNE", "Marie")],
        keep=["Epinay-sous-Sénart", "RSA"],
    ),
    R(
        _CFDT13,
        "J’attrape un ticket, non sans mal, tant il y a du monde entre la porte et l’accueil, le numéro 253. Le compteur affiche le numéro 158.",
    ),
    R(
        _FDS2010,
        "Comme Josyane et sa fille Angélique, venues de Villetaneuse et Pierrefitte, pour leur aide au logement.",
        pii=[("PERSONNE", "Josyane"), ("PERSONNE", "Angélique")],
        keep=["Villetaneuse", "Pierrefitte"],
    ),
    R(
        _FDS2010,
        "Il y a aussi Lacene, qui habite aux 4 000 à La Courneuve et qui tend à bout de bras sa fiche de salaire, de 147 € le mois dernier.",
        pii=[("PERSONNE", "Lacene")],
        keep=["La Courneuve"],
    ),
    R(
        _FDS2009,
        "«Mais comment en est-on arrivé là ? » interroge Sana, stupéfaite à la vue de la file d’attente.",
        pii=[("PERSONNE", "Sana")],
    ),
    R(
        _FDS2009,
        "Venue d’Epinay, Amina, érémiste et trois enfants à charge, ne touche plus aucune aide depuis le mois de janvier. « Ils m’ont tout coupé, je ne comprends pas » num CAF 2114907 amina",
        pii=[("NUMERO_ALLOCATAIRE", "2114907"), ("PERSONNE", "amina"), ("PERSONNE", "Amina")],
        keep=["Epinay"],
        inserted=["2114907", "amina"],
    ),
    R(
        _FDS2009,
        "« Il faudra un certain temps pour que les gens prennent la mesure des nouvelles règles », explique Tahar Belmounès, le directeur de la CAF 93",
        pii=[("PERSONNE", "Tahar Belmounès")],
        keep=["CAF 93"],
    ),
    R(
        _FDS2009,
        "« La situation va à nouveau être explosive dans les prochaines semaines », s’inquiète Jean-Claude Cheriki, responsable Force ouvrière",
        pii=[("PERSONNE", "Jean-Claude Cheriki")],
        keep=["Force ouvrière"],
    ),
    R(
        _ALGDZ,
        "Lara Tchekov\nAvez-vous déjà signé un contrat grâce à France Travail ? Peu d’usagers s’en vantent.",
        pii=[("PERSONNE", "Lara Tchekov")],
        keep=["France Travail"],
    ),
    R(
        _ALGDZ,
        "« nous avons 1 agent pour 98 demandeurs d’emploi, contre 1 pour 38 en Allemagne », assure Thibaut Guilluy, directeur général de France Travail au JDD.",
        pii=[("PERSONNE", "Thibaut Guilluy")],
        keep=["France Travail"],
    ),
    R(
        _GAUDIN,
        "Le diagnostic complet d'un dossier d'allocataire prend en tout plusieurs dizaines de minutes, autant dire que le petit coup de fil rapide au 39 49 n'est pas fiable du tout.",
        keep=["39 49"],
    ),
    R(
        _GAUDIN,
        "Selon le rapport de Pôle emploi pour l'année 2021, il y aurait un peu plus de 7 000 conseillers indemnisation sur toute la France.",
        keep=["Pôle emploi"],
    ),
    R(
        _BEIN,
        "C’est le cas de Louna*, qui a rejoint l’ex-Pôle emploi en tant que conseillère pour les entreprises début 2022 et qui a démissionné le mois dernier, éreintée par la pression du chiffre.",
        pii=[("PERSONNE", "Louna")],
        keep=["Pôle emploi"],
    ),
    R(
        _BEIN,
        "Ce constat amer, Liam*, conseiller depuis 25 ans au sein de l’opérateur public pour l’emploi, est loin d’être le seul à le faire.",
        pii=[("PERSONNE", "Liam")],
    ),
    R(
        _DUBASQUE,
        "Travaillant « à l’ancienne » Georges constate que plus personne ou presque n’apprécie les métiers dits de contact.",
        pii=[("PERSONNE", "Georges")],
    ),
    R(
        _C4N,
        "Je sollicite un rendez-vous le 9 février avec ma conseillère (identifiant 3 814 275 W). Le 20 février je me présente pour prendre des nouvelles, n’en ayant aucune.",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "3 814 275 W")],
        inserted=["3 814 275 W"],
    ),
    R(
        _C4N,
        "Quand il revient, il me dit que mon rendez-vous sera en mars. Je m’exclame que c’est dans encore longtemps.",
    ),
    R(
        _IAATA,
        "En effet, dans le cadre du délogement, les Offices HLM concernés passent chez tous les locataires.",
        keep=["Offices HLM"],
    ),
    R(
        _ADAMA,
        "JUSTICE POUR ADAMA\nNous souhaitons apporter quelques précisions à la lettre ouverte de Madame le Maire Nathalie Groux et rétablir la vérité.",
        pii=[("PERSONNE", "ADAMA"), ("PERSONNE", "Nathalie Groux")],
    ),
    R(
        _ADAMA,
        "Durant la réunion publique du jeudi 24 novembre que nous avons organisé dans les rues du quartier de Boyenval, une habitante nous a confié qu’elle avait tenté de contacter la mairie.",
        keep=["Boyenval", "mairie"],
    ),
    R(
        _GIRARD,
        "Il m'a été remis aujourd'hui, la copie d'un courrier envoyé à Mme le Maire de la part de la courageuse Présidente de l'Amicale des Locataire de la CNL Max Barel, Mme Jeanine Locatelli.",
        pii=[("PERSONNE", "Jeanine Locatelli")],
        keep=["CNL", "Max Barel"],
    ),
    R(
        _GIRARD,
        "Il n'est pas besoin de pression ou de quoi que ce soit pour réduire au silence une population qui demande d'être entendu.\nChristophe GIRARD",
        pii=[("PERSONNE", "Christophe GIRARD")],
    ),
    R(
        _LOUVIERS,
        "Pour son information et celle de tous les lecteurs de ce blog, je précise que nous étions cinq ce soir, à faire du porte à porte dans le quartier de Maison rouge de 18 à 19 heures.",
        keep=["Maison rouge"],
    ),
    R(
        _MESOP,
        "Chers voisins, chers locataires, Rue Maurice Ravel / Place Mozart",
        keep=["Rue Maurice Ravel", "Place Mozart"],
    ),
    R(
        _MESOP,
        "Beaucoup d’entre vous m’ont confié être tombés dans la dépression et certains ont même développé de l’hypertension. signé : Mme Kerjean, bât. C, 06 71 28 93 40",
        pii=[("PERSONNE", "Kerjean"), ("TELEPHONE", "06 71 28 93 40")],
        inserted=["Kerjean", "06 71 28 93 40"],
    ),
    R(
        _BONDY,
        "Clopin-clopant, j’arrive enfin vers 17h dans un grand hôpital de Marseille.",
        keep=["Marseille"],
    ),
    R(
        _FUMAY,
        "Arrivé vers 23h pour une entaille profonde au mollet, l'infirmière de garde nous a pris en charge 10 minutes après avoir sonné, et a constitué notre dossier.",
    ),
    R(
        _LA1MAY,
        "Comme Fassulate Ahmed Oussene, arrivée à Mayotte avec ses trois enfants en 1999, elle est restée dans la clandestinité jusqu'en 2010.",
        pii=[("PERSONNE", "Fassulate Ahmed Oussene")],
        keep=["Mayotte"],
    ),
    R(
        _LA1MAY,
        "Fallaili Abdallah, qui a eu son précieux sésame, depuis un an et demi, est au chômage.",
        pii=[("PERSONNE", "Fallaili Abdallah")],
    ),
    R(
        _LA1MAY,
        "Je connais des amis qui ont des récépissés de La Réunion, ils peuvent travailler, et nous avec la carte de séjour de 10 ans on ne peut pas travailler à l'extérieur c'est pas normal parce que Mayotte c'est la France. Mon titre n° 9760118342",
        pii=[("REFERENCE_DOSSIER", "9760118342")],
        keep=["La Réunion", "Mayotte"],
        inserted=["9760118342"],
    ),
    R(
        _BRUT,
        '"Ça fait cinq fois que je viens mais c\'est toujours fermé", regrette Fred Mugisha, à Mayotte depuis deux ans.',
        pii=[("PERSONNE", "Fred Mugisha")],
        keep=["Mayotte"],
    ),
    R(
        _BRUT,
        "\"Cette année, il n'est resté ouvert que trois à quatre mois\", assure Daniel Gros, représentant de la Ligue des droits de l'Homme (LDH).",
        pii=[("PERSONNE", "Daniel Gros")],
        keep=["Ligue des droits de l'Homme", "LDH"],
    ),
    R(
        _TRT,
        "Par Marine Gachet\nDepuis mars 2023 et l’expiration de son titre de séjour, Saïd* ne peut plus sortir sereinement dans les rues de Mayotte.",
        pii=[("PERSONNE", "Marine Gachet"), ("PERSONNE", "Saïd")],
        keep=["Mayotte"],
    ),
    R(
        _KWEZI,
        "« Moi j’ai reçu un message mis je dois patienter sous le soleil alors que je suis malade, ce n’est pas évident. » mon numero etranger c 9760412853",
        pii=[("REFERENCE_DOSSIER", "9760412853")],
        inserted=["9760412853"],
    ),
    R(
        _LA1GREVE,
        "Les services fiscaux, les hôpitaux, les dispensaires et l'accueil de la préfecture de Mamoudzou sont les services de l’Etat les plus sollicités à Mayotte.",
        keep=["préfecture de Mamoudzou", "Mayotte"],
    ),
    R(
        _LA1MER,
        "Une situation qui avait amené le défenseur du droit Jacques à Toubon à s’exprimer et condamner des atteintes au droit.",
        pii=[("PERSONNE", "Jacques à Toubon")],
    ),
]
