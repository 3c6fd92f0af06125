"""DESIGN.md §2 dependency and style rules, checked on the AST of every module under bot/, handlers/, storage/."""

from __future__ import annotations

import ast
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "handlers", "storage")
MAX_LINES = 300

ENTRY_POINTS = frozenset({"bot/cli.py", "bot/wiring.py"})
CORE_FORBIDDEN = (
    "slack_bolt",
    "slack_sdk",
    "sqlalchemy",
    "anthropic",
    "mistralai",
    "openai",
    "handlers",
    "storage",
    "waitress",
)
SDK_HOMES = {
    "anthropic": "bot/models/anthropic.py",
    "mistralai": "bot/models/mistral.py",
    "openai": "bot/models/albert.py",
}
PRIVACY_LIBRARIES = ("presidio_analyzer", "presidio_anonymizer", "spacy")
PRIVACY_HOME = "bot/privacy/"
PROVIDER_MODULES = ("bot.models.mistral", "bot.models.anthropic", "bot.models.albert")
HANDLERS_FORBIDDEN = ("storage", "sqlalchemy", *PROVIDER_MODULES, *SDK_HOMES)
STORAGE_FORBIDDEN = ("handlers",)
SHARED_HANDLERS = "common"
CONFIG_MODULE = "bot/config.py"
ENVIRONMENT_NAMES = frozenset({"environ", "environb", "getenv", "getenvb"})


@dataclass(frozen=True)
class Import:
    """One module a file imports, at one line."""

    file: str
    line: int
    module: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: imports {self.module}"


@dataclass(frozen=True)
class Module:
    """A Python file under one of the checked packages, relative to the root as a POSIX path."""

    file: str
    source: str

    @property
    def dotted(self) -> str:
        parts = self.file.removesuffix(".py").split("/")
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    @property
    def package(self) -> str:
        """The package relative imports start from."""
        return self.dotted if self.file.endswith("__init__.py") else self.dotted.rpartition(".")[0]


def load_modules(root: Path) -> list[Module]:
    """Every .py file under bot/, handlers/, storage/ of `root`."""
    modules = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            modules.append(Module(path.relative_to(root).as_posix(), path.read_text(encoding="utf-8")))
    return modules


