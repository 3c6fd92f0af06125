"""Real passages, batch 8: second held-out round (RSA, La Poste, urgences, chômage, état civil), pages in neither
split of round 1. See README.md."""

from tests.data.privacy_real.record import R

_INSPIRE_RSA23 = "https://inspirefrance.fr/?p=35159"
_INSPIRE_RSA25 = "https://inspirefrance.fr/rsa-allocataires-remboursement-2025"
_ABOUTTHIRTY = "https://aboutthirty.blogspot.com/2008/01/bougez-avec-la-poste-enfin-commencez.html"
_JINTO = "https://jintomystery.blogspot.com/2007/06/ne-bougez-pas-avec-la-poste.html"
_NATH = "https://simplementnath.blogspot.com/2009/11/completement-timbres.html"
_CHASLERIE = "https://www.chaslerie.fr/blog/anecdotes"
_CATELIN = "http://michel.catelin.free.fr/index.php?Coup-de-gueules/2007/07"
_AHQUELAVIE = "http://ahquelavieestbelle.blogspot.com/2007/10/bouger-avec-la-poste.html"
_TF1 = "https://www.tf1info.fr/conso-argent/video-alerte-sur-les-retraites-sans-pension-21-000-dossiers-en-attente-pourquoi-autant-de-retards-dans-les-versements-2238708.html"
_VOIE = "https://www.voie-militante.com/haute-normandie/urgence-impatience/"
_ACTUCHOLET = "https://www.actucholet.fr/societe/3907"
_HEME = "https://heme.typepad.fr/grain_de_poivre/humeur"
_FAKIR = "https://fakirpresse.info/heureusement-mon-copain-travaille-a-mi-temps-a-burger-king-le-chomage-symptome-dune-jeunesse-ecrasee/"
_RACONTER = "http://raconterletravail.fr/spip.php?page=reader&id_recit=1197"
_HETERONOMIE = "http://heteronomie.fr/2019/12/05/aie-31/"
_ATELIER = "https://atelier-de-france.fr/caf-ce-courrier-ignore-a-suspendu-les-aides-de-80-000-foyers-en-mars/49633"
_MEROME = "https://merome.net/blog/index.php?post/2008/11/18/502-la-maison-qui-rend-fou"
_MISSION = "http://m.missioncapitale.paris.fr/rencontre/a-letat-civil-de-la-mairie-du-15e"
_DAILYMOTION = "https://www.dailymotion.com/video/x9slkc4"
_EUROPESAYS_FT = "https://www.europesays.com/fr/307179"
_YMANCI = "https://ymanci.fr/assurance-sante/guide/perte-ou-vol-de-vos-cartes-vitale-et-de-mutuelle"
_OUILLADE = "https://www.ouillade.eu/agenda/zoom-argeles-sur-mer-le-bureau-de-la-poste-ne-peut-pas-faire-face-a-laffluence-estivale-de-la-clientele/233401"

