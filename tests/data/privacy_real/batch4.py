"""Real passages, batch 4 (impôts, lettres à Pôle emploi, médiation CAF). See README.md."""

from tests.data.privacy_real.record import R

_F3TLS = "https://france3-regions.francetvinfo.fr/occitanie/haute-garonne/toulouse/prelevement-source-toulouse-c-est-rush-aux-guichets-du-fisc-1600959.html"
_RMCPAS = "https://rmc.bfmtv.com/actualites/economie/prelevement-a-la-source-des-contribuables-encore-dans-le-flou_AV-201901030269.html"
_E1PAS = "https://europe1.fr/economie/prelevement-a-la-source-premieres-erreurs-bercy-dement-des-bugs-3835820"
_NOTE = "https://ikeaflex.store/economie/impots/impots-la-note-qui-seme-le-trouble_2922027.html"
_RECOURS = "http://www.recours-radiation.fr/index.php/radiation-pour-absence-a-convocation.html"
_ELIS = "https://talent.paperblog.fr/2305155/erratum-pole-emploi/amp"
_20MIN = "https://www.20minutes.fr/societe/1591351-20150527-lettres-pole-emploi-monsieur-viens-apprendre-radie"
_MADMOIZELLE = "https://www.madmoizelle.com/cher-pole-emploi-lettres-chomeurs-370697"
_FERON = "https://2007-2012.nosdeputes.fr/question/QE/95737"
_CM21 = "http://ebook.charente-maritime.fr/eBook/rapport-mediateur/21"
_CM20 = "http://ebook.charente-maritime.fr/eBook/rapport-mediateur/20"
_CBANQUE = "https://www.cbanque.com/votre-argent/actualites/96764/caf-devez-vous-forcement-rembourser-le-trop-percu"
_CAF49 = "https://cafmaineetloire.wixsite.com/ra2017/mediation-administrative"
_BOURSO = "https://www.boursorama.com/patrimoine/actualites/la-mediation-facilitee-en-cas-de-conflit-avec-la-caf-55115ed558d4103b49849f3418cc38d4"

RECORDS = [
    R(
        _F3TLS,
        "Depuis le 1er janvier, le prélèvement à la source s'applique. Les contribuables se posent des questions et "
        "parfois sont inquiets. Ils se ruent vers les guichets des centres des impôts.",
    ),
    R(
        _F3TLS,
        "Pour trouver des réponses, les contribuables poussent les portes des centres des impôts. A Toulouse, c'est "
        "quasiment le rush. Voir le reportage de Marc Raturat.",
        pii=[("PERSONNE", "Marc Raturat")],
        keep=["Toulouse"],
    ),
    R(
        _RMCPAS,
        "RMC s'est rendue dans un centre des impôts du 20e arrondissement de Paris. Et parmi les contribuables "
        "reçus, beaucoup de retraités comme Jean-David: \"J'ai été les voir pour qu'ils me changent mon taux.\"",
        pii=[("PERSONNE", "Jean-David")],
    ),
    R(
        _RMCPAS,
        "\"J'ai un taux de 3,5 et en principe je ne paie pas d'impôts. C'est compliqué, je suis retraité, j'aime "
        'bien les choses simples moi". Mon numéro fiscal est le 1 23 456 789 012 3, pouvez-vous vérifier ?',
        pii=[("NUMERO_FISCAL", "1 23 456 789 012 3")],
        inserted=["1 23 456 789 012 3"],
    ),
    R(
        _RMCPAS,
        "L'inquiétude demeure et même parfois la méfiance dans les mots de Jean-Paul. Ce demandeur d'emploi sort "
        "tout juste de son rendez-vous: \"Je ne suis pas rassuré, c'est encore un truc 'à la mords-moi-le-nœud'\".",
        pii=[("PERSONNE", "Jean-Paul")],
    ),
    R(
        _RMCPAS,
        "Et face à ces questions, les agents ne sont pas suffisamment armés, regrette Christophe Crépain, "
        "responsable syndical à Solidaires-Finances Publiques. Victor Joanin (avec P.B.)",
        pii=[("PERSONNE", "Christophe Crépain"), ("PERSONNE", "Victor Joanin")],
    ),
    R(
        _RMCPAS,
        "\"A ce jour, l'ensemble des agents de la direction générale des Finances publiques n'a pas été formé sur "
        'la réforme du prélèvement à la source. Cette réforme a été faite dans la précipitation."',
    ),
    R(
        _E1PAS,
        "Après les chômeurs, les seniors : environ 13,3 millions de retraités ont reçu mercredi leur pension de "
        "base amputée du prélèvement de l'impôt à la source. Et plusieurs erreurs ont été constatées localement.",
    ),
    R(
        _E1PAS,
        "Il peut y avoir des problèmes d'état civil, une erreur d'orthographe ou de date de naissance, qui fait que "
        "le contribuable n'est pas reconnu. Je suis né le 14/02/1957, c'est bien noté sur ma déclaration.",
        pii=[("DATE_NAISSANCE", "14/02/1957")],
        inserted=["14/02/1957"],
    ),
    R(
        _E1PAS,
        'De 5h à 7h, c\'est "Debout les copains" avec Matthieu Noël sur Europe 1. Si vous êtes concerné(e), vous '
        "pouvez le signaler à l'administration fiscale et le changement sera pris en compte dans les deux mois.",
        pii=[("PERSONNE", "Matthieu Noël")],
        keep=["Europe 1"],
    ),
    R(
        _NOTE,
        "Pour le ministre des Comptes publics Gérald Darmanin, révéler ces erreurs était l'objectif de la phase de "
        'tests. "Les erreurs identifiées concernent moins de 1% des contribuables", a-t-il écrit.',
        pii=[("PERSONNE", "Gérald Darmanin")],
    ),
    R(
        _NOTE,
        "Dimanche 2 septembre, Bruno Le Maire, le ministre de l'Économie, a soutenu une nouvelle fois la réforme sur "
        'le plateau de BFM TV : "Le prélèvement à la source est une bonne mesure."',
        pii=[("PERSONNE", "Bruno Le Maire")],
        keep=["BFM TV"],
    ),
    R(
        _NOTE,
        "Par exemple, un contribuable prélevé à plusieurs reprises de son impôt, jusqu'à quatre fois dans le mois. "
        "Ou encore, deux contribuables homonymes avec seulement l'un d'entre eux, prélevés des deux impôts.",
    ),
    R(
        _RECOURS,
        "L'absence à convocation est la cause de radiation la plus importante, et de loin devant tous les autres "
        "motifs. La sanction attachée à cette absence est extrêmement lourde : dès la première absence, le demandeur "
        "d'emploi est tout simplement radié pour une période de 2 mois.",
    ),
    R(
        _RECOURS,
        "Pôle emploi est naturellement tenu d'informer le demandeur d'emploi de sa volonté de le convoquer à un "
        "entretien. L'envoi en LRAR ainsi que la remise en main propre attestée par votre signature sont donc les seuls "
        "moyens pour Pôle emploi de prouver que cette convocation a été reçue.",
        keep=["Pôle emploi"],
    ),
    R(
        _ELIS,
        "Lundi matin, E l i s faisait montre d'une grosse patate quand elle ouvrit, à 10h45, le courrier suivant : "
        "De : Pôle-emploi, A : Mademoiselle E l i s, Le 10 septembre 2009.",
    ),
    R(
        _ELIS,
        'Je décroche. Un homme synthétique me parle : "Bonjour, ceci est un message enregistré. Vous ne vous êtes '
        'pas présentée à la réunion du 14 septembre, veuillez nous contacter à ce numéro".',
    ),
    R(
        _ELIS,
        "Epilogue : Sophie ma conseillère favorite, m'a confirmé qu'un certain nombre de simples d'esprits "
        "sévissaient au pôle-emploi et pour finir a dû me signer un papier me disant que je ne serait pas radiée... "
        "cette fois.",
        pii=[("PERSONNE", "Sophie")],
    ),
    R(
        _20MIN,
        "Ces lettres de chômeurs n'auraient jamais dû sortir du Pôle emploi de Livry-Gargan, en Seine Saint-Denis. "
        "Nora Philippe les a collectées lorsqu'elle réalisait son documentaire. Faustine Vincent",
        pii=[("PERSONNE", "Nora Philippe"), ("PERSONNE", "Faustine Vincent")],
        keep=["Livry-Gargan"],
    ),
    R(
        _20MIN,
        "Une mère de famille écrit ainsi avoir «complètement oublier ses rendez-vous» à Pôle emploi, parce que "
        "pendant «le weeck-end nous sommes sortie en famille dans une soirée qui malheureusement c'est très mal "
        "terminée».",
        keep=["Pôle emploi"],
    ),
    R(
        _20MIN,
        "«mon mari (conjoint) a été interpeler ainsi que d'autres personnes puis incarcéré à la maison d'arrêt de "
        "Fleury Merogis depuis le 13 mars 2013». Mon identifiant pole emploi 3412876A, tel 07 81 45 90 12.",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "3412876A"), ("TELEPHONE", "07 81 45 90 12")],
        inserted=["3412876A", "07 81 45 90 12"],
    ),
    R(
        _20MIN,
        "Dans un autre courrier, «Madamme P.» proteste : «Monsieur, je viens d'apprendre que je suis RADIE pour non "
        "comparution a un de s rendez-vous pour le quel je n'était pas informé ni par courrier ni par quelconque autre "
        "moyen de comunication.»",
    ),
    R(
        _20MIN,
        "Une courte lettre écrite en majuscules et datée du 22 mars 2013 affirme qu' «en reson que mesieur françois g.",
        pii=[("PERSONNE", "françois g.")],
    ),
    R(
        _MADMOIZELLE,
        "La réalisatrice Nora Philippe a regroupé les lettres envoyées par les demandeurs de Pôle emploi pour "
        "contester les décisions de radiation prise par l'institution.",
        pii=[("PERSONNE", "Nora Philippe")],
        keep=["Pôle emploi"],
    ),
    R(
        _MADMOIZELLE,
        "« J'aimerais avoir un rendez-vous d'urgence avec le directeur car j'ai constaté que vous m'aviez "
        "radié et j'aimerais régler la situation car cette radiation n'est pas justifiée. » signé : mamadou "
        "sissoko",
        pii=[("PERSONNE", "mamadou sissoko")],
        inserted=["mamadou sissoko"],
    ),
    R(
        _FERON,
        "M. Hervé Féron attire l'attention de M. le ministre du travail, de l'emploi et de la santé sur les motifs "
        "qui peuvent conduire à une radiation de Pôle emploi.",
        pii=[("PERSONNE", "Hervé Féron")],
        keep=["Pôle emploi"],
    ),
    R(
        _FERON,
        "Ainsi, n'avoir pas pu faire garder ses enfants ou s'être trompé de date n'est par exemple pas reconnu "
        "comme un motif légitime. Il lui demande s'il envisage de communiquer aux demandeurs d'emploi l'ensemble des "
        "informations.",
    ),
    R(
        _CM21,
        "Madame P. a saisi le médiateur d'un différend avec la CAF, pour suspicion de fraude. Madame, qui a des "
        "problèmes de santé, a deux enfants majeurs à charge. À partir de juillet 2019, la CAF a supprimé totalement le "
        "rSa et l'APL.",
        keep=["CAF", "APL"],
    ),
    R(
        _CM21,
        "Le Département, suivant la position de la CAF, réclame 31 446 € de trop-perçu de rSa, et a saisi le "
        "Procureur de la république pour fraude. N'ayant plus aucun revenu, Madame ne peut évidemment payer son loyer.",
        keep=["CAF", "31 446 €"],
    ),
    R(
        _CM21,
        "Lors de ces échanges contradictoires, il est apparu à toutes les parties que Madame n'était pas une "
        "fraudeuse, mais victime de son ex-mari. Elle habite 27 rue des Mouettes, 17000 La Rochelle.",
        pii=[("ADRESSE", "27 rue des Mouettes, 17000 La Rochelle")],
        inserted=["27 rue des Mouettes, 17000 La Rochelle"],
    ),
    R(
        _CM20,
        "Madame D. saisit le médiateur au sujet d'un différend avec la CAF. Elle affirme être séparée de son époux "
        "depuis mars 2010. Elle vit avec cinq enfants, dont un enfant de 9 ans atteint de leucémie.",
        keep=["CAF"],
    ),
    R(
        _CM20,
        "Cette dernière a contesté le rapport du contrôleur assermenté de la CAF devant le Tribunal administratif de "
        "POITIERS. Les services du Département réclament à Madame le remboursement de 56 355 € au titre d'indu du rSa.",
        keep=["CAF", "56 355 €"],
    ),
    R(
        _CM20,
        "En janvier 2019, la CAF a supprimé la totalité du rSa, des allocations familiales, de l'APL et a même "
        "« ponctionné » 230 € sur l'allocation enfant handicapé, laissant à une famille de 6 personnes, 652€ …",
        keep=["CAF", "APL", "230 €"],
    ),
    R(
        _CM20,
        "Le médiateur ayant évoqué personnellement ce dossier avec le Président et la directrice de la CAF le 30 "
        "janvier, celle-ci lui écrivait le lendemain. Allocataire n° 4409172, IBAN FR76 3000 4000 0312 3456 7890 143.",
        pii=[("NUMERO_ALLOCATAIRE", "4409172"), ("IBAN", "FR76 3000 4000 0312 3456 7890 143")],
        keep=["CAF"],
        inserted=["4409172", "FR76 3000 4000 0312 3456 7890 143"],
    ),
    R(
        _CBANQUE,
        "Une mère de famille de sept enfants se retrouve très endettée auprès de la Caisse des allocations "
        "familiales. Elle leur doit en effet un trop-perçu de 19 000 euros, auquel s'ajoute 3 500 euros d'amende.",
        keep=["19 000 euros"],
    ),
    R(
        _CBANQUE,
        "Après avoir fui son domicile en 2019 pour se réfugier chez l'un de ses amis dans les Landes, la mère de "
        "famille a signé avec lui un contrat de colocation. Suite à un contrôle, la CAF lui aurait adressé un rapport.",
        keep=["CAF"],
    ),
    R(
        _CAF49,
        "En 2017, 141 dossiers ont été traités en médiation (contre 135 en 2016). Les 3 principaux motifs de "
        "saisine : l'incompréhension d'un trop perçu, l'absence de paiement, l'incompréhension d'une décision de la Caf.",
        keep=["Caf"],
    ),
    R(
        _BOURSO,
        "En 2022, les 149 médiateurs de la CAF ont révisé 21 636 dossiers. Cette procédure, accessible "
        "gratuitement à tous les allocataires en cas de litige avec la caisse, sera facilitée en 2024.",
        keep=["CAF"],
    ),
    R(
        _BOURSO,
        "Les prestations concernées sont principalement l'aide au logement (de l'ordre de 40 %), suivie du RSA "
        "(24 %), puis des prestations relatives au handicap (AAH et AEEH, à hauteur de 19 %).",
        keep=["RSA", "AAH"],
    ),
]
