"""Round 8 of issue 13, by families rather than examples: codes glued by dashes or slashes, bylines and handles by
their shape, and persons by their position in the sentence. Inputs written for these tests (not taken from the
evaluation splits), through the whole engine."""

from __future__ import annotations

import pytest

from bot.privacy.resolve import Span, grow_names
from tests.bot.privacy.conftest import Masked


def _values(masked: Masked, text: str) -> list[str]:
    return [value for _, value in masked(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Référence de l'aide de mon père : 31-PCH-0087412, merci de vérifier.", "31-PCH-0087412"),
        ("Le courrier rappelle AAH/2022/557019 en haut à droite.", "AAH/2022/557019"),
        ("J'ai noté 2023-ASE-40917 sur le formulaire.", "2023-ASE-40917"),
    ],
)
def test_glued_codes_are_masked_whatever_announces_them(masked: Masked, text: str, code: str) -> None:
    assert ("REFERENCE_DOSSIER", code) in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'article L. 262-1 du code de l'action sociale, le RSA est dû.",
        "Pendant le COVID-19, la CAF a fermé ses accueils de 2020-2021.",
        "Le formulaire cerfa 12345-06 se trouve sur le site.",
    ],
)
def test_articles_years_and_short_codes_are_not_references(masked: Masked, text: str) -> None:
    assert not [label for label, _ in masked(text) if label == "REFERENCE_DOSSIER"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Association des locataires\nMis à jour le 3 mars 2021 par Gorvenec\nNous écrivons au maire.", "Gorvenec"),
        ("Une journée à l'agence France Travail. Posté par Mouette rieuse", "Mouette rieuse"),
        ("Par Kermorvant\nLe bureau de poste ferme.", "Kermorvant"),
        ("Une enquête par Yvelise Tardon, photographe", "Yvelise Tardon"),
    ],
)
def test_a_byline_names_its_author(masked: Masked, text: str, name: str) -> None:
    assert name in _values(masked, text)


@pytest.mark.parametrize(
    "text",
    [
        "Par ailleurs, la CAF a répondu.",
        "Par conséquent\nnous attendons.",
        "Publié par la CAF le 3 mai 2024",
        "Par Courrier\nLa demande est partie.",
    ],
)
def test_a_byline_of_common_words_names_no_one(masked: Masked, text: str) -> None:
    assert not [label for label, _ in masked(text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Mon rendez-vous à la CPAM\nmarie-t\nCe matin, rien ne marchait.", "marie-t"),
        ("brindille le samedi 4 mai 2019 à 10:12\nLa cantine a encore augmenté.", "brindille"),
        ("Le guichet ferme à midi. — j.keraudren / afp", "j.keraudren"),
    ],
)
def test_handles_are_masked_by_their_shape(masked: Masked, text: str, handle: str) -> None:
    assert handle in _values(masked, text)


@pytest.mark.parametrize(
    "text",
    [
        "Toutes les infos sur\nservice-public.fr\nà jour.",
        "Nous avons un\nrendez-vous\nmardi.",
        "née le 3 mai, elle attend sa carte.",
        "Écrivez à contact.caf@caf.fr pour le suivi.",
    ],
)
def test_addresses_and_compounds_are_no_handles(masked: Masked, text: str) -> None:
    assert not [label for label, _ in masked(text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon la lettre, Patience aurait envoyé ses justificatifs trop tard.", "Patience"),
        ("Constance avait pourtant obtenu un rendez-vous en mars.", "Constance"),
        ("Zalinde a une fille en situation de handicap.", "Zalinde"),
    ],
)
def test_a_word_acting_in_a_compound_tense_is_a_person(masked: Masked, text: str, name: str) -> None:
    assert name in _values(masked, text)


