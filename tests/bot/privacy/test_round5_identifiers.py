"""Round 5 of issue 13, identifiers and addresses: references in digit groups split by spaces or slashes, phones
with slashes, birth dates written out, addresses with no street number, offices' addresses kept. Inputs written
for these tests (not taken from the evaluation splits), through the whole engine."""

from __future__ import annotations

import pytest

from tests.bot.privacy.conftest import Masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon dossier porte le numéro 412 7730519846 22, merci.", ["412 7730519846 22"]),
        ("Référence de la demande : 63 8841 2207, toujours rien.", ["63 8841 2207"]),
        ("Je rappelle mon numéro de dossier 31852/11/2023/0457 sans réponse.", ["31852/11/2023/0457"]),
        ("Le n° de suivi 9 0312 7748 61 ne donne rien.", ["9 0312 7748 61"]),  # not a phone after a lone 9
        ("Numéro d'allocataire 55 0931 47, je ne sais plus quoi faire.", ["55 0931 47"]),
        ("Mon identifiant cotisant est le 217 0048813562 09.", ["217 0048813562 09"]),  # no international phone
        ("Carte Navigo n° 41 8823 0071 perdue, que faire ?", ["41 8823 0071"]),
        ("L'aide a été accordée sous le numéro 75110/03/2021/0042.", ["75110/03/2021/0042"]),
        ("Mon compte : 757 4183920617 48, à votre disposition.", ["757 4183920617 48"]),  # no word of reference
        ("Pass annuel : 80 2314 9957 au service clients.", ["80 2314 9957"]),
        ("Mon numéro cotisant : 757.4183920617.48", ["757.4183920617.48"]),
    ],
)
def test_references_in_digit_groups(masked: Masked, text: str, expected: list[str]) -> None:
    assert [value for label, value in masked(text) if label == "REFERENCE_DOSSIER"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Je paie 1 250 euros de loyer et 2 300 000 habitants sont concernés.",
        "Les années 2019 2020 2021 ont été difficiles.",
        "La ville compte 12 345 678 habitants.",  # grouped by thousands: a count
        "Le pays compte 1.250.000.000 habitants.",
    ],
)
def test_counts_amounts_and_years_are_no_reference(masked: Masked, text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rappelez-moi au 06/12/48/93/71 en fin de journée.", ["06/12/48/93/71"]),
        ("Contact : 06/71/33/82/10 ou 01.44.55.66.77", ["06/71/33/82/10", "01.44.55.66.77"]),
        ("tel 06 12 34 56 78 06 98 76 54 32", ["06 12 34 56 78", "06 98 76 54 32"]),  # two in a row
        ("Rappelez-moi : 06 / 12 / 34 / 56 / 78.", ["06 / 12 / 34 / 56 / 78"]),
    ],
)
def test_phones_with_slashes_and_in_a_row(masked: Masked, text: str, expected: list[str]) -> None:
    assert [value for label, value in masked(text) if label == "TELEPHONE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Je suis née le douze février mille neuf cent soixante-huit à Tulle.",
            "douze février mille neuf cent soixante-huit",
        ),
        ("Né le premier avril 1959, j'attends ma retraite.", "premier avril 1959"),
        ("ma date de naissance : vingt-trois juin 1987", "vingt-trois juin 1987"),
        ("Il est né le trente et un décembre deux mille deux.", "trente et un décembre deux mille deux"),
        ("née à Dakar le 4 novembre 1975, je vis en France depuis 2001", "4 novembre 1975"),
        ("la jeune femme est née au Maroc le 12 mai 1990.", "12 mai 1990"),
        ("née à Casablanca (Maroc) le 25 juillet 1986, je vis ici.", "25 juillet 1986"),
        (
            "né le vingt-cinq juillet mil neuf cent quatre-vingt-six",
            "vingt-cinq juillet mil neuf cent quatre-vingt-six",
        ),
        (
            "Je suis né le dix-neuf mars mille neuf cent quatre-vingt-dix-neuf.",
            "dix-neuf mars mille neuf cent quatre-vingt-dix-neuf",
        ),
    ],
)
def test_birth_dates_written_out_or_after_a_country(masked: Masked, text: str, expected: str) -> None:
    assert masked(text) == [("DATE_NAISSANCE", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'habite au lieu-dit Le Moulin Neuf, 19270 Ussac depuis vingt ans.", "lieu-dit Le Moulin Neuf, 19270 Ussac"),
        (
            "Écrivez-moi à : Les Prés Hauts, 71460 Saint-Gengoux-le-National.",
            "Les Prés Hauts, 71460 Saint-Gengoux-le-National",
        ),
        (
            "Je vis à La Grange Rouge, 87400 Saint-Léonard-de-Noblat, sans voiture.",
            "La Grange Rouge, 87400 Saint-Léonard-de-Noblat",
        ),
        ("Ma mère est domiciliée Le Bourg, 23150 Ahun.", "Le Bourg, 23150 Ahun"),
        ("Domicile : La Maison Blanche, 24200 Sarlat", "La Maison Blanche, 24200 Sarlat"),
        ("Le Petit Bois, 35133 Lécousse — c'est chez moi.", "Le Petit Bois, 35133 Lécousse"),  # no name inside
        ("Né le 3 mars 1944, lieu-dit Les Granges, 12000 Rodez", "lieu-dit Les Granges, 12000 Rodez"),  # no « 1944, »
    ],
)
def test_a_place_with_a_postcode_and_no_street_number_is_an_address(masked: Masked, text: str, expected: str) -> None:
    assert [value for label, value in masked(text) if label == "ADRESSE"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "La mairie annexe, 12 rue des Lilas, ouvre à 9 h.",
        "L'agence France Travail du 4, allée des Cerisiers a déménagé.",
        "Le guichet de la CPAM situé 7 boulevard Carnot est fermé.",
        "Le bureau de poste, 3 place du Marché, est toujours plein.",
        "Le CCAS, 14 rue de la Paix, ouvre le mardi.",
        "Préfecture du Rhône, 69003 Lyon : l'accueil est fermé.",
        "Le Centre Hospitalier, 29000 Quimper m'a renvoyé vers la CPAM.",
        "Direction Régionale des Finances Publiques, 13002 Marseille.",
        "Tribunal Judiciaire, 75017 Paris, chambre 4.",
        "Service clients\n8ème étage - Groupe NORD\n59000 LILLE CEDEX",  # a CEDEX is an organisation's
    ],
)
def test_an_offices_address_is_kept(masked: Masked, text: str) -> None:
    assert [value for label, value in masked(text) if label == "ADRESSE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'habite 14 rue de la Paix, la CAF le sait.", "14 rue de la Paix"),
        ("La CAF m'écrit toujours au 9 rue Victor Hugo alors que j'ai déménagé.", "9 rue Victor Hugo"),
        ("La CAF écrit à mon domicile, 5 rue des Ormes.", "5 rue des Ormes"),
        ("Suite à mon passage à l'accueil, 12 rue Pasteur est bien mon adresse.", "12 rue Pasteur"),
    ],
)
def test_the_writers_address_near_an_office_is_masked(masked: Masked, text: str, expected: str) -> None:
    assert [value for label, value in masked(text) if label == "ADRESSE"] == [expected]


