"""Blame and irony towards the citizen are found; the service's self-criticism and plain rules are not blame.
Sentences written for these tests, not taken from the check corpus."""

from __future__ import annotations

import pytest

from bot.checks import Kind, Requirements, check_draft

OPENING = "Bonjour,\n\nMerci pour votre message sur votre visite à l'agence et sur l'attente au téléphone."


def blamed(sentence: str) -> list[str]:
    draft = f"{OPENING} {sentence}\n\nBien cordialement,"
    findings = check_draft(draft, "avis", "", frozenset(), Requirements(min_words=0))
    return [draft[f.start : f.end] for f in findings if f.kind is Kind.BLAME]


@pytest.mark.parametrize(
    "sentence",
    [
        # what the citizen should have done
        "Vous auriez pu tout simplement consulter la foire aux questions.",
        "Il aurait fallu joindre l'avis d'imposition dès le départ.",
        "Il fallait envoyer le formulaire avant la date limite.",
        "Il fallait nous prévenir de votre changement d'adresse.",
        "Si vous aviez correctement rempli la case 7, tout serait réglé.",
        "Vous n'aviez qu'à demander à l'accueil.",
        "Rien ne vous empêchait de prendre rendez-vous en ligne.",
        "La solution était bien simple : utiliser la messagerie.",
        # the fault put on the citizen
        "C'était à vous de nous prévenir de votre déménagement.",
        "Vous étiez tenue de déclarer vos revenus chaque trimestre.",
        "Ce retard résulte d'un oubli de votre part.",
        "Vous avez omis de signer le formulaire.",
        # the citizen's word put in doubt
        "Contrairement à ce que vous laissez entendre, l'agence était ouverte.",
        "Vous semblez oublier que la démarche est obligatoire.",
        "Vous n'êtes pas sans savoir que le délai est de deux mois.",
        "Vous n'avez visiblement pas lu le courrier que nous vous avons adressé.",
        # irony
        "Tout est pourtant expliqué sur la page d'accueil du site.",
        "La notice est pourtant claire sur ce point.",
        "Comme nous vous l'avons déjà indiqué, le dossier était incomplet.",
        "Bien évidemment, vous deviez fournir l'original.",
        "Comme tout le monde le sait, l'accueil ferme à midi le vendredi.",
        "Ce n'était pas si compliqué de remplir le formulaire.",
    ],
)
def test_blame_towards_the_citizen_is_found(sentence: str) -> None:
    assert blamed(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the service blaming itself
        "Nous aurions dû vous prévenir plus tôt du changement d'horaires.",
        "Il aurait fallu vous informer du retard, et nous le regrettons.",
        "Il fallait vous répondre plus vite : c'est une erreur de notre part.",
        "Nous n'avons pas pris la peine de vous rappeler, et nous le regrettons.",
        "Notre erreur de saisie est à l'origine du blocage.",
        # plain rules and help
        "Il faut fournir un justificatif de domicile de moins de trois mois.",
        "Vous devez déclarer tout changement de situation dans votre espace.",
        "Il suffit de vous connecter à votre espace pour suivre votre dossier.",
        "Si vous deviez rencontrer une difficulté, un conseiller vous aidera.",
        "Nous restons bien évidemment à votre disposition.",
        "Bien sûr, nous comprenons votre déception.",
        "Comme vous le savez peut-être, l'accueil a déménagé.",
        "Vous avez visiblement vécu une journée difficile, et nous en sommes désolés.",
        "Vous n'avez pas reçu de réponse, ce qui n'est pas normal.",
        "Vous avez raison : les informations du site ne sont pas assez claires.",
    ],
)
def test_self_criticism_and_plain_rules_are_not_blame(sentence: str) -> None:
    assert blamed(sentence) == [], sentence


