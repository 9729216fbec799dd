"""Render system prompts from ``prompts/`` in a sandbox.

Templates are package data (``chatbot.prompts``), rendered with Jinja2's
``SandboxedEnvironment`` and ``StrictUndefined``: a template cannot reach
Python internals, and a missing variable is an error instead of an empty
string. The same (persona, locale, level, name) always gives the same prompt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from chatbot.errors import ConfigError
from chatbot.locales.schema import Exchange, LocaleSpec

_FIELD = re.compile(r"\{(name|surname|given)\}")


_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.j2$")


def _finder(folders: tuple[Traversable, ...]) -> Callable[[str], str]:
    """Templates by bare file name from these folders only: no paths, no escaping them."""

    def load(name: str) -> str:
        if not _NAME.match(name):
            raise jinja2.TemplateNotFound(name)
        for folder in folders:
            entry = folder.joinpath(name)
            if entry.is_file():
                return entry.read_text("utf-8")
        raise jinja2.TemplateNotFound(name)

    return load


@functools.cache
def environment(extra: tuple[Traversable, ...] = ()) -> SandboxedEnvironment:
    """The sandbox; templates come from ``extra`` folders (a persona pack's) then ``prompts/``."""
    return SandboxedEnvironment(
        loader=jinja2.FunctionLoader(_finder((*extra, resources.files("chatbot.prompts")))),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
    )


def render_template(
    name: str,
    variables: Mapping[str, Any],
    *,
    source: str | None = None,
    folders: tuple[Traversable, ...] = (),
) -> str:
    """Render a template from ``prompts/`` (or ``source`` text) strictly, in the sandbox."""
    env = environment(folders)
    try:
        template = env.from_string(source) if source is not None else env.get_template(name)
        return template.render(**variables).strip() + "\n"
    except jinja2.TemplateError as exc:
        raise ConfigError(f"prompt template {name}: {type(exc).__name__}: {exc}") from exc


def address(form: str, names: Mapping[str, str]) -> str | None:
    """Fill ``{name}``/``{surname}``/``{given}`` in a form of address; None if a part is unknown."""
    missing = [m for m in _FIELD.findall(form) if not names.get(m)]
    if missing:
        return None
    return _FIELD.sub(lambda m: names[m.group(1)], form)


def build_system_prompt(
    persona: str,
    spec: LocaleSpec,
    level_id: str,
    *,
    names: Mapping[str, str] | None = None,
    examples: list[Exchange] | None = None,
    address_forms: tuple[str, str] | None = None,
    ask_name: bool = False,
    avoid: list[str] | None = None,
    template: str = "system.j2",
) -> str:
    """The system prompt: persona, register instruction, forms of address, example turns.

    ``address_forms`` (known, unknown) overrides the level's own forms, e.g. a
    persona that says "{surname}様" where the level would say "{name}様".
    """
    level = spec.level(level_id)
    known_form, unknown_form = address_forms or (level.address.known, level.address.unknown)
    return render_template(
        template,
        {
            "persona": persona,
            "locale": spec,
            "level": level,
            "address_known": address(known_form, names or {}),
            "address_unknown": unknown_form,
            "ask_name": ask_name,
            "avoid": avoid or [],
            "examples": examples if examples else level.examples,
        },
    )
