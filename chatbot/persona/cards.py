"""Character cards: import and export the formats chat users already trade.

Character Card V2 (``spec: chara_card_v2``) and V3 (``chara_card_v3``), as JSON
or inside a PNG (base64 JSON in the ``chara`` tEXt chunk for V2 and ``ccv3``
for V3). Our locale and register settings travel under
``data.extensions.chatbot``; other apps' extensions, and card fields we do not
use, are kept intact, so import → export → import loses nothing.

Card text is never treated as a template: it goes into the persona's ``vars``,
which are inserted as plain values, so a card cannot smuggle Jinja code in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import struct
import zlib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import ValidationError

from chatbot import locales
from chatbot.detect.language import detect
from chatbot.errors import ConfigError
from chatbot.locales.schema import Exchange
from chatbot.persona.loader import PersonaError, parse
from chatbot.persona.render import role_text
from chatbot.persona.schema import MAX_GREETING, CardExtras, LocaleSetup, Persona
from chatbot.plan.policy import RegisterPolicy

NAMESPACE = "chatbot"
Spec = Literal["chara_card_v2", "chara_card_v3"]
SPECS: dict[str, str] = {"chara_card_v2": "2.0", "chara_card_v3": "3.0"}
MAX_FIELD_CHARS = 100_000
MAX_FILE_BYTES = 32 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
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
# Other files users mistake for cards, by their first bytes.
_NOT_CARDS = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a WebP (RIFF) image"),
)


class CardError(ConfigError):
    """A file is not a character card we can read; the message says why."""


# -- reading -------------------------------------------------------------------


CARD_CHUNKS = ("ccv3", "chara")  # the text chunks a card lives in, newest spec first


def _png_text_chunks(data: bytes) -> dict[str, str]:
    """The card's tEXt/iTXt chunks of a PNG, read directly (no pixels decoded).

    Only ``CARD_CHUNKS`` are kept, and each is inflated at most once: a PNG may carry
    any number of other compressed chunks, which would otherwise inflate to gigabytes.
    """
    if not data.startswith(PNG_SIGNATURE):
        raise CardError("not a PNG file (bad signature)")
    chunks: dict[str, str] = {}
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length:
            raise CardError("truncated PNG: a chunk runs past the end of the file")
        pos += 12 + length
        key = body.partition(b"\0")[0].decode("latin-1") if b"\0" in body else ""
        if kind in (b"tEXt", b"iTXt") and (key not in CARD_CHUNKS or key in chunks):
            continue
        if kind == b"tEXt":
            chunks[key] = body.partition(b"\0")[2].decode("latin-1")
        elif kind == b"iTXt":
            _, _, rest = body.partition(b"\0")
            if len(rest) < 2:
                raise CardError(f"PNG iTXt chunk {key!r} is corrupt: it ends after its keyword")
            compressed, rest = rest[0], rest[2:]
            _lang, _, rest = rest.partition(b"\0")
            _tkey, _, text = rest.partition(b"\0")
            raw = _inflate(key, text) if compressed else text
            chunks[key] = raw.decode("utf-8", errors="replace")
        elif kind == b"IEND":
            break
    return chunks


def _inflate(key: str, data: bytes) -> bytes:
    """A compressed iTXt text, refused once it inflates past MAX_FILE_BYTES (a zlib bomb)."""
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(data, MAX_FILE_BYTES)
    except zlib.error as exc:
        raise CardError(f"PNG iTXt chunk {key!r} is corrupt: {exc}") from exc
    if inflater.unconsumed_tail:
        raise CardError(
            f"PNG iTXt chunk {key!r} inflates to more than {MAX_FILE_BYTES} bytes; refused"
        )
    return raw


def _decode_chunk(name: str, value: str) -> dict[str, Any]:
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CardError(f"the PNG's {name!r} chunk is not valid base64: {exc}") from exc
    try:
        card = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CardError(f"the PNG's {name!r} chunk does not hold JSON: {exc}") from exc
    except RecursionError as exc:  # "[[[[…" deeper than the parser goes
        raise CardError(f"the PNG's {name!r} chunk holds JSON nested too deeply") from exc
    if not isinstance(card, dict):
        raise CardError(f"the PNG's {name!r} chunk holds JSON that is not an object")
    return card


def parse_card_bytes(data: bytes) -> dict[str, Any]:
    """The card JSON from the bytes of a ``.json`` or ``.png`` file (V3 chunk before V2)."""
    for magic, kind in _NOT_CARDS:
        if data.startswith(magic):
            raise CardError(
                f"this is {kind}, whatever its name; character cards are PNG (with a 'chara' "
                "or 'ccv3' chunk) or JSON files. Export the card again as PNG or JSON"
            )
    if data.startswith(PNG_SIGNATURE):
        chunks = _png_text_chunks(data)
        for key in ("ccv3", "chara"):
            if key in chunks:
                return _decode_chunk(key, chunks[key])
        raise CardError("the PNG has no character card (no 'ccv3' or 'chara' text chunk)")
    try:
        card = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CardError(f"neither a PNG nor JSON: {exc}") from exc
    except RecursionError as exc:
        raise CardError("the JSON is nested too deeply") from exc
    if not isinstance(card, dict):
        raise CardError("the JSON is not an object")
    return card


def read_card(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CardError(f"{size} bytes; cards larger than {MAX_FILE_BYTES} are refused")
        return parse_card_bytes(path.read_bytes())
    except OSError as exc:
        raise CardError(f"{path}: cannot read: {exc}") from exc
    except CardError as exc:
        raise CardError(f"{path}: {exc}") from exc


def _card_data(card: dict[str, Any]) -> dict[str, Any]:
    spec = card.get("spec")
    if spec is None:
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
    ext = data.get("extensions", {})
    if not isinstance(ext, dict):
        raise CardError("card field data.extensions must be an object")
    return data


# -- card -> persona ------------------------------------------------------------


def _slug(name: str) -> str:
    ascii_part = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]
    digest = hashlib.sha256(name.encode()).hexdigest()[:6]
    return f"{ascii_part}-{digest}" if len(ascii_part) >= 2 else f"card-{digest}"


def _examples(mes_example: str) -> list[Exchange]:
    """``<START>`` blocks of ``{{user}}: …`` / ``{{char}}: …`` lines, as exchanges."""
    out: list[Exchange] = []
    for block in re.split(r"<START>", mes_example, flags=re.IGNORECASE):
        user = None
        for line in block.splitlines():
            m = re.match(r"\s*\{\{(user|char)\}\}\s*:\s*(.+)", line, flags=re.IGNORECASE)
            if m is None:
                continue
            if m.group(1).lower() == "user":
                user = m.group(2).strip()
            elif user is not None:
                out.append(Exchange(user=user, assistant=m.group(2).strip()))
                user = None
    return out[:12]


def _alternates(value: Any) -> list[str]:
    """``alternate_greetings`` as a list of non-empty texts; a lone string is one greeting."""
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [g[:MAX_GREETING] for g in items if isinstance(g, str) and g.strip()][:20]


def from_card(card: dict[str, Any], *, locale: str | None = None) -> Persona:
    """A persona from card JSON; our extension, when present, restores it exactly."""
    data = _card_data(card)
    extensions = dict(data.get("extensions") or {})
    ours = extensions.pop(NAMESPACE, None)
    leftovers = {k: v for k, v in data.items() if k not in MAPPED}
    # V1 mirrors are kept as names only: export rewrites them from ``data``, and a copy
    # of the card's text would double the persona file.
    top = {k: None if k in V1_FIELDS else v for k, v in card.items() if k not in ENVELOPE}
    extras = CardExtras(fields=leftovers, extensions=extensions, top=top)
    try:
        if isinstance(ours, dict) and isinstance(ours.get("persona"), dict):
            restored = Persona.model_validate(ours["persona"])
            return restored.model_copy(update={"card": extras})
        name = data["name"].strip()
        texts = {
            k: data[k] for k in TEXT_FIELDS if isinstance(data.get(k), str) and data[k].strip()
        }
        greeting = str(data.get("first_mes") or "").strip() or f"{name}."
        sample = " ".join([greeting, *texts.values()])[:2000]
        code = locale or detect(sample, among=locales.available()).locale or "en"
        spec = locales.get(code)
        if spec is None:
            raise CardError(f"the card reads as {code!r}, which has no locale; pass --locale")
        body = (
            "\n\n".join(
                f"{'' if k == 'description' else k.replace('_', ' ').capitalize() + ': '}{{{{ {k} }}}}"
                for k in texts
            )
            or f"You are {name}."
        )
        return Persona(
            id=_slug(name),
            name={"en": name},
            persona=body,
            vars=texts,
            locales={
                code: LocaleSetup(
                    policy=RegisterPolicy(level=spec.default_level),
                    greeting=greeting[:MAX_GREETING],
                    alternate_greetings=_alternates(data.get("alternate_greetings")),
                    examples=_examples(str(data.get("mes_example") or "")),
                )
            },
            card=extras,
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CardError(f"the card does not fit a persona: {where}: {first['msg']}") from exc


def persona_yaml(persona: Persona, source: str) -> str:
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
    try:
        parse(text, source)
    except PersonaError as exc:
        problems = "\n".join(f"  {p}" for p in exc.problems)
        raise CardError(f"the card does not make a valid persona file:\n{problems}") from exc
    return text


def import_file(path: Path, *, locale: str | None = None) -> Persona:
    card = read_card(path)
    try:
        return from_card(card, locale=locale)
    except CardError as exc:
        raise CardError(f"{path}: {exc}") from exc


# -- persona -> card ------------------------------------------------------------


def _mes_example(examples: list[Exchange]) -> str:
    return "\n".join(
        f"<START>\n{{{{user}}}}: {e.user}\n{{{{char}}}}: {e.assistant}" for e in examples
    )


def to_card(persona: Persona, spec: Spec = "chara_card_v3") -> dict[str, Any]:
    primary = persona.locales[persona.primary_locale]
    # Cards have one language; the other locales' greetings ride along as alternates.
    others = [s.greeting for code, s in persona.locales.items() if code != persona.primary_locale]
    extras = persona.card or CardExtras()
    texts = {k: persona.vars.get(k, "") for k in TEXT_FIELDS}
    if not any(texts.values()):
        texts["description"] = role_text(persona).strip()
    ours = persona.model_dump(mode="json", by_alias=True, exclude={"card"}, exclude_none=True)
    data: dict[str, Any] = {
        "name": persona.display_name("en"),
        **texts,
        "first_mes": primary.greeting,
        "mes_example": _mes_example(list(primary.examples)),
        "creator_notes": persona.description.get("en", ""),
        "alternate_greetings": [*primary.alternate_greetings, *others],
        "tags": [],
        "creator": "",
        "character_version": "",
        **extras.fields,
        "extensions": {**extras.extensions, NAMESPACE: {"persona": ours}},
    }
    if spec == "chara_card_v3":
        data.setdefault("group_only_greetings", [])
        data.setdefault(
            "assets", [{"type": "icon", "uri": "ccdefault:", "name": "main", "ext": "png"}]
        )
    # Top-level keys the card came with, V1 mirrors brought up to date with `data`.
    top = {k: data.get(k, v) if k in V1_FIELDS else v for k, v in extras.top.items()}
    return {**top, "spec": spec, "spec_version": SPECS[spec], "data": data}


def _avatar(persona: Persona) -> bytes:
    """A plain generated avatar: a colour from the id, the initial in the middle."""
    from PIL import Image, ImageDraw

    digest = hashlib.sha256(persona.id.encode()).digest()
    img = Image.new("RGB", (400, 600), (digest[0], digest[1], digest[2]))
    draw = ImageDraw.Draw(img)
    draw.ellipse((100, 200, 300, 400), fill=(255 - digest[0], 255 - digest[1], 255 - digest[2]))
    draw.text((190, 285), persona.id[0].upper(), fill=(0, 0, 0))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def export_png(persona: Persona, path: Path, image: Path | None = None) -> None:
    """A PNG carrying both chunks: ``chara`` (V2) and ``ccv3`` (V3)."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    source = Image.open(image) if image else Image.open(io.BytesIO(_avatar(persona)))
    info = PngInfo()
    chunks: tuple[tuple[str, Spec], ...] = (("chara", "chara_card_v2"), ("ccv3", "chara_card_v3"))
    for key, spec in chunks:
        card = json.dumps(to_card(persona, spec), ensure_ascii=False).encode("utf-8")
        info.add_text(key, base64.b64encode(card).decode("ascii"))
    source.save(path, format="PNG", pnginfo=info)


def export_json(persona: Persona, path: Path, spec: Spec = "chara_card_v3") -> None:
    path.write_text(json.dumps(to_card(persona, spec), ensure_ascii=False, indent=2), "utf-8")
