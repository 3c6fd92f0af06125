"""Round 5 of issue 13, names and public names: an initial makes a person of any capitalised word, lower-case first
names with an initial or a surname in capitals, nicknames announced or signing a post, rare names that live in
need; towns in capitals or with their department, acronyms after an article, offices named after a saint. Inputs
written for these tests (not taken from the evaluation splits), through the whole engine."""

from __future__ import annotations

import pytest

from bot.privacy.allowlist import protected_spans
from tests.bot.privacy.conftest import Masked


def _names(masked: Masked, text: str) -> list[str]:
    return [value for label, value in masked(text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Signé : B. Chambéry", ["Chambéry"]),
        ("R. Tours m'a répondu très vite.", ["Tours"]),  # a town and a common word, after an initial
        ("Cordialement, P. Valence", ["Valence"]),
        ("T. Colombes et F. Nancy ont signé la pétition.", ["Colombes", "Nancy"]),
        ("Signé par R. Fontaine hier.", ["Fontaine"]),  # « par » is no noun the letter belongs to
        ("On m'a donné un plan B. Ensuite rien.", []),
        ("Il faut la catégorie B. Tours et détours.", []),
    ],
)
def test_an_initial_makes_a_person_of_a_capitalised_word(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posté par sandrine k. le 3 mai : aucune nouvelle.", ["sandrine k."]),
        ("bonjour c'est karima z. je n'ai toujours rien reçu", ["karima z."]),
        ("merci d'avance, laurent MOREAU", ["laurent MOREAU"]),
        ("Je rejoins david LEVY sur ce point.", ["david LEVY"]),
        ("représenté par Me Evan, ariel COHEN, avocat", ["Evan", "ariel COHEN"]),  # a world first name
        ("j'ai vu rose D. hier", []),  # an ambiguous first name stays a word
        ("on est allés voir louis RSA", []),  # an acronym is no surname
    ],
)
def test_a_lower_case_first_name_with_its_surnames_mark(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elisabeth Bond, dite Lison du var, alias Money penny.", ["Elisabeth Bond", "Lison du var", "Money penny"]),
        ("Signature : Marcel Dupuis, dit Le Grand, retraité.", ["Marcel Dupuis", "Le Grand"]),
        ("Réponse de Mimi du 59 : pareil pour moi à la CAF.", ["Mimi du 59"]),
        ("Message de Petit Loup 74 : la CPAM m'a répondu.", ["Petit Loup 74"]),
        ("Posté par Cocotte le 2 février, modifié ensuite.", ["Cocotte"]),
        ("Réponse de Sophie75 sur le forum.", ["Sophie75"]),
        ("Posté le 3 mai par Nini44 : idem pour moi", ["Nini44"]),
        ("Merci à tous. Bisous, Nanou 33", ["Nanou 33"]),
        ("Bien à vous, Marcel 75", ["Marcel 75"]),
        ("Je vais à Paris 15\nRendez-vous le Lundi 12\nVoir l'Article 12.", []),
        ("Réponse de la CAF : rien. Message de mon conseiller : attendez.", []),
        ("Écrit par La Rédaction le 12 mars.", []),  # a role signs, not a person
        ("Une aide dite exceptionnelle m'a été refusée, dit-il.", []),
    ],
)
def test_nicknames_announced_or_signing_a_post(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Depuis qu'il a expiré, Nassime est en grande précarité.", ["Nassime"]),
        ("Hier, Ousmane est resté sans nouvelles et Fodé est sans papiers.", ["Ousmane", "Fodé"]),
        ("Paris est en grande difficulté. La Sécurité sociale est en arrêt.", []),
    ],
)
def test_a_rare_name_that_lives_in_need_is_a_person(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Je me présente : Nathalie d'Arles (13), 55 ans.", "Arles"),
        ("Le président de la FCPE a réagi.", "FCPE"),
        ("Je contacte le président de la CCPH.", "CCPH"),
        ("La CNAF et la DREETS se renvoient la balle, le SPIP aussi.", "DREETS"),
        ("avocat au barreau de METZ, bureau d'aide de METZ", "METZ"),
        ("Le tribunal de NANTERRE a rendu sa décision.", "NANTERRE"),
        ("Le TJ de CRÉTEIL a statué.", "CRÉTEIL"),
        ("Le comité de la FNATH et le bureau de l'ADMR sont fermés.", "ADMR"),
        ("Ils vont à la préfecture Saint Anne pour leurs démarches.", "Saint Anne"),
        ("J'ai écrit à la mairie Sainte Agnès sans réponse.", "Sainte Agnès"),
    ],
)
def test_public_names_by_their_shape_are_kept(masked: Masked, text: str, kept: str) -> None:
    assert any(kept in text[start:end] for start, end in protected_spans(text))
    assert not any(kept in value or value in kept for _, value in masked(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'ai écrit à Philippe de VILLIERS hier.", ["Philippe de VILLIERS"]),  # a particle, not a town
        ("Mme Roux et Jean LE GALL puis Mme LA ROCHE.", ["Roux", "Jean LE GALL", "LA ROCHE"]),
        ("Nathalie d'Arles (13) m'a écrit.", ["Nathalie"]),
        ("Voir le dossier de FONTAINE et la lettre de A. FONTAINE.", ["FONTAINE", "FONTAINE"]),  # any « de »: a person
    ],
)
def test_names_beside_public_shapes_stay_names(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected
