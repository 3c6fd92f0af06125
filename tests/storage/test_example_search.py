"""How the search orders a channel's approved threads, the same on SQLite and PostgreSQL: a rare term of the topic
outweighs the complaints many threads share, and a term counts more in the team's reply than in the review."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from bot.domain import PseudonymisedText
from storage.database import Database
from storage.examples_store import SqlExampleStore
from storage.repository import SqlRepository
from tests.storage.records import approved

COMPLAINTS = "Personne ne décroche le téléphone, une heure d'attente au guichet."
OTHER_TOPICS = (
    "Ma carte grise est bloquée.",
    "Mon passeport n'est pas prêt.",
    "Ma taxe foncière a doublé.",
    "Mon permis de conduire est perdu.",
    "Ma pension de retraite est en retard.",
    "Mon titre de séjour expire.",
    "Mon acte de naissance comporte une erreur.",
    "Mon colis n'est jamais arrivé.",
)


def analysed(engine: Engine) -> SqlExampleStore:
    """The store, once PostgreSQL's statistics (which autovacuum keeps in production) know the stored threads."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE grounding_examples")
    return SqlExampleStore(Database(engine))


def reviews_found(store: SqlExampleStore, review: str) -> list[str]:
    return [example.review for example in store.similar_examples("C0FEEDBACK", PseudonymisedText(review), 3)]


def test_a_rare_term_of_the_topic_outweighs_complaints_that_many_threads_share(
    engine: Engine, repo: SqlRepository
) -> None:
    prime = "Ma prime d'activité a disparu."
    history = [f"{topic} {COMPLAINTS}" for topic in OTHER_TOPICS[:3]] + [prime, *OTHER_TOPICS[3:]]
    for n, review in enumerate(history, start=1):
        approved(repo, n, review)

    found = reviews_found(analysed(engine), f"Toujours pas de prime ce mois-ci. {COMPLAINTS}")

    assert found[0] == prime
    assert set(found[1:]) <= {f"{topic} {COMPLAINTS}" for topic in OTHER_TOPICS[:3]}


def test_a_term_counts_more_in_the_teams_reply_than_in_the_review(engine: Engine, repo: SqlRepository) -> None:
    in_reply = "La CAF ne m'a pas répondu."
    in_review = "Question sur ma prime d'activité et mon dossier."
    approved(repo, 1, in_reply, "Bonjour [PERSONNE_1], votre prime d'activité sera versée le 5.")
    approved(repo, 2, in_review, "Bonjour [PERSONNE_1], merci.")  # the later one: it would win a tie
    for n, topic in enumerate(OTHER_TOPICS, start=3):
        approved(repo, n, topic)

    assert reviews_found(analysed(engine), "Où est passée ma prime ?")[:2] == [in_reply, in_review]


def test_words_no_thread_holds_do_not_crowd_out_the_one_that_finds_the_topic(
    engine: Engine, repo: SqlRepository
) -> None:
    prime = "Ma prime d'activité a disparu."
    for n, review in enumerate((prime, *OTHER_TOPICS), start=1):
        approved(repo, n, review)
    unseen = "Girafe, xylophone, trombone, cerf-volant, marmelade, boussole, parapluie, escargot, tambourin."

    assert reviews_found(analysed(engine), f"{unseen} Et ma prime ?") == [prime]
