"""``chatbot chat`` and ``chatbot run``: a streaming chat in the terminal."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from chatbot import locales
from chatbot.check import GuardSettings, RegisterGuard, Verdict
from chatbot.cli import cli, printable
from chatbot.cli.options import (
    installed_locale,
    persona_folder_option,
    settings_from,
    settings_options,
)
from chatbot.config import Settings
from chatbot.errors import EngineError, InputError
from chatbot.generate.engine import Engine
from chatbot.generate.remote import RemoteEngine, redact
from chatbot.generate.runtime import Chat, Runtime
from chatbot.models import hub, presets
from chatbot.persona.macros import shown_greeting
from chatbot.persona.registry import Entry
from chatbot.persona.session import persona_session
from chatbot.plan import Plan, RegisterPolicy
from chatbot.plan.target import allowed_levels, target_for
from chatbot.prompt import build_system_prompt
from chatbot.prompt.names import names_from
from chatbot.stream.events import Done, Notice, TextDelta, ThinkingDelta

HELP = "Commands: /reset starts over, /exit quits. Ctrl-C stops a reply; Ctrl-D quits."


def load_engine(settings: Settings, *, allow_download: bool = True) -> Runtime:
    """The model to chat with: a remote engine when ``engine_url`` names one, else a GGUF
    loaded in this process."""
    if settings.engine_url:
        click.secho(f"Connecting to {redact(settings.engine_url)} ...", dim=True, err=True)
        engine = RemoteEngine(settings)
        if settings.model:
            click.secho(
                f"Warning: model {settings.model!r} is not loaded: the remote engine at "
                f"{engine.url} generates (--engine-model picks among its models).",
                fg="yellow",
                err=True,
            )
        return engine
    path = hub.resolve(settings.model, allow_download=allow_download)
    click.secho(f"Loading {path} ...", dim=True, err=True)
    return Engine(path, with_preset_context(settings))


def with_preset_context(settings: Settings) -> Settings:
    """A preset's own context size (presets.yaml) where no setting names one (for any
    other model the engine takes DEFAULT_N_CTX, or the model's own if shorter)."""
    if settings.n_ctx is not None:
        return settings
    target = hub.parse(settings.model)
    preset = presets.load().presets.get(target.label) if isinstance(target, hub.HubModel) else None
    return settings.model_copy(update={"n_ctx": preset.n_ctx}) if preset else settings


def _banner(engine: Runtime, session: Chat) -> None:
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
    where = (
        f"remote engine at {info.engine_url}"
        if info.engine_url
        else f"{info.threads} threads, GPU layers {info.n_gpu_layers}"
    )
    context = f"Context {info.n_ctx} tokens" if info.n_ctx else "Context: the engine's"
    click.secho(f"{context}, {where}, thinking {think}.", dim=True, err=True)
    if info.context_warning:
        click.secho(f"Warning: {info.context_warning}", fg="yellow", err=True)
    click.secho(HELP, dim=True, err=True)


def _verdict_line(verdict: Verdict) -> str:
    spec = locales.get(verdict.plan.locale)

    def name(level: str | None, variety: str | None = None) -> str:
        return spec.written(level, variety).native if spec and level else "?"

    marks = {"on_target": "ok", "near": "near", "off_target": "OFF TARGET", "unread": "unread"}
    evidence = ", ".join(e.surface for e in verdict.reading.evidence[:4])
    retries = (
        f", {verdict.retries} retr{'y' if verdict.retries == 1 else 'ies'}"
        if verdict.retries
        else ""
    )
    target = name(verdict.plan.level, verdict.plan.variety)
    if verdict.status == "unread":
        # A default or a guess is no reading: saying "read Siezen" would contradict it.
        return f"[register: unread, no word shows a level; target {target}{retries}]"
    return (
        f"[register: read {name(verdict.reading.level, verdict.reading.variety)}, "
        f"target {target} — "
        f"{marks[verdict.status]}{retries}{'; evidence: ' + evidence if evidence else ''}]"
    )


