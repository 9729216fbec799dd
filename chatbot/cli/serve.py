"""``chatbot serve`` (and ``chatbot run``): the browser UI, and the OpenAI-compatible API at /v1."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import Any

import click

from chatbot.cli import cli
from chatbot.cli.options import engine_options, existing_folder, settings_from
from chatbot.config import DEFAULT_N_CTX, Settings
from chatbot.errors import ChatbotError, InputError, ModelUnavailableError
from chatbot.generate.engine import Engine
from chatbot.generate.runtime import Runtime
from chatbot.models import hub, local

log = logging.getLogger(__name__)


def parse_auth(value: str | None) -> list[tuple[str, str]] | None:
    """``user:pass``, or a file of such lines."""
    if not value:
        return None
    path = Path(value)
    lines = path.read_text().splitlines() if path.is_file() else [value]
    pairs = []
    for line in (x.strip() for x in lines):
        if line and not line.startswith("#"):
            user, sep, password = line.partition(":")
            if not sep or not user or not password:
                raise InputError("--auth takes user:pass, or a file with one user:pass per line")
            pairs.append((user, password))
    return pairs


def check_api_key(value: str | None) -> str | None:
    """The API key, refused when blank: an empty key would turn the API's auth off unseen.

    Click reads an empty ``CHATBOT_API_KEY`` as unset, so the environment is looked at too.
    """
    blank_env = value is None and os.environ.get("CHATBOT_API_KEY", "x").strip() == ""
    if blank_env or (value is not None and not value.strip()):
        where = "CHATBOT_API_KEY is set but empty" if blank_env else "--api-key is empty"
        raise InputError(
            f"{where}: give a key to require on the API, or unset it to serve the API "
            "without one (on 127.0.0.1 only, unless --host says otherwise)."
        )
    odd = next((c for c in value or "" if not (c.isascii() and c.isprintable())), None)
    if odd is not None:
        raise InputError(
            f"--api-key (or CHATBOT_API_KEY) holds {odd!r}, which an HTTP header cannot carry "
            "(clients send ASCII only), so no client could send the key: use letters, digits "
            "and punctuation."
        )
    if value is not None and value != value.strip():
        raise InputError(
            "--api-key (or CHATBOT_API_KEY) starts or ends with whitespace, which no client "
            "sends: remove it."
        )
    return value


def check_address(host: str, port: int) -> None:
    """Fail in a second, before loading a model, when ``host:port`` cannot be served."""
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host  # [::1]
    try:
        infos = socket.getaddrinfo(bare, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise InputError(
            f"cannot serve on {host}:{port}: the address does not resolve ({exc}). "
            "Fix --host: an address of this machine, e.g. 127.0.0.1 or 0.0.0.0."
        ) from exc
    family, kind, proto, _, address = infos[0]
    try:
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
    except OSError as exc:
        raise InputError(_bind_error(host, port, exc)) from exc


def _bind_error(host: str, port: int, exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return (
            f"cannot serve on {host}:{port}: the port is in use. Pick another --port, "
            "or stop what is using it."
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"cannot serve on {host}:{port}: permission denied. Use a --port above 1023."
    return (
        f"cannot serve on {host}:{port}: {exc.strerror or exc}. Check --host (an address of "
        "this machine, e.g. 127.0.0.1 or 0.0.0.0) and --port."
    )


def engine_or_demo(settings: Settings, *, interactive: bool) -> Runtime:
    """The configured model; when it cannot be had, say so and offer the demo model.

    Only a model to download (a preset or a Hub reference, offline and not cached)
    falls back: a mistyped file path or preset name is an error, so an unattended
    server never ends up serving noise because of a typo, and neither does a remote
    engine that cannot be reached.
    """
    from chatbot.cli.chat import load_engine

    if settings.engine_url or isinstance(
        hub.parse(settings.model), Path
    ):  # a bad name raises here, with the fix
        return load_engine(settings)
    try:
        return load_engine(settings)
    except ModelUnavailableError as exc:
        click.secho(f"{exc}", fg="yellow", err=True)
        prompt = (
            "Use the synthetic demo model instead? It has random weights: its replies are "
            "noise, but the whole pipeline runs."
        )
        if interactive and sys.stdin.isatty() and not click.confirm(prompt, default=True, err=True):
            raise ChatbotError("no model to run") from exc
        if not (interactive and sys.stdin.isatty()):
            click.secho(
                "Using the synthetic demo model instead. It has random weights: its replies "
                "are noise, but the whole pipeline runs.",
                fg="yellow",
                err=True,
            )
        demo = demo_settings(settings)
        return Engine(Path(str(demo.model)), demo)


def demo_settings(settings: Settings) -> Settings:
    """The tiny synthetic model; its byte-level vocabulary needs a larger context for CJK."""
    path = local.synthetic()
    n_ctx = max(settings.n_ctx or DEFAULT_N_CTX, 8192)
    return settings.model_copy(update={"model": str(path), "n_ctx": n_ctx, "engine_url": None})


def start_server(
    backend: Any,
    *,
    host: str,
    port: int,
    auth: str | None = None,
    share: bool = False,
    queue_size: int = 8,
    api_key: str | None = None,
) -> Any:
    """Start the UI at / and the API at /v1 on one server; returns the running Gradio app.

    Gradio's login (``auth``) guards the UI only, so with a login and no API
    key the API is not served at all rather than served unguarded.
    """
    from chatbot.api import create_api
    from chatbot.ui.app import CSS, create_app
    from chatbot.ui.strings import i18n

    demo_app = create_app(backend)
    try:
        server, _url, _share_url = demo_app.queue(max_size=(queue_size + 1) * 4).launch(
            server_name=host,
            server_port=port,
            auth=parse_auth(auth),
            share=share,
            i18n=i18n(),
            css=CSS,
            show_error=True,
            quiet=True,
            # The UI uploads nothing; Gradio's upload route is open all the same.
            max_file_size="1kb",
            prevent_thread_lock=True,
            # Gradio's run history would keep every message, in plain text, in the
            # browser's storage, past Clear, beside the encrypted history we keep.
            run_history=False,
            # Gradio's own API page documents the UI's internal handlers; programs use
            # the OpenAI-compatible /v1 instead. Settings stays: it switches the language.
            footer_links=["gradio", "settings"],
        )
    except OSError as exc:  # taken between our check and Gradio's bind
        raise ChatbotError(_bind_error(host, port, exc)) from exc
    server.add_api_route("/health", _health_route(backend.engine), methods=["GET"])
    if api_key or not auth:
        api = create_api(
            backend.engine,
            backend.registry,
            backend.settings,
            api_key=api_key or None,
        )
        server.mount("/v1", api)
    return demo_app


def _health_route(engine: Runtime) -> Any:
    """``GET /health`` for a load balancer or an orchestrator, as llama-server and vLLM
    answer it: 200 while the model can answer, else 503. Open to all, so it says no more
    than that; why is in the log (a remote engine's address is no one else's business)."""
    from fastapi.responses import JSONResponse

    last: list[str | None] = [None]  # logged when it changes, not at every probe
    lock = threading.Lock()

    def health() -> Any:
        problem = engine.health()
        with lock:  # changes logged in the order they were seen
            if problem != last[0]:
                # ERROR: the level the server logs at without -v, where an operator looks.
                log.error("health check: %s", problem or "the engine answers again")
                last[0] = problem
        if problem is None:
            return {"status": "ok"}
        return JSONResponse({"status": "unavailable"}, status_code=503)

    return health


def serve_app(
    settings: Settings,
    *,
    host: str,
    port: int,
    auth: str | None,
    share: bool,
    personas: Path | None,
    queue_size: int,
    demo: bool,
    api_key: str | None,
) -> None:
    from chatbot.persona.registry import PersonaRegistry, unset_folder_note
    from chatbot.ui.handlers import Backend

    parse_auth(auth)  # cheap checks first: a model may take minutes to load
    api_key = check_api_key(api_key)
    check_address(host, port)
    if demo:
        settings = demo_settings(settings)
    engine = engine_or_demo(settings, interactive=True)
    engine.lock.max_waiting = queue_size
    registry = PersonaRegistry(personas, report=_report_persona_problem)
    note = unset_folder_note(personas)
    if note:
        click.echo(f"note: {note}", err=True)
    threading.Thread(target=_warm_analyzers, args=(registry,), daemon=True).start()
    backend = Backend(engine=engine, registry=registry, settings=settings)
    demo_app = start_server(
        backend,
        host=host,
        port=port,
        auth=auth,
        share=share,
        queue_size=queue_size,
        api_key=api_key,
    )
    base = f"http://{_browsable(host)}:{port}"
    click.secho(f"Model: {engine.info.label}", bold=True, err=True)
    if engine.info.context_warning:
        click.secho(f"Warning: {engine.info.context_warning}", fg="yellow", err=True)
    click.secho(f"Open {base} in your browser (Ctrl-C stops the server).", err=True)
    if host in ("0.0.0.0", "::", ""):
        click.secho(
            f"It listens on every network interface: other machines open port {port} "
            "at this machine's address.",
            err=True,
        )
    key_note = " (Bearer key required)" if api_key else ""
    if auth and not api_key:
        click.secho(
            "The API at /v1 is off: --auth guards the UI only; set --api-key to serve it.",
            fg="yellow",
            err=True,
        )
    else:
        click.secho(
            f"OpenAI-compatible API: {base}/v1{key_note}; models: {base}/v1/models", err=True
        )
    exposed = exposure_warning(host, share=share, auth=bool(auth), api_key=bool(api_key))
    if exposed:
        click.secho(f"Warning: {exposed}", fg="yellow", err=True)
    # A service manager (systemd, docker stop) ends a server with SIGTERM, which would
    # kill Python on the spot: shut down as on Ctrl+C instead, so that the server
    # closes and the exports' and Gradio's temporary folders are removed at exit.
    signal.signal(signal.SIGTERM, _stop_as_on_ctrl_c)
    demo_app.block_thread()


def _stop_as_on_ctrl_c(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def exposure_warning(host: str, *, share: bool, auth: bool, api_key: bool) -> str | None:
    """What a server reachable beyond this machine leaves open, and how to close it.

    The API key guards /v1 only: the UI, and Gradio's own API behind it (which
    runs the same model), need ``--auth``.
    """
    if auth or not (share or host not in ("127.0.0.1", "localhost", "::1")):
        return None
    if api_key:
        return (
            "the browser UI (and Gradio's API behind it, which runs the same model) is "
            "reachable beyond this machine with no login; set --auth user:pass to guard it too."
        )
    return (
        "the browser UI and the API at /v1 are reachable beyond this machine with no login; "
        "set --auth user:pass for the UI and --api-key (or CHATBOT_API_KEY) for /v1."
    )


def _serve_options(func: Any) -> Any:
    for option in reversed(
        [
            click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind."),
            click.option(
                "--port",
                default=7860,
                show_default=True,
                type=click.IntRange(1, 65535),
                help="Port to listen on.",
            ),
            click.option("--auth", help="user:pass, or a file with one user:pass per line."),
            click.option(
                "--share", is_flag=True, help="Open a public Gradio share link (off by default)."
            ),
            click.option(
                "--personas",
                type=click.Path(file_okay=False, path_type=Path),
                callback=existing_folder,
                help="User persona folder (hot-reloaded).",
            ),
            click.option(
                "--queue-size",
                default=8,
                show_default=True,
                type=click.IntRange(min=0),
                help="Chats that may wait for the model.",
            ),
            click.option(
                "--demo", is_flag=True, help="Use the synthetic random-weight demo model."
            ),
            click.option(
                "--max-message-chars",
                type=click.IntRange(min=1, max=100_000),
                help="Longest message one request may send, UI or API (default 4000).",
            ),
            click.option(
                "--api-key",
                envvar="CHATBOT_API_KEY",
                help="Require 'Authorization: Bearer KEY' on the /v1 API (env CHATBOT_API_KEY).",
            ),
        ]
    ):
        func = option(func)
    return func


_SERVE_KEYS = ("host", "port", "auth", "share", "personas", "queue_size", "demo", "api_key")


def _launch(options: dict[str, Any]) -> None:
    serve_app(settings_from(options), **{key: options[key] for key in _SERVE_KEYS})


@cli.command()
@engine_options
@_serve_options
def serve(**options: Any) -> None:
    """Serve the browser UI and the API at /v1 (binds 127.0.0.1 unless --host says otherwise)."""
    _launch(options)


@cli.command()
@engine_options
@_serve_options
def run(**options: Any) -> None:
    """The main job: the browser UI with the default model, or the labelled demo model.

    When the model cannot be had (offline, nothing cached), this says so and
    offers the synthetic demo model instead.
    """
    _launch(options)


def _browsable(host: str) -> str:
    """The address to open for a server bound to ``host``: a wildcard (0.0.0.0, ::)
    listens on every interface but is no address a browser can open; this
    machine's is. An IPv6 address goes in brackets."""
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def _report_persona_problem(problem: str) -> None:
    # Personas are re-read while the server runs: a file that breaks is named
    # here when it does, as well as by `chatbot personas list`.
    click.echo(f"persona skipped: {problem}", err=True)


def _warm_analyzers(registry: Any) -> None:
    """Load the personas' analyzers and dictionaries (MeCab, pymorphy3, simplemma:
    up to a second each) now, not in the first reply the guard reads."""
    from chatbot.detect.register import analyze
    from chatbot.errors import ConfigError

    for code in sorted({c for e in registry.entries().values() for c in e.persona.locales}):
        with contextlib.suppress(ConfigError):  # a broken locale is reported where it is used
            analyze("warm up", code)
