"""Character cards: import and export the formats chat users already trade.

Character Card V2 (``spec: chara_card_v2``) and V3 (``chara_card_v3``), as JSON
or inside a PNG (the files themselves: :mod:`chatbot.persona.card_files`). Our locale and register settings travel under
``data.extensions.chatbot``; other apps' extensions, and card fields we do not
use, are kept intact, so import → export → import loses nothing.

Card text is never treated as a template: it goes into the persona's ``vars``,
which are inserted as plain values, so a card cannot smuggle Jinja code in.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import ValidationError

from chatbot import locales
from chatbot.check.language import own_scripts
from chatbot.detect.language import detect, script_of
from chatbot.detect.register import analyze
from chatbot.errors import ConfigError
from chatbot.locales.schema import Exchange
from chatbot.persona.card_files import (
    CardError,
    read_card,
    write_png,
)
from chatbot.persona.loader import MAX_FILE_BYTES, PersonaError, parse, problem_message
from chatbot.persona.macros import MACRO
from chatbot.persona.render import role_text
from chatbot.persona.schema import MAX_GREETING, CardExtras, LocaleSetup, Persona
from chatbot.plan.policy import RegisterPolicy

NAMESPACE = "chatbot"
Spec = Literal["chara_card_v2", "chara_card_v3"]
SPECS: dict[str, str] = {"chara_card_v2": "2.0", "chara_card_v3": "3.0"}
MAX_FIELD_CHARS = 100_000
MAX_ALTERNATES = 20  # alternate greetings a persona keeps
DETECT_CONFIDENCE = 0.8  # below it, a card's language is a guess: English, with a note
SAID_LETTERS = 8  # letters of greeting and dialogue that are enough to tell the language by
# The text fields we map; everything else in `data` is carried in CardExtras.fields.
TEXT_FIELDS = (
    "description",
    "personality",
    "scenario",
    "system_prompt",
    "post_history_instructions",
)
MAPPED = {"name", "first_mes", "alternate_greetings", "mes_example", "extensions", *TEXT_FIELDS}
# The card's own keys; any other top-level key (V1 fields that apps mirror there,
# an app's state such as ``avatar`` or ``create_date``) is kept in CardExtras.top.
ENVELOPE = ("spec", "spec_version", "data")
# V1 fields: their top-level mirrors are rewritten from ``data`` on export.
V1_FIELDS = ("name", "description", "personality", "scenario", "first_mes", "mes_example")


# -- reading -------------------------------------------------------------------


def _card_data(card: dict[str, Any]) -> dict[str, Any]:
    spec = card.get("spec")
    if spec is None:
        if {"name", "first_mes"} <= set(card):
            raise CardError(
                "this is a V1 (TavernAI) card, which has no 'spec' field: open it in "
                "SillyTavern and export it again, which writes a V2 card"
            )
        raise CardError(
            "not a character card: no 'spec' field (expected chara_card_v2 or chara_card_v3)"
        )
    if spec not in SPECS:
        raise CardError(f"unsupported card spec {spec!r}; expected chara_card_v2 or chara_card_v3")
    data = card.get("data")
    if not isinstance(data, dict):
        raise CardError(f"{spec} card without a 'data' object")
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        raise CardError(f"{spec} card without a name (data.name)")
    for key, value in data.items():
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            raise CardError(
                f"card field data.{key} is {len(value)} characters; the limit is {MAX_FIELD_CHARS}"
            )
    ext = data.get("extensions") or {}  # some apps write null for none
    if not isinstance(ext, dict):
        raise CardError("card field data.extensions must be an object")
    return data


# -- card -> persona ------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    """A persona made from a card, and what the import decided that its user should hear."""

    persona: Persona
    notes: tuple[str, ...] = ()


def _slug(name: str) -> str:
    """An id from a card's name: its letters without accents (Lucía: lucia-…), and a
    digest of the whole name; a name with no Latin letters is card-<digest>."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    ascii_part = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha256(name.encode()).hexdigest()[:6]
    return f"{ascii_part}-{digest}" if len(ascii_part) >= 2 else f"card-{digest}"


