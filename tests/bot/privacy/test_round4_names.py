"""Round 4 of issue 13, names: compound titles, signatures in lower case, a name's word in lower case, subjects
that act or speak, world first names weighed against word frequency, lower-case surnames beside a first name,
forum nicknames and pseudonyms, capitals. Inputs written for these tests, through the whole engine."""

from __future__ import annotations

import pytest

from bot.privacy.lexicon import is_first_name
from bot.privacy.word_spans import read_words
from tests.bot.privacy.conftest import Masked


def _names(masked: Masked, text: str) -> list[str]:
    return [value for label, value in masked(text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monsieur le Garde-champêtre passe rarement dans la rue.", []),
        ("Madame la Commissaire-enquêtrice a rendu son avis.", []),
        ("Monsieur le Lieutenant nous a reçus.", []),
        ("Monsieur Le Goff nous a reçus.", ["Le Goff"]),
    ],
)
def test_compound_titles_after_a_civility_are_no_name(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je n'ai rien reçu depuis mars. merci. marie", ["marie"]),
        ("Dossier toujours bloqué. bien à vous, amandine", ["amandine"]),
        ("Ça fait 3 mois que j'attends ! signé sophie l., allocataire caf 75", ["sophie l."]),
        ("Le service était fermé. cordialement, gwendal p.", ["gwendal"]),
        ("Je remercie la conseillère. samia b.", ["samia b."]),
        ("Trois heures d'attente au guichet. Paul Riou, Quimperlé", ["Paul Riou"]),  # the town stays
        ("Merci. Depuis trois mois rien ne bouge.", []),
    ],
)
def test_signatures_after_a_sentence_in_any_case(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


def test_a_name_written_again_in_lower_case_is_masked_unless_a_common_word(masked: Masked) -> None:
    text = "« Personne ne répond », explique Karim, un usager. karim, 06 12 40 55 19, habitant du quartier."
    assert _names(masked, text) == ["Karim", "karim"]
    assert _names(masked, "Marie Petit attend. Un petit retard, dit-elle.") == ["Marie Petit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kourtel perçoit seulement la moitié de sa pension.", ["Kourtel"]),  # unknown word, acting
        ("Rose a appelé la CAF trois fois.", ["Rose"]),  # ambiguous first name, acting
        ("La Rose a reçu un prix au concours.", []),  # a determiner: a thing
        ("Avril a été un mois difficile.", []),  # a month
        ("Parcoursup a planté hier soir.", []),
        ("Toulouse a fermé son agence.", []),
    ],
)
def test_a_subject_that_acts_is_a_person(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


def test_frequent_world_first_names_are_known_even_when_also_frequent_words() -> None:
    """scripts/derive_first_names.py weighs a name's frequency against the word's: frequent names that are no
    French word stay (« Diego », Zipf 4.0), French words (or their forms) frequent as names do not."""
    world = read_words("prenoms_monde")
    assert {"diego", "carlos", "mohamed", "juan"} <= world
    assert not {"roman", "manuel", "van", "duc", "lois"} & world
    assert all(is_first_name(name) for name in ("Diego", "Carlos", "Mohamed", "Juan"))


def test_a_first_name_that_is_frequent_as_a_word_is_still_a_name_after_a_title(masked: Masked) -> None:
    assert _names(masked, "Contrôleur RATP, Diego fait bien plus que vérifier les billets.") == ["Diego"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je vous écris parce que quiniou marie-claude n'a pas reçu sa pension", ["quiniou marie-claude"]),
        ("l'agent rose kerhervé m'a raccroché au nez", ["rose kerhervé"]),
        ("moi, quiniou lucy, usager mécontent", ["quiniou lucy"]),
        ("merci à nolwenn de la caf pour son aide", ["nolwenn"]),
        ("la rose blanche a fané, nino et hana aussi", []),  # rare world names in lower case: words
    ],
)
def test_lower_case_names_beside_a_surname_or_introduced(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posté par maximeR le 12/03 : la caf de Nantes c'est l'enfer", ["maximeR"]),
        ("@Jordan76 tu as raison, la CAF ne répond jamais.", ["@Jordan76"]),
        ("Réponse de Sophie75 sur le forum.", ["Sophie75"]),
        ("écrivez-moi à marie75@gmail.com", []),  # an address: the email recognizer's
        ("Paris2024 et le formulaire CERFA12", []),  # no first name before the tag
        ("le guichet @all ferme trop tôt, @here aussi", []),  # a chat's broadcast keywords name no one
    ],
)
def test_pseudonyms_of_forums(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Témoignage de Fatoumata, 52 ans, aide-soignante à Bobigny.", ["Fatoumata"]),
        ("Lettre de Gwenola Riou au maire.", ["Gwenola Riou"]),
    ],
)
def test_a_head_word_before_de_is_not_part_of_the_name(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jean-Pierre M., retraité, raconte son combat.", ["Jean-Pierre"]),  # « M. » is an initial here
        ("Interrogé, Thomas Peyrat, porte-parole du collectif, confirme.", ["Thomas Peyrat"]),
        ("M. Dupont et Mme Vidal sont venus.", ["Dupont", "Vidal"]),
    ],
)
def test_an_initial_is_no_civility_and_a_participle_no_listed_name(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bonjour à tous, ici seb du 35, même galère avec la caf", ["seb"]),
        ("merci flo pour l'info !!", ["flo"]),
        ("moi aussi (steph, 44 ans) j'attends depuis 4 mois", ["steph"]),
        ("j'ai eu au tel une certaine sandrine, pas aimable", ["sandrine"]),
        ("Re: radiation - par titi_du_92", ["titi_du_92"]),
        ("voir le fichier releve_mars.pdf en pièce jointe", []),
        ("merci beaucoup pour votre aide", []),
    ],
)
def test_forum_first_names_nicknames_and_user_names(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C'est GARNIER Marcel-Yves qui écrit ; c'est n'importe quoi.", ["GARNIER Marcel-Yves"]),
        ("L'affaire a été débattue devant Madame Odile FERRAND.", ["Odile FERRAND"]),
        ("Mme N'Diaye a appelé.", ["N'Diaye"]),
    ],
)
def test_an_elided_common_word_is_no_name_word(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Rien ne bouge », raconte Claire, mère de trois enfants.", ["Claire"]),  # ambiguous, speaking
        ("Prudence, 41 ans, élève seule ses enfants.", ["Prudence"]),  # ambiguous, with an age
        ("Kourtel dénonce une injustice.", ["Kourtel"]),
        ("La France a décidé, dit le ministre. Rose des vents.", []),
    ],
)
def test_an_ambiguous_or_unknown_name_that_speaks_acts_or_has_an_age(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kourtelina*, mère isolée, témoigne. *Le prénom a été changé.", ["Kourtelina"]),
        ("Yzaline, une habitante du quartier, n'a rien reçu.", ["Yzaline"]),
        ("Les Kervella ont reçu un courrier ; chez les Tanguy aussi.", ["Kervella", "Tanguy"]),
        ("Les Bretons ont reçu un courrier.", []),  # a plural, no family
        ("Lorient, ancienne ville de la Compagnie des Indes.", []),
    ],
)
def test_a_person_noun_in_apposition_a_changed_first_name_or_a_family(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


def test_a_territory_after_dans_les_is_no_family_nor_person(masked: Masked) -> None:
    text = "Réfugiée chez un ami dans les Landes, la mère de famille a écrit à la CAF, dans les Hauts-de-Seine."
    assert _names(masked, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le conseiller jérôme m'a dit de revenir", ["jérôme"]),
        ("la secrétaire, sandrine je crois, m'a raccroché au nez", ["sandrine"]),
        ("Le monsieur du guichet 4 (Bertrand ?) m'a envoyé balader.", ["Bertrand"]),
    ],
)
def test_lower_case_first_names_after_a_job_and_where_after_a_civility(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Quimperlé, une habitante raconte.", "Quimperlé a fermé son agence.", "Vitam, membre du réseau, a fermé."],
)
def test_a_town_or_a_thing_in_apposition_or_acting_is_no_person(masked: Masked, text: str) -> None:
    assert _names(masked, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MON FILS KEVIN N'A TOUJOURS PAS SA BOURSE.", ["KEVIN"]),
        ("MERCI A LA CONSEILLERE SANDRINE POUR SON AIDE", ["SANDRINE"]),
        ("Dossier de DUPONT Marie, transmis par la CAF.", ["DUPONT Marie"]),
    ],
)
def test_a_text_in_capitals_keeps_titles_and_relatives_out_of_names(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("j'ai rappelé et nadia m'a dit que c'était bon", ["nadia"]),
        ("hier kevin a appelé la caf pour moi", ["kevin"]),
        ("Pascale m'a reçue très gentiment.", ["Pascale"]),
        ("la personne m'a dit de revenir ; le pierre m'a blessé", []),
    ],
)
def test_a_lower_case_first_name_that_acts(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patience et Constance sont mes filles.", ["Patience", "Constance"]),
        ("Rose est ma fille, elle a 12 ans.", ["Rose"]),
        ("La Rose est ma fleur préférée.", []),
    ],
)
def test_a_first_name_said_to_be_a_relative(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected
