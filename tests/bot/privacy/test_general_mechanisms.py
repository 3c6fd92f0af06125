"""Round 2 of issue 13: each general mechanism through the whole engine (real spaCy model), with the cases that
must not change (sentence starters, places, public-service names, media)."""

from __future__ import annotations

import pytest

from bot.privacy.recognizers.person_civility import misspellings
from tests.bot.privacy.conftest import Masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words of any kind between « dossier » and the number word describe the dossier
        ("Mon dossier retraite porte le numéro 2023RET0458812, merci.", [("REFERENCE_DOSSIER", "2023RET0458812")]),
        ("dossier social étudiant n° DSE-2023-448812.", [("REFERENCE_DOSSIER", "DSE-2023-448812")]),
        ("ma demande de logement social : 069-2021-118832", [("REFERENCE_DOSSIER", "069-2021-118832")]),
        # …but no number word, no reference: a year or an amount after a dossier stays
        ("mon dossier est en attente depuis 2021", []),
        ("le dossier retraite de 2019 est clos", []),
    ],
)
def test_dossier_numbers_described_by_words(masked: Masked, text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pour lui, le Directeur Général de la Cnav, il s'agit d'une situation marginale.",
        "Madame la Directrice Régionale de la CPAM, je vous écris.",
        "J'ai lu l'article du Parisien et de Ouest-France, puis appelé Orange et la SNCF.",
        "La Cnaf et l'Urssaf ne répondent pas, la Carsat non plus.",
        "ma fille est maître nageuse à la piscine municipale.",
        "Cher Monsieur, Motif : retard. Hein ? C'est long.",
        "mon père m'a dit que la Caisse d'Allocations Familiales avait répondu.",
        "J'habite à Saint-Germain-en-Laye depuis dix ans.",
        "La rue de la République est fermée pour travaux.",
        # the word after a civility or a kinship noun, when it carries on the sentence
        "En 2021, madame obtient son numéro d'allocataire.",
        "Il est apparu que Madame n'était pas une fraudeuse.",
        "Le Département réclame à Madame le remboursement de l'indu.",
        "mon mari accompagne la maman au rendez-vous.",
        "Avec mon épouse, j'ai attendu plus de 13 h.",
        # a common word whose accents differ from a first name's
        "Marié et père de deux enfants, il attend.",
        "Un mois c'est zéro euro, un autre c'est 700 euros.",
    ],
)
def test_public_words_titles_and_organisations_stay(masked: Masked, text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's complement is no name, the name before it still is
        ("Pour Renaud Villard, le Directeur Général de la Cnav, c'est marginal.", ["Renaud Villard"]),
        # a capitalised particle announces a surname, even a title word
        ("Dimanche, Bruno Le Maire, le ministre, a soutenu la réforme.", ["Bruno Le Maire"]),
        # a surname that is also a place or a common word, right after a first name
        ("Paul Paris a appelé la CAF.", ["Paul Paris"]),
        ("Louise Boulanger attend sa pension.", ["Louise Boulanger"]),
        ("Signé : PARIS Virginie-Michelle", ["PARIS Virginie-Michelle"]),
        ("J'habite PARIS et la CAF de PARIS ne répond pas.", []),
        # two names glued by a typo; a brand is no first name
        ("ÉricDurand a écrit à la mairie, pas PayPal.", ["ÉricDurand"]),
        # a misspelt civility in lower case
        ("il écrit que mesieur françois g. est passé", ["françois g."]),  # the initial of his surname goes with him
        ("monsieu dupont ne répond plus", ["dupont"]),
        # a lower-case first name does not swallow the sentence after it…
        ("jean-marc m'a aidé à remplir le formulaire.", ["jean-marc"]),
        # …but a lower-case signature keeps its surname, common word or not
        ("Je n'ai rien reçu.\nCordialement juliette roche", ["juliette roche"]),
        # lower-case names after a civility or « je suis » still go
        ("madame le goff a appelé.", ["le goff"]),
        ("de : roche thibault <rt@example.org>\nobjet : mon dossier", ["roche thibault"]),
        ("je suis marie petit.", ["marie petit"]),
        # a last line that is a name, without a closing formula
        ("je reside à Saint-Denis depuis 2019, merci de mettre a jour mon adresse.\nhoarau noel", ["hoarau noel"]),
    ],
)
def test_names(masked: Masked, text: str, expected: list[str]) -> None:
    assert [value for label, value in masked(text) if label == "PERSONNE"] == expected


def test_a_last_line_of_common_words_is_no_signature(masked: Masked) -> None:
    assert masked("Je n'ai toujours rien reçu depuis mars.\nbonne journée") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cordialement,\nMarc Dubreuil\nchemin des Vignes",
            [("PERSONNE", "Marc Dubreuil"), ("ADRESSE", "chemin des Vignes")],
        ),
        (
            "Je vous écris de la rue des Lilas, 44000 Nantes, pour mon dossier.",
            [("ADRESSE", "rue des Lilas, 44000 Nantes")],
        ),
    ],
)
def test_street_lines_without_a_number(masked: Masked, text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


def test_misspellings_are_one_letter_away() -> None:
    found = misspellings("madame")
    assert {"madam", "madmae", "maddame"} <= found and "madame" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word no lexicon knows, treated by the sentence as a speaker or given an age
        ('Parmi eux, il y a Iram: "On m\'a expulsé le 7 juillet."', ["Iram"]),
        ("« Je ne peux pas payer », confie Heiter.", ["Heiter"]),
        ("Oumy, 34 ans, attend toujours.", ["Oumy"]),
        # the same shapes on a place, a medium or a firm name no one
        ("Je suis allé à Maubeuge : « rien ».", []),
        ("Libération : « la CAF est saturée ».", []),
        ("Norauto, 12 ans de service.", []),
        # the word alone is no evidence
        ("Nous sommes passés par Schiltigheim et Haguenau.", []),
    ],
)
def test_rare_names_from_the_sentence(masked: Masked, text: str, expected: list[str]) -> None:
    assert [value for label, value in masked(text) if label == "PERSONNE"] == expected
