"""Migration 0013: an example's review and reply indexed apart; the stored examples stay searchable both ways."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

from bot.domain import PseudonymisedText
from storage.database import MIGRATIONS, Database, upgrade
from storage.examples_store import SqlExampleStore
from storage.repository import SqlRepository
from tests.storage.records import approved


def downgrade(engine: Engine, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_0013_rebuilds_the_search_of_stored_examples_down_and_up(engine: Engine, repo: SqlRepository) -> None:
    approved(repo, 1, "Ma prime d'activité a disparu.", "Bonjour, votre prime sera versée.")
    approved(repo, 2, "Mon passeport n'est pas prêt.", "Bonjour, il est en fabrication.")
    store = SqlExampleStore(Database(engine))
    new = PseudonymisedText("Où est ma prime ?")

    downgrade(engine, "0012")
    upgrade(engine)

    assert [found.review for found in store.similar_examples("C0FEEDBACK", new, 3)] == [
        "Ma prime d'activité a disparu."
    ]
