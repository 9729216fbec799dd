"""The locale registry: one YAML file per locale, validated at load time.

Locales come from this package's own files, from other installed packages
that declare a ``chatbot.locales`` entry point naming a folder (a
``importlib.resources`` Traversable) of ``<code>.yaml`` files, and from the
user's locale folder (``$CHATBOT_LOCALES``, else
``~/.config/chatbot/locales``). All are read by the same loader against the
same schema; ours are read first, so a pack or the user cannot replace a
shipped locale, only add new ones. A broken pack or user file (it cannot be
imported, is invalid, or its analyzer cannot read its markers) is skipped and
reported by :func:`problems`; a broken file of our own is a bug and raises.
Locales are read once per process: restart after adding one.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from chatbot.config import user_path
from chatbot.errors import ConfigError
from chatbot.locales.schema import Level, LocaleSpec
from chatbot.yaml_errors import FAST_LOADER, duplicate_keys, node_line, yaml_problem, yaml_tree

__all__ = [
    "Level",
    "LocaleSpec",
    "available",
    "get",
    "load_file",
    "missing",
    "parse",
    "problems",
    "source",
    "source_text",
    "user_folder",
    "variety_for",
]

ENTRY_POINT_GROUP = "chatbot.locales"


def field_path(loc: tuple[int | str, ...], data: object, prefix: str = "") -> str:
    """``levels.formal.instruction`` for pydantic's ``levels.1.instruction``.

    A list item with an ``id`` (a level, a marker rule) is named by it, so the
    author finds it without counting; other items keep their index.
    """
    parts: list[str] = []
    node = data
    for p in loc:
        item = node[p] if isinstance(node, list) and isinstance(p, int) and p < len(node) else None
        if item is None and isinstance(node, dict):
            item = node.get(p)
        named = isinstance(p, int) and isinstance(item, dict) and isinstance(item.get("id"), str)
        parts.append(str(item["id"]) if named else str(p))  # type: ignore[index]
        node = item
    return prefix + ".".join(parts) if parts else (prefix.rstrip(".") or "(top level)")


MAX_ERROR_LINES = 20  # a file wrong throughout is fixed from its first mistakes


def error_lines(
    err: ValidationError,
    data: object,
    prefix: str = "",
    text: str | None = None,
    root: tuple[str, ...] = (),
) -> list[str]:
    """One ``  field: message`` line per error, fields named as :func:`field_path` does;
    with the YAML ``text`` that ``data`` was read from (at ``root`` in it), each names
    its line too: ``  markers.rules.fr.tu.pattern (line 71): ...``."""
    lines = []
    tree = yaml_tree(text) if text is not None else None  # parsed once for all the errors
    errors = err.errors()
    for e in errors[:MAX_ERROR_LINES]:
        loc = tuple(e["loc"])
        at = node_line(tree, (*root, *loc)) if tree is not None else None
        where = f" (line {at})" if at is not None else ""
        lines.append(f"  {field_path(loc, data, prefix)}{where}: {_message(e)}")
    if len(errors) > MAX_ERROR_LINES:
        lines.append(f"  ... and {len(errors) - MAX_ERROR_LINES} more")
    return lines


def _message(error: Any) -> str:
    message = str(error["msg"]).removeprefix("Value error, ")
    value = error.get("input")
    if error["type"] == "string_type" and isinstance(value, bool | int | float):
        # Unquoted on, no, yes (Turkish on "ten", Norwegian no) are booleans to YAML.
        message += f" (YAML read this as {value!r}; put the text in quotes)"
    return message


def _format_validation(source: str, err: ValidationError, data: object, text: str) -> str:
    return "\n".join([f"{source}: invalid locale file", *error_lines(err, data, text=text)])


def parse(text: str, source: str) -> LocaleSpec:
    """Parse and validate one locale document; errors name ``source`` and the field."""
    try:
        node = yaml.compose(text, Loader=FAST_LOADER)
        data = yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError as fast:
        problem = fast
        try:  # PyYAML's own reading of the mistake: its marks hold the text, for the hints
            yaml.safe_load(text)
        except yaml.YAMLError as exc:
            problem = exc
        line, message = yaml_problem(problem)
        raise ConfigError(f"{source}:{line}: not valid YAML: {message}") from problem
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: a locale file must be a mapping at the top level")
    duplicates = duplicate_keys(node, source) if node is not None else []
    if duplicates:  # YAML keeps the last copy silently: a block pasted twice loses one
        raise ConfigError("\n".join(duplicates))
    try:
        spec = LocaleSpec.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_validation(source, exc, data, text)) from exc
    return spec.with_yaml_text(text)


MAX_FILE_BYTES = 1024 * 1024  # a locale file, word lists and all, is far smaller


def load_file(path: Traversable) -> LocaleSpec:
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigError(f"{path}: file is larger than {MAX_FILE_BYTES // 1024} KiB")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(
            f"{path}:{line}: not UTF-8 text (byte {raw[exc.start]:#04x}); save the file as UTF-8"
        ) from exc
    spec = parse(text, str(path))
    if spec.code != path.name.removesuffix(".yaml"):
        stem = path.name.removesuffix(".yaml")
        raise ConfigError(
            f"{path}: code {spec.code!r} must match the file name: set code: {stem}, or name "
            f"the file {spec.code}.yaml"
        )
    return spec


def user_folder() -> Path | None:
    """Where a developer's own locale files live (need not exist); None without a home."""
    try:
        return user_path("CHATBOT_LOCALES", "locales")
    except ConfigError:
        if os.environ.get("CHATBOT_LOCALES"):
            raise  # asked for, and cannot be found: reported by problems()
        return None  # no home: the shipped locales still load


