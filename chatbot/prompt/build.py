"""Render system prompts from ``prompts/`` in a sandbox.

Templates are package data (``chatbot.prompts``), rendered with Jinja2's
``SandboxedEnvironment`` and ``StrictUndefined``: a template cannot reach
Python internals, and a missing variable is an error instead of an empty
string. The sandbox is bounded in time and memory (:mod:`.sandbox`). The same
(persona, locale, level, name) always gives the same prompt.
"""

from __future__ import annotations

import functools
import re
import traceback
from collections.abc import Callable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from chatbot.errors import ConfigError
from chatbot.locales.schema import Exchange, LocaleSpec
from chatbot.prompt.sandbox import MAX_SIZE, BoundedSandbox, Budget, over_budget

_FIELD = re.compile(r"\{(name|surname|given)\}")


_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.j2$")


def _finder(
    folders: tuple[Traversable, ...],
) -> Callable[[str], tuple[str, str, Callable[[], bool]]]:
    """Templates by bare file name from these folders only: no paths, no escaping them.

    A template is up to date while its file holds the same text, so an edited
    ``prompts/`` file is used on the next render (hot reload), not the cached one.
    """

    def load(name: str) -> tuple[str, str, Callable[[], bool]]:
        if not _NAME.match(name):
            raise jinja2.TemplateNotFound(name)
        for folder in folders:
            entry = folder.joinpath(name)
            if entry.is_file():
                try:
                    source = entry.read_text("utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    message = f"{name}: cannot read it as UTF-8 text: {exc}"
                    raise jinja2.TemplateError(message) from exc
                # Named, so an error's traceback says which file its line is in.
                return source, name, functools.partial(_unchanged, folders, name, source)
        raise jinja2.TemplateNotFound(name)

    return load


def _unchanged(folders: tuple[Traversable, ...], name: str, source: str) -> bool:
    return _current(folders, name) == source


def _current(folders: tuple[Traversable, ...], name: str) -> str | None:
    """The text ``name`` resolves to now (the first folder that has it)."""
    for folder in folders:
        entry = folder.joinpath(name)
        try:
            if entry.is_file():
                return entry.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
    return None


@functools.cache
def environment(extra: tuple[Traversable, ...] = ()) -> SandboxedEnvironment:
    """The sandbox; templates come from ``extra`` folders (a persona pack's) then ``prompts/``."""
    return BoundedSandbox(
        loader=jinja2.FunctionLoader(_finder((*extra, resources.files("chatbot.prompts")))),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
    )


class TemplateProblem(ConfigError):
    """A template that does not parse or render. ``line`` is the line of the failing
    expression in ``file`` (the template itself, or one it includes), when known."""

    def __init__(self, message: str, file: str | None, line: int | None) -> None:
        super().__init__(message)
        self.file = file
        self.line = line


TEXT = "<template>"  # the name Jinja gives a template rendered from a string


def _failing_line(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file (``TEXT`` for a string's) and line an error comes from."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.lineno:
        return exc.filename or exc.name or TEXT, exc.lineno
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == TEXT or _NAME.match(frame.filename):
            return frame.filename, frame.lineno
    return None, None


def _problem(name: str, exc: BaseException, what: str) -> TemplateProblem:
    file, line = _failing_line(exc)
    if line is None:
        where = ""
    elif file in (TEXT, name):
        where = f", line {line}"
    else:
        where = f" (in {file}, line {line})"
    return TemplateProblem(f"prompt template {name}{where}: {what}", file, line)


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
        with Budget():
            template = env.from_string(source) if source is not None else env.get_template(name)
            parts: list[str] = []
            size = 0
            for part in template.generate(**variables):
                size += len(part)
                if size > MAX_SIZE:
                    raise SecurityError(f"the rendered text is longer than {MAX_SIZE} characters")
                over_budget()
                parts.append(part)
        return "".join(parts).strip() + "\n"
    except jinja2.TemplateSyntaxError as exc:
        # Its own text, not str(exc), which appends the file and line a second time.
        raise _problem(name, exc, f"{type(exc).__name__}: {exc.message or exc}") from exc
    except jinja2.TemplateError as exc:
        raise _problem(name, exc, f"{type(exc).__name__}: {exc}") from exc
    except RecursionError as exc:  # a macro that calls itself without end
        raise ConfigError(
            f"prompt template {name}: SecurityError: macros call themselves too deeply"
        ) from exc
    except (ArithmeticError, LookupError, TypeError, ValueError, MemoryError) as exc:
        # {{ 1 // 0 }}, {{ "%d" % "x" }}, |sort on mixed types: the template's own fault.
        raise _problem(name, exc, f"{type(exc).__name__}: {exc}") from exc


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
    address_forms: tuple[str, str | None] | None = None,
    ask_name: bool = False,
    avoid: list[str] | None = None,
    template: str = "system.j2",
    variety: str | None = None,
) -> str:
    """The system prompt: persona, register instruction, forms of address, example turns.

    ``address_forms`` (known, unknown) overrides the level's own forms, e.g. a
    persona that says "{surname}様" where the level would say "{name}様".
    ``variety`` (pt.brazil) takes the level's texts as that variety writes them.
    """
    level = spec.written(level_id, variety)
    known_form, unknown_form = address_forms or (level.address.known, level.address.unknown)
    return render_template(
        template,
        {
            "persona": persona,
            "locale": spec,
            "level": level,
            "address_known": address(known_form, names or {}),
            "address_form": known_form,  # as written: "Herr/Frau {surname}"
            "address_unknown": unknown_form,
            "ask_name": ask_name,
            "avoid": avoid or [],
            "examples": examples if examples else level.examples,
        },
    )
