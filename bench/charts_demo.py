"""The README's chart pictures, drawn by `plume audit charts` from a demo database seeded like the benchmark's.

    .venv/bin/python -m bench.charts_demo [docs/charts]

20 000 conversations over 90 days ending on a fixed day (the pictures do not change from one run to the next),
in a temporary SQLite file; the pictures are the ones a lead sees in the App Home for 90 days, all channels.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench.audit_seed import seed
from storage.database import open_engine, upgrade

UNTIL = datetime(2026, 11, 28, 23, 59, tzinfo=UTC)


def main(folder: str = "docs/charts") -> None:
    with tempfile.TemporaryDirectory(prefix="plume-charts-") as temporary:
        url = f"sqlite:///{Path(temporary) / 'demo.db'}"
        engine = open_engine(url)
        upgrade(engine)
        seed(engine, 20_000, UNTIL, days=90)
        engine.dispose()
        os.environ.update(PLUME_DATABASE_URL=url, PLUME_TIME_ZONE="Europe/Paris", SLACK_BOT_TOKEN="")
        from bot.cli import app

        app(["audit", "charts", "-o", folder, "--days", "90", "--until", f"{UNTIL:%Y-%m-%d}"], standalone_mode=False)


if __name__ == "__main__":
    main(*sys.argv[1:])