def _reply(session: Chat, message: str, guard: tuple[RegisterGuard, Plan] | None) -> None:
    events = guard[0].send(message, guard[1]) if guard else session.send(message)
    thinking_open = False
    try:
        for event in events:
            if isinstance(event, ThinkingDelta):
                if not thinking_open:
                    click.secho("[thinking] ", dim=True, nl=False)
                    thinking_open = True
                # Model text may hold terminal escapes (ESC [ ...): shown, never obeyed.
                click.secho(printable(event.text), dim=True, nl=False)
            elif isinstance(event, TextDelta):
                if thinking_open:
                    click.echo()
                    thinking_open = False
                click.echo(printable(event.text), nl=False)
            elif isinstance(event, Notice):
                click.secho(f"\n[{event.message}]", fg="yellow", err=True)
            elif isinstance(event, Verdict):
                click.echo()
                click.secho(_verdict_line(event), fg="red" if event.flagged else "cyan", err=True)
            elif isinstance(event, Done):
                stopped = {
                    "length": " (max tokens reached)",
                    "cancelled": " (stopped)",
                    "context": " (context full)",
                }
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


def _register_layer(
    settings: Settings, variety: str | None = None
) -> tuple[str | None, Plan | None]:
    """The system prompt and plan for ``--locale``/``--level`` (and the variety a tag
    such as pt-BR asked for), if given."""
    if settings.locale is None:
        if settings.level is not None:
            raise InputError("--level needs --locale (e.g. --locale ja --level honorific)")
        return settings.system, None
    spec = locales.get(settings.locale)
    if spec is None:
        raise InputError(f"no locale {settings.locale!r}; known: {', '.join(locales.available())}")
    variety = variety if spec.variety(variety) is not None else None
    level = settings.level or spec.default_for(variety)
    policy = RegisterPolicy(level=level)
    policy.check(spec, "--level")
    persona = settings.system or "You are a helpful assistant."
    return build_system_prompt(persona, spec, level, variety=variety), Plan(
        spec.code, level, "--level", variety
    )