def test_the_finding_quotes_the_words_of_the_draft() -> None:
    [finding] = [
        f
        for f in check_draft(f"{OPENING} Vous auriez dû venir plus tôt.", "avis", "", frozenset(), Requirements())
        if f.kind is Kind.BLAME
    ]

    assert "«\u202fVous auriez dû\u202f»" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Il aurait été plus simple de nous appeler avant de vous déplacer.",
        "Une simple lecture de la notice aurait suffi.",
        "Cela relevait de votre seule responsabilité.",
        "Votre manque d'attention explique ce refus.",
        "Comme déjà précisé à plusieurs reprises, la pièce manque.",
        "Nous vous invitons à relire plus attentivement le courrier.",
        "Nous ne pouvons pas faire toutes les démarches à votre place.",
        "Nous regrettons que vous n'ayez pas pris la peine de répondre.",
    ],
)
def test_other_wordings_of_blame_are_found(sentence: str) -> None:
    assert blamed(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Il aurait été préférable de vous prévenir, nous le reconnaissons.",
        "Le rendez-vous que vous deviez avoir le 3 mars a été annulé par nos services.",
        "Nous pouvons remplir le formulaire à votre place lors d'un rendez-vous.",
        "Encore une fois, merci pour votre confiance.",
    ],
)
def test_more_wordings_that_are_not_blame(sentence: str) -> None:
    assert blamed(sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous auriez dû recevoir un courrier de notre part, et nous le regrettons.",
        "Vous auriez pu être mieux informé lors de votre appel.",
        "Comme le prévoit explicitement le code de la sécurité sociale, la demande est instruite en deux mois.",
        "Comme indiqué dans notre courrier, les pièces sont à déposer en ligne.",
    ],
)
def test_what_the_service_owed_and_plain_references_are_not_blame(sentence: str) -> None:
    assert blamed(sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Comme l'indique clairement la notice, la signature est obligatoire.",
        "Comme nous l'avons pourtant clairement écrit, le dossier doit être complet.",
        "Comme cela est écrit noir sur blanc dans le formulaire, la date limite était le 15 mars.",
    ],
)
def test_clearly_said_is_blame(sentence: str) -> None:
    assert blamed(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous comprendrez aisément que nous ne pouvons pas traiter un dossier incomplet.",
        "Faut-il vous rappeler que la déclaration est trimestrielle ?",
        "La lecture des courriers n'est visiblement pas votre fort.",
        "Avec un peu d'attention, vous auriez vu la date limite.",
        "Merci de lire les consignes avec soin à l'avenir.",
        "Ce n'est pas à nous de vérifier vos pièces avant l'envoi.",
        "Vous aviez pourtant été dûment informé de cette échéance.",
        "Chacun sait que les délais s'allongent en été.",
        "Nous sommes surpris que vous n'ayez pas répondu à notre courrier.",
        "Vous vous êtes visiblement trompé de guichet.",
        "Vous faites erreur : le courrier a bien été envoyé.",
    ],
)
def test_condescension_and_reproach_are_found(sentence: str) -> None:
    assert blamed(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous comprendrez que nous regrettons sincèrement ce délai.",
        "Nous veillerons à l'avenir à mieux vous informer.",
        "Vous n'êtes pas le seul dans ce cas, et nous travaillons à réduire l'attente.",
        "Vous n'êtes pas le seul à ne pas avoir reçu votre paiement, et nous en sommes désolés.",
        "Vous êtes la seule à nous avoir signalé ce problème : merci !",
        "Non, vous n'avez rien à payer pour cette démarche.",
    ],
)
def test_politeness_and_reassurance_are_not_blame(sentence: str) -> None:
    assert blamed(sentence) == [], sentence


