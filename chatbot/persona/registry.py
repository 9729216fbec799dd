"""Personas from three places, one order of precedence.

1. the package's own (``personas/`` in this repository, ``chatbot.personas``);
2. packs from other installed packages (entry-point group ``chatbot.personas``,
   naming a folder of ``*.yaml`` files, optionally with a ``prompts/`` folder);
3. the user folder (``$CHATBOT_PERSONAS``, ``--personas DIR``, else
   ``~/.config/chatbot/personas``).

A later place overrides an earlier one with the same id, so users can adapt a
shipped persona by copying it to their folder. The user folder is re-read
when its files change (hot reload); a broken file is reported and skipped and
never takes the others down.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path

from chatbot.config import user_path
from chatbot.errors import ConfigError
from chatbot.persona.loader import MAX_FILE_BYTES, PersonaError, parse
from chatbot.persona.schema import Persona

ENTRY_POINT_GROUP = "chatbot.personas"


def user_folder() -> Path:
    return user_path("CHATBOT_PERSONAS", "personas")


def unset_folder_note(folder: Path | None) -> str | None:
    """A note when ``$CHATBOT_PERSONAS`` (used where no folder is given) names no
    folder: likely a typo, and only the shipped personas load meanwhile. Not an
    error: a server picks the folder up once it is made."""
    named = os.environ.get("CHATBOT_PERSONAS")
    if folder is not None or not named or user_folder().is_dir():
        return None
    return (
        f"CHATBOT_PERSONAS={named}: no such folder, so only the shipped personas are "
        f"loaded; create it (mkdir -p {named}) or point the variable at your persona folder"
    )


@dataclass(frozen=True)
class Entry:
    persona: Persona
    source: str  # "package", "pack:<name>", "user"
    path: str
    folders: tuple[Traversable, ...]  # where its templates may come from


def load_one(item: Traversable, source: str, folders: tuple[Traversable, ...] = ()) -> Entry:
    """One persona file, fully checked (schema, locales, rendering); raises PersonaError."""
    where = str(item)
    try:
        with item.open("rb") as file:  # no more than the limit is read, however large
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PersonaError([f"{where}:1: cannot read: {exc}"]) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise PersonaError([f"{where}:1: file is larger than {MAX_FILE_BYTES // 1024} KiB"])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise PersonaError(
            [f"{where}:{line}: not UTF-8 text (byte {raw[exc.start]:#04x}); save the file as UTF-8"]
        ) from exc
    persona = parse(text.removeprefix("\ufeff"), where, folders)
    stem = item.name.rsplit(".", 1)[0]
    if persona.id != stem:
        found = re.search(r"^id\s*:", text, re.MULTILINE)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        raise PersonaError([f"{where}:{line}: id {persona.id!r} must match the file name ({stem})"])
    return Entry(persona, source, where, folders)


def base_source(persona_id: str) -> str | None:
    """Where a persona ``persona_id`` comes from besides a user folder ("package",
    "pack:<name>"), which a user file with that id overrides; None if nowhere.

    By file name alone, as the loader requires a persona's id to be its file's name.
    """
    places: list[tuple[str, Traversable]] = [("package", resources.files("chatbot.personas"))]
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            target = ep.load()
            folder = target if isinstance(target, Traversable) else resources.files(target)
        except Exception:  # a broken pack is reported where the personas are listed
            continue
        places.append((f"pack:{ep.name}", folder))
    for source, folder in reversed(places):  # the one a user file would now replace
        if any(folder.joinpath(f"{persona_id}{ext}").is_file() for ext in (".yaml", ".yml")):
            return source
    return None


def pack_folders(folder: Traversable) -> tuple[Traversable, ...]:
    """A pack's own templates: its ``prompts/`` folder, if it has one."""
    prompts = folder.joinpath("prompts")
    return (prompts,) if prompts.is_dir() else ()


def load_folder(
    folder: Traversable, source: str, failed: list[str] | None = None
) -> tuple[list[Entry], list[str]]:
    """Every persona in ``folder``; broken files become problems, not exceptions
    (and their paths are added to ``failed``, when given)."""
    entries: list[Entry] = []
    problems: list[str] = []
    if not folder.is_dir():
        return entries, problems
    folders = pack_folders(folder)
    seen: dict[str, str] = {}
    for item in sorted(folder.iterdir(), key=lambda e: e.name):
        if item.name.endswith((".yaml", ".yml")):
            try:
                entry = load_one(item, source, folders)
            except PersonaError as exc:
                problems.extend(exc.problems)
                if failed is not None:
                    failed.append(str(item))
                continue
            except Exception as exc:  # one broken file must never take the others down
                problems.append(f"{item}:1: cannot load it: {type(exc).__name__}: {exc}")
                if failed is not None:
                    failed.append(str(item))
                continue
            first = seen.setdefault(entry.persona.id, item.name)
            if first != item.name:
                problems.append(
                    f"{item}:1: id {entry.persona.id!r} is already defined by {first} in this "
                    "folder; this file is skipped (remove or rename one of them)"
                )
                continue
            entries.append(entry)
    return entries, problems


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when a persona file or a template in the folder's ``prompts/`` does."""
    try:
        files = sorted([*folder.glob("*.y*ml"), *folder.glob("prompts/*.j2")])
        return tuple(
            (str(f.relative_to(folder)), s.st_mtime_ns, s.st_size)
            for f in files
            for s in (f.stat(),)
        )
    except OSError:
        return ()


