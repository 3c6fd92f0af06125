"""Every benchmark runs to its end on a tiny input, so that `make bench*` cannot rot unnoticed.

The commands start together (most of their time is spent loading the French model, in separate processes) and
each test waits for its own; the streaming bench runs in this process, with the pseudonymiser already loaded. Only
that they run and print their tables is checked, never a figure.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import bench.privacy as privacy_bench
import bench.quality
import bench.streaming
from bot.checks import Kind
from bot.privacy.engine import PresidioPseudonymiser
from tests.conftest import POSTGRES_URL, postgres_answers

SPLITS = [split for split in privacy_bench.SPLITS if split != "real-heldout"]

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 300.0


@dataclass
class BenchRun:
    process: subprocess.Popen[bytes]
    stdout: Path
    stderr: Path

    def output(self) -> str:
        """What the benchmark printed, once it has ended; fail with its error output if it did not succeed."""
        code = self.process.wait(timeout=TIMEOUT)
        assert code == 0, self.stderr.read_text(encoding="utf-8", errors="replace")[-4000:]
        return self.stdout.read_text(encoding="utf-8")


@dataclass
class Benches:
    runs: dict[str, BenchRun]
    stores: list[str]
    """The databases that the load and audit benchmarks were given."""


def _postgres_arguments() -> list[str]:
    """The test PostgreSQL database when it answers (CI requires it); else SQLite only, said in a warning."""
    if postgres_answers():
        return ["--postgres-url", POSTGRES_URL]
    warnings.warn(f"no PostgreSQL answers at {POSTGRES_URL}: benchmarks run on SQLite only", stacklevel=1)
    return ["--skip-postgres"]


def _tiny_corpus(folder: Path) -> Path:
    """Two messages of each split of the evaluation corpora but the real held-out one (run once, never here)."""
    messages = [
        json.loads(line)
        for corpus in privacy_bench.CORPORA
        for line in corpus.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    chosen = [message for split in SPLITS for message in [m for m in messages if m["split"] == split][:2]]
    tiny = folder / "tiny_corpus.jsonl"
    tiny.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in chosen), encoding="utf-8")
    return tiny


@pytest.fixture(scope="module")
def benches(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Benches]:
    folder = tmp_path_factory.mktemp("benches")
    postgres = _postgres_arguments()
    load = ["--burst", "2", "--rate", "10", "--seconds", "0.2", "--runs", "1", "--model-seconds", "0.1"]
    commands = {  # the load bench's two stores run side by side: each starts its own Plume processes
        "e2e": ["e2e", "--reviews", "2"],
        "load_sqlite": ["load", *load, "--skip-postgres", "--trace"],
        "ack_cost": ["ack_cost", "--acks", "3", "--profile-lines", "5"],
        "privacy": ["privacy", "--corpus", str(_tiny_corpus(folder)), "--splits", ",".join(SPLITS)],
        "audit": ["audit", "--conversations", "60", "--runs", "1", *postgres],
        "socket_mode": ["socket_mode", "--rounds", "1", "--client", "plume"],
        "matrix": ["matrix", "--reviews", "1"],
        "matrix_catch_up": ["matrix_catch_up", "--others", "120", "--reviews", "1"],
        "grounding": ["grounding", "--history", "40", "--queries", "20", "--threads", "200", *postgres],
    }
    if "--skip-postgres" not in postgres:
        commands["load_postgresql"] = ["load", *load, "--skip-sqlite", *postgres]
    runs = {}
    for name, (module, *arguments) in commands.items():
        stdout, stderr = folder / f"{name}.out", folder / f"{name}.err"
        with stdout.open("wb") as out, stderr.open("wb") as err:
            command = [sys.executable, "-m", f"bench.{module}", *arguments]
            runs[name] = BenchRun(subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err), stdout, stderr)
    yield Benches(runs, ["SQLite"] if "--skip-postgres" in postgres else ["SQLite", "PostgreSQL"])
    for run in runs.values():
        if run.process.poll() is None:
            run.process.kill()
            run.process.wait()


@pytest.mark.usefixtures("benches")  # started first: they run while this one runs here
def test_the_streaming_bench_runs(pseudonymiser: PresidioPseudonymiser, capsys: pytest.CaptureFixture[str]) -> None:
    bench.streaming.main(["--reviews", "2"], pseudonymiser)

    printed = capsys.readouterr().out

    assert printed.startswith("2 drafts") and "first token -> first text visible in Slack" in printed


def test_the_end_to_end_bench_runs(benches: Benches) -> None:
    printed = benches.runs["e2e"].output()

    assert "memory (RSS) after 2 drafts" in printed and "event -> draft in Slack" in printed


def test_the_load_bench_runs(benches: Benches) -> None:
    printed = "".join(benches.runs[f"load_{store.lower()}"].output() for store in benches.stores)

    stores = [line.split(" (")[0] for line in printed.splitlines() if "bare Bolt app: same server" in line]
    assert stores == benches.stores
    for scenario in ("burst of 2", "steady 10/s for 0.2 s"):
        assert printed.count(f"{scenario}, Plume / bare Bolt ack ratio over 1 runs:") == len(stores)
    assert printed.count("p99 per run") == 2 * len(stores)
    assert "fast acks: in server (queued→answered)" in benches.runs["load_sqlite"].output(), "SQLite's run is traced"


def test_the_ack_cost_bench_runs(benches: Benches) -> None:
    printed = benches.runs["ack_cost"].output()
    assert "bare Bolt  CPU per ack" in printed and "Plume      CPU per ack" in printed
    assert "Plume / bare Bolt, median CPU per ack" in printed
    assert "fast_ack.py" in printed, "the profile shows Plume's route"


def test_the_privacy_bench_runs(benches: Benches) -> None:
    printed = benches.runs["privacy"].output()

    assert all(f"split « {split} » : 2 messages" in printed for split in SPLITS)
    assert "Presidio vanilla" in printed and "Objectifs (Plume)" in printed


def test_the_audit_bench_runs(benches: Benches) -> None:
    printed = benches.runs["audit"].output()

    stores = [line.split(":")[0].strip("= ") for line in printed.splitlines() if line.startswith("== ")]
    assert stores == benches.stores
    assert printed.count("export csv") == len(stores)
    assert printed.count("App Home with charts") == len(stores) and printed.count("export tableur") == len(stores)


def test_the_socket_mode_bench_runs(benches: Benches) -> None:
    printed = benches.runs["socket_mode"].output()

    rows = [line.split()[2] for line in printed.splitlines() if line.startswith("plume (aiohttp)")]
    assert rows == ["drop", "silence", "disconnect"]
    assert "never" not in printed


def test_the_matrix_bench_runs(benches: Benches) -> None:
    printed = benches.runs["matrix"].output()

    assert "review → final draft" in printed and "edits sent while streaming" in printed and "Plume RSS" in printed


def test_the_matrix_catch_up_bench_runs(benches: Benches) -> None:
    printed = benches.runs["matrix_catch_up"].output()

    assert "1 reviews +   120 other events" in printed and "pages" in printed and "drafts out" in printed


def test_the_grounding_bench_runs(benches: Benches) -> None:
    printed = benches.runs["grounding"].output()

    assert printed.count("first example of the right service") == len(benches.stores)
    assert printed.count("at 200: retrieval p50") == len(benches.stores)


def test_the_quality_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    bench.quality.main(["--splits", "dev", "--rounds", "1"])

    printed = capsys.readouterr().out

    assert printed.startswith("split « dev » :") and "time per draft" in printed
    assert all(f"\n{kind.value} " in printed for kind in Kind)
