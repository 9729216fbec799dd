"""Load and check one persona file; every error names the file, the line and the field.

Loading follows a fixed path: ``yaml.compose`` (keeping line numbers), then the
strict schema, then the checks that need the rest of the system: the locales
and levels exist, and the persona's text renders in the sandbox for every
locale it declares. A template-injection attempt or a missing variable fails
here, at load time, never mid-chat.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources.abc import Traversable
from typing import Any

import yaml
from pydantic import ValidationError

from chatbot import locales
from chatbot.errors import ConfigError
from chatbot.persona.render import check_renders
from chatbot.persona.schema import Persona

MAX_FILE_BYTES = 256 * 1024


class PersonaError(ConfigError):
    """A persona file is invalid; ``problems`` holds one ``file:line: field: message`` each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _line(node: yaml.Node | None, loc: Sequence[int | str]) -> int:
    """1-based line for the field at ``loc``: its key's line, or the deepest that exists."""
    line = node.start_mark.line + 1 if node is not None else 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if getattr(k, "value", None) == key), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _where(loc: Sequence[int | str]) -> str:
    return ".".join(str(p) for p in loc) or "(top level)"


def parse(text: str, source: str, folders: tuple[Traversable, ...] = ()) -> Persona:
    """Parse and validate one persona document: schema, locales, and rendering.

    ``folders`` are where its ``template`` may come from (its pack's ``prompts/``).
    """
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise PersonaError([f"{source}:1: file is larger than {MAX_FILE_BYTES // 1024} KiB"])
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise PersonaError([f"{source}:{line}: not valid YAML: {exc}"]) from exc
    if not isinstance(data, dict):
        raise PersonaError([f"{source}:1: a persona file must be a mapping of fields"])
    try:
        persona = Persona.model_validate(data)
    except ValidationError as exc:
        problems = []
        for e in exc.errors():
            loc = [p for p in e["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
            problems.append(f"{source}:{_line(node, loc)}: {_where(loc)}: {e['msg']}")
        raise PersonaError(problems) from exc
    problems = []
    for code, setup in persona.locales.items():
        spec = locales.get(code)
        if spec is None:
            known = ", ".join(locales.available())
            problems.append(
                f"{source}:{_line(node, ['locales', code])}: locales.{code}: no such locale (known: {known})"
            )
            continue
        try:
            setup.policy.check(spec, f"locales.{code}.register")
        except ConfigError as exc:
            problems.append(f"{source}:{_line(node, ['locales', code, 'register'])}: {exc}")
    if problems:
        raise PersonaError(problems)
    try:
        check_renders(persona, folders=folders)
    except ConfigError as exc:
        field = "template" if persona.template is not None else "persona"
        raise PersonaError([f"{source}:{_line(node, [field])}: {field}: {exc}"]) from exc
    return persona