def _packs() -> Iterator[tuple[str, Traversable | Exception]]:
    """Each installed pack's name and folder, or why it cannot be loaded; then the user's."""
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            target = ep.load()
            yield ep.name, target if isinstance(target, Traversable) else resources.files(target)
        except Exception as exc:  # a broken pack must not take the others (or ours) down
            yield ep.name, exc
    try:
        folder = user_folder()
    except ConfigError as exc:
        yield "folder $CHATBOT_LOCALES", exc
        return
    try:
        if folder is not None and folder.is_dir():
            yield f"folder {folder}", folder
        elif folder is not None and os.environ.get("CHATBOT_LOCALES"):
            yield f"folder {folder}", NotADirectoryError("CHATBOT_LOCALES is not a folder")
    except OSError as exc:
        yield f"folder {folder}", exc


@functools.cache
def _load() -> tuple[
    dict[str, LocaleSpec], tuple[str, ...], dict[str, str], dict[str, Traversable]
]:
    found: dict[str, LocaleSpec] = {}
    problems: list[str] = []
    sources: dict[str, str] = {}
    files: dict[str, Traversable] = {}
    ours = resources.files("chatbot.locales")
    for entry in sorted(ours.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            spec = load_file(entry)
            found[spec.code] = spec
            sources[spec.code] = entry.name
            files[spec.code] = entry
    for name, folder in _packs():
        if isinstance(folder, Exception):
            problems.append(f"locale pack {name}: cannot load it: {folder}")
            continue
        try:
            entries = sorted(folder.iterdir(), key=lambda e: e.name)
        except Exception as exc:  # an unreadable folder must not take the others down
            problems.append(f"locale pack {name}: cannot read it: {exc}")
            continue
        pack = not name.startswith("folder ")  # the user's folder may well be empty
        if pack and not any(e.name.endswith((".yaml", ".yml")) for e in entries):
            problems.append(
                f"locale pack {name}: no locale files in {folder}: the entry point should "
                "name the package (or folder) that holds the <code>.yaml files"
            )
        for entry in entries:
            if entry.name.endswith(".yml"):
                problems.append(f"locale pack {name}: skipped {entry}: name it .yaml")
            if not entry.name.endswith(".yaml"):
                continue
            problem = _add(found, name, entry)
            if problem:
                problems.append(problem)
            else:
                sources.setdefault(entry.name.removesuffix(".yaml"), str(entry))
                files.setdefault(entry.name.removesuffix(".yaml"), entry)
    return found, tuple(problems), sources, files


def _add(found: dict[str, LocaleSpec], pack: str, entry: Traversable) -> str | None:
    """Add one pack file to ``found``; why it was not added, if it was not."""
    try:
        spec = load_file(entry)
    except (ConfigError, OSError, UnicodeDecodeError) as exc:
        return f"locale pack {pack}: skipped {exc}"
    if spec.code in found:
        return f"locale pack {pack}: skipped {entry}: {spec.code} is already installed"
    try:
        errors = _analyzer_errors(spec, str(entry))
    except Exception as exc:  # a faulty analyzer must not take the others down
        errors = [f"{entry}: its analyzer failed: {type(exc).__name__}: {exc}"]
    if errors:
        return f"locale pack {pack}: skipped {entry}: " + "; ".join(errors)
    found[spec.code] = spec
    return None


def _analyzer_errors(spec: LocaleSpec, source: str) -> list[str]:
    """What keeps a pack's locale from being read: no such analyzer, invalid markers.

    Checked as the pack loads, so a broken rule is reported by ``chatbot
    locales list`` instead of failing the first chat that reads the language.
    """
    from chatbot.detect.register.selfcheck import check_locale  # the analyzers need us

    return check_locale(spec, source).errors


def _registry() -> dict[str, LocaleSpec]:
    return _load()[0]


def source(code: str) -> str | None:
    """Where locale ``code`` was read from: ``ja.yaml`` for ours, a path for a pack's."""
    return _load()[2].get(code)


def source_text(code: str) -> str | None:
    """The YAML text locale ``code`` was read from (ours, a pack's, the user's)."""
    entry = _load()[3].get(code)
    return None if entry is None else entry.read_text("utf-8")


def problems() -> list[str]:
    """Locale packs, or files in them, that were skipped, and why."""
    return list(_load()[1])


def missing(code: str) -> str:
    """Why there is no locale ``code``: its file failed to load (and how), or none declares it."""
    # Its file, named in the problem; or a pack named after it that did not load.
    name = re.compile(
        rf"(?:^|[/\\\s]){re.escape(code)}\.yaml(?::|$)|^locale pack {re.escape(code)}: cannot"
    )
    mine = [p for p in problems() if name.search(p)]
    if mine:
        return f"locale {code!r} did not load: {mine[0]}"
    return f"no such locale {code!r} (known: {', '.join(available())})"


def available() -> list[str]:
    return sorted(_registry())


def get(code: str) -> LocaleSpec | None:
    """The spec for ``code`` (e.g. ``"ja"``), or None when no locale file declares it."""
    return _registry().get(code)


def variety_for(tag: str | None) -> str | None:
    """The variety of an installed locale a language tag asks for (pt-BR, pt_br:
    pt.brazil; pt-PT: pt.europe), or None (pt, a tag no variety lists)."""
    if not tag:
        return None
    wanted = tag.strip().replace("_", "-").lower()
    spec = get(language(wanted))
    if spec is None:
        return None
    return next((v.id for v in spec.varieties if wanted in {t.lower() for t in v.tags}), None)


def language(tag: str) -> str:
    """A language tag's primary subtag, in lower case: ja-JP, zh_TW and JA are ja, zh, ja."""
    return tag.strip().replace("_", "-").split("-")[0].lower() or tag
