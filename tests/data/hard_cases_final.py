"""Hand-written hard cases of the "final" split: written after the very last change to the recognizers, run once
for the report. Same shape as hard_cases.HAND_DEV."""

from __future__ import annotations

from tests.data.hard_cases import Case

HAND_FINAL: list[Case] = [
    (
        "Bonjour, je m'occupe de ma tante, Mme Josette Marchal, qui vit en EHPAD à Vannes. La CARSAT lui a "
        "supprimé sa pension de réversion. Vous pouvez me joindre au 06 33 71 20 58. Christophe",
        [("PERSONNE", "Josette Marchal"), ("TELEPHONE", "06 33 71 20 58"), ("PERSONNE", "Christophe")],
        ["CARSAT"],
    ),
    (
        "URGENT. M. BOUZID Rachid, allocataire n° 5512938, expulsion prévue le 15 mars. La CAF de l'Hérault ne "
        "répond pas.",
        [("PERSONNE", "BOUZID Rachid"), ("NUMERO_ALLOCATAIRE", "5512938")],
        ["CAF de l'Hérault", "15 mars"],
    ),
    (
        "j'ai envoyé mes papiers le 2 février au 14 rue du Général de Gaulle 67000 Strasbourg comme demandé, "
        "signé pauline meunier",
        [("ADRESSE", "14 rue du Général de Gaulle"), ("PERSONNE", "pauline meunier")],
        ["2 février"],
    ),
    (
        "Mon numéro de sécu est 1 63 09 99 350 012 21 (je suis né à l'étranger) et Ameli refuse ma carte Vitale.",
        [("NIR", "1 63 09 99 350 012 21")],
        ["Ameli"],
    ),
    (
        "Ma compagne, Elodie, a reçu un avis de la DGFiP à mon nom. Mon numéro fiscal : 1 30 48 52 177 391.",
        [("PERSONNE", "Elodie"), ("NUMERO_FISCAL", "1 30 48 52 177 391")],
        ["DGFiP"],
    ),
    (
        "Le conseiller de France Travail, Mr Oliveira, m'a indiqué un délai de 4 semaines. Id : 6629014M.",
        [("PERSONNE", "Oliveira"), ("IDENTIFIANT_FRANCE_TRAVAIL", "6629014M")],
        ["France Travail"],
    ),
    (
        "Le véhicule FG 391 HD a été flashé alors qu'il était vendu depuis le 10/01. Merci de voir avec l'ANTAI.",
        [("IMMATRICULATION", "FG 391 HD")],
        ["ANTAI"],
    ),
    (
        "Cordialement\n\nM. et Mme LEFEBVRE-DUVAL\n8 impasse des Mésanges\n76000 Rouen",
        [("PERSONNE", "LEFEBVRE-DUVAL"), ("ADRESSE", "8 impasse des Mésanges")],
        [],
    ),
    (
        "Ma fille Chloé (née le 22 septembre 2008) n'a pas reçu sa convocation, le lycée et la mairie de Pau se "
        "renvoient la balle.",
        [("PERSONNE", "Chloé"), ("DATE_NAISSANCE", "22 septembre 2008")],
        ["mairie de Pau"],
    ),
    (
        "Paiement refusé avec ma Mastercard 5425 2334 3010 9903 sur le site de l'ANTS, pourtant j'ai les fonds.",
        [("CARTE_BANCAIRE", "5425 2334 3010 9903")],
        ["ANTS"],
    ),
    (
        "Bonjour c'est Sébastien Caron, mon courriel seb.caron@wanadoo.fr ne reçoit plus rien de l'URSSAF.",
        [("PERSONNE", "Sébastien Caron"), ("EMAIL", "seb.caron@wanadoo.fr")],
        ["URSSAF"],
    ),
    (
        "Je voudrais remercier Mme Nguyen du CCAS et le service social de la mairie de Grenoble pour leur aide.",
        [("PERSONNE", "Nguyen")],
        ["mairie de Grenoble"],
    ),
]
