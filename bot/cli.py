"""The `plume` command."""

from __future__ import annotations

import gc
import json
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import typer

from bot.audit_export import ExportFormat
from bot.config import Settings, describe_missing, missing_for_serve
from bot.logs import configure_logging

app = typer.Typer(
    help="Plume : propositions de réponse aux avis des usagers, sans données personnelles.",
    no_args_is_help=True,
)
db_app = typer.Typer(help="Base de données.", no_args_is_help=True)
app.add_typer(db_app, name="db")
audit_app = typer.Typer(help="Audit des réponses approuvées (textes pseudonymisés).", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


def _stop_on_sigterm() -> None:
    """The first SIGTERM ends the serving loop; later ones are ignored, so the orderly shutdown is not cut short."""

    def handler(_signum: int, _frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, handler)


def _freeze_start_up_objects() -> None:
    """Keep everything start-up built (the French model, the apps, the clients) out of later garbage collections.

    A full collection walks every tracked object while it holds the interpreter: with the model loaded, each was a
    pause of about 100 ms (more on a busy machine) that every request in progress waited out, the tail of the acks
    under load. Those objects live as long as the process: the collector has nothing to find among them.
    """
    gc.collect()
    gc.freeze()


@app.command()
def serve(
    http: Annotated[
        bool, typer.Option("--http", help="Mode HTTP (POST /slack/events) au lieu du Socket Mode.")
    ] = False,
    host: Annotated[str, typer.Option(help="Adresse d'écoute HTTP.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port d'écoute HTTP (mode HTTP, rappels de Mattermost).")] = 3000,
    threads: Annotated[int, typer.Option(help="Fils de traitement HTTP.")] = 8,
    health_port: Annotated[
        int | None, typer.Option(help="Port de GET /healthz (sonde, en Socket Mode ou avec Matrix seul).")
    ] = None,
) -> None:
    """Démarre Plume sur chaque plateforme configurée (Slack en Socket Mode par défaut, ou HTTP avec --http)."""
    settings = Settings()
    missing = missing_for_serve(settings, http=http)
    if missing:
        typer.echo(describe_missing(missing), err=True)
        raise typer.Exit(2)
    configure_logging(settings.plume_log_level, settings.plume_log_format)
    from bot.wiring import build_runtime
    from handlers.slack.socket_mode import SlackSocket, SocketModeUnavailable
    from handlers.web import HttpServer, router

    try:
        runtime = build_runtime(settings, http=http)
    except Exception as error:
        problem = _startup_problem(error, settings)
        if problem is None:
            raise
        typer.echo(f"Plume ne peut pas démarrer : {problem}", err=True)
        raise typer.Exit(2) from None
    _freeze_start_up_objects()
    socket_app = None if http else runtime.slack_app
    callbacks: HttpServer | None = None
    # A server on --port for the callbacks and /healthz. In Socket Mode only other platforms' callbacks need it; a
    # Matrix-only run (it syncs, it receives no callback) needs it for /healthz unless --health-port serves that.
    if runtime.routes or (socket_app is None and (http or health_port is None)):
        application = router(runtime.routes, runtime.health)
        callbacks = HttpServer(application, host=host, port=port, threads=threads, quiet=runtime.quiet)
        paths = ", ".join([*runtime.routes, "/healthz"])
        typer.echo(f"Plume écoute sur http://{host}:{port} ({paths})", err=True)
    probe: HttpServer | None = None
    if health_port is not None:
        probe = HttpServer(router({}, runtime.health), host=host, port=health_port, threads=2)
        typer.echo(f"Sonde de santé sur http://{host}:{health_port}/healthz", err=True)
    runtime.runner.start()
    if runtime.retention is not None:
        runtime.retention.start_hourly()
    for service in runtime.services:
        service.start()
    _stop_on_sigterm()
    socket = None
    try:
        if probe is not None:
            probe.start()
        if socket_app is not None:
            if callbacks is not None:
                callbacks.start()
            app_token = settings.slack_app_token.get_secret_value() if settings.slack_app_token else ""
            socket = SlackSocket(socket_app, app_token, settings.slack_api_url)
            socket.start()
            threading.Event().wait()  # until SIGTERM or Ctrl-C
        elif callbacks is not None:
            callbacks.serve()
        else:
            threading.Event().wait()  # a Matrix-only run with --health-port: until SIGTERM or Ctrl-C
    except SocketModeUnavailable as error:  # the socket and everything else are stopped below, then exit 2
        typer.echo(
            f"Plume ne peut pas démarrer : la connexion WebSocket du Socket Mode n'aboutit pas (aucune connexion en "
            f"{error.seconds:.0f} s)\u202f; vérifiez que le réseau ou le proxy laisse passer les WebSockets (wss://) "
            "vers Slack, ou lancez Plume en mode HTTP (--http).",
            err=True,
        )
        raise typer.Exit(2) from None
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        # Inputs close first (Slack routes new events elsewhere), then what was received and drafts in hand finish;
        # the health probe answers until the end.
        if socket is not None:
            socket.stop()
        for service in runtime.services:
            service.stop()
        if callbacks is not None:
            callbacks.close()
        runtime.runner.stop(settings.plume_shutdown_grace_seconds)
        if probe is not None:
            probe.close()


def _startup_problem(error: Exception, settings: Settings) -> str | None:
    """A readable French explanation of a start-up failure an operator can fix, or None."""
    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from bot.models.pricing import InvalidPrices
    from bot.models.registry import UnknownModel
    from handlers.matrix.connect import MatrixUnavailable
    from handlers.mattermost.client import MattermostUnavailable
    from handlers.slack.app import AppTokenRefused

    if isinstance(error, MattermostUnavailable):
        return (
            f"Mattermost refuse le jeton MATTERMOST_BOT_TOKEN ou ne répond pas à {settings.mattermost_url} ({error}). "
            "Vérifiez l'adresse du serveur et le jeton du compte de bot (Console système → Comptes de bot)."
        )
    if isinstance(error, MatrixUnavailable):
        return (
            f"le serveur Matrix {settings.matrix_homeserver} refuse les identifiants du bot ou ne répond pas "
            f"({error}). Vérifiez MATRIX_HOMESERVER, MATRIX_USER_ID et MATRIX_ACCESS_TOKEN (ou MATRIX_PASSWORD)."
        )
    if isinstance(error, AppTokenRefused):
        return (
            f"Slack refuse le jeton SLACK_APP_TOKEN ({error.error}). Créez-en un dans api.slack.com/apps → "
            "Basic Information → App-Level Tokens, avec la portée connections:write, et vérifiez que le Socket Mode "
            "est activé (Settings → Socket Mode) ; ou lancez Plume en mode HTTP (--http)."
        )
    if isinstance(error, UnknownModel):
        return f"{error} (voir PLUME_MODELS dans README.md)."
    if isinstance(error, InvalidPrices):
        return f"{error} (voir PLUME_MODEL_PRICES dans README.md)."
    if isinstance(error, SQLAlchemyError):
        url = make_url(settings.plume_database_url).render_as_string(hide_password=True)
        return f"la base de données {url} est inaccessible ({type(error).__name__}). Vérifiez PLUME_DATABASE_URL."
    if isinstance(error, BoltError | SlackApiError):
        return (
            "Slack refuse le jeton SLACK_BOT_TOKEN. Vérifiez-le dans api.slack.com/apps → OAuth & Permissions, "
            "et que l'app est bien installée dans l'espace de travail."
        )
    if isinstance(error, OSError):
        return (
            f"Slack ne répond pas à {settings.slack_api_url} ({type(error).__name__}). "
            "Vérifiez la connexion réseau, le proxy ou SLACK_API_URL."
        )
    return None


def _entities_json(entities: Any) -> list[dict[str, Any]]:
    return [{"type": e.type, "start": e.start, "end": e.end, "placeholder": e.placeholder} for e in entities]


@app.command()
def anonymize(
    as_json: Annotated[bool, typer.Option("--json", help="Un objet {text, entities}.")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Lot : une ligne {id, text} donne une ligne {id, text, entities}.")
    ] = False,
) -> None:
    """Pseudonymise l'entrée standard et affiche ce qui serait envoyé au modèle."""
    configure_logging("WARNING")
    from bot.privacy.engine import PresidioPseudonymiser
    from bot.privacy.vault import Vault

    engine = PresidioPseudonymiser()
    if jsonl:
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
            except (json.JSONDecodeError, KeyError, TypeError):
                typer.echo(f'ligne {number} : objet JSON {{"id", "text"}} attendu', err=True)
                raise typer.Exit(1) from None
            result = engine.pseudonymise(text, Vault())
            out = {"id": item.get("id"), "text": result.text, "entities": _entities_json(result.entities)}
            typer.echo(json.dumps(out, ensure_ascii=False))
        return
    result = engine.pseudonymise(sys.stdin.read(), Vault())
    if as_json:
        typer.echo(json.dumps({"text": result.text, "entities": _entities_json(result.entities)}, ensure_ascii=False))
    else:
        typer.echo(result.text, nl=False)


@app.command()
def purge(
    older_than: Annotated[int, typer.Option("--older-than", min=1, help="Âge en jours au-delà duquel supprimer.")],
    batch_size: Annotated[int, typer.Option(min=1, help="Conversations supprimées par transaction.")] = 500,
) -> None:
    """Supprime les conversations plus anciennes que N jours (et tout ce qu'elles contiennent)."""
    from bot.retention import Retention
    from bot.wiring import migrated_engine
    from storage.conversation_store import SqlConversationStore
    from storage.database import Database

    settings = Settings()
    configure_logging("WARNING")
    conversations = SqlConversationStore(Database(migrated_engine(settings)))
    report = Retention(conversations, older_than, batch_size=batch_size).purge()
    typer.echo(
        f"{report.conversations} conversation(s) de plus de {older_than} jours supprimée(s), "
        f"{report.vaults} correspondance(s) expirée(s) effacée(s)."
    )


@app.command()
def doctor() -> None:
    """Vérifie la configuration, la base, la clé du coffre, Slack, les modèles et le masquage."""
    from bot.doctor import render, run_checks
    from bot.wiring import doctor_probes

    configure_logging("ERROR")
    settings = Settings()
    checks = run_checks(settings, doctor_probes(settings))
    typer.echo(render(checks))
    if not all(check.ok for check in checks):
        raise typer.Exit(1)


@audit_app.command("export")
def audit_export(
    since: Annotated[
        str | None, typer.Option("--since", help="Avis reçus à partir de cette date (AAAA-MM-JJ, UTC).")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="… jusqu'à cette date incluse (UTC).")] = None,
    channel: Annotated[str | None, typer.Option("--channel", help="Un seul canal (identifiant C…).")] = None,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            help="tableur (Excel/LibreOffice en français : « ; », dates locales) ; csv ou jsonl pour les programmes.",
        ),
    ] = ExportFormat.SPREADSHEET,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Fichier à écrire (par défaut : la sortie standard).")
    ] = None,
) -> None:
    """Exporte une ligne par fil approuvé, en flux (mémoire bornée), avec son lien Slack."""
    from bot.audit import export_bounds
    from bot.clock import utc_now
    from bot.ports.audit import AuditScope
    from bot.wiring import operator_audit

    configure_logging("WARNING")
    try:
        start, end = export_bounds(since, until, utc_now())
    except ValueError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None
    audit, workspace_url = operator_audit(Settings())
    if workspace_url is None:
        typer.echo("Slack ne répond pas ou n'est pas configuré : la colonne permalink restera vide.", err=True)
    scope = AuditScope(start, end, channel or None)
    started = time.perf_counter()
    if output is None:
        count = audit.export_as_operator(scope, sys.stdout, fmt, workspace_url)
    else:
        with output.open("w", encoding="utf-8", newline="") as out:
            count = audit.export_as_operator(scope, out, fmt, workspace_url)
    elapsed = time.perf_counter() - started
    typer.echo(f"{count} fil(s) approuvé(s) exporté(s) en {elapsed:.1f} s.", err=True)


