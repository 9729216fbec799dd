"""The locale registry: one YAML file per locale, validated at load time.

Locales come from this package's own files and from other installed packages
that declare a ``chatbot.locales`` entry point naming a folder (a
``importlib.resources`` Traversable) of ``<code>.yaml`` files. Both are read
by the same loader against the same schema; ours are read first, so a pack
cannot replace a shipped locale, only add new ones. A broken pack (it cannot
be imported, or one of its files is invalid) is skipped and reported by
:func:`problems`; a broken file of our own is a bug and raises.
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

__all__ = ["Level", "LocaleSpec", "available", "get", "load_file", "parse", "problems"]

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


def _packs() -> Iterator[tuple[str, Traversable | Exception]]:
    """Each installed pack's name and folder, or why it cannot be loaded."""
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            target = ep.load()
            yield ep.name, target if isinstance(target, Traversable) else resources.files(target)
        except Exception as exc:  # a broken pack must not take the others (or ours) down
            yield ep.name, exc


@functools.cache
def _load() -> tuple[dict[str, LocaleSpec], tuple[str, ...]]:
    found: dict[str, LocaleSpec] = {}
    problems: list[str] = []
    ours = resources.files("chatbot.locales")
    for entry in sorted(ours.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            spec = load_file(entry)
            found[spec.code] = spec
    for name, folder in _packs():
        if isinstance(folder, Exception):
            problems.append(f"locale pack {name}: cannot load it: {folder}")
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".yaml"):
                continue
            try:
                spec = load_file(entry)
            except (ConfigError, OSError, UnicodeDecodeError) as exc:
                problems.append(f"locale pack {name}: skipped {exc}")
                continue
            found.setdefault(spec.code, spec)  # our own win over a later pack
    return found, tuple(problems)


def _registry() -> dict[str, LocaleSpec]:
    return _load()[0]


def problems() -> list[str]:
    """Locale packs, or files in them, that were skipped, and why."""
    return list(_load()[1])


def available() -> list[str]:
    return sorted(_registry())


def get(code: str) -> LocaleSpec | None:
    """The spec for ``code`` (e.g. ``"ja"``), or None when no locale file declares it."""
    return _registry().get(code)
