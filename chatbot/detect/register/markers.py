"""What every analyzer does with its locale's ``markers`` block.

Each analyzer validates the block with its own strict schema, once per locale
spec, and reports a mistake as the file and the field. That shared part lives
here, so the analyzers keep only what is their own.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from chatbot.errors import ConfigError
from chatbot.locales import error_lines
from chatbot.locales.schema import LocaleSpec
from chatbot.yaml_errors import node_line

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

MAX_CACHED = 256  # specs built on the fly (tests, packs) must not pile up


def where(spec: LocaleSpec) -> str:
    return f"locale {spec.code!r} ({spec.code}.yaml)"


def validate(model: type[M], spec: LocaleSpec, analyzer: str) -> M:
    """``spec.markers`` as ``model``; ConfigError lists each bad field as ``markers.<path>``."""
    try:
        return model.model_validate(spec.markers)
    except ValidationError as exc:
        lines = [f"{where(spec)}: invalid markers for the {analyzer!r} analyzer"]
        text = _file_text(spec)
        lines += error_lines(exc, spec.markers, prefix="markers.", text=text, root=("markers",))
        raise ConfigError("\n".join(lines)) from exc


def line_of(spec: LocaleSpec, *path: int | str) -> str:
    """`` (line N)`` for the value at ``markers.<path>`` in the file ``spec`` was read
    from, or "" when that cannot be told (a spec built in code)."""
    text = _file_text(spec)
    line = node_line(text, ("markers", *path)) if text is not None else None
    return f" (line {line})" if line is not None else ""


def _file_text(spec: LocaleSpec) -> str | None:
    """The YAML text ``spec`` was parsed from, if its markers are still what it says."""
    text = spec.yaml_text
    try:
        data = yaml.safe_load(text) if text is not None else None
    except yaml.YAMLError:
        return None
    return text if isinstance(data, dict) and data.get("markers") == spec.markers else None


def per_spec(build: Callable[[LocaleSpec], T]) -> Callable[[LocaleSpec], T]:
    """Run ``build`` once per spec object.

    Specs hold a dict, so they are not hashable; the cache is keyed by identity
    and keeps the spec itself, so a recycled id never returns another's result.
    """
    cache: dict[int, tuple[LocaleSpec, T]] = {}
    lock = threading.Lock()

    @functools.wraps(build)
    def cached(spec: LocaleSpec) -> T:
        hit = cache.get(id(spec))
        if hit is not None and hit[0] is spec:
            return hit[1]
        result = build(spec)
        with lock:
            if len(cache) >= MAX_CACHED:
                cache.clear()
            cache[id(spec)] = (spec, result)
        return result

    return cached