def _still_renders(entry: Entry) -> bool:
    """Whether a persona that loaded before renders with the templates as they are now
    (a broken ``prompts/`` template is no file to keep the last version of)."""
    from chatbot.persona.render import system_prompt

    try:
        for code in entry.persona.locales:
            system_prompt(entry.persona, code, folders=entry.folders)
    except Exception:  # whatever fails here, the persona is not kept
        return False
    return True


class PersonaRegistry:
    """``report``, if given, hears each problem once, when it first appears: a
    server passes one, so a file broken while it runs is named in its log."""

    def __init__(
        self,
        user_dir: Path | None = None,
        *,
        entry_points: bool = True,
        report: Callable[[str], None] | None = None,
    ) -> None:
        self.user_dir = user_dir or user_folder()
        self._report = report
        self._lock = threading.Lock()
        self._base: dict[str, Entry] = {}
        self._base_problems: list[str] = []
        self._user: dict[str, Entry] = {}
        self._user_problems: list[str] = []
        self._user_sig: tuple[tuple[str, int, int], ...] | None = None
        self._loading_sig: tuple[tuple[str, int, int], ...] | None = None
        self._load_base(entry_points)
        if report is not None:
            for problem in self._base_problems:
                report(problem)

    def _load_base(self, entry_points: bool) -> None:
        entries, problems = load_folder(resources.files("chatbot.personas"), "package")
        if entry_points:
            for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
                try:
                    target = ep.load()
                    folder = target if isinstance(target, Traversable) else resources.files(target)
                except Exception as exc:  # a broken pack must not take ours down
                    problems.append(f"persona pack {ep.name}: cannot load: {exc}")
                    continue
                more, bad = load_folder(folder, f"pack:{ep.name}")
                entries += more
                problems += bad
        self._base = {e.persona.id: e for e in entries}
        self._base_problems = problems

    def refresh(self) -> bool:
        """Re-read the user folder if it changed; True when it did.

        The folder is read outside the lock (a file may take its render budget to
        fail): meanwhile other requests go on with the personas as they were, and
        only one thread reads a given change.
        """
        sig = _signature(self.user_dir)
        with self._lock:
            if sig in (self._user_sig, self._loading_sig):
                return False
            self._loading_sig = sig
        try:
            failed: list[str] = []
            entries, problems = load_folder(self.user_dir, "user", failed)
            with self._lock:
                before = list(self._user.values())
            # A file broken while it is being edited keeps its last version that
            # loaded, so the persona does not vanish from the UI and the API meanwhile.
            loaded = {e.persona.id for e in entries}
            kept = [
                e
                for e in before
                if e.path in failed and e.persona.id not in loaded and _still_renders(e)
            ]
            if kept:
                problems.append(
                    f"{', '.join(e.path for e in kept)}: the last version that loaded is "
                    "used until the file is fixed"
                )
            entries += kept
            with self._lock:
                new = [p for p in problems if p not in self._user_problems]
                self._user = {e.persona.id: e for e in entries}
                self._user_problems = problems
                self._user_sig = sig
            if self._report is not None:
                for problem in new:
                    self._report(problem)
        finally:
            with self._lock:
                if self._loading_sig == sig:
                    self._loading_sig = None
        return True

    def entries(self) -> dict[str, Entry]:
        self.refresh()
        with self._lock:
            return {**self._base, **self._user}

    def problems(self) -> list[str]:
        self.refresh()
        with self._lock:
            return [*self._base_problems, *self._user_problems]

    def get(self, persona_id: str, *, searched: bool = False) -> Entry:
        """The persona ``persona_id``; a ConfigError naming the known ones if there is none,
        and with ``searched`` the folder searched too (for the command line: the UI shows
        the error to users, who have no business with the server's paths)."""
        found = self.entries().get(persona_id)
        if found is None:
            where = ""
            if searched:
                missing = "" if self.user_dir.is_dir() else " (no such folder)"
                where = (
                    f" in {self.user_dir}{missing} or among the shipped personas and "
                    "installed packs"
                )
                # A file of that name that did not load: say why, not that it is missing.
                name = re.compile(rf"(?:^|[/\\]){re.escape(persona_id)}\.ya?ml:")
                broken = [p for p in self.problems() if name.search(p.split(" ", 1)[0])]
                if broken:
                    raise ConfigError(
                        f"persona {persona_id!r} did not load: {broken[0]}"
                        + ("" if len(broken) == 1 else f" (and {len(broken) - 1} more problems)")
                        + "; fix the file (chatbot personas validate FILE checks it)"
                    )
            raise ConfigError(
                f"no persona {persona_id!r}{where}; known: {', '.join(sorted(self.entries()))}"
            )
        return found
