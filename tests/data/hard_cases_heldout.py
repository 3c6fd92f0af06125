"""Hand-written hard cases never used for tuning (written with the dev ones, before any tuning): same shape."""

from __future__ import annotations

from tests.data.hard_cases import Case

HAND_HELDOUT: list[Case] = [
    (
        "Madame, je suis la fille de M. Gérard PETITJEAN (décédé), la CPAM continue d'envoyer des courriers à son nom.",
        [("PERSONNE", "Gérard PETITJEAN")],
        ["CPAM"],
    ),
    (
        "bonjour, ma femme sandrine et moi on a déménagé au 4 allée des Cerisiers 44300 Nantes, la caf n'a rien mis "
        "à jour",
        [("PERSONNE", "sandrine"), ("ADRESSE", "4 allée des Cerisiers")],
        ["caf"],
    ),
    (
        "Très déçu de France Travail. Mon id : 7741203B. Le conseiller M. Haddad ne rappelle jamais.\n\nYoussef El "
        "Amrani",
        [("IDENTIFIANT_FRANCE_TRAVAIL", "7741203B"), ("PERSONNE", "Haddad"), ("PERSONNE", "Youssef El Amrani")],
        ["France Travail"],
    ),
    (
        "N° de sécurité sociale 1 78 11 75 108 042 18 — la carte Vitale n'arrive pas, Ameli dit qu'elle est envoyée.",
        [("NIR", "1 78 11 75 108 042 18")],
        ["Ameli"],
    ),
    (
        "La préfecture de la Haute-Garonne m'a donné RDV le 22/09 pour mon titre. Je vis 18 ter chemin du Moulin à "
        "Blagnac.",
        [("ADRESSE", "18 ter chemin du Moulin")],
        ["préfecture de la Haute-Garonne"],
    ),
    (
        "J'ai été débité de 49,90 € sur ma CB 4970 1012 3456 7890 alors que la démarche est gratuite sur ants.gouv.fr",
        [("CARTE_BANCAIRE", "4970 1012 3456 7890")],
        ["49,90 €", "ants.gouv.fr"],
    ),
    (
        "Cordialement,\n\nPaul-Émile de Villiers\nTél. : +33 6 45 12 78 90",
        [("PERSONNE", "Paul-Émile de Villiers"), ("TELEPHONE", "+33 6 45 12 78 90")],
        [],
    ),
    (
        "Réclamation n° RCL-2025-004512 restée sans réponse. URSSAF, vous pouvez mieux faire.",
        [("REFERENCE_DOSSIER", "RCL-2025-004512")],
        ["URSSAF"],
    ),
    (
        "jai envoyer 3 fois mon RIB a la caf de roubaix, IBAN FR7630004000031234567890143, rien ne bouge",
        [("IBAN", "FR7630004000031234567890143")],
        ["caf"],
    ),
    (
        "Mon fils, Noah, 6 ans, n'a pas de place à la cantine. La mairie de Montreuil ne répond pas aux mails.",
        [("PERSONNE", "Noah")],
        ["mairie de Montreuil"],
    ),
    (
        "Mon ex-mari Franck Lemoine touche les allocations à ma place, numéro allocataire 0456789.",
        [("PERSONNE", "Franck Lemoine"), ("NUMERO_ALLOCATAIRE", "0456789")],
        [],
    ),
    (
        "Bonjour, plaque 1234 AB 75 sur ma vieille 205, impossible de faire la carte grise SIV en ligne.",
        [("IMMATRICULATION", "1234 AB 75")],
        [],
    ),
    (
        "Je suis né le 29 février 1984 à Lille. Mon nom : VASSEUR Thibault. Ma demande de naturalisation est bloquée.",
        [("DATE_NAISSANCE", "29 février 1984"), ("PERSONNE", "VASSEUR Thibault")],
        [],
    ),
    ("Merci à Fatoumata du guichet de la CAF d'Évry, très gentille et efficace.", [("PERSONNE", "Fatoumata")], []),
    (
        "Mon numéro fiscal 30 12 345 678 167 ne fonctionne pas sur le site des impôts. j'ai appelé le 0809 401 401.",
        [("NUMERO_FISCAL", "30 12 345 678 167")],
        ["0809 401 401"],
    ),
    (
        "Envoyé de mon iPhone\n\nLe 3 mars 2025 à 10:12, Christine Faure <c.faure62@orange.fr> a écrit :\n> Bonjour "
        "la CPAM",
        [("PERSONNE", "Christine Faure"), ("EMAIL", "c.faure62@orange.fr")],
        ["CPAM"],
    ),
    (
        "je suis mr leroy damien et je conteste le FPS de 35 € reçu pour ma voiture ab-458-zz",
        [("PERSONNE", "leroy damien"), ("IMMATRICULATION", "ab-458-zz")],
        ["35 €"],
    ),
    (
        "Carte d'identité nouvelle version n° X4RTBPFW4 perdue, pré-demande ANTS faite le 2 mars.",
        [("CNI", "X4RTBPFW4")],
        ["ANTS"],
    ),
    (
        "Merci de rappeler ma voisine, Mme Josiane Carpentier, au 01 45 67 89 12, elle n'a pas d'email.",
        [("PERSONNE", "Josiane Carpentier"), ("TELEPHONE", "01 45 67 89 12")],
        [],
    ),
    (
        "Lettre recommandée AR 1A 123 456 7890 1 jamais reçue par le centre des finances publiques de Bobigny.",
        [],
        ["centre des finances publiques de Bobigny"],
    ),
]