def test_the_service_owning_its_fault_is_not_blame() -> None:
    assert blamed("Il fallait bien sûr vous prévenir du changement, et nous ne l'avons pas fait.") == []
    assert blamed("Il aurait fallu que nous vérifiions votre dossier plus tôt.") == []
    assert blamed("En tant qu'employeur, vous êtes responsable de la déclaration.") == []
    assert blamed("Vous êtes seul responsable de ce retard.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous n'êtes visiblement pas le seul à ne pas lire les notices.",
        "Bien évidemment, le formulaire devait être signé.",
        "Comme par hasard, votre dossier était incomplet.",
        "Bravo, vous avez réussi à perdre votre convocation.",
        "Tout est expliqué sur le site, encore faut-il prendre le temps de le lire.",
        "Une simple visite sur notre site vous aurait évité ce déplacement.",
        "Sans vouloir vous offenser, la démarche est à la portée de tous.",
        "Vous êtes pourtant un habitué de nos services.",
        "Vous avez cru bon de venir sans rendez-vous.",
        "Apparemment, vous n'avez pas jugé utile de nous prévenir.",
        "La prochaine fois, pensez à vérifier votre espace avant de vous déplacer.",
        "Nous ne sommes pas là pour remplir les dossiers à votre place.",
    ],
)
def test_sarcasm_and_lessons_for_next_time_are_found(sentence: str) -> None:
    assert blamed(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Pour éviter un déplacement, vous pouvez prendre rendez-vous en ligne.",
        "Il est vrai que les délais sont longs en cette période.",
        "Bien évidemment, nous restons à votre écoute.",
        "Comme vous le soulignez, l'attente a été trop longue.",
        "La prochaine fois, n'hésitez pas à demander à l'accueil.",
        "Vous avez eu raison de nous signaler ce problème.",
        "Nous vous invitons à consulter la notice jointe au formulaire.",
        "Votre démarche était complète, et le retard vient de nos services.",
        "Nous ne pouvons que regretter ce malentendu.",
    ],
)
def test_helpful_and_apologetic_wording_is_not_blame(sentence: str) -> None:
    assert blamed(sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Une fois de plus, vous avez oublié de joindre le justificatif.",
        "Visiblement, vous avez mal rempli la case des revenus.",
        "Vous ne lisez apparemment pas les courriers que nous vous envoyons.",
        "Vous n'avez toujours pas envoyé la pièce demandée, pourtant indispensable.",
    ],
)
def test_a_failing_of_the_citizen_with_a_reproaching_word_is_blame(sentence: str) -> None:
    assert blamed(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous n'avez pas envoyé la pièce : vous pouvez la déposer dans votre espace.",
        "Vous n'avez visiblement pas reçu notre courrier, et nous le regrettons.",
        "Vous n'avez pas été prévenu, et c'est évidemment notre faute.",
        "Vous avez mal été orienté, ce qui est évidemment regrettable.",
    ],
)
def test_a_failing_said_plainly_or_the_service_own_is_not_blame(sentence: str) -> None:
    assert blamed(sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Il aurait été judicieux de vérifier vos coordonnées bancaires avant de vous plaindre.",
        "Votre dossier était incomplet, ce qui n'est pas de notre ressort.",
        "La responsabilité de ce retard vous incombe entièrement.",
        "Nous vous rappelons, une énième fois, que le justificatif est obligatoire.",
        "Si vous aviez suivi nos recommandations, vous n'en seriez pas là.",
        "Vous comprendrez que nous ne pouvons pas pallier vos propres négligences.",
        "Le règlement est pourtant affiché en grand à l'entrée de l'agence.",
        "Vous êtes censé connaître les règles de déclaration.",
        "Peut-être auriez-vous dû lire le courrier avant de vous déplacer.",
        "C'est à vous qu'il revenait de transmettre ce document.",
        "Vous avez, semble-t-il, oublié de signer votre demande.",
        "Nous ne sommes pas responsables de votre manque d'organisation.",
        "Votre réclamation est sans fondement : la date limite était clairement indiquée.",
        "Vous auriez pu vous épargner ce déplacement en consultant notre site.",
        "Nul besoin d'être expert pour remplir ce formulaire.",
    ],
)
def test_fresh_wordings_of_blame(sentence: str) -> None:
    assert blamed(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous aurions dû vous indiquer plus clairement la liste des pièces.",
        "Il revient à nos services de vous informer de tout changement.",
        "La responsabilité de ce retard nous incombe, et nous vous présentons nos excuses.",
        "Votre réclamation est légitime et a été transmise au responsable.",
        "Le règlement intérieur est affiché à l'entrée de l'agence.",
        "Vous n'êtes pas tenu de vous déplacer : tout peut se faire en ligne.",
        "Nous comprenons que ces règles puissent paraître complexes.",
        "Il est vrai que le formulaire manque de clarté.",
        "Votre dossier était complet, le retard est de notre fait.",
        "Vous avez parfaitement raison de nous le signaler.",
    ],
)
def test_fresh_wordings_of_owning_up_and_rules(sentence: str) -> None:
    assert blamed(sentence) == [], sentence


def test_what_the_citizen_need_not_do_is_not_blame() -> None:
    assert blamed("Vous n'avez évidemment pas à vous justifier, et vous n'avez visiblement pas tort.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Comme indiqué clairement dans votre message, l'attente a été bien trop longue.",
        "Vous avez pourtant tout fait correctement, et nous en sommes désolés.",
        "Votre dossier était pourtant complet : l'erreur vient de nous.",
        "Vous avez visiblement été mal informé, et nous le regrettons.",
        "Apparemment, vous n'avez pas reçu notre courrier.",
    ],
)
def test_reproaching_words_in_sympathy_are_not_blame(sentence: str) -> None:
    assert blamed(sentence) == [], sentence