_SPEAKER = re.compile(r"[ \t]*\{\{\s*(user|char)\s*\}\}[ \t]*:[ \t]*", re.IGNORECASE)


def _messages(block: str) -> list[tuple[str, str]]:
    """(speaker, text) of one ``<START>`` block; a message runs on until the next speaker."""
    turns: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        m = _SPEAKER.match(line)
        if m is not None:
            turns.append((m.group(1).lower(), [line[m.end() :]]))
        elif turns:
            turns[-1][1].append(line)
    return [(who, "\n".join(lines).strip()) for who, lines in turns]


def _examples(mes_example: str) -> list[Exchange]:
    """``<START>`` blocks of ``{{user}}: …`` / ``{{char}}: …`` messages, as exchanges.

    Lines after a speaker's line belong to that message. Messages of one
    speaker in a row are one turn, joined by a line break. A reply with no user
    message before it (a character opening the scene) has no exchange to go
    in: the card's own text keeps it (see ``_verbatim``).
    """
    out: list[Exchange] = []
    for block in re.split(r"<START>", mes_example, flags=re.IGNORECASE):
        turns: list[tuple[str, str]] = []
        for who, text in _messages(block):
            if not text:
                continue
            if turns and turns[-1][0] == who:
                turns[-1] = (who, f"{turns[-1][1]}\n{text}")
            else:
                turns.append((who, text))
        user = None
        for who, text in turns:
            if who == "user":
                user = text
            elif user is not None:
                out.append(Exchange(user=user, assistant=text))
                user = None
    return out[:12]


def _mes_example(examples: list[Exchange]) -> str:
    return "\n".join(
        f"<START>\n{{{{user}}}}: {e.user}\n{{{{char}}}}: {e.assistant}" for e in examples
    )


# TavernAI's <USER>/<BOT> are the older spellings of {{user}}/{{char}};
# SillyTavern's {{original}} in a card's system prompt stands for the app's own
# default prompt, which a persona has no use for (ours is the register layer's).
_LEGACY = (("<USER>", "{{user}}"), ("<BOT>", "{{char}}"), ("{{original}}", ""))


def _modern(text: str) -> str:
    """``text`` with the older card macros written as ours, {{original}} dropped."""
    original = "{{original}}" in text.lower()
    for old, new in _LEGACY:
        text = re.sub(re.escape(old), new, text, flags=re.IGNORECASE)
    return text.strip() if original else text


# A card's prompt fields whose {{original}} (the app's own prompt, added to, not
# replaced) is kept for export: dropped, the card would replace it instead.
ORIGINAL_FIELDS = ("system_prompt", "post_history_instructions")