def _absolute(module: Module, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.package.split(".")
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return _join(*base, node.module or "")


def _join(*parts: str) -> str:
    return ".".join(part for part in parts if part)


def imports_of(module: Module) -> list[Import]:
    """Every module imported anywhere in the file (top level, functions, TYPE_CHECKING blocks, import_module)."""
    found: list[Import] = []
    for node in ast.walk(ast.parse(module.source, filename=module.file)):
        if isinstance(node, ast.Import):
            found += [Import(module.file, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, node)
            found += [Import(module.file, node.lineno, base)] if base else []
            # `from bot.models import mistral` imports the module bot.models.mistral.
            found += [Import(module.file, node.lineno, _join(base, alias.name)) for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and _called_name(node.func) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(Import(module.file, node.lineno, node.args[0].value))
    return found


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_within(module: str, targets: Iterable[str]) -> bool:
    return any(module == target or module.startswith(target + ".") for target in targets)


def _forbidden(modules: list[Module], applies: Callable[[str], bool], targets: Iterable[str]) -> list[Import]:
    """Imports of `targets` in the files `applies` selects, once per file, line and target."""
    targets = tuple(targets)
    offenders: dict[tuple[str, int, str], Import] = {}
    for module in modules:
        if not applies(module.file):
            continue
        for found in imports_of(module):
            for target in targets:
                if _is_within(found.module, [target]):
                    offenders.setdefault((found.file, found.line, target), found)
    return list(offenders.values())


def core_violations(modules: list[Module]) -> list[Import]:
    """Rule 1: the core under bot/ (entry points aside) imports no platform, storage or SDK.

    Rule 2 makes the one exception: a provider module imports its own SDK (and only it).
    """
    offenders = _forbidden(modules, lambda file: file.startswith("bot/") and file not in ENTRY_POINTS, CORE_FORBIDDEN)
    return [found for found in offenders if SDK_HOMES.get(found.module.partition(".")[0]) != found.file]


def sdk_violations(modules: list[Module]) -> list[Import]:
    """Rule 2: each model SDK is imported only by its own provider module."""
    return [
        found
        for sdk in SDK_HOMES
        for found in _forbidden(modules, lambda _: True, [sdk])
        if found.file != SDK_HOMES[sdk]
    ]


def privacy_violations(modules: list[Module]) -> list[Import]:
    """Rule 2: Presidio and spaCy are imported only under bot/privacy/."""
    return _forbidden(modules, lambda file: not file.startswith(PRIVACY_HOME), PRIVACY_LIBRARIES)


def handlers_violations(modules: list[Module]) -> list[Import]:
    """Rule 3: handlers/ reaches the core only, never storage, SQLAlchemy, a provider module or an SDK."""
    return _forbidden(modules, lambda file: file.startswith("handlers/"), HANDLERS_FORBIDDEN)


def platform_violations(modules: list[Module]) -> list[Import]:
    """Rule 3, second half: one platform's handlers never import another platform's (handlers/common is shared)."""
    platforms = sorted(
        {m.file.split("/")[1] for m in modules if m.file.startswith("handlers/") and m.file.count("/") > 1}
        - {SHARED_HANDLERS}
    )
    offenders: list[Import] = []
    for platform in platforms:
        others = [f"handlers.{other}" for other in platforms if other != platform]
        offenders += _forbidden(modules, lambda file, home=f"handlers/{platform}/": file.startswith(home), others)
    return offenders


def storage_violations(modules: list[Module]) -> list[Import]:
    """Rule 4: storage/ never imports handlers/."""
    return _forbidden(modules, lambda file: file.startswith("storage/"), STORAGE_FORBIDDEN)


def environment_reads(modules: list[Module]) -> list[str]:
    """`os.environ` / `os.getenv` (however os is imported) anywhere but bot/config.py."""
    offenders: list[str] = []
    for module in modules:
        if module.file == CONFIG_MODULE:
            continue
        tree = ast.parse(module.source, filename=module.file)
        os_names = {"os"}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                os_names |= {alias.asname or alias.name for alias in node.names if alias.name == "os"}
            elif isinstance(node, ast.ImportFrom) and node.module == "os" and node.level == 0:
                offenders += [
                    f"{module.file}:{node.lineno}: from os import {alias.name}"
                    for alias in node.names
                    if alias.name in ENVIRONMENT_NAMES
                ]
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ENVIRONMENT_NAMES
                and isinstance(node.value, ast.Name)
                and node.value.id in os_names
            ):
                offenders.append(f"{module.file}:{node.lineno}: {node.value.id}.{node.attr}")
    return offenders


def long_modules(modules: list[Module]) -> list[str]:
    """Modules over the ~300-line budget."""
    return [
        f"{module.file}: {len(module.source.splitlines())} lines"
        for module in modules
        if len(module.source.splitlines()) > MAX_LINES
    ]


def _report(title: str, offenders: Iterable[object]) -> str:
    return title + "\n" + "\n".join(f"  {offender}" for offender in offenders)


@pytest.fixture(scope="module")
def modules() -> list[Module]:
    """The repository's modules; the scan must find the core, or every rule would pass vacuously."""
    found = load_modules(REPO)
    files = {module.file for module in found}
    assert {"bot/config.py", "handlers/slack/blocks.py", "storage/repository.py"} <= files, "scan found no sources"
    return found


def test_core_is_platform_free(modules: list[Module]) -> None:
    """DESIGN.md §2 rule 1."""
    offenders = core_violations(modules)
    assert not offenders, _report(
        f"bot/ (except {', '.join(sorted(ENTRY_POINTS))}) must not import {', '.join(CORE_FORBIDDEN)}:", offenders
    )


def test_model_sdks_stay_in_their_provider_module(modules: list[Module]) -> None:
    """DESIGN.md §2 rule 2, model SDKs."""
    offenders = sdk_violations(modules)
    homes = ", ".join(f"{sdk} only in {home}" for sdk, home in SDK_HOMES.items())
    assert not offenders, _report(f"model SDKs are imported only by their provider module ({homes}):", offenders)


def test_presidio_and_spacy_stay_in_privacy(modules: list[Module]) -> None:
    """DESIGN.md §2 rule 2, pseudonymisation libraries."""
    offenders = privacy_violations(modules)
    assert not offenders, _report(f"{', '.join(PRIVACY_LIBRARIES)} are imported only under {PRIVACY_HOME}:", offenders)


def test_handlers_do_not_reach_storage_or_providers(modules: list[Module]) -> None:
    """DESIGN.md §2 rule 3."""
    offenders = handlers_violations(modules)
    assert not offenders, _report(f"handlers/ must not import {', '.join(HANDLERS_FORBIDDEN)}:", offenders)


def test_storage_does_not_import_handlers(modules: list[Module]) -> None:
    """DESIGN.md §2 rule 4."""
    offenders = storage_violations(modules)
    assert not offenders, _report("storage/ must not import handlers/:", offenders)


def test_environment_is_read_only_in_config(modules: list[Module]) -> None:
    """DESIGN.md §2 style: no os.environ / os.getenv outside bot/config.py; Settings is passed explicitly."""
    offenders = environment_reads(modules)
    assert not offenders, _report(f"the environment is read only in {CONFIG_MODULE} (Settings):", offenders)


class LongModuleWarning(UserWarning):
    """A module past the ~300-line budget: fine if it holds one concept, otherwise split it by concept."""


def test_long_modules_are_reported(modules: list[Module]) -> None:
    """DESIGN.md §2 style: modules under ~300 lines is a budget, not a wall: pytest's summary lists the others."""
    offenders = long_modules(modules)
    if offenders:
        warnings.warn(
            LongModuleWarning(
                _report(f"modules over {MAX_LINES} lines (split by concept, never by count):", offenders)
            ),
            stacklevel=1,
        )


# --- the checker catches violations (a test that cannot fail proves nothing) ---------------------------------------

SYNTHETIC = {
    "bot/__init__.py": "",
    "bot/service.py": (
        "import logging\n"
        "\n"
        "def post(text: str) -> None:\n"
        "    from slack_sdk import WebClient  # inside a function\n"
        "    WebClient().chat_postMessage(text=text)\n"
    ),
    "bot/cli.py": "import slack_bolt\nfrom storage import database\n",
    "bot/wiring.py": "from handlers.slack.app import build_app\n",
    "bot/jobs.py": "from .. import storage\n",
    "bot/models/__init__.py": "",
    "bot/models/mistral.py": "import mistralai\nimport openai\nimport mistralai.client, slack_sdk\n",
    "bot/models/registry.py": "from . import anthropic\nimport importlib\nimportlib.import_module('sqlalchemy.orm')\n",
    "bot/privacy/__init__.py": "",
    "bot/privacy/engine.py": "from presidio_analyzer import AnalyzerEngine\nimport spacy\n",
    "bot/config.py": "import os\nTOKEN = os.environ.get('SLACK_BOT_TOKEN')\n",
    "bot/logs.py": "import os as system\nLEVEL = system.getenv('PLUME_LOG_LEVEL')\n",
    "bot/domain.py": "from os import environ\n",
    "handlers/__init__.py": "",
    "handlers/slack/__init__.py": "",
    "handlers/slack/chat.py": (
        "from bot.service import PlumeService\n"
        "from bot.models import mistral\n"
        "from ...storage.repository import SqlRepository\n"
        "def f() -> None:\n"
        "    import sqlalchemy\n"
        "    import spacy.tokens\n"
    ),
    "storage/__init__.py": "",
    "storage/repository.py": "from bot.domain import Conversation\nfrom handlers.slack import blocks\n",
    "storage/big.py": "x = 1\n" * (MAX_LINES + 1),
}


@pytest.fixture
def synthetic(tmp_path: Path) -> list[Module]:
    """A small tree breaking every rule once or more."""
    for name, source in SYNTHETIC.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return load_modules(tmp_path)


def _lines(offenders: Iterable[object]) -> set[str]:
    return {str(offender) for offender in offenders}


def test_checker_reports_core_violations(synthetic: list[Module]) -> None:
    """Imports inside functions, relative imports and import_module are caught; entry points are exempt."""
    found = _lines(core_violations(synthetic))
    assert "bot/service.py:4: imports slack_sdk" in found
    assert "bot/jobs.py:1: imports storage" in found
    assert "bot/models/mistral.py:2: imports openai" in found
    assert "bot/models/mistral.py:1: imports mistralai" not in found  # rule 2: the provider imports its own SDK
    assert "bot/models/mistral.py:3: imports slack_sdk" in found
    assert "bot/models/registry.py:3: imports sqlalchemy.orm" in found
    assert not [line for line in found if line.startswith(("bot/cli.py", "bot/wiring.py"))]
    assert not [line for line in found if "logging" in line or "presidio" in line]


def test_checker_reports_sdks_outside_their_home(synthetic: list[Module]) -> None:
    """mistralai is allowed in bot/models/mistral.py, openai is not; a relative `from . import anthropic` is not."""
    found = _lines(sdk_violations(synthetic))
    assert "bot/models/mistral.py:2: imports openai" in found
    assert "bot/models/mistral.py:1: imports mistralai" not in found
    assert "bot/models/registry.py:1: imports bot.models.anthropic" not in found  # a module, not the SDK


def test_checker_reports_privacy_libraries_outside_privacy(synthetic: list[Module]) -> None:
    """spacy.tokens in handlers/ is reported; bot/privacy/ may use Presidio and spaCy."""
    found = _lines(privacy_violations(synthetic))
    assert found == {"handlers/slack/chat.py:6: imports spacy.tokens"}


def test_checker_reports_handlers_violations(synthetic: list[Module]) -> None:
    """A provider module, storage (relative), SQLAlchemy inside a function; the service is fine."""
    found = _lines(handlers_violations(synthetic))
    assert "handlers/slack/chat.py:2: imports bot.models.mistral" in found
    assert "handlers/slack/chat.py:3: imports storage.repository" in found
    assert "handlers/slack/chat.py:5: imports sqlalchemy" in found
    assert not [line for line in found if "bot.service" in line]


def test_checker_reports_storage_importing_handlers(synthetic: list[Module]) -> None:
    """storage/ may import bot.domain, not handlers/."""
    found = _lines(storage_violations(synthetic))
    assert found == {"storage/repository.py:2: imports handlers.slack"}


def test_checker_reports_environment_reads(synthetic: list[Module]) -> None:
    """os aliases and `from os import environ` are caught; bot/config.py is allowed."""
    found = set(environment_reads(synthetic))
    assert found == {"bot/logs.py:2: system.getenv", "bot/domain.py:1: from os import environ"}


def test_checker_reports_long_modules(synthetic: list[Module]) -> None:
    """A 301-line module is reported with its size."""
    assert long_modules(synthetic) == [f"storage/big.py: {MAX_LINES + 1} lines"]


def test_a_violation_fails_the_rule_test(synthetic: list[Module]) -> None:
    """The rule tests themselves fail, with file:line in the message, when given a violating tree."""
    with pytest.raises(AssertionError, match=r"bot/service\.py:4: imports slack_sdk"):
        test_core_is_platform_free(synthetic)
    with pytest.raises(AssertionError, match=r"handlers/slack/chat\.py:2: imports bot\.models\.mistral"):
        test_handlers_do_not_reach_storage_or_providers(synthetic)


def test_a_long_module_is_warned_about_not_failed(synthetic: list[Module]) -> None:
    """The budget test warns, naming the module and its size, and does not fail the run."""
    with pytest.warns(LongModuleWarning, match=rf"storage/big\.py: {MAX_LINES + 1} lines"):
        test_long_modules_are_reported(synthetic)


def test_platforms_do_not_import_each_other(modules: list[Module]) -> None:
    """DESIGN.md §2 rule 3: one platform's handlers never import another's."""
    offenders = platform_violations(modules)
    assert not offenders, _report("handlers/<platform>/ must not import another platform's handlers:", offenders)


def test_checker_reports_one_platform_importing_another() -> None:
    """handlers/mattermost importing handlers.slack is reported; importing itself or bot is not."""
    synthetic = [
        Module("handlers/slack/phrases.py", "HELP = 'aide'\n"),
        Module(
            "handlers/mattermost/chat.py",
            "from handlers.slack import phrases\nfrom handlers.mattermost import render\n"
            "from handlers.common import phrases\n",
        ),
        Module("handlers/common/phrases.py", "EDIT = 'Modifier'\n"),
        Module("handlers/mattermost/render.py", "from bot.ports.chat import Action\n"),
    ]
    assert _lines(platform_violations(synthetic)) == {"handlers/mattermost/chat.py:1: imports handlers.slack"}