@pytest.mark.parametrize(
    "text",
    [
        "La Caisse d’Allocations Familiales a renforcé ses contrôles.",
        "L’Urssaf Provence a commencé les relances en mai.",
        "Au guichet, l’employée a fait une réclamation.",
        "La Trésorerie aurait perdu mon chèque.",
        "Doctolib a planté toute la matinée.",
        "La patience aurait suffi.",
    ],
)
def test_a_body_acting_in_a_compound_tense_is_no_person(masked: Masked, text: str) -> None:
    assert not [label for label, _ in masked(text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "surname", "name"),
    [
        ("Le ministre de l'Agriculture Yaw Diallo a parlé.", "Diallo", "Yaw Diallo"),
        ("Interrogée, Nnenna Okafor confirme.", "Okafor", "Nnenna Okafor"),
    ],
)
def test_an_unknown_word_before_a_name_is_its_first_word(text: str, surname: str, name: str) -> None:
    start = text.index(surname)
    grown = grow_names(text, [Span("PERSONNE", start, start + len(surname), 0.8)])
    assert text[grown[0].start : grown[0].end] == name


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Le maire de Lorient Diallo a parlé.", "Diallo"),  # a town before the name stays
        ("Hier, la CAF Diallo… ", "Diallo"),  # a public word too
        ("Le Travail Diallo a parlé.", "Diallo"),  # a common word too
        ("Téléphonez Diallo demain.", "Diallo"),  # a sentence's first word may be a verb
    ],
)
def test_places_public_and_common_words_do_not_join_a_name(text: str, surname: str) -> None:
    start = text.index(surname)
    grown = grow_names(text, [Span("PERSONNE", start, start + len(surname), 0.8)])
    assert text[grown[0].start : grown[0].end] == surname


def test_a_name_closing_a_person_apposition_is_masked(masked: Masked) -> None:
    text = "« On attend », soupire une retraitée de Plouha, Yzoline Kardecq."
    assert "Yzoline Kardecq" in _values(masked, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("C'est le cas de Nawelle, qui attend son allocation.", "Nawelle"),
        ("La situation précaire de Patience inquiète le CCAS.", "Patience"),
        ("La maman d'Ilyane a écrit au rectorat.", "Ilyane"),
    ],
)
def test_a_persons_case_or_kin_names_a_person(masked: Masked, text: str, name: str) -> None:
    assert name in _values(masked, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le cas de Besançon est différent : l'agence a fermé.", "Besançon"),
        ("La situation de Mayotte reste grave pour les allocataires.", "Mayotte"),
        ("Une habitante de Plouha, la mairie et la CAF se sont réunies.", "Plouha"),
    ],
)
def test_places_in_those_positions_stay(masked: Masked, text: str, place: str) -> None:
    assert place not in _values(masked, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pour la réforme, le ministre de l’Intérieur Yaw Diallo a estimé que tout allait bien.", "Yaw Diallo"),
        ("Face aux syndicats, la ministre du Travail Quiterie Lombardo a cédé.", "Quiterie Lombardo"),
        ("Selon la préfète de la Haute-Loire Ysé Marchand, les délais baissent.", "Ysé Marchand"),
        ("Le maire de Saint-Denis Mathieu Hanotin a répondu aux parents.", "Mathieu Hanotin"),
    ],
)
def test_an_office_and_its_portfolio_announce_a_name(masked: Masked, text: str, name: str) -> None:
    assert any(name in value for value in _values(masked, text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le directeur des lignes normandes Intercités a présenté ses excuses.", "Intercités"),
        ("Le directeur de la CAF du Calvados a répondu.", "Calvados"),
        ("La présidente du Conseil départemental a signé la convention.", "Conseil"),
        ("Le maire de Saint-Denis a répondu aux parents.", "Saint-Denis"),
        ("Les enfants de Saint Vincent de Mercuze ont repris le car.", "Saint Vincent de Mercuze"),
    ],
)
def test_an_offices_portfolio_and_places_stay(masked: Masked, text: str, kept: str) -> None:
    assert not any(kept in value or value in kept for value in _values(masked, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nawelle, son cartable sur le dos, attend le bus depuis une heure.", "Nawelle"),
        ("Le bus est en retard. Zidienne, la voix nouée, patiente au guichet.", "Zidienne"),
    ],
)
def test_a_word_opening_a_sentence_before_a_clause_is_a_name(masked: Masked, text: str, name: str) -> None:
    assert name in _values(masked, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hélas, je m'étais trompée de guichet.",
        "Séparée, elle élève seule ses enfants.",
        "Rappelez-vous, à l'époque, la CAF payait à l'heure.",
        "Bjr,\nje voudrais savoir où en est mon dossier.",
        "Finalement, la préfecture a répondu.",
    ],
)
def test_an_adverb_or_an_interjection_opening_a_sentence_is_no_name(masked: Masked, text: str) -> None:
    assert not [label for label, _ in masked(text) if label == "PERSONNE"]
