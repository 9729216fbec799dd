"""The locale registry: one YAML file per locale, validated at load time.

Locales come from this package's own files and from other installed packages
that declare a ``chatbot.locales`` entry point naming a folder (a
``importlib.resources`` Traversable) of ``<code>.yaml`` files. Both are read
by the same loader against the same schema; ours are read first, so a pack
cannot replace a shipped locale, only add new ones.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import metadata, resources
from importlib.resources.abc import Traversable

import yaml
from pydantic import ValidationError

from chatbot.errors import ConfigError
from chatbot.locales.schema import Level, LocaleSpec

__all__ = ["Level", "LocaleSpec", "available", "get", "load_file", "parse"]

ENTRY_POINT_GROUP = "chatbot.locales"


def _format_validation(source: str, err: ValidationError) -> str:
    lines = [f"{source}: invalid locale file"]
    for e in err.errors():
        where = ".".join(str(p) for p in e["loc"]) or "(top level)"
        lines.append(f"  {where}: {e['msg']}")
    return "\n".join(lines)


def parse(text: str, source: str) -> LocaleSpec:
    """Parse and validate one locale document; errors name ``source`` and the field."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: a locale file must be a mapping at the top level")
    try:
        return LocaleSpec.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_validation(source, exc)) from exc


def load_file(path: Traversable) -> LocaleSpec:
    spec = parse(path.read_text(encoding="utf-8"), str(path))
    if spec.code != path.name.removesuffix(".yaml"):
        raise ConfigError(f"{path}: code {spec.code!r} must match the file name")
    return spec


def _folders() -> Iterator[Traversable]:
    yield resources.files("chatbot.locales")
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        target = ep.load()
        yield target if isinstance(target, Traversable) else resources.files(target)


@functools.cache
def _registry() -> dict[str, LocaleSpec]:
    found: dict[str, LocaleSpec] = {}
    for folder in _folders():
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".yaml"):
                spec = load_file(entry)
                found.setdefault(spec.code, spec)  # our own win over a later pack
    return found


def available() -> list[str]:
    return sorted(_registry())


def get(code: str) -> LocaleSpec | None:
    """The spec for ``code`` (e.g. ``"ja"``), or None when no locale file declares it."""
    return _registry().get(code)
