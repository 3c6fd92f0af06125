"""Hand-written hard cases used to tune the recognizers: (text, personal values as (type, value), words to keep)."""

from __future__ import annotations

Case = tuple[str, list[tuple[str, str]], list[str]]

HAND_DEV: list[Case] = [
    (
        "Bonjour, Mme DUPONT épouse MARTIN, je n'ai toujours pas reçu mon APL. La CAF de Lyon ne répond pas.",
        [("PERSONNE", "DUPONT"), ("PERSONNE", "MARTIN")],
        ["CAF de Lyon", "APL"],
    ),
    (
        "mon fils Lucas a 17 ans et la préfecture de Créteil refuse son dossier, je suis sa mère, Nadia Benali",
        [("PERSONNE", "Lucas"), ("PERSONNE", "Nadia Benali")],
        ["préfecture de Créteil"],
    ),
    (
        "bonjour je m'appelle kevin lefebvre jai appelé le 3949 10 fois!!! personne. mon identifiant france travail "
        "4589632K",
        [("PERSONNE", "kevin lefebvre"), ("IDENTIFIANT_FRANCE_TRAVAIL", "4589632K")],
        ["3949", "france travail"],
    ),
    (
        "DUPONT Marie\n12 bis rue des Lilas\n69003 Lyon\n\nObjet : remboursement CPAM\n\nJe conteste le refus de la "
        "CPAM.",
        [("PERSONNE", "DUPONT Marie"), ("ADRESSE", "12 bis rue des Lilas")],
        ["CPAM"],
    ),
    (
        "Suite à mon appel au 3646, on m'a dit de vous écrire. Mon numéro de sécu c'est le 2 84 05 2A 004 123 55.",
        [("NIR", "2 84 05 2A 004 123 55")],
        ["3646"],
    ),
    (
        "Service nul. L'agent Mr Bertrand m'a dit d'aller sur ameli.fr alors que je n'ai pas "
        "internet.\nCordialement\nJ. Morel",
        [("PERSONNE", "Bertrand"), ("PERSONNE", "Morel")],
        ["ameli.fr"],
    ),
    (
        "J'ai payé l'amende de 135 € pour la voiture GH-458-TK mais l'ANTAI me relance encore.",
        [("IMMATRICULATION", "GH-458-TK")],
        ["135 €", "ANTAI"],
    ),
    (
        "Nous sommes M. et Mme Da Silva, nos enfants Enzo et Inès sont inscrits à la mairie de Saint-Denis depuis "
        "2021.",
        [("PERSONNE", "Da Silva"), ("PERSONNE", "Enzo"), ("PERSONNE", "Inès")],
        ["mairie de Saint-Denis"],
    ),
    (
        "J'ai rempli le cerfa 13750*07 et payé 25 € de timbre fiscal. Réf de la pré-demande : 2024ABCD1234. "
        "Toujours rien.",
        [("REFERENCE_DOSSIER", "2024ABCD1234")],
        ["13750*07", "25 €"],
    ),
    (
        "-------- Message transféré --------\nDe : Jean-Baptiste N'Diaye <jb.ndiaye@free.fr>\nDate : 3 mars 2025\n"
        "À : URSSAF\n\nBonjour, mon compte cotisant est bloqué.",
        [("PERSONNE", "Jean-Baptiste N'Diaye"), ("EMAIL", "jb.ndiaye@free.fr")],
        ["URSSAF"],
    ),
    (
        "Je vous ecris pour ma mere, Mme Le Goff Yvonne, nee le 12/03/1941, qui ne touche plus sa retraite de la "
        "CARSAT.",
        [("PERSONNE", "Le Goff Yvonne"), ("DATE_NAISSANCE", "12/03/1941")],
        ["CARSAT"],
    ),
    (
        "Impossible de me connecter à impots.gouv.fr avec mon numéro fiscal 0123456789211, j'ai appelé le 0 809 401 "
        "401.",
        [("NUMERO_FISCAL", "0123456789211")],
        ["impots.gouv.fr", "0 809 401 401"],
    ),
    (
        "La conseillère France Travail, Sophie, a été super. Merci à elle !",
        [("PERSONNE", "Sophie")],
        ["France Travail"],
    ),
    (
        "Rendez-vous pris le 14 mai à 9h30 à la sous-préfecture de Palaiseau pour le permis. Mon tél 07.81.22.90.13",
        [("TELEPHONE", "07.81.22.90.13")],
        ["sous-préfecture de Palaiseau", "14 mai"],
    ),
    (
        "URGENT !!! la caf m'a coupé le rsa, j'ai 3 enfants, mon numero allocataire 2345678, appelez moi 0612457890",
        [("NUMERO_ALLOCATAIRE", "2345678"), ("TELEPHONE", "0612457890")],
        ["caf"],
    ),
    (
        "Bonjour,\nPour info mon IBAN a changé : FR54 1027 8060 3100 0204 3220 137. Merci de mettre à jour.\nM. "
        "Traoré Moussa",
        [("IBAN", "FR54 1027 8060 3100 0204 3220 137"), ("PERSONNE", "Traoré Moussa")],
        [],
    ),
    (
        "Ma carte d'identité n° 880692310285 a été refusée au guichet de la mairie de Nantes.",
        [("CNI", "880692310285")],
        ["mairie de Nantes"],
    ),
    (
        "Je suis Aïcha Benali-Martin, née à Oran le 1er juillet 1977, et j'attends ma carte de résident depuis 14 "
        "mois.",
        [("PERSONNE", "Aïcha Benali-Martin"), ("DATE_NAISSANCE", "1er juillet 1977")],
        [],
    ),
    (
        "je vous remercie pour votre accueil. Bien à vous,\nmarie-hélène rousseau",
        [("PERSONNE", "marie-hélène rousseau")],
        [],
    ),
    (
        "Mon numéro de passeport est le 19FR73512, rendez-vous le 3 juin à la mairie d'Annecy.",
        [("PASSEPORT", "19FR73512")],
        ["3 juin"],
    ),
    (
        "JE SUIS SCANDALISÉE PAR LA CAF !!! MON DOSSIER EST BLOQUÉ DEPUIS 3 MOIS. SIGNÉ MME GARNIER SYLVIE",
        [("PERSONNE", "GARNIER SYLVIE")],
        ["CAF"],
    ),
    (
        "Dupont m'a raccroché au nez, c'est l'agent de l'accueil de la CPAM de Nancy.",
        [("PERSONNE", "Dupont")],
        ["CPAM de Nancy"],
    ),
    (
        "M. et Mme Rousseau, 7 résidence Les Pins, bât. C, 33600 Pessac : toujours pas de réponse de l'URSSAF.",
        [("PERSONNE", "Rousseau"), ("ADRESSE", "7 résidence Les Pins")],
        ["URSSAF"],
    ),
    (
        "From: Joao Da Costa <joao.dacosta@gmail.com>\nSent: Monday\nTo: ANTS\nSubject: permis\n\nBonjour, j'attends.",
        [("PERSONNE", "Joao Da Costa"), ("EMAIL", "joao.dacosta@gmail.com")],
        ["ANTS"],
    ),
    (
        "tel:0612457890 ou whatsapp +212 6 61 23 45 67, je suis au Maroc en ce moment",
        [("TELEPHONE", "0612457890"), ("TELEPHONE", "+212 6 61 23 45 67")],
        [],
    ),
    (
        "Mon époux Mohamed Ben Salah est décédé, la caisse de retraite continue de lui écrire.",
        [("PERSONNE", "Mohamed Ben Salah")],
        [],
    ),
    (
        "L'agent Thomas de France Services de Roubaix m'a très bien aidé, merci à lui.",
        [("PERSONNE", "Thomas")],
        ["France Services de Roubaix"],
    ),
    (
        "Madame la Directrice, Monsieur le Préfet, je vous écris au sujet de la préfecture de l'Isère.",
        [],
        ["préfecture de l'Isère"],
    ),
    (
        "DDN 03/03/85, n° de demande 123456789, tout est sur mon espace ANTS depuis le 2 janvier.",
        [("DATE_NAISSANCE", "03/03/85"), ("REFERENCE_DOSSIER", "123456789")],
        ["ANTS", "2 janvier"],
    ),
    (
        "Bonjour je suis madame nguyen thi lan, mon fils minh est malade et la cpam refuse.",
        [("PERSONNE", "nguyen thi lan"), ("PERSONNE", "minh")],
        ["cpam"],
    ),
    (
        "Je vis lieu-dit Les Granges, 24200 Sarlat, sans internet : la mairie de Sarlat doit m'aider.",
        [("ADRESSE", "lieu-dit Les Granges")],
        ["mairie de Sarlat"],
    ),
    (
        "Bonjour,\nJe vous transmets la réclamation de mon voisin.\nBien cordialement,\n\n"
        "J.-P. Lemaire\nAssistant social",
        [("PERSONNE", "Lemaire")],
        [],
    ),
    (
        "Je soussignée Océane O'Connor atteste sur l'honneur avoir déclaré mes revenus à la CAF de Brest.",
        [("PERSONNE", "Océane O'Connor")],
        ["CAF de Brest"],
    ),
    (
        "iban fr76 3000 4000 0312 3456 7890 143 (c'est le compte joint avec mon mari)",
        [("IBAN", "fr76 3000 4000 0312 3456 7890 143")],
        [],
    ),
    (
        "ma soeur Amandine Girard habite avec moi au 3 rue Pasteur, on reçoit deux courriers différents",
        [("PERSONNE", "Amandine Girard"), ("ADRESSE", "3 rue Pasteur")],
        [],
    ),
    (
        "Rappel : l'amende de 90 € (avis n° 1234567890123) concerne le véhicule EF 472 GH, vendu en 2022.",
        [("REFERENCE_DOSSIER", "1234567890123"), ("IMMATRICULATION", "EF 472 GH")],
        ["90 €"],
    ),
]
