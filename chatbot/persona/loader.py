"""Load and check one persona file; every error names the file, the line and the field.

Loading follows a fixed path: ``yaml.compose`` (keeping line numbers), then the
strict schema, then the checks that need the rest of the system: the locales
and levels exist, and the persona's text renders in the sandbox for every
locale it declares. A template-injection attempt or a missing variable fails
here, at load time, never mid-chat.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from importlib.resources.abc import Traversable
from typing import Any, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from chatbot import locales
from chatbot.errors import ConfigError
from chatbot.persona.render import check_renders
from chatbot.persona.schema import PATTERN_HELP, Persona
from chatbot.prompt.build import TEXT, TemplateProblem
from chatbot.yaml_errors import duplicate_keys, yaml_problem

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


def _fields_at(loc: Sequence[int | str]) -> list[str]:
    """The field names the schema allows in the mapping at ``loc``, for "did you mean"."""
    annotation: Any = Persona
    for part in loc:
        # Through Optional[...], list[...] and dict[str, ...]: an index or key is skipped.
        args = [a for a in get_args(annotation) if a is not type(None)]
        if args and get_origin(annotation) in (list, dict):
            annotation = args[-1]
            continue
        if args:  # Optional[Model]
            annotation = args[-1]
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        field = next((f for n, f in annotation.model_fields.items() if part in (n, f.alias)), None)
        if field is None:
            return []
        annotation = field.annotation
    args = [a for a in get_args(annotation) if a is not type(None)]
    if args and get_origin(annotation) not in (list, dict):
        annotation = args[-1]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [f.alias or n for n, f in annotation.model_fields.items()]
    return []


def _deeper_fields(loc: Sequence[int | str], depth: int = 2) -> list[tuple[str, str]]:
    """(dotted path, name) of the fields one or two levels below the mapping at ``loc``:
    a misspelled ``temprature`` at the top is ``sampling.temperature``."""
    found: list[tuple[str, str]] = []
    for name in _fields_at(loc):
        below = _fields_at([*loc, name])
        found += [(f"{name}.{sub}", sub) for sub in below]
        if depth > 1:
            found += [(f"{name}.{p}", n) for p, n in _deeper_fields([*loc, name], depth - 1)]
    return found


def _message(error: ErrorDetails, loc: Sequence[int | str]) -> str:
    """Pydantic's message, with how to fix the common cases."""
    kind = error["type"]
    if kind == "extra_forbidden" and loc:
        allowed = _fields_at(loc[:-1])
        message = "Extra inputs are not permitted: no such field"
        key = str(loc[-1])
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        deeper = _deeper_fields(loc[:-1])
        near = difflib.get_close_matches(key, [n for _p, n in deeper], n=1, cutoff=0.8)
        score = difflib.SequenceMatcher(None, key, close[0]).ratio() if close else 0.0
        if near and difflib.SequenceMatcher(None, key, near[0]).ratio() > score:
            path = next(p for p, n in deeper if n == near[0])
            message += f"; did you mean {path!r} (it belongs under {path.rsplit('.', 1)[0]!r})?"
        elif close:
            message += f"; did you mean {close[0]!r}?"
        if allowed:
            message += f" (allowed here: {', '.join(allowed)})"
        return message
    return problem_message(error)


def problem_message(error: ErrorDetails) -> str:
    """Pydantic's message for one problem, with what to do about it (no raw regexes)."""
    kind, value = error["type"], error.get("input")
    message = error["msg"].removeprefix("Value error, ")
    if kind == "string_type" and isinstance(value, bool | int | float):
        message += f" (YAML read this as {value!r}; put the text in quotes)"
    elif kind == "string_pattern_mismatch":
        pattern = (error.get("ctx") or {}).get("pattern")
        help_ = PATTERN_HELP.get(str(pattern))
        if help_ is not None:
            shown = repr(value) if len(repr(value)) <= 60 else f"{repr(value)[:57]}..."
            message = f"{shown} {help_}"
    elif kind == "string_too_long" and isinstance(value, str):
        message += f" (it has {len(value)}); shorten it"
    return message


MAX_FLOW_DEPTH = 64  # [ and { open at once; a persona file needs a handful


def _too_deep(text: str) -> int | None:
    """The line where more than MAX_FLOW_DEPTH brackets are open at once, if any (quotes
    are not parsed: a text that opens so many without closing them is no persona)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "[{":
            depth += 1
            if depth > MAX_FLOW_DEPTH:
                return text.count("\n", 0, i) + 1
        elif ch in "]}" and depth:
            depth -= 1
    return None


def parse(text: str, source: str, folders: tuple[Traversable, ...] = ()) -> Persona:
    """Parse and validate one persona document: schema, locales, and rendering.

    ``folders`` are where its ``template`` may come from (its pack's ``prompts/``).
    """
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise PersonaError([f"{source}:1: file is larger than {MAX_FILE_BYTES // 1024} KiB"])
    deep = _too_deep(text)
    if deep is not None:
        # PyYAML's scanner takes quadratic time on "[[[[…": refused before it runs.
        raise PersonaError([f"{source}:{deep}: not valid YAML: lists or mappings nest too deeply"])
    try:
        # Anchors and aliases (&a, *a) are refused: a shared file needs no
        # repetition, and nested aliases ("billion laughs") expand to gigabytes
        # when the persona is exported or shown.
        alias = next((t for t in yaml.scan(text) if isinstance(t, yaml.AliasToken)), None)
        if alias is not None:
            raise PersonaError(
                [
                    f"{source}:{alias.start_mark.line + 1}: YAML aliases (*{alias.value}) are "
                    "not allowed in persona files; write the value out"
                ]
            )
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line, message = yaml_problem(exc)
        raise PersonaError([f"{source}:{line}: not valid YAML: {message}"]) from exc
    except RecursionError as exc:  # "[[[[…" thousands deep: PyYAML's composer recurses
        raise PersonaError(
            [f"{source}:1: not valid YAML: lists or mappings nest too deeply"]
        ) from exc
    if not isinstance(data, dict):
        raise PersonaError([f"{source}:1: a persona file must be a mapping of fields"])
    duplicates = duplicate_keys(node, source) if node is not None else []
    if duplicates:
        raise PersonaError(duplicates)
    try:
        persona = Persona.model_validate(data)
    except ValidationError as exc:
        problems = []
        for e in exc.errors():
            loc = [p for p in e["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
            problems.append(f"{source}:{_line(node, loc)}: {_where(loc)}: {_message(e, loc)}")
        raise PersonaError(problems) from exc
    problems = _language_keys(persona, node, source)
    for code, setup in persona.locales.items():
        spec = locales.get(code)
        if spec is None:
            line = _line(node, ["locales", code])
            problems.append(f"{source}:{line}: locales.{code}: {locales.missing(code)}")
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
        at = (_text_line(node, exc) if field == "persona" else None) or _line(node, [field])
        raise PersonaError([f"{source}:{at}: {field}: {exc}"]) from exc
    return persona


def _language_keys(persona: Persona, node: yaml.Node | None, source: str) -> list[str]:
    """A name or description under a key no UI language or locale uses is never shown:
    the UI looks names up by the browser's language code, replies by the locale's."""
    known = locales.available()
    problems = []
    for field in ("name", "description"):
        for key in getattr(persona, field):
            if key in known:
                continue
            close = locales.language(key)
            hint = f"did you mean {close!r}? " if close in known else ""
            problems.append(
                f"{source}:{_line(node, [field, key])}: {field}.{key}: {key!r} is not the "
                f"language code of an installed locale; {hint}use one of {', '.join(known)}"
            )
    return problems


def _text_line(node: yaml.Node | None, exc: BaseException) -> int | None:
    """The file line of a failing expression in the persona text, where the text is a
    literal block (``persona: |``), whose lines are the file's; else None."""
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, TemplateProblem):
        cause = cause.__cause__
    if cause is None or cause.line is None or cause.file != TEXT or node is None:
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    value = next((v for k, v in node.value if getattr(k, "value", None) == "persona"), None)
    if not isinstance(value, yaml.ScalarNode) or value.style != "|":
        return None
    return value.start_mark.line + 1 + cause.line