RECORDS = [
    R(
        _INSPIRE_RSA23,
        "La Caisse d’Allocations Familiales a renforcé ses contrôles en 2023 pour aligner les versements du RSA sur les situations réelles des bénéficiaires. Une politique justifiée par la lutte contre les erreurs, mais dont les modalités laissent souvent les allocataires désemparés.",
        keep=["Caisse d’Allocations Familiales", "RSA"],
    ),
    R(
        _INSPIRE_RSA23,
        "Le cas d’Éloïse Vasseur : « On m’a retiré mon filet de sécurité » Cette graphiste indépendante de 29 ans raconte : « Quand j’ai reçu l’avis de trop-perçu de 1 200 €, j’ai cru à une erreur. »",
        pii=[("PERSONNE", "Éloïse Vasseur")],
    ),
    R(
        _INSPIRE_RSA23,
        "« La CAF a recalculé mes droits rétroactivement sur six mois sans que je comprenne leur méthode. Maintenant, je dois choisir entre payer mon loyer ou régler cette dette. » Son témoignage illustre le sentiment d’injustice qui prédomine.",
        keep=["CAF"],
    ),
    R(
        _INSPIRE_RSA23,
        "Karim Belkacem, père isolé : « Une machine inhumaine » « Ils m’ont notifié 950 € à rembourser alors que je venais de perdre mon emploi. Quand j’ai demandé des explications, on m’a parlé de coefficients et de seuils. »",
        pii=[("PERSONNE", "Karim Belkacem")],
    ),
    R(
        _INSPIRE_RSA23,
        "Les agents examinent scrupuleusement : les fluctuations de revenus, les évolutions familiales (mariage, divorce, naissance) et les versements antérieurs. mon iban pour le remboursement FR76 1027 8060 4100 0204 5180 143",
        pii=[("IBAN", "FR76 1027 8060 4100 0204 5180 143")],
        inserted=["FR76 1027 8060 4100 0204 5180 143"],
    ),
    R(
        _INSPIRE_RSA25,
        "« Entre le moment où on signe un contrat et celui où on reçoit son premier salaire, il peut se passer six semaines », explique Lucile Vaillant, assistante sociale dans un Centre communal d’action sociale.",
        pii=[("PERSONNE", "Lucile Vaillant")],
        keep=["Centre communal d’action sociale"],
    ),
    R(
        _INSPIRE_RSA25,
        "« Les gens hésitent à déclarer tant qu’ils n’ont pas la certitude de la stabilité de leur nouvel emploi. » Témoignage : le cas d’Hakim Belkacem",
        pii=[("PERSONNE", "Hakim Belkacem")],
    ),
    R(
        _INSPIRE_RSA25,
        "Hakim Belkacem, 38 ans, a vécu cette situation de plein fouet. Lorsqu’un bénéficiaire omet de signaler un changement dans sa situation, les caisses d’allocations peuvent exiger le remboursement rétroactif des prestations perçues indûment.",
        pii=[("PERSONNE", "Hakim Belkacem")],
    ),
    R(
        _INSPIRE_RSA25,
        "Les sommes réclamées, pouvant atteindre l’équivalent de trois mois d’allocation, représentent un coup dur pour des budgets déjà tendus. Mon numéro de sécurité sociale : 1 84 07 13 055 217 46",
        pii=[("NIR", "1 84 07 13 055 217 46")],
        inserted=["1 84 07 13 055 217 46"],
    ),
    R(
        _ABOUTTHIRTY,
        "Je sais que Danny Boon en a déjà fait un sketch désopilant, mais c’était plus fort que moi : il fallait que j’écrive sur cette merveilleuse administration qu’est La Poste.",
        pii=[("PERSONNE", "Danny Boon")],
        keep=["La Poste"],
    ),
    R(
        _ABOUTTHIRTY,
        "Evidemment la Poste est au nord de la ville, alors que j’habite au sud, ce qui me rend l’accès à pieds, si ce n’est impossible, du moins difficile, surtout quand il faut effectuer l’aller ou le retour lesté d’un colis de plusieurs kilos.",
        keep=["Poste"],
    ),
    R(
        _ABOUTTHIRTY,
        "L’ennui c’est qu’il faut prévoir à chaque fois au moins une bonne demie heure pour accéder à l’unique guichet, ou à l’un des deux si l’on tombe par chance sur un jour en sureffectif, pour cause de RTT soldés ou d’erreur de planning.",
    ),
    R(
        _ABOUTTHIRTY,
        "La première fois que je suis allée à cette Poste, il y avait déjà une dizaine de personnes devant moi, dont au moins la moitié de personnes âgées. le colis était au nom de laetitia vasseur, avis de passage 1Z4R8830517",
        pii=[("PERSONNE", "laetitia vasseur"), ("REFERENCE_DOSSIER", "1Z4R8830517")],
        keep=["Poste"],
        inserted=["laetitia vasseur", "1Z4R8830517"],
    ),
    R(
        _JINTO,
        "Plus précisément le bureau de poste et encore plus précisément le bureau de poste St-------- à Rouen. Dans cet endroit le temps ralentit, s'étire pour finalement s'arrêter.",
        keep=["Rouen"],
    ),
    R(
        _JINTO,
        "Bien sur, devant vous se trouve la personne qui veut des timbres, celle qui veut retirer de l'argent mais qui n'a pas de pièces officielles, juste sa carte de bus et qui ne comprend pas pourquoi on refuse de lui donner son argent.",
    ),
    R(
        _JINTO,
        "Et la palme revient aux 10 minutes de queue que vous devez faire quand la machine à affranchir est en panne. Cela arrive très souvent à Misery et on a droit aux excuses ridicules des employés: \"c'est qu'il n'y a pas de monnaie dedans\".",
    ),
    R(
        _JINTO,
        "J'oubliais: la carte bleue, c'est à partir de 15 euros (sur ce bureau de Rouen..) et on vous propose d'acheter des timbres pour atteindre cette somme.",
        keep=["Rouen"],
    ),
    R(
        _NATH,
        "Faut il privatiser la Poste? Je ne sais pas, je ne sais plus. La question ne se pose même plus quand on voit la queue un samedi matin dans un bureau parisien. Un froid glacial vous saisit.",
        keep=["Poste"],
    ),
    R(
        _NATH,
        "Quand apparait enfin une guichetière qui s'empare d'un panneau blanc et écrit lentement mais sûrement. Et toujours derrière le rideau de fer. \"Suite à un problème technique le bureau n'ouvrira q'uà 9H45.\"",
    ),
    R(
        _NATH,
        "Ca n'est pas vraiment passé comme une lettre à la Poste mais en tous cas c'est à marquer d'une pierre blanche. Pour ma part j'hésite encore à vous recommander chaudement ce bureau...\nnath",
        pii=[("PERSONNE", "nath")],
        keep=["Poste"],
        inserted=["nath"],
    ),
    R(
        _CHASLERIE,
        "Je me suis rendu au bureau de poste de Domfront pour expédier ma mise en demeure.\n\nLà, il faut désormais s'adresser à un Cerbère électronique pour pouvoir entrer.",
        keep=["Domfront"],
    ),
    R(
        _CHASLERIE,
        "Un usager, arrivé avant moi, faisait déjà la queue. Une autre tâchait d'expliquer à la guichetière qu'elle avait perdu le document représentatif de son livret A. Dans le même temps, la guichetière était engagée dans une interminable conversation téléphonique.",
    ),
    R(
        _CHASLERIE,
        'Je me suis assis près du guichet et j\'ai entendu l\'usagère demander un relevé de son livret A. "Impossible", lui répondait la guichetière, "nous ne sommes pas équipés pour ça".',
    ),
    R(
        _CHASLERIE,
        "Donc un bon quart d'heure pour obtenir un malheureux coup de tampon.\n\nLa poste est un naufrage (air connu). Surtout dans nos campagnes. Recommandé n° 1A 178 445 2936 4",
        pii=[("REFERENCE_DOSSIER", "1A 178 445 2936 4")],
        inserted=["1A 178 445 2936 4"],
    ),
    R(
        _CATELIN,
        "Je voudrais pas avoir l'air d'entrer dans les jeux politiques des droitistes en mal de reforme et de purges de fonctionnaires, mais.... La Poste est vraiment l'administration qui a l'art de m'énerver.",
        keep=["La Poste"],
    ),
    R(
        _CATELIN,
        "Soudain, j'avise un guichet quasiment vide. Surprise, miracle, allez savoir. Au dessus de l'étrange officine, un écriteau indique \"Courriers - Envois\".",
    ),
    R(
        _CATELIN,
        "Je tends mon recommandé avec le formulaire que j'avais déjà rempli et là, surprise, la damoiselle de derrière le guichet m'annonce qu'elle n'est là que pour donner des colis ou des recommandé, pas pour en prendre.",
    ),
    R(
        _CATELIN,
        "Résultat : 40 minutes pour récupérer un colis et poster un recommandé. Je veux bien croire a un manque de moyens mais tout de même, un facteur qui ne sonne jamais, des guichets qui ne font pas ce qu'ils annoncent.",
    ),
    R(
        _AHQUELAVIE,
        "Mercredi matin, devant récupérer une lettre recommandée, je me suis motivé pour descendre jusqu'à la poste de la Place des Fêtes. Ça faisait bien un an que je n'y avais pas mis les pieds.",
        keep=["Place des Fêtes"],
    ),
    R(
        _AHQUELAVIE,
        "Je retire donc mon petit ticket, spécial file pour les retraits de lettres et de colis qui arbore le numéro 57. Il y avait six personnes avant moi.",
    ),
    R(
        _AHQUELAVIE,
        "Il affichait le numéro 48 puis tout à coup, le numéro 661 qui correspondait à une personne qui venait juste d'arriver. Sourcils circonflexes de circonstance des autres usagers, murmures réprobateurs puis franche colère scandalisée.",
    ),
    R(
        _TF1,
        "Cette année, sur 820.000 dossiers, 21.000 ont du retard, selon les chiffres officiels de l'administration. Autant de nouveaux retraités qui attendent pour toucher leur première pension.",
    ),
    R(
        _TF1,
        '"Il y a de plus en plus de personnes qui font valoir leur droit à la retraite, et en face, on a de moins en moins de salariés pour traiter ces dossiers", explique Grégory Lenglet, responsable syndical CFDT à la Carsat Pays-de-la-Loire.',
        pii=[("PERSONNE", "Grégory Lenglet")],
        keep=["CFDT", "Carsat Pays-de-la-Loire"],
    ),
    R(
        _TF1,
        "La caisse nationale de l’assurance vieillesse regrette ce chiffre, mais avance que la situation n’est pas nouvelle, ni en hausse. Mon dossier retraite est le n° 2022RET0418857, déposé en mai.",
        pii=[("REFERENCE_DOSSIER", "2022RET0418857")],
        keep=["caisse nationale de l’assurance vieillesse"],
        inserted=["2022RET0418857"],
    ),
    R(
        _VOIE,
        "Cela faisait une trentaine d’années que je n’étais pas allé aux urgences. La dernière fois, c’était à Espalion. Hier matin, le médecin traitant me recommanda chaudement d’y aller le plus tôt possible.",
        keep=["Espalion"],
    ),
    R(
        _VOIE,
        "Je suis arrivé aux urgences de l’hôpital d’Elbeuf vers 13 h 00. J’ai eu droit durant près de 2 h 00 à la diarrhée verbale d’un brave dame impatiente et décolorée.",
        keep=["hôpital d’Elbeuf"],
    ),
    R(
        _VOIE,
        "Heureusement, j’avais ma liseuse et la lecture de Sylvain Tesson me fit avantageusement passer le temps. J’ai dû patienter près de deux heures.",
        pii=[("PERSONNE", "Sylvain Tesson")],
    ),
    R(
        _VOIE,
        "Je suis sorti des urgences de l’hôpital des Feugrais à 19 h 15. Je n’ai aucun problème cardiaque. Et un grand merci à l’ensemble du personnel administratif et médical !\nDenis",
        pii=[("PERSONNE", "Denis")],
        keep=["hôpital des Feugrais"],
    ),
    R(
        _ACTUCHOLET,
        "Dans notre rubrique « Courrier des lectrices et des lecteurs », Michel Launay, de Loire-Atlantique, partage son vécu après un passage aux urgences d’un hôpital local.",
        pii=[("PERSONNE", "Michel Launay")],
        keep=["Loire-Atlantique"],
    ),
    R(
        _ACTUCHOLET,
        "« J’ai été hospitalisé le jeudi 1er janvier 2026 aux urgences de l’hôpital de Châteaubriant pour une infection pulmonaire et une détresse respiratoire. Le service était littéralement saturé », relate Michel.",
        pii=[("PERSONNE", "Michel")],
        keep=["hôpital de Châteaubriant"],
    ),
    R(
        _ACTUCHOLET,
        "Un protocole de soins lui a été établi dans un lit médicalisé, placé dans un couloir en raison de l'absence de chambres disponibles. Il y est resté 36 heures.",
    ),
    R(
        _ACTUCHOLET,
        "Michel conclut : « Du fond du cœur, je tiens à remercier ces héros du quotidien. Leur dévotion mérite d'être reconnue. »",
        pii=[("PERSONNE", "Michel")],
    ),
    R(
        _HEME,
        "J’ai accepté de participer à un protocole de recherche sur les risques d’attaque cérébrale chez les crisés cardiaques. Je suis donc convoquée à 9 h à l’hôpital Bichat, 12e étage, aile nord, pièce 19-20.",
        keep=["hôpital Bichat"],
    ),
    R(
        _HEME,
        "Une infirmière jette un coup d’œil à mon papier et me désigne une chaise dans le couloir. Heureusement, j’ai apporté un bouquin. Une vieille dame arrive, elle a beaucoup de mal à marcher, elle aussi s’assied.",
    ),
    R(
        _HEME,
        "Finalement le médecin responsable arrive, une femme charmante. On lui a rapporté notre impatience mais il y a eu des urgences ce matin. Je suis joignable au 01 42 63 18 07 si besoin.",
        pii=[("TELEPHONE", "01 42 63 18 07")],
        inserted=["01 42 63 18 07"],
    ),
    R(
        _FAKIR,
        "« Ça fait un mois que je suis inscrite à France Travail, c’est mon premier rendez-vous aujourd’hui. J’appréhende un peu. » Dans le froid amiénois, Clémentine, 25 ans, me raconte ses galères de chômage devant France Travail, ex-Pôle Emploi, ex ANPE, ce matin-là.",
        pii=[("PERSONNE", "Clémentine")],
        keep=["France Travail", "Pôle Emploi", "ANPE"],
    ),
    R(
        _FAKIR,
        "- On avait déjà publié plein de témoignages, faudrait retourner voir les gens, sur le terrain… Maëlle, t’es connectée ou tu dors encore ? »",
        pii=[("PERSONNE", "Maëlle")],
    ),
    R(
        _FAKIR,
        "Voilà comment je me retrouve, en route pour Fakir, à m’arrêter devant le France Travail d’Amiens, juste derrière la gare routière. « J’ai rendez-vous dans une quinzaine de minutes, mais oui, vas-y, on peut discuter un peu... »",
        keep=["France Travail d’Amiens"],
    ),
    R(
        _FAKIR,
        "Déjà, pour ce premier rendez-vous “obligatoire”, on m’a imposé la date… Heureusement que j’ai pu me déplacer. mon identifiant france travail c'est 4521887K",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "4521887K")],
        inserted=["4521887K"],
    ),
    R(
        _RACONTER,
        "8 heures du matin, le métro, direction plein sud, les quartiers populaires de Toulouse. Les QPV. Quartiers Prioritaires de la Ville. Je suis conseillère à l’emploi, nous sommes le 24 décembre. Ce soir, je réveillonnerai à Montpellier.",
        keep=["Toulouse", "Montpellier"],
    ),
    R(
        _RACONTER,
        "Marengo – Jean Jaurès – Capitole. Il est plutôt sympa ce métro toulousain quand il n’est pas bondé : coloré, propre, rapide. Désolée, les parisiens, je préfère celui-là !",
        keep=["Jean Jaurès", "Capitole"],
    ),
    R(
        _RACONTER,
        "Esquirol – Saint Cyprien. Un jeune homme s’assoit face à moi. Il porte son badge Darty autour du cou.",
        keep=["Saint Cyprien"],
    ),
    R(
        _RACONTER,
        "Arènes – Mirail – Reynerie. Les fameux QPV. Basso Cambo ; à moi de jouer ; je descends.",
        keep=["Mirail", "Reynerie", "Basso Cambo"],
    ),
    R(
        _HETERONOMIE,
        "Mi-novembre, j’ai reçu un mail de la Caisse d’allocations familiales m’indiquant que mes droits avaient changé. Je devais aller voir sur le site de quoi il s’agissait.",
        keep=["Caisse d’allocations familiales"],
    ),
    R(
        _HETERONOMIE,
        "Comme de bien entendu, je reçois toujours ce genre de mail quand je ne suis pas chez moi quelques jours, et n’ai pas mes codes d’accès. Là, j’étais en exil chez Isabelle pour cause de travaux.",
        pii=[("PERSONNE", "Isabelle")],
    ),
    R(
        _HETERONOMIE,
        "Au vu de la date de paiement, je comprends sitôt qu’il s’agit de l’APL, ce que la mention « paiement à un tiers » (mon bailleur) confirme. Mon sang ne fait qu’un tour.",
        keep=["APL"],
    ),
    R(
        _HETERONOMIE,
        "Je reste calme tout en sentant la sueur monter et m’en vais télécharger mon attestation de droits, ne serait-ce que pour vérifier que mon AAH n’est pas touchée par cette casse sociale.",
        keep=["AAH"],
    ),
    R(
        _HETERONOMIE,
        "« Rappel », le mot magique ! Ne pouvait-il pas apparaître sur le site, à l’endroit de la notification ? Cela m’aurait épargné un coup de sang et une petite suée. allocataire n°0938571 caf de la haute-garonne",
        pii=[("NUMERO_ALLOCATAIRE", "0938571")],
        inserted=["0938571"],
    ),
    R(
        _ATELIER,
        "Sophie, une mère célibataire de deux enfants à Lyon, fait partie des personnes affectées. « Je n’ai jamais reçu ce courrier. Je m’en suis rendue compte seulement lorsque mon aide au logement n’a pas été versée et que j’ai dû appeler la CAF », explique-t-elle.",
        pii=[("PERSONNE", "Sophie")],
        keep=["Lyon", "CAF"],
    ),
    R(
        _ATELIER,
        "Sophie raconte le stress et les difficultés engendrés par cette suspension inattendue. « Tout à coup, je me suis retrouvée sans savoir comment payer mon loyer. C’était terrifiant, surtout quand on a des enfants à charge. »",
        pii=[("PERSONNE", "Sophie")],
    ),
    R(
        _ATELIER,
        "L’affaire commence avec un courrier envoyé par la CAF, demandant une confirmation d’informations pour continuer à bénéficier des aides. Ce processus, normalement routinier, a pris une tournure inattendue lorsque de nombreux bénéficiaires ont omis de répondre.",
        keep=["CAF"],
    ),
    R(
        _MEROME,
        "Ma presque-femme et moi-même nous rendons à notre mairie pour y déposer un dossier de mariage. Il faut fournir une copie intégrale d'acte de naissance pour chacun.",
        keep=["mairie"],
    ),
    R(
        _MEROME,
        "Et donc huit jours avant la cérémonie, la nana de la mairie nous rappelle, comme une fleur : “oui il faudrait penser à nous rapporter des actes de naissance valides, vous avez jusqu'à jeudi”. Bref instant de panique, puis on s'active.",
        keep=["mairie"],
    ),
    R(
        _MEROME,
        "Mea maxima culpa et tout ce qu'on veut, n'empêche qu'on a oublié, connement. acte demandé pour jérôme et mélanie, nés le 03/09/1979 et le 21/12/1981",
        pii=[
            ("PERSONNE", "jérôme"),
            ("PERSONNE", "mélanie"),
            ("DATE_NAISSANCE", "03/09/1979"),
            ("DATE_NAISSANCE", "21/12/1981"),
        ],
        inserted=["jérôme", "mélanie", "03/09/1979", "21/12/1981"],
    ),
    R(
        _MISSION,
        "Le 15e est l’arrondissement le plus peuplé. Par conséquent, l’activité de l’état civil bat son plein. L’année dernière, ce ne sont pas moins de 1 000 mariages, 1 000 pacs, 6 000 naissances et 4 000 décès qui ont été enregistrés.",
        keep=["état civil"],
    ),
    R(
        _MISSION,
        "Je traite aussi les demandes d’actes faites via Internet ou par courrier pour lesquelles une réponse est assurée dans les 72 h, hors délais postaux. Dans les registres, je vois défiler la vie des gens.",
    ),
    R(
        _MISSION,
        "J’ai la chance de travailler au sein d’une équipe soudée et très impliquée. Même si nous sommes 23 avec nos responsables, la moindre absence se fait sentir.",
    ),
    R(
        _DAILYMOTION,
        "Selon une enquête menée pendant plusieurs mois par la rédaction de 20 Minutes, des dizaines de témoignages dénoncent un système sous pression : des conseillers débordés, des dossiers mal suivis, des droits non notifiés.",
        keep=["20 Minutes"],
    ),
    R(
        _DAILYMOTION,
        "Sur notre plateau :\n- Yann Gaudin, ancien salarié de France Travail, lanceur d’alerte, qui a décidé de parler,\n- Valentine Maillochon, porte-parole du Mouvement national des chômeurs et précaires",
        pii=[("PERSONNE", "Yann Gaudin"), ("PERSONNE", "Valentine Maillochon")],
        keep=["France Travail"],
    ),
    R(
        _EUROPESAYS_FT,
        "Chargée d’accueil et d’information chez France travail pendant deux ans, Diane(1) est en cours de formation pour devenir conseillère indemnisation. Métier souvent mal connu du grand public, l’habitante de La Chapelle-sur-Erdre (Loire-Atlantique) explique son quotidien.",
        pii=[("PERSONNE", "Diane")],
        keep=["France travail", "La Chapelle-sur-Erdre", "Loire-Atlantique"],
    ),
    R(
        _EUROPESAYS_FT,
        "Lire aussi : Contrôleur SNCF, Diego fait bien plus que vérifier les billets de train",
        pii=[("PERSONNE", "Diego")],
        keep=["SNCF"],
    ),
    R(
        _EUROPESAYS_FT,
        "Les personnes pensent qu’ils ont cotisé pour avoir le chômage, mais France travail est une assurance, au même titre que les assurances voitures.",
        keep=["France travail"],
    ),
    R(
        _EUROPESAYS_FT,
        "Mon rôle, c’est d’anticiper, d’informer et d’éviter les mauvaises surprises. Être conseillère indemnisation, c’est sécuriser financièrement et accompagner les parcours de recherche d’emploi.",
    ),
    R(
        _YMANCI,
        "Juliette Hisler copywriter\nPublié le , mis à jour le par Juliette Hisler - Copywriter finance et assurance",
        pii=[("PERSONNE", "Juliette Hisler")],
    ),
    R(
        _YMANCI,
        "Vous venez de constater la perte ou vol de vos cartes Vitale et de mutuelle. Dans ce cas, prévenez le plus rapidement possible les organismes concernés. Une fois le signalement effectué, celles-ci seront désactivées.",
        keep=["Vitale"],
    ),
    R(
        _YMANCI,
        "La carte Vitale est valable partout en France. Présentée à chaque consultation, elle vous évite d’envoyer une feuille de soins papier à votre caisse primaire d’assurance maladie (CPAM).",
        keep=["Vitale", "caisse primaire d’assurance maladie", "CPAM"],
    ),
    R(
        _OUILLADE,
        "Ouvert uniquement le matin, le bureau de La Poste situé à la Plage connait quotidiennement une affluence à laquelle doit faire face une seule personne au guichet.",
        keep=["La Poste"],
    ),
    R(
        _OUILLADE,
        "Lamentapple ! Quel mépris pour les clients… Jusqu’à une heure d’attente inconfortable pour retirer un colis. écrivez moi : bernard.py66@orange.fr",
        pii=[("EMAIL", "bernard.py66@orange.fr")],
        inserted=["bernard.py66@orange.fr"],
    ),
]