def _tolerate_bad_input_bytes() -> None:
    """Read undecodable bytes on stdin as U+FFFD instead of failing the whole chat."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")


class _PersonaChat:
    """A persona in the terminal: each message is planned as in the UI (the user's
    language and register, the persona's policy), and a new plan keeps the history."""

    def __init__(
        self,
        engine: Runtime,
        settings: Settings,
        entry: Entry,
        name: str | None,
        variety: str | None = None,
    ) -> None:
        self.engine, self.settings, self.entry = engine, settings, entry
        self.name, self.variety = name, variety
        self.session: Chat | None = None
        self.key: tuple[str, str, str | None] | None = None

    def greet(self) -> None:
        persona = self.entry.persona
        code = self.settings.locale if self.settings.locale in persona.locales else None
        shown = shown_greeting(persona, code or persona.primary_locale, self.name)
        if shown:  # a persona without a greeting waits for the user's message
            click.echo(shown)

    def turn(self, message: str) -> tuple[Chat, tuple[RegisterGuard, Plan]]:
        persona = self.entry.persona
        said = self.session.history() if self.session else []
        earlier = [m["content"] for m in said if m["role"] == "user"]
        target, _ = target_for(
            persona, message, self.settings.locale, self.settings.level, earlier, self.variety
        )
        if self.session is None or self.key != (target.locale, target.level, target.variety):
            history = self.session.history() if self.session else []
            self.session = persona_session(
                self.engine,
                self.entry,
                target,
                self.settings.sampling,
                thinking=self.settings.thinking,
                names=names_from(self.name, locales.get(target.locale)),
            )
            self.session.restore(history)
            self.key = (target.locale, target.level, target.variety)
            spec = locales.get(target.locale)
            assert spec is not None
            variety = spec.variety(target.variety)
            language = variety.native if variety is not None else spec.native
            click.secho(
                f"[register: {spec.written(target.level, target.variety).native} ({language}); "
                f"{target.reason}]",
                dim=True,
                err=True,
            )
        guard = RegisterGuard(self.session, GuardSettings.from_settings(self.settings))
        return self.session, (guard, target)

    def reset(self) -> None:
        if self.session is not None:
            self.session.reset()


def repl(
    engine: Runtime,
    settings: Settings,
    persona: Entry | None = None,
    name: str | None = None,
    variety: str | None = None,
) -> None:
    _tolerate_bad_input_bytes()
    if persona is not None:
        _persona_repl(engine, settings, _PersonaChat(engine, settings, persona, name, variety))
        return
    system, plan = _register_layer(settings, variety)
    session = engine.chat(system, sampling=settings.sampling, thinking=settings.thinking)
    guard = (RegisterGuard(session, GuardSettings.from_settings(settings)), plan) if plan else None
    _banner(engine, session)
    if plan:
        spec = locales.get(plan.locale)
        assert spec is not None
        own = spec.variety(plan.variety)
        language = own.native if own is not None else spec.native
        click.secho(
            f"Register: {spec.written(plan.level, plan.variety).native} ({language})",
            dim=True,
            err=True,
        )
    _loop(lambda message: _reply(session, message, guard), session.reset)


def _check_persona_options(entry: Entry, settings: Settings) -> None:
    """--system, --locale and --level against the persona, as the API checks them."""
    persona = entry.persona
    if settings.system:
        raise InputError("--system and --persona both set the system prompt; give one")
    if settings.locale is not None and settings.locale not in persona.locales:
        raise InputError(
            f"--locale {settings.locale}: {persona.id} speaks {', '.join(persona.locales)}"
        )
    if settings.level is not None:
        code = settings.locale or persona.primary_locale
        allowed = allowed_levels(persona, code)
        if settings.level not in allowed:
            raise InputError(
                f"--level {settings.level}: {persona.id} allows {', '.join(allowed)} in {code}"
            )


def _persona_repl(engine: Runtime, settings: Settings, chat: _PersonaChat) -> None:
    probe = engine.chat(None, thinking=settings.thinking)  # for the banner only
    _banner(engine, probe)
    click.secho(f"Persona: {chat.entry.persona.id}", dim=True, err=True)
    chat.greet()

    def reply(message: str) -> None:
        session, guard = chat.turn(message)
        _reply(session, message, guard)

    _loop(reply, chat.reset)


def _loop(reply: Callable[[str], None], reset: Callable[[], None]) -> None:
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
            reset()
            click.secho("[conversation cleared]", dim=True, err=True)
            continue
        if command in {"/help", "/?"}:
            click.secho(HELP, dim=True, err=True)
            continue
        if not command:
            continue
        try:
            reply(message)
        except (InputError, EngineError) as exc:  # this message failed; the chat goes on
            # A remote engine's own words may hold terminal escapes: shown, never obeyed.
            click.secho(f"error: {printable(str(exc))}", fg="red", err=True)


@cli.command()
@settings_options
@click.option(
    "--persona",
    "persona_id",
    help="Speak as this persona (`chatbot personas list`), planning each reply's register.",
)
@click.option("--name", help="Your name, for the persona's form of address (田中 太郎).")
@click.option(
    "--demo",
    is_flag=True,
    help="Use the synthetic random-weight demo model (replies are noise; no download).",
)
@persona_folder_option
def chat(
    persona_id: str | None, name: str | None, demo: bool, folder: Path | None, **kwargs: Any
) -> None:
    """Chat in the terminal with streaming replies.

    \b
    chatbot chat --model small --locale ja --level honorific
    chatbot chat --persona ja-hotel-concierge --name "田中 太郎"
    chatbot chat --demo --persona de-support-agent   # offline: the pipeline on noise
    """
    settings = settings_from(kwargs)
    variety = locales.variety_for(settings.locale)  # --locale pt-BR: Brazil's Portuguese
    # Every check comes before loading the model, which may take minutes.
    settings = settings.model_copy(update={"locale": installed_locale(settings.locale)})
    entry = None
    if persona_id is not None:
        from chatbot.persona.registry import PersonaRegistry

        # An unknown id is a ConfigError naming the known ones.
        entry = PersonaRegistry(folder).get(persona_id, searched=True)
        _check_persona_options(entry, settings)
    elif name is not None:
        raise InputError("--name is for a persona's form of address; add --persona")
    else:
        _register_layer(settings, variety)  # --locale and --level
    if demo:
        from chatbot.cli.serve import demo_settings

        settings = demo_settings(settings)
    repl(load_engine(settings), settings, entry, name, variety)
