"""Read the register of a text: ``analyze(text, locale) -> Reading``.

Each locale file names its analyzer. Analyzers are found through the
``chatbot.analyzers`` entry-point group, the same path a third-party package
uses to add one; ours are declared in this project's ``pyproject.toml``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import threading
import unicodedata
from importlib import metadata
from typing import Protocol

from chatbot import locales
from chatbot.detect.code import prose_of
from chatbot.detect.register.reading import Evidence, Misuse, Reading
from chatbot.detect.register.roleplay import speech_of
from chatbot.detect.register.threads import own_part
from chatbot.locales.schema import LocaleSpec

__all__ = [
    "OWN_VARIETY",
    "Analyzer",
    "Evidence",
    "Misuse",
    "Reading",
    "analyze",
    "analyzer_for",
    "as_variety",
    "clean",
    "installed_analyzers",
    "said",
    "variety_of",
]

ENTRY_POINT_GROUP = "chatbot.analyzers"

# Register shows within the first sentences; reading a whole book costs time and
# says nothing new, so very long texts are read up to this many characters.
MAX_CHARS = 8000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
_MARKUP = re.compile(r"<[^<>]{0,200}>")


class Analyzer(Protocol):
    def __call__(self, text: str, spec: LocaleSpec) -> Reading: ...


def clean(text: str) -> str:
    """NFC-normalise; blank out control characters and markup tags.

    Replacement keeps the length, so evidence spans still index the caller's text.
    """
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def said(text: str) -> str:
    """What ``text`` says to its reader, every offset kept: not the code it
    carries (detect/code.py), role-play narration (roleplay.py) or the message
    it quotes (threads.py). Register and language are read from this."""
    return own_part(speech_of(prose_of(text)))


@functools.cache
def analyzer_for(name: str) -> Analyzer | None:
    """The analyzer a locale names (``analyzer: rules``), or None when none is installed."""
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP, name=name):
        loaded: Analyzer = ep.load()
        return loaded
    return None


def installed_analyzers() -> list[str]:
    """The analyzer names a locale may give (``analyzer: rules``)."""
    return sorted({ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)})


def variety_of(text: str, locale: str) -> str | None:
    """The variety of its language ``text`` shows by its cues alone (no rule is
    read, so it is cheap, and cached: a chat sends its history every turn)."""
    spec = locales.get(locale)
    if spec is None or spec.analyzer != "rules" or not spec.markers.get("varieties"):
        return None
    text = text[:MAX_CHARS]  # all that is read, and all the cache keeps
    key = (spec.code, text)
    with _variants_lock:
        hit = _shown.get(key)
    if hit is not None and hit[0] is spec:  # read with this very spec, not a reloaded one
        return hit[1]
    from chatbot.detect.register import rules
    from chatbot.detect.register.quotes import Quotations

    comp = rules.compile_markers(spec)
    cleaned = clean(text)
    quoted = Quotations(cleaned, single_quotes=spec.single_quotes)
    found = comp.varieties.find(cleaned, quoted) if comp.varieties is not None else None
    result = found.id if found is not None else None
    with _variants_lock:
        if len(_shown) >= MAX_SHOWN:
            _shown.clear()
        _shown[key] = (spec, result)
    return result


MAX_SHOWN = 256  # texts whose variety is remembered (each at most MAX_CHARS)
_shown: dict[tuple[str, str], tuple[LocaleSpec, str | None]] = {}


OWN_VARIETY = "own"  # analyze(..., variety=OWN_VARIETY): the locale's own, no cues read


def as_variety(spec: LocaleSpec, variety: str) -> LocaleSpec:
    """``spec`` reading every text as ``variety`` (``markers.variety``), when the
    locale declares it among ``markers.varieties``; as its own variety, with no
    cues read, for OWN_VARIETY (a reply planned in European Portuguese is read
    so, and its Brazilian você is a slip); else ``spec`` itself."""
    declared = spec.markers.get("varieties")
    if not isinstance(declared, list) or not declared:
        return spec
    if variety == OWN_VARIETY:
        markers = {k: v for k, v in spec.markers.items() if k not in ("varieties", "variety")}
    elif any(isinstance(v, dict) and v.get("id") == variety for v in declared):
        markers = {**spec.markers, "variety": variety}
    else:
        return spec
    key = (id(spec), variety)
    with _variants_lock:
        hit = _variants.get(key)
        if hit is not None and hit[0] is spec:  # the same spec object, not a recycled id
            return hit[1]
        if len(_variants) >= 64:
            _variants.clear()
        # One copy per (spec, variety), so that its markers compile once.
        copy = spec.model_copy(update={"markers": markers})
        _variants[key] = (spec, copy)
        return copy


_variants: dict[tuple[int, str], tuple[LocaleSpec, LocaleSpec]] = {}
_variants_lock = threading.Lock()


def unknown(locale: str, reason: str) -> Reading:
    return Reading(locale=locale, level=None, formality="unknown", confidence=0.0, reason=reason)


def analyze(text: str, locale: str, variety: str | None = None) -> Reading:
    """The register of ``text`` read as ``locale`` (a code, or a language tag: pt-BR
    is read as pt); never raises on odd input.

    ``variety`` (pt.brazil) reads it as that variety of the language whatever its
    cues, as for a reply planned in it, and OWN_VARIETY as the locale's own with
    no cues read; one the locale lacks is ignored."""
    if not isinstance(locale, str):
        return unknown(str(locale), f"no locale spec for {locale!r}: a locale is a code like ja")
    if not isinstance(text, str):
        return unknown(locale, f"no text to read: {type(text).__name__} is not text")
    spec = locales.get(locale) or locales.get(locales.language(locale))
    if spec is None:
        return unknown(
            locale, f"no locale spec for {locale!r}; known: {', '.join(locales.available())}"
        )
    if variety is not None:
        spec = as_variety(spec, variety)
    analyzer = analyzer_for(spec.analyzer)
    if analyzer is None:
        return unknown(
            locale,
            f"analyzer {spec.analyzer!r} named by locale {locale!r} is not installed "
            f"(installed: {', '.join(installed_analyzers())})",
        )
    truncated = len(text) > MAX_CHARS
    cleaned = said(clean(text[:MAX_CHARS]))
    if not cleaned.strip():
        return unknown(locale, "no text to read")
    reading = analyzer(cleaned, spec)
    if truncated:
        note = f"read the first {MAX_CHARS} of {len(text)} characters"
        reading = dataclasses.replace(
            reading, reason=f"{reading.reason}; {note}" if reading.reason else note
        )
    return reading