@audit_app.command("charts")
def audit_charts(
    output: Annotated[Path, typer.Option("-o", "--output", help="Dossier où écrire les PNG.")] = Path("."),
    days: Annotated[int, typer.Option("--days", help="Période en jours, jusqu'à --until.")] = 90,
    until: Annotated[
        str | None, typer.Option("--until", help="Dernier jour inclus (AAAA-MM-JJ, UTC ; par défaut : maintenant).")
    ] = None,
    channel: Annotated[str | None, typer.Option("--channel", help="Un seul canal (identifiant C…).")] = None,
) -> None:
    """Écrit les graphiques des tendances par semaine (PNG), ceux de l'onglet Accueil des responsables."""
    from datetime import timedelta

    from bot.audit import export_bounds
    from bot.charts import render
    from bot.clock import utc_now
    from bot.ports.audit import AuditScope
    from bot.wiring import operator_audit

    configure_logging("WARNING")
    try:
        _, end = export_bounds(None, until, utc_now())
    except ValueError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None
    settings = Settings()
    audit, _ = operator_audit(settings)
    trend = audit.trend_as_operator(AuditScope(end - timedelta(days=days), end, channel or None))
    output.mkdir(parents=True, exist_ok=True)
    for chart in render(trend.weeks, settings.time_zone):
        (output / chart.name).write_bytes(chart.png)
        typer.echo(f"{output / chart.name} : {chart.title}")


@audit_app.command("trail")
def audit_trail(conversation_id: Annotated[int, typer.Argument(help="Numéro de la conversation.")]) -> None:
    """Affiche l'historique complet d'un fil, une étape JSON par ligne (textes pseudonymisés)."""
    from bot.wiring import operator_audit

    configure_logging("WARNING")
    audit, _ = operator_audit(Settings())
    for entry in audit.trail_as_operator(conversation_id):
        line = {"at": entry.at.isoformat(), "actor": entry.actor, "kind": entry.kind, "details": entry.details}
        typer.echo(json.dumps(line, ensure_ascii=False, default=str))


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Applique les migrations (serve le fait aussi au démarrage)."""
    from bot.wiring import migrated_engine

    settings = Settings()
    migrated_engine(settings)
    typer.echo(f"Base de données à jour ({settings.plume_database_url.split('@')[-1]}).")


def main() -> None:
    app()
