"""Hand-written hard cases of the "fresh" split: written after the last change to the recognizers, never used to
tune them. Same shape as hard_cases.HAND_DEV."""

from __future__ import annotations

from tests.data.hard_cases import Case

HAND_FRESH: list[Case] = [
    (
        "Bonjour, ici Mme Kowalski Agnieszka, j'ai déposé mon dossier de naturalisation à la préfecture de Metz "
        "il y a 18 mois. Mon numéro de téléphone : 06 72 18 44 90.",
        [("PERSONNE", "Kowalski Agnieszka"), ("TELEPHONE", "06 72 18 44 90")],
        ["préfecture de Metz"],
    ),
    (
        "la caf me demande de rembourser 2300€ alors que mon ex conjoint thierry caron a gardé les enfants. "
        "mon n° alloc c'est le 3456712",
        [("PERSONNE", "thierry caron"), ("NUMERO_ALLOCATAIRE", "3456712")],
        ["caf"],
    ),
    (
        "Objet : Réclamation\nNom : LEBRETON\nPrénom : Gaëlle\nN° sécurité sociale : 2 91 07 35 238 114 61\n"
        "Message : la CPAM d'Ille-et-Vilaine a perdu ma feuille de soins.",
        [("PERSONNE", "LEBRETON"), ("PERSONNE", "Gaëlle"), ("NIR", "2 91 07 35 238 114 61")],
        [],
    ),
    (
        "Merci à M. Fontaine et à sa collègue Nadia pour leur patience au guichet de l'URSSAF.",
        [("PERSONNE", "Fontaine"), ("PERSONNE", "Nadia")],
        ["URSSAF"],
    ),
    (
        "Je m'appelle Dimitri Ivanov, né le 14/02/1990 à Kiev, et j'attends mon titre de séjour depuis janvier.",
        [("PERSONNE", "Dimitri Ivanov"), ("DATE_NAISSANCE", "14/02/1990")],
        [],
    ),
    (
        "Bonsoir, ma carte grise au nom de mon père Roger Vidal (véhicule CK-218-XZ) n'est jamais arrivée. "
        "Demande ANTS n° 21CA0458712.",
        [("PERSONNE", "Roger Vidal"), ("IMMATRICULATION", "CK-218-XZ"), ("REFERENCE_DOSSIER", "21CA0458712")],
        ["ANTS"],
    ),
    (
        "Le 3 avril j'ai appelé le 3646 et une dame très gentille m'a dit de vous écrire. Cordialement, "
        "Yannick Le Bras",
        [("PERSONNE", "Yannick Le Bras")],
        ["3646", "3 avril"],
    ),
    (
        "Je vous écris pour mon grand-père, M. Antoine Lefort, 92 ans, qui habite 27 avenue de la Gare, "
        "59800 Lille, et qui ne touche plus son ASPA.",
        [("PERSONNE", "Antoine Lefort"), ("ADRESSE", "27 avenue de la Gare")],
        ["ASPA"],
    ),
    (
        "Impossible de payer en ligne avec ma carte 4532 0151 1283 0366, le site impots.gouv.fr affiche une erreur.",
        [("CARTE_BANCAIRE", "4532 0151 1283 0366")],
        ["impots.gouv.fr"],
    ),
    (
        "Bonjour,\nMa conseillère Mme Benhamou ne répond plus. Mon identifiant France Travail est 2518903X.\n"
        "Merci d'avance\nKarim",
        [("PERSONNE", "Benhamou"), ("IDENTIFIANT_FRANCE_TRAVAIL", "2518903X"), ("PERSONNE", "Karim")],
        ["France Travail"],
    ),
    (
        "mon fils enzo et ma fille lola sont inscrits à la cantine mais la mairie de Tourcoing nous facture "
        "deux fois 45,60 €",
        [("PERSONNE", "enzo"), ("PERSONNE", "lola")],
        ["mairie de Tourcoing", "45,60 €"],
    ),
    (
        "Bien reçu l'attestation, merci. Pour info mon nouvel IBAN est FR76 1820 6004 1765 2180 4200 163 "
        "et mon adresse mail sandrine.hubert62@laposte.net",
        [("IBAN", "FR76 1820 6004 1765 2180 4200 163"), ("EMAIL", "sandrine.hubert62@laposte.net")],
        [],
    ),
    (
        "Ma déclaration de revenus (numéro fiscal 2 1 4 5 6 7 8 9 0 1 1 2 1) est bloquée depuis le 20 mai.",
        [("NUMERO_FISCAL", "2 1 4 5 6 7 8 9 0 1 1 2 1")],
        ["20 mai"],
    ),
    (
        "Je suis Mme Marie-Claire DESCHAMPS-LEROY et je conteste la décision de la MSA du 12 juin.",
        [("PERSONNE", "Marie-Claire DESCHAMPS-LEROY")],
        ["MSA", "12 juin"],
    ),
    (
        "Passeport 22CK18345 perdu à l'étranger, le consulat me renvoie vers la mairie de Nice. Help !",
        [("PASSEPORT", "22CK18345")],
        ["mairie de Nice"],
    ),
]