def test_a_hotlines_digits_inside_a_slashed_reference_are_no_hotline(masked: Masked) -> None:
    text = "aide juridictionnelle numéro 61842/07/2021/3646 du 12/02/2021, appelez le 3646"
    assert masked(text) == [("REFERENCE_DOSSIER", "61842/07/2021/3646")]


@pytest.mark.parametrize(
    "text",
    ["Période du 12/03/2021 14/05/2022 non prise en compte.", "Les arrondissements 75001 75002 75003 sont concernés."],
)
def test_dates_and_postcodes_in_a_row_are_no_reference(masked: Masked, text: str) -> None:
    assert masked(text) == []


def test_a_letters_address_block_without_a_street_number(masked: Masked) -> None:
    text = "Mme Odile Perrin\nLa Croix Blanche\n58290 Moulins-Engilbert\n\nService des retraites\n75015 Paris"
    assert masked(text) == [("PERSONNE", "Odile Perrin"), ("ADRESSE", "La Croix Blanche\n58290 Moulins-Engilbert")]


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Affaire n° RG 21/04512 du pôle social", "REFERENCE_DOSSIER", ["21/04512"]),  # an acronym after n°
        (
            "Je vis au hameau de Chez Puyraud, 16300 Barbezieux.",
            "ADRESSE",
            ["hameau de Chez Puyraud, 16300 Barbezieux"],
        ),
        ("LA CAISSE D'ALLOCATIONS FAMILIALES, dont le siège est 2 rue d'Iéna 59000 Lille", "ADRESSE", []),
    ],
)
def test_court_and_countryside_forms(masked: Masked, text: str, label: str, expected: list[str]) -> None:
    assert [value for found, value in masked(text) if found == label] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cite aussi Paul Martin", [("PERSONNE", "Paul Martin")]),  # « cite », the verb, starts no street
        ("passage rapide au guichet", []),
        ("rue des lilas", [("ADRESSE", "rue des lilas")]),
        ("J'habite cité Bellevue depuis dix ans.", [("ADRESSE", "cité Bellevue")]),
    ],
)
def test_a_street_type_that_is_also_a_word_starts_an_address_only_before_a_name(
    masked: Masked, text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected
