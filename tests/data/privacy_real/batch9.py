"""Real passages, batch 9: second held-out round (cartes grises, aide sociale, forums), pages in neither split of
round 1. See README.md."""

from tests.data.privacy_real.record import R

_HORIZON = "https://horizonactu.fr/actualite-10439-j-attends-ma-carte-grise-depuis-5-semaines"
_CGGUICHET = "https://cartegrise-guichet.fr/des-milliers-de-demandes-de-cartes-grises-sont-bloquees-sur-lants"
_HAPPYTHON = "http://happython.com/espace-du-bonheur?sName=A%C3%AFssata"
_WAZA = "http://wazamichellebrun.blogspot.com/2015/03/trainant-des-mots-damour-avalant-les.html"
_CHRONIQUES = "https://www.chroniquesdemaman.com/forums/users/juliette3248/replies"
_PRESSEGAUCHE = "https://pressegauche.org/Gagner-sa-dignite"

RECORDS = [
    R(
        _HORIZON,
        "C'est le cas de Meggy, une habitante de Samer qui s'est rendue à Ypres en Belgique pour récupérer son véhicule. « Pour rouler en France, j'ai payé 44 euros afin d'obtenir un certificat provisoire. »",
        pii=[("PERSONNE", "Meggy")],
        keep=["Samer", "Ypres"],
    ),
    R(
        _HORIZON,
        "Julien, résidant à Maubeuge, n'a pas eu la même chance. « Je ne trouve aucun garage prêt à me fournir une carte grise provisoire, même Norauto a refusé. Je dois donc prendre un bus qui ne passe qu'une fois par heure pour aller travailler. »",
        pii=[("PERSONNE", "Julien")],
        keep=["Maubeuge"],
    ),
    R(
        _HORIZON,
        "Cette situation a également impacté Brahim, habitant à Lens. « J'ai attendu plus de 5 semaines avant de recevoir ma carte grise. Elle est finalement arrivée le 19 février. Ma voiture était restée bloquée en Belgique tout ce temps.»",
        pii=[("PERSONNE", "Brahim")],
        keep=["Lens"],
    ),
    R(
        _HORIZON,
        "La préfecture du Pas-de-Calais assure pourtant que le service « fonctionne ». ma demande ANTS : n° 2018-02-AB471920, véhicule GH-613-RP",
        pii=[("REFERENCE_DOSSIER", "2018-02-AB471920"), ("IMMATRICULATION", "GH-613-RP")],
        keep=["préfecture du Pas-de-Calais", "ANTS"],
        inserted=["2018-02-AB471920", "GH-613-RP"],
    ),
    R(
        _CGGUICHET,
        "Le juge des référés du tribunal administratif de Toulon (Var) enjoint au ministre de l’Intérieur de « délivrer sans délai à M. Loïc B. un certificat d’immatriculation provisoire valable jusqu’à l’intervention d’un certificat d’immatriculation définitif ».",
        pii=[("PERSONNE", "Loïc")],
        keep=["tribunal administratif de Toulon"],
    ),
    R(
        _CGGUICHET,
        "Plus surprenant, le tribunal administratif de Melun (Seine-Marne), constatant « qu’aucune solution n’est possible sans une intervention humaine », a ordonné le 26 avril au ministère de l’Intérieur « d’affecter un agent de la préfecture ».",
        keep=["tribunal administratif de Melun", "ministère de l’Intérieur"],
    ),
    R(
        _HAPPYTHON,
        "Je les ai aidés comme je pouvais avec le peu de pouvoir que j'ai, 2 mois après cet entretien, ils me téléphonent pour m'annoncer qu'ils ont trouvé un logement... J'étais très contente pour eux...",
    ),
    R(
        _HAPPYTHON,
        "Aïssata , 25 ans, Montigny-le-Bretonneux (France)Ce qui les rend, ou les a rendu, heureux(se) ?",
        pii=[("PERSONNE", "Aïssata")],
        keep=["Montigny-le-Bretonneux"],
    ),
    R(
        _WAZA,
        "Lorsque vous êtes vraiment dans la merde financière par exemple pour payer votre note hivernale d'électricité , il ne reste qu'une chose à faire, aller voir l'assistante sociale de votre quartier.",
    ),
    R(
        _WAZA,
        "En fin de mois, après passage en commissions , vous recevez deux courriers, l'un négatif du secours Populaire (?) et l'autre positif du secours catholique avec un chèque de 60 euros .",
        keep=["secours Populaire", "secours catholique"],
    ),
    R(
        _WAZA,
        "Bon je l'ai fait une fois, pas deux, c'est quand même TROP humiliant pour ce que ça rapporte ... \nmichelle, 3 rue des Acacias",
        pii=[("PERSONNE", "michelle"), ("ADRESSE", "3 rue des Acacias")],
        inserted=["michelle, 3 rue des Acacias"],
    ),
    R(
        _CHRONIQUES,
        "Ah, t’as bien raison, ces allocs, c’est un vrai dédale ! On dirait un escape game à la noix, sauf qu’au lieu de sortir, on se retrouve enfermée avec des formulaires et des cases à cocher.",
    ),
    R(
        _CHRONIQUES,
        "J’ai déjà tenté le coup avec l’une d’elles, et même si on a passé plus de temps à chercher des pièces manquantes qu’à remplir les papiers, au final, ça valait le coup. Courage à toutes, on finira bien par s’en sortir !",
    ),
    R(
        _PRESSEGAUCHE,
        "Notre sort, M. Hamad n’était pas d’être pauvres, nous n’avons pas choisi de vivre de l’aide de dernier recours : nous avons eu un accident de parcours. Vous avez l’air d’oublier que l’aide sociale, c’est un droit !",
        pii=[("PERSONNE", "Hamad")],
    ),
    R(
        _PRESSEGAUCHE,
        "Si vous voulez vraiment que nous, femmes assistées sociales, puissions améliorer notre sort, couvrez d’abord 100% de nos besoins de base.\nMélanie et Paule\nMilitantes",
        pii=[("PERSONNE", "Mélanie"), ("PERSONNE", "Paule")],
    ),
]