def _legacy_macros(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the older card macros in its texts written as ours (or dropped)."""
    modern = _modern
    out = dict(data)
    for key in ("first_mes", "mes_example", *TEXT_FIELDS):
        if isinstance(out.get(key), str):
            out[key] = modern(out[key])
    if isinstance(out.get("alternate_greetings"), list):
        out["alternate_greetings"] = [
            modern(g) if isinstance(g, str) else g for g in out["alternate_greetings"]
        ]
    return out


def _cut(data: dict[str, Any]) -> list[str]:
    """What the import leaves out of a card, said rather than done silently."""
    notes = []
    first = data.get("first_mes")
    if isinstance(first, str) and len(first.strip()) > MAX_GREETING:
        notes.append(
            f"first_mes is {len(first.strip())} characters: the greeting keeps the first "
            f"{MAX_GREETING}"
        )
    greetings = data.get("alternate_greetings")
    if isinstance(greetings, list):
        texts = [g for g in greetings if isinstance(g, str) and g.strip()]
        if len(texts) > MAX_ALTERNATES:
            notes.append(
                f"alternate_greetings holds {len(texts)}: the first {MAX_ALTERNATES} are kept"
            )
        if any(len(g) > MAX_GREETING for g in texts[:MAX_ALTERNATES]):
            notes.append(f"alternate greetings longer than {MAX_GREETING} characters are cut")
    for key in ("first_mes", "mes_example", *TEXT_FIELDS):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            notes.append(f"{key} is a {type(value).__name__}, not text: it is left out")
        elif isinstance(value, str) and "{{original}}" in value.lower():
            notes.append(
                f"{key}: {{{{original}}}} (the app's own default prompt) is left out of the "
                "prompt here, and kept in the card for export"
            )
    return notes


# Any ``{{…}}`` of a card app: SillyTavern's {{time}}, {{date}}, {{random::a::b}}, {{// note}}.
_ANY_MACRO = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_FILLED = {"char", "user", "original"}  # ours, and {{original}}, which _cut names
SHOWN = ("first_mes", "alternate_greetings")  # what the user sees as it is written


def _unused(data: dict[str, Any]) -> list[str]:
    """What a card keeps that does nothing here, said rather than left to surprise."""
    notes = []
    book = data.get("character_book")
    entries = book.get("entries") if isinstance(book, dict) else None
    if isinstance(entries, list) and entries:
        notes.append(
            f"character_book (a lorebook of {len(entries)} "
            f"entr{'y' if len(entries) == 1 else 'ies'}) is kept for export, but "
            "a persona does not use it: put what the character must know in the description"
        )
    depth = (data.get("extensions") or {}).get("depth_prompt")
    if isinstance(depth, dict) and isinstance(depth.get("prompt"), str) and depth["prompt"].strip():
        notes.append(
            "extensions.depth_prompt (text the app inserts into the chat) is kept for export, "
            "but a persona does not use it: put it in the description to have the model see it"
        )
    for key in (*SHOWN, "mes_example", *TEXT_FIELDS):
        value = data.get(key)
        texts = value if isinstance(value, list) else [value]
        found = dict.fromkeys(
            m.group(0)
            for text in texts
            if isinstance(text, str)
            for m in _ANY_MACRO.finditer(text)
            if m.group(1).lower() not in _FILLED
        )
        if found:
            who = "the user sees" if key in SHOWN else "the model reads"
            one = len(found) == 1
            notes.append(
                f"{key}: {', '.join(list(found)[:5])} {'is a macro' if one else 'are macros'} "
                f"of another app: only {{{{char}}}} and {{{{user}}}} are filled, so {who} "
                f"{'it' if one else 'them'} as written; replace {'it' if one else 'them'} with text"
            )
    return notes


def _verbatim(mes_example: str, examples: list[Exchange]) -> bool:
    """Whether the card's own ``mes_example`` must be kept: its exchanges do not rebuild it."""
    return mes_example != _mes_example(examples)


def _alternates(value: Any) -> list[str]:
    """``alternate_greetings`` as a list of non-empty texts; a lone string is one greeting."""
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [g[:MAX_GREETING] for g in items if isinstance(g, str) and g.strip()][:MAX_ALTERNATES]


def _texts(data: dict[str, Any]) -> dict[str, str]:
    """The card's non-empty text fields, in TEXT_FIELDS order."""
    return {k: data[k] for k in TEXT_FIELDS if isinstance(data.get(k), str) and data[k].strip()}


def _body(texts: dict[str, str]) -> str:
    """The role text of an imported card: a template over its text fields, never their text."""
    parts = (
        f"{'' if k == 'description' else k.replace('_', ' ').capitalize() + ': '}{{{{ {k} }}}}"
        for k in texts
    )
    return "\n\n".join(parts) or "You are {{ name }}."


def _body_vars(texts: dict[str, str], name: str) -> dict[str, str]:
    """The vars :func:`_body` reads: the texts, else the card's name (a value, never a template)."""
    return texts or {"name": name}


def _unmacro(text: str, name: str) -> str:
    """Card text for the analyzers: ``{{char}}`` is the name, ``{{user}}`` goes."""
    return MACRO.sub(lambda m: name if m.group(1).lower() == "char" else "", text)


def _read_level(code: str, texts: list[str]) -> tuple[str, str]:
    """The level the greeting and example replies are written in, and how it was found.

    Only readings whose words show a level vote (a default or a guess would
    vote for the unmarked level whatever the text); the most votes win, the
    greeting first on a tie; with no vote, the locale's default level.
    """
    spec = locales.get(code)
    assert spec is not None
    readings = [analyze(t, code) for t in texts if t.strip()]
    votes = Counter(r.level for r in readings if r.level is not None and r.marked)
    if not votes:
        return spec.default_level, "no greeting or example showed a level: the locale's default"
    level, count = votes.most_common(1)[0]
    return level, f"read from the greeting and examples ({count} of {len(readings)} texts)"


def _new(data: dict[str, Any], examples: list[Exchange], locale: str | None) -> Imported:
    """A persona from a card that has none of our settings."""
    name = data["name"].strip()
    texts = _texts(data)
    first = data.get("first_mes")
    first = first.strip() if isinstance(first, str) else ""
    greeting = first  # none: the chat opens with the user's message, as card apps do
    alternates = _alternates(data.get("alternate_greetings"))
    dialogue = [*alternates, *(t for e in examples for t in (e.assistant, e.user))]
    # What the persona says tells its language best; the description may be in English.
    sample = _unmacro(" ".join([greeting, *dialogue, *texts.values()]), "")[:2000]
    said = _unmacro(" ".join([greeting, *dialogue]), "")[:2000]  # what the character says
    guessed: list[str] = []
    if locale is not None:  # as the API reads a tag: pt-BR and PT are pt
        code = locale if locales.get(locale) is not None else locales.language(locale)
        if locales.get(code) is None:
            raise CardError(locales.missing(locale))
    else:
        # The character's own words tell its language best; a description is often
        # English whatever the language of the chat.
        text = said if sum(c.isalpha() for c in said) >= SAID_LETTERS else sample
        found = detect(text, among=locales.available())
        code = found.locale or "en"
        scripts = Counter(script_of(c) for c in text if c.isalpha())
        main = scripts.most_common(1)[0][0] if scripts else None
        # A script only that locale writes names it however short the text (你好！,
        # Привет!); short Latin text does not ("Hello!" reads as Italian), nor a
        # script none of ours writes (Arabic, Greek).
        own = main not in (None, "latin") and main in own_scripts(code)
        if found.confidence < DETECT_CONFIDENCE and not own:
            guessed.append(
                f"the card's text is too short, or in a script none of the locales "
                f"writes, to tell its language (read as {found.locale or '?'} with "
                f"confidence {found.confidence:.2f}): imported as en; pass --locale to choose"
            )
            code = "en"
        elif locales.get(code) is None:
            guessed.append(
                f"the card reads as {code!r}, which has no locale, so it was imported as "
                f"English (en); pass --locale to choose another ({', '.join(locales.available())})"
            )
            code = "en"
    spoken = [greeting] if first else []
    spoken += [e.assistant for e in examples]
    level, how = _read_level(code, [_unmacro(t, name) for t in spoken])
    persona = Persona(
        id=_slug(name),
        name={"en": name},
        persona=_body(texts),
        vars=_body_vars(texts, name),
        locales={
            code: LocaleSetup(
                policy=RegisterPolicy(level=level),
                greeting=greeting[:MAX_GREETING],
                alternate_greetings=alternates,
                examples=examples,
            )
        },
    )
    return Imported(persona, (*guessed, f"locale {code}, register {level}: {how}"))


def _role(persona: Persona, folders: tuple[Traversable, ...]) -> str | None:
    """The persona's role text as export writes it, or None when it cannot render here."""
    try:
        return role_text(persona, folders=folders, for_card=True).strip()
    except ConfigError:  # its template is not among these folders
        return None


def _restore(
    restored: Persona,
    data: dict[str, Any],
    examples: list[Exchange],
    folders: tuple[Traversable, ...],
) -> Imported:
    """Our persona from the card's extension, with what was edited in another app since.

    Each card field that differs from what :func:`to_card` writes for the
    persona is taken from the card; our locales, register policies and forms of
    address stay as the extension has them.
    """
    code = restored.primary_locale
    primary = restored.locales[code]
    update: dict[str, Any] = {}
    setup: dict[str, Any] = {}
    taken: list[str] = []
    name = data["name"].strip()
    if name != restored.display_name("en"):
        update["name"] = {**restored.name, "en": name}
        taken.append("name")
    first = data.get("first_mes")
    greeting = first.strip() if isinstance(first, str) else ""
    if greeting != primary.greeting.strip():
        setup["greeting"] = greeting[:MAX_GREETING]
        taken.append("first_mes")
    others = [s.greeting for c, s in restored.locales.items() if c != code]
    alternates = _alternates(data.get("alternate_greetings"))
    if alternates != _alternates([*primary.alternate_greetings, *others]):
        # Our other locales' greetings ride along at the end; they are not this one's.
        setup["alternate_greetings"] = [g for g in alternates if g not in others]
        taken.append("alternate_greetings")
    # Compared as read back, so a reply with a trailing line break is no edit.
    if examples != _examples(_mes_example(list(primary.examples))):
        setup["examples"] = examples
        taken.append("mes_example")
    card = {k: data[k] if isinstance(data.get(k), str) else "" for k in TEXT_FIELDS}
    ours = {k: restored.vars.get(k, "") for k in TEXT_FIELDS}
    from_vars = any(ours.values())
    role = _role(restored, folders)
    if not from_vars:  # export wrote the rendered role text as the description
        ours["description"] = role or ""
    edited = [k for k in TEXT_FIELDS if card[k] != ours[k]]
    notes: list[str] = []
    if role is None:
        notes.append(
            f"template {restored.template!r} is not in this folder's prompts/: the card's "
            "description is the role text (put the template there and import again to keep it)"
            if restored.template is not None
            else "the persona's role text does not render here: the card's description is used"
        )
    elif edited:
        taken += edited
    if role is None or (edited and not from_vars):
        # The role text came from a template (or a persona text over other vars):
        # it becomes a body over the card's texts, as a plain card import makes.
        texts = _texts(card)
        update["vars"] = {**restored.vars, **_body_vars(texts, name)}
        update["persona"], update["template"] = _body(texts), None
    elif edited:
        update["vars"], update["persona"] = _edit_vars(restored, name, card, edited)
    persona = restored.model_copy(
        update={**update, "locales": {**restored.locales, code: primary.model_copy(update=setup)}}
    )
    if taken:
        notes.insert(0, f"taken from the card (edited since it was exported): {', '.join(taken)}")
    # Validated again: the card's texts are new input.
    data = persona.model_dump(by_alias=True, exclude_none=True)
    return Imported(Persona.model_validate(data), tuple(notes))


def _edit_vars(
    restored: Persona, name: str, card: dict[str, str], edited: list[str]
) -> tuple[dict[str, str], str | None]:
    """The persona's vars with the card's edited texts, and its role text to match."""
    old = _texts({k: restored.vars.get(k, "") for k in TEXT_FIELDS})
    new = _texts(card)
    body = restored.persona
    if body is not None and body == _body(old):
        # The body a card import made: made again over the texts the card has now.
        kept = {k: v for k, v in restored.vars.items() if k not in TEXT_FIELDS}
        return {**kept, **_body_vars(new, name)}, _body(new)
    vars_ = {**restored.vars, **{k: card[k] for k in edited}}
    for k in edited:  # a text the role does not use yet is added to it
        if body is not None and k in new and not re.search(rf"\{{\{{\s*{k}\s*\}}\}}", body):
            body += f"\n\n{_body({k: new[k]})}"
    return vars_, body


def read_persona(
    card: dict[str, Any],
    *,
    locale: str | None = None,
    folders: tuple[Traversable, ...] = (),
) -> Imported:
    """A persona from card JSON, with notes on what the import decided.

    Our extension, when present, restores the persona; fields edited in
    another app since still win. ``folders`` are where the persona file will
    find templates (its folder's ``prompts/``).
    """
    raw = _card_data(card)
    data = _legacy_macros(raw)
    extensions = dict(data.get("extensions") or {})
    ours = extensions.pop(NAMESPACE, None)
    if isinstance(ours, dict) and set(ours) - {"persona"}:
        # Another app's keys under the same name: kept beside ours.
        extensions[NAMESPACE] = {k: v for k, v in ours.items() if k != "persona"}
    leftovers = {k: v for k, v in data.items() if k not in MAPPED}
    for key in ORIGINAL_FIELDS:
        value = raw.get(key)
        if isinstance(value, str) and "{{original}}" in value.lower():
            leftovers[key] = value  # as written, for export (see to_card)
    mes = data.get("mes_example")
    mes = mes if isinstance(mes, str) else ""
    try:
        examples = _examples(mes)
        notes: list[str] = []
        if _verbatim(mes, examples):
            # Kept as written, so export gives it back unchanged (see to_card).
            leftovers["mes_example"] = mes
            notes.append(
                f"mes_example does not map exactly onto example turns: the model sees the "
                f"{len(examples)} read from it; the card's own text is kept for export"
            )
        # V1 mirrors are kept as names only: export rewrites them from ``data``, and a
        # copy of the card's text would double the persona file.
        top = {k: None if k in V1_FIELDS else v for k, v in card.items() if k not in ENVELOPE}
        extras = CardExtras(fields=leftovers, extensions=extensions, top=top)
        if isinstance(ours, dict) and isinstance(ours.get("persona"), dict):
            try:
                saved = Persona.model_validate(ours["persona"])
            except ValidationError as exc:
                raise CardError(
                    f"the card's {NAMESPACE} extension (data.extensions.{NAMESPACE}.persona) "
                    f"is not a persona this version reads: {_first_problem(exc)}; remove "
                    "the extension to import the card as one from another app"
                ) from exc
            made = _restore(saved, data, examples, folders)
        else:
            made = _new(data, examples, locale)
        persona = made.persona.model_copy(update={"card": extras})
        return Imported(persona, (*made.notes, *notes, *_cut(raw), *_unused(raw)))
    except ValidationError as exc:
        # A card's text fields are the persona's vars: name them as the card does.
        problem = re.sub(
            r"^vars\.(\w+):",
            lambda m: f"data.{m.group(1)}:" if m.group(1) in TEXT_FIELDS else m.group(),
            _first_problem(exc),
        )
        raise CardError(f"the card does not fit a persona: {problem}") from exc


def _first_problem(exc: ValidationError) -> str:
    """The first of pydantic's problems as ``field: message``, without its "Value error, "."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    message = problem_message(first)
    return f"{where}: {message}" if where else message


def from_card(
    card: dict[str, Any], *, locale: str | None = None, folders: tuple[Traversable, ...] = ()
) -> Persona:
    """A persona from card JSON (see :func:`read_persona`)."""
    return read_persona(card, locale=locale, folders=folders).persona


def persona_yaml(persona: Persona, source: str, folders: tuple[Traversable, ...] = ()) -> str:
    """The persona file for an imported card, checked as the registry will load it.

    A card can pass every card check and still make a file the loader refuses
    (too large, a level its locale lacks in our extension); that fails here,
    before anything is written, naming what to change.
    """
    try:
        data = persona.model_dump(mode="json", by_alias=True, exclude_none=True)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    except (ValueError, RecursionError) as exc:  # pydantic's depth limit, or PyYAML's stack
        raise CardError(f"the card nests its data too deeply to save: {exc}") from exc
    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        raise CardError(_too_large(persona, size))
    try:
        parse(text, source, folders)
    except PersonaError as exc:
        problems = "\n".join(f"  {p}" for p in exc.problems)
        raise CardError(f"the card does not make a valid persona file:\n{problems}") from exc
    return text


def _too_large(persona: Persona, size: int) -> str:
    """Why a card makes a persona file over the loader's limit, and what to do."""
    extras = persona.card or CardExtras()
    kept = {**extras.fields, **{f"extensions.{k}": v for k, v in extras.extensions.items()}}
    sizes = sorted(
        ((len(json.dumps(v, ensure_ascii=False).encode("utf-8")), k) for k, v in kept.items()),
        reverse=True,
    )
    biggest = ", ".join(f"{k} ({n // 1024} KiB)" for n, k in sizes[:2] if n >= 1024)
    fix = (
        "; a persona does not use the lorebook: import with --no-lorebook to leave it out"
        if sizes and sizes[0][1] == "character_book"
        else "; shorten the card's texts in the app it came from"
    )
    return (
        f"the persona file would be {size // 1024} KiB, over the {MAX_FILE_BYTES // 1024} KiB "
        f"a persona file may hold" + (f"; most of it is {biggest}" if biggest else "") + fix
    )


def import_card(
    path: Path, *, locale: str | None = None, folders: tuple[Traversable, ...] = ()
) -> Imported:
    card = read_card(path)
    try:
        made = read_persona(card, locale=locale, folders=folders)
    except CardError as exc:
        raise CardError(f"{path}: {exc}") from exc
    if path.suffix.lower() == ".png":
        picture = "the card's picture is not kept: export writes a generated one, or pass --image"
        return Imported(made.persona, (*made.notes, picture))
    return made


def import_file(
    path: Path, *, locale: str | None = None, folders: tuple[Traversable, ...] = ()
) -> Persona:
    return import_card(path, locale=locale, folders=folders).persona


# -- persona -> card ------------------------------------------------------------


def to_card(
    persona: Persona, spec: Spec = "chara_card_v3", *, folders: tuple[Traversable, ...] = ()
) -> dict[str, Any]:
    """The card JSON; ``folders`` are where the persona's template is (its pack's ``prompts/``)."""
    primary = persona.locales[persona.primary_locale]
    # Cards have one language; the other locales' greetings ride along as alternates.
    others = [s.greeting for code, s in persona.locales.items() if code != persona.primary_locale]
    extras = persona.card or CardExtras()
    fields = dict(extras.fields)
    examples = list(primary.examples)
    # The card's own mes_example, kept on import, while the examples are still those read from it.
    kept = fields.pop("mes_example", None)
    mes = kept if isinstance(kept, str) and _examples(kept) == examples else _mes_example(examples)
    texts = {k: persona.vars.get(k, "") for k in TEXT_FIELDS}
    for key in ORIGINAL_FIELDS:
        # The card's own text with its {{original}}, while the persona's is still what
        # the import made of it.
        kept = fields.pop(key, None)
        if isinstance(kept, str) and _modern(kept) == texts[key]:
            texts[key] = kept
    if not any(texts.values()):
        texts["description"] = role_text(persona, folders=folders, for_card=True).strip()
    ours = persona.model_dump(mode="json", by_alias=True, exclude={"card"}, exclude_none=True)
    data: dict[str, Any] = {
        "name": persona.display_name("en"),
        **texts,
        "first_mes": primary.greeting,
        "mes_example": mes,
        "creator_notes": persona.description.get("en", ""),
        "alternate_greetings": [*primary.alternate_greetings, *others],
        "tags": [],
        "creator": "",
        "character_version": "",
        **fields,
        "extensions": {
            **extras.extensions,
            NAMESPACE: {**extras.extensions.get(NAMESPACE, {}), "persona": ours},
        },
    }
    if spec == "chara_card_v3":
        data.setdefault("group_only_greetings", [])
        data.setdefault(
            "assets", [{"type": "icon", "uri": "ccdefault:", "name": "main", "ext": "png"}]
        )
    # Top-level keys the card came with, V1 mirrors brought up to date with `data`.
    top = {k: data.get(k, v) if k in V1_FIELDS else v for k, v in extras.top.items()}
    return {**top, "spec": spec, "spec_version": SPECS[spec], "data": data}


def export_png(
    persona: Persona,
    path: Path,
    image: Path | None = None,
    *,
    folders: tuple[Traversable, ...] = (),
) -> None:
    """A PNG carrying both chunks: ``chara`` (V2) and ``ccv3`` (V3)."""
    cards = {
        "chara": to_card(persona, "chara_card_v2", folders=folders),
        "ccv3": to_card(persona, "chara_card_v3", folders=folders),
    }
    write_png(cards, path, image, avatar_seed=persona.id)


def export_json(
    persona: Persona,
    path: Path,
    spec: Spec = "chara_card_v3",
    *,
    folders: tuple[Traversable, ...] = (),
) -> None:
    text = json.dumps(to_card(persona, spec, folders=folders), ensure_ascii=False, indent=2)
    try:
        path.write_text(text, "utf-8")
    except OSError as exc:
        raise CardError(f"{path}: cannot write it: {exc}") from exc
