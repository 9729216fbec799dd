"""Character card files: the card JSON inside a ``.json`` file or a ``.png``.

A PNG card carries base64 JSON in a ``chara`` (V2) or ``ccv3`` (V3) text
chunk. Reading never decodes pixels and refuses what would take unbounded
memory (a zlib bomb, a huge file); writing puts the chunks into a picture
given, or a generated one. What the JSON means is :mod:`chatbot.persona.cards`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import struct
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chatbot.errors import ConfigError

if TYPE_CHECKING:
    from PIL import Image

MAX_FILE_BYTES = 32 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Other files users mistake for cards, by their first bytes.
_NOT_CARDS = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a WebP (RIFF) image"),
    (b"PK\x03\x04", "a ZIP archive (a CharX card?)"),
    (b"\xff\xfe", "UTF-16 text"),
    (b"\xfe\xff", "UTF-16 text"),
)


class CardError(ConfigError):
    """A file is not a character card we can read; the message says why."""


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
        # Keywords as other card readers take them: Chara is chara.
        key = body.partition(b"\0")[0].decode("latin-1").lower() if b"\0" in body else ""
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
    # As other card readers decode it: line breaks and missing padding are no error.
    text = "".join(value.split())
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CardError(f"the PNG's {name!r} chunk is not valid base64: {exc}") from exc
    try:
        card = json.loads(raw.decode("utf-8-sig"))  # a byte-order mark is no error either
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


# -- writing -------------------------------------------------------------------


def _avatar(seed: str) -> bytes:
    """A plain generated avatar: a colour from ``seed`` (an id), its initial in the middle."""
    from PIL import Image, ImageDraw

    digest = hashlib.sha256(seed.encode()).digest()
    img = Image.new("RGB", (400, 600), (digest[0], digest[1], digest[2]))
    draw = ImageDraw.Draw(img)
    draw.ellipse((100, 200, 300, 400), fill=(255 - digest[0], 255 - digest[1], 255 - digest[2]))
    draw.text((190, 285), seed[0].upper(), fill=(0, 0, 0))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


# Modes PNG stores as they are; any other (CMYK from print, YCbCr) is converted.
_PNG_MODES = {"1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"}


def _picture(image: Path) -> Image.Image:
    """The picture for a card, in a mode PNG can hold; a CardError if it is none."""
    from PIL import Image

    try:
        source: Image.Image = Image.open(image)
        source.load()
    except (OSError, Image.DecompressionBombError) as exc:  # UnidentifiedImageError is an OSError
        raise CardError(
            f"{image}: cannot read it as a picture ({exc}); --image takes a PNG, JPEG, GIF "
            "or WebP file"
        ) from exc
    if source.mode not in _PNG_MODES:
        alpha = "A" in source.mode or "a" in source.mode
        source = source.convert("RGBA" if alpha else "RGB")
    return source


def write_png(
    cards: dict[str, dict[str, Any]], path: Path, image: Path | None, *, avatar_seed: str
) -> None:
    """``cards`` (chunk name -> card JSON) in a PNG of ``image``, else a generated picture."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for key, card in cards.items():
        text = json.dumps(card, ensure_ascii=False)
        info.add_text(key, base64.b64encode(text.encode("utf-8")).decode("ascii"))
    source = _picture(image) if image else Image.open(io.BytesIO(_avatar(avatar_seed)))
    try:
        source.save(path, format="PNG", pnginfo=info)
    except OSError as exc:
        raise CardError(f"{path}: cannot write it: {exc}") from exc
