"""Privacy benchmark: Plume's pseudonymiser and vanilla Presidio on the French review corpora, side by side.

    make bench-privacy             # synthetic splits (final, fresh, heldout, dev: see tests/data/make_corpus.py)
                                   # and real text (real-dev, real-heldout: see tests/data/privacy_real/README.md)
    .venv/bin/python -m bench.privacy --splits real-dev,dev --show-leaks real-dev   # tune without the held-out

Per type: recall of values (a value counts as leaked if it survives anywhere in the output, spaced or compact;
a name if any of its words does). Then the share of messages with any leak, the share of public-service words
kept, and throughput (messages/s on one core after load and warm-up, from the process's CPU time so that other
work on a shared machine does not distort it; wall clock shown too), load time and peak RSS, each engine in its
own process.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.privacy_metrics import FREE_TEXT, Figures, measure

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
CORPORA = [DATA / "privacy_corpus.jsonl", DATA / "privacy_real_dev.jsonl", DATA / "privacy_real_heldout.jsonl"]
SPLITS = ["final", "fresh", "heldout", "dev", "real-dev", "real-heldout"]
ENGINES = {"plume": "Plume", "presidio": "Presidio vanilla"}
TARGETS = {"leaky": 0.01, "leaky_real": 0.02, "kept": 0.98, "throughput": 150.0, "load": 6.0, "rss": 600.0}


def _run(engine: str, corpus: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "report.json"
        subprocess.run([sys.executable, "-m", "bench.privacy_worker", engine, str(corpus), str(output)], check=True)
        report: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
        return report


def _percent(value: float) -> str:
    return f"{100 * value:.1f} %"


def _table(split: str, messages: list[dict[str, Any]], reports: dict[str, dict[str, Any]]) -> dict[str, Figures]:
    chosen = [m for m in messages if m["split"] == split]
    figures = {name: measure(chosen, report["outputs"]) for name, report in reports.items()}
    names = list(reports)
    print(
        f"\n== split « {split} » : {len(chosen)} messages ({sum(m['kind'] == 'hand' for m in chosen)} écrits à la main)"
    )
    print(f"{'type':<28}{'valeurs':>8}" + "".join(f"{ENGINES[n]:>20}" for n in names))
    first = figures[names[0]]
    for label in sorted(first.values, key=lambda lab: (lab in FREE_TEXT, lab)):
        row = "".join(f"{_percent(figures[n].recall(label)):>20}" for n in names)
        print(f"{'rappel ' + label:<28}{first.values[label]:>8}{row}")
    rows = [
        ("identifiants structurés fuités", lambda f: f"{f.structured_leaks}"),
        ("messages avec une fuite", lambda f: _percent(len(f.leaky_messages) / f.messages)),
        ("mots de service public gardés", lambda f: _percent(f.keep_kept / f.keep_total if f.keep_total else 1)),
    ]
    for title, show in rows:
        print(f"{title:<36}" + "".join(f"{show(figures[n]):>20}" for n in names))
    return figures


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="JSONL corpora (default: synthetic and real)")
    parser.add_argument("--splits", default=",".join(SPLITS), help="comma list (tune without real-heldout)")
    parser.add_argument("--engines", default="plume,presidio", help="plume, presidio, or both (comma list)")
    parser.add_argument(
        "--show-leaks",
        choices=SPLITS,
        help="list Plume's leaked values and lost words on it",
    )
    parser.add_argument("--check-loader", action="store_true", help="compare the fast spaCy loader with spacy.load")
    args = parser.parse_args(argv)
    splits = args.splits.split(",")
    messages = [
        message
        for corpus in args.corpus or CORPORA
        for line in corpus.read_text(encoding="utf-8").splitlines()
        if line.strip() and (message := json.loads(line))["split"] in splits
    ]
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages), encoding="utf-8")
        reports = {name: _run(name, corpus) for name in args.engines.split(",")}
    names = list(reports)
    print(f"Corpus : {len(messages)} messages ({', '.join(splits)})")
    tables = {split: _table(split, messages, reports) for split in splits}
    print(f"\n{'performance (tout le corpus)':<36}" + "".join(f"{ENGINES[n]:>20}" for n in names))
    speed = {n: len(messages) / r["run_cpu_s"] for n, r in reports.items()}
    wall = {n: len(messages) / r["run_s"] for n, r in reports.items()}
    print(f"{'messages/s (1 cœur, temps CPU)':<36}" + "".join(f"{speed[n]:>20.0f}" for n in names))
    print(f"{'messages/s (horloge murale)':<36}" + "".join(f"{wall[n]:>20.0f}" for n in names))
    print(f"{'chargement (s, horloge murale)':<36}" + "".join(f"{r['load_s']:>20.1f}" for r in reports.values()))
    print(f"{'chargement (s, temps CPU)':<36}" + "".join(f"{r['load_cpu_s']:>20.1f}" for r in reports.values()))
    print(f"{'RSS max (Mo)':<36}" + "".join(f"{r['rss_mb']:>20.0f}" for r in reports.values()))
    print(f"(charge moyenne de la machine pendant la mesure : {os.getloadavg()[0]:.2f} sur {os.cpu_count()} cœurs)")
    if "plume" in reports:
        _targets(tables, speed["plume"], reports["plume"])
        if args.show_leaks:
            figures = _quiet(messages, reports["plume"], args.show_leaks)
            print(f"\n-- fuites Plume ({args.show_leaks})")
            for identifier, label, value in figures.leaked_values:
                print(f"  {identifier:<18}{label:<28}{value}")
            for identifier, word in figures.lost_words:
                print(f"  {identifier:<18}{'mot perdu':<28}{word}")
    if args.check_loader:
        check = _run("loader-check", CORPORA[0])["outputs"]
        same = sum(value == "same" for value in check.values())
        print(f"\nChargeur spaCy rapide : mêmes entités PER que spacy.load() sur {same}/{len(check)} messages")


def _targets(tables: dict[str, dict[str, Figures]], speed: float, report: dict[str, Any]) -> None:
    """The issue's targets, on the splits never used for tuning: final (synthetic) and real-heldout."""
    checks = [
        ("≥ 150 messages/s", speed >= TARGETS["throughput"]),
        ("chargement ≤ 6 s", min(report["load_s"], report["load_cpu_s"]) <= TARGETS["load"]),
        ("RSS ≤ 600 Mo", report["rss_mb"] <= TARGETS["rss"]),
    ]
    for split, limit in (("final", TARGETS["leaky"]), ("real-heldout", TARGETS["leaky_real"])):
        if split not in tables:
            continue
        plume = tables[split]["plume"]
        checks += [
            (f"{split} : 0 identifiant structuré fuité", plume.structured_leaks == 0),
            (
                f"{split} : ≤ {100 * limit:.0f} % de messages avec une fuite",
                len(plume.leaky_messages) / plume.messages <= limit,
            ),
            (f"{split} : ≥ 98 % de mots gardés", plume.keep_kept / max(1, plume.keep_total) >= TARGETS["kept"]),
        ]
    print("\nObjectifs (Plume) : " + " · ".join(f"{'✅' if ok else '❌'} {name}" for name, ok in checks))


def _quiet(messages: list[dict[str, Any]], report: dict[str, Any], split: str) -> Figures:
    return measure([m for m in messages if m["split"] == split], report["outputs"])


if __name__ == "__main__":
    main()
