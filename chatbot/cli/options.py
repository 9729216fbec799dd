"""Command-line options for the settings (see chatbot.config for the layering)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from chatbot import locales
from chatbot.config import SAMPLING_KEYS, Settings, load_settings
from chatbot.errors import InputError

F = Callable[..., Any]

_ENGINE_OPTIONS: list[Callable[[F], F]] = [
    click.option("--model", "-m", help="GGUF path, preset name, or repo_id:pattern on the Hub."),
    click.option(
        "--engine-url",
        help="A remote OpenAI-compatible engine (llama-server, vLLM, Ollama) to generate "
        "with instead of a model in-process, e.g. http://gpu-box:8080/v1.",
    ),
    click.option("--engine-model", help="The remote engine's model (default: the first listed)."),
    click.option(
        "--engine-parallel",
        type=int,
        help="Replies the remote engine generates at once (default: its slots, else 4).",
    ),
    click.option("--n-ctx", type=int, help="Context size in tokens."),
    click.option("--threads", type=int, help="CPU threads (default: physical cores)."),
    click.option("--n-gpu-layers", type=int, help="Layers to offload to the GPU (-1: all)."),
    click.option("--seed", type=int, help="Sampling seed (-1: random)."),
    click.option("--temperature", type=float, help="Sampling temperature."),
    click.option("--top-p", type=float, help="Nucleus sampling."),
    click.option("--top-k", type=int, help="Top-k sampling."),
    click.option("--min-p", type=float, help="Min-p sampling."),
    click.option("--repeat-penalty", type=float, help="Repetition penalty."),
    click.option("--max-tokens", type=int, help="Most tokens in one reply."),
    click.option(
        "--enforce-register/--no-enforce-register",
        default=None,
        help="Retry replies that start off the target register (default: on).",
    ),
    click.option(
        "--register-retries", type=int, help="Most register retries per reply (default 2)."
    ),
]

# Only the terminal chat takes these; in the UI they come from the persona and the controls.
_CHAT_OPTIONS: list[Callable[[F], F]] = [
    click.option("--system", "-s", help="System prompt."),
    click.option("--thinking/--no-thinking", default=None, help="Qwen3: think before answering."),
    click.option("--locale", help="Hold replies to a register in this locale (e.g. ja, ko, de)."),
    click.option(
        "--level", help="The register level (e.g. honorific); see `chatbot locales list`."
    ),
]


def _apply(options: list[Callable[[F], F]], func: F) -> F:
    for option in reversed(options):
        func = option(func)
    return func


def settings_options(func: F) -> F:
    """Every setting as a command-line option."""
    return _apply([*_ENGINE_OPTIONS, *_CHAT_OPTIONS], func)


def engine_options(func: F) -> F:
    """The settings of the model and generation, without the chat-only ones."""
    return _apply(_ENGINE_OPTIONS, func)


def settings_from(kwargs: dict[str, Any]) -> Settings:
    """Settings from config file < environment < these command-line values."""
    keys = set(Settings.model_fields) | SAMPLING_KEYS
    return load_settings(cli={k: v for k, v in kwargs.items() if k in keys})


def installed_locale(value: str | None, option: str = "--locale") -> str | None:
    """The installed locale ``value`` names, read as the API reads a language tag
    (pt-BR, pt_PT and PT are pt); an InputError naming the installed ones if none."""
    if value is None or locales.get(value) is not None:
        return value
    code = locales.language(value)
    if locales.get(code) is not None:
        return code
    why = locales.missing(code)
    if "did not load" in why:  # its file is there but broken: say how
        raise InputError(f"{option} {value!r}: {why}")
    raise InputError(
        f"{option} {value!r} is not an installed locale; known: {', '.join(locales.available())}"
    )


def existing_folder(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """A --personas folder must be there: a typo would otherwise show the shipped
    personas only, and a persona of that folder as unknown."""
    if value is not None and not value.is_dir():
        raise click.BadParameter(
            f"{value}: no such folder; create it (mkdir -p {value}) or pass the folder "
            "that holds your persona files",
            ctx,
            param,
        )
    return value


persona_folder_option = click.option(
    "--personas",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    callback=existing_folder,
    help="User persona folder (default: $CHATBOT_PERSONAS or ~/.config/chatbot/personas).",
)
