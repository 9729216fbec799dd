"""``chatbot chat`` and ``chatbot run``: a streaming chat in the terminal."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from chatbot.cli import cli
from chatbot.cli.options import settings_from, settings_options
from chatbot.config import Settings
from chatbot.errors import ChatbotError, InputError, ModelUnavailableError
from chatbot.generate.chat import ChatSession
from chatbot.generate.engine import Engine
from chatbot.models import hub, local
from chatbot.stream.events import Done, Notice, TextDelta, ThinkingDelta

HELP = "Commands: /reset starts over, /exit quits. Ctrl-C stops a reply; Ctrl-D quits."


def load_engine(settings: Settings, *, allow_download: bool = True) -> Engine:
    path = hub.resolve(settings.model, allow_download=allow_download)
    click.secho(f"Loading {path} ...", dim=True, err=True)
    return Engine(path, settings)


def _banner(engine: Engine, session: ChatSession) -> None:
    info = engine.info
    click.secho(f"Model: {info.label}", bold=True, err=True)
    if info.synthetic:
        click.secho(
            "This is the synthetic demo model: random weights, so every reply is noise. "
            "It shows the pipeline runs; for real answers use --model with a Qwen GGUF.",
            fg="yellow",
            err=True,
        )
    think = "on" if session.thinking else ("off" if session.supports_thinking else "n/a")
    click.secho(
        f"Context {info.n_ctx} tokens, {info.threads} threads, GPU layers {info.n_gpu_layers}, "
        f"thinking {think}.",
        dim=True,
        err=True,
    )
    click.secho(HELP, dim=True, err=True)


def _reply(session: ChatSession, message: str) -> None:
    events = session.send(message)
    thinking_open = False
    try:
        for event in events:
            if isinstance(event, ThinkingDelta):
                if not thinking_open:
                    click.secho("[thinking] ", dim=True, nl=False)
                    thinking_open = True
                click.secho(event.text, dim=True, nl=False)
            elif isinstance(event, TextDelta):
                if thinking_open:
                    click.echo()
                    thinking_open = False
                click.echo(event.text, nl=False)
            elif isinstance(event, Notice):
                click.secho(f"\n[{event.message}]", fg="yellow", err=True)
            elif isinstance(event, Done):
                stopped = {"length": " (max tokens reached)", "cancelled": " (stopped)"}
                click.echo()
                click.secho(
                    f"[{event.completion_tokens} tokens, {event.decode_tokens_per_s:.1f} tok/s"
                    f"{stopped.get(event.finish_reason, '')}]",
                    dim=True,
                    err=True,
                )
            sys.stdout.flush()
    except KeyboardInterrupt:
        events.close()  # cancels generation; the partial reply stays in the history
        click.secho("\n[stopped]", dim=True, err=True)


def repl(engine: Engine, settings: Settings) -> None:
    session = ChatSession(
        engine, settings.system, sampling=settings.sampling, thinking=settings.thinking
    )
    _banner(engine, session)
    while True:
        try:
            message = input("> " if sys.stdin.isatty() else "")
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        command = message.strip()
        if command == "/exit":
            return
        if command == "/reset":
            session.reset()
            click.secho("[conversation cleared]", dim=True, err=True)
            continue
        if command in {"/help", "/?"}:
            click.secho(HELP, dim=True, err=True)
            continue
        if not command:
            continue
        try:
            _reply(session, message)
        except InputError as exc:
            click.secho(f"error: {exc}", fg="red", err=True)


@cli.command()
@settings_options
def chat(**kwargs: Any) -> None:
    """Chat in the terminal with streaming replies."""
    settings = settings_from(kwargs)
    repl(load_engine(settings), settings)


@cli.command()
@settings_options
@click.option("--demo", is_flag=True, help="Use the synthetic random-weight demo model.")
def run(demo: bool, **kwargs: Any) -> None:
    """The main job: chat with the default model, or the labelled demo model.

    When the model cannot be had (offline, nothing cached), this says so and
    offers the synthetic demo model instead.
    """
    settings = settings_from(kwargs)
    if demo:
        settings = settings.model_copy(update={"model": str(local.synthetic())})
    try:
        engine = load_engine(settings)
    except ModelUnavailableError as exc:
        click.secho(f"{exc}", fg="yellow", err=True)
        prompt = (
            "Use the synthetic demo model instead? It has random weights: its replies are "
            "noise, but the whole pipeline runs."
        )
        if sys.stdin.isatty() and not click.confirm(prompt, default=True, err=True):
            raise ChatbotError("no model to run") from exc
        if not sys.stdin.isatty():
            click.secho(prompt.replace("?", ": using it."), fg="yellow", err=True)
        demo_path: Path = local.synthetic()
        engine = Engine(demo_path, settings.model_copy(update={"model": str(demo_path)}))
    repl(engine, settings)
