"""A text pasted into a user's message: what they ask about, not what they say.

"Könnten Sie mir das übersetzen?" followed by a friend's "hey, hast du morgen
zeit?" speaks Sie, in German; the du, and the friend's language, are the
material's. A request to translate, summarize, proofread or answer a text
brings one whose language and register are someone else's, and a message
read whole is read as the longer of the two: the pasted text.

:func:`split` finds such a message by its shape. Its paragraphs are parted by
blank lines or a separator line (---); the first or the last paragraph is the
request when it is short and either ends in a colon or uses a word of a
request about a text (``detect.pasted`` in each locale file: übersetz,
summarize, 要約, 번역); the other paragraphs are the material. A message of one
paragraph, or whose short paragraphs ask for nothing about a text (a letter's
"Sehr geehrte Damen und Herren," and "Mit freundlichen Grüßen"), has none.
:func:`own_words` blanks the material out, keeping every offset, so a reading
of what is left points into the message as it was written (a colon that
introduced the text is read as the full stop that ends the request).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chatbot import locales

__all__ = ["Split", "own_words", "split"]

MAX_REQUEST = 300  # characters of a paragraph that asks; a longer one is the user's text
MIN_MATERIAL = 20  # characters of pasted text worth setting apart (a CJK sentence)
# A blank line, a separator line (---, a code fence), or the line break after a
# line that ends in a colon, which introduces what follows ("Translate:\n<text>").
_BREAK = re.compile(
    r"\n[ \t]*(?:(?:-{3,}|\*{3,}|={3,}|_{3,}|~{3,}|`{3,}\w*)[ \t]*)?\n(?:[ \t]*\n)*"
    r"|(?<=[:：])[ \t]*\n(?:[ \t]*\n)*"
)


@dataclass(frozen=True)
class Split:
    """``own``: (start, end) of the paragraphs the user writes; ``material``: of the rest."""

    own: tuple[tuple[int, int], ...]
    material: tuple[tuple[int, int], ...]


@functools.cache
def _cues() -> re.Pattern[str] | None:
    """Every installed locale's request words (``detect.pasted``), as one pattern: a
    Latin or Cyrillic one at a word's start (übersetz: übersetzen, Übersetzung),
    any other anywhere (要約, 번역해)."""
    words = sorted(
        {
            w.lower()
            for code in locales.available()
            if (spec := locales.get(code)) is not None
            for w in spec.detect.pasted
        },
        key=len,
        reverse=True,
    )
    if not words:
        return None
    parts = [
        rf"(?<![^\W\d_]){re.escape(w)}"
        if w[:1].isascii() or "\u0400" <= w[:1] <= "\u04ff"
        # Scripts written without spaces, or whose words a Latin boundary misreads.
        else re.escape(w)
        for w in words
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _asks(text: str) -> str | None:
    """Whether a paragraph is a request about a pasted text: "cue" where it uses a
    request word, "colon" where it only ends in a colon (a letter's "Dear Sir:"
    does too), None where it is not."""
    body = text.strip()
    if not body or len(body) > MAX_REQUEST:
        return None
    cues = _cues()
    if cues is not None and cues.search(body) is not None:
        return "cue"
    return "colon" if body.endswith((":", "：")) else None


def split(text: str) -> Split | None:
    """The message's own paragraphs and its pasted ones, or None when it pastes nothing."""
    paragraphs = _paragraphs(text)
    if len(paragraphs) < 2:
        return None
    first, last = paragraphs[0], paragraphs[-1]
    opens, closes = _asks(text[slice(*first)]), _asks(text[slice(*last)])
    if closes == "colon":
        closes = None  # a colon at the end introduces nothing
    if opens == "colon" and closes == "cue":
        opens = None  # a letter pasted whole: its "Estimada Sra. Ortega:" is not the request
    own = [p for p, asks in ((first, opens), (last, closes)) if asks]
    if not own or len(own) == len(paragraphs):
        return None
    material = tuple(p for p in paragraphs if p not in own)
    if sum(len(text[a:b].strip()) for a, b in material) < MIN_MATERIAL:
        return None
    return Split(tuple(own), material)


def own_words(text: str) -> str | None:
    """``text`` with its pasted material blanked out (same length, line breaks kept),
    or None when it pastes nothing."""
    found = split(text)
    if found is None:
        return None
    chars = list(text)
    for start, end in found.material:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    for start, end in found.own:
        # The colon that introduced the text ends the request: read it as the full
        # stop it now is (a sentence left open reads as chat to some analyzers).
        body = text[start:end].rstrip()
        if body.endswith(":"):
            chars[start + len(body) - 1] = "."
        elif body.endswith("："):
            chars[start + len(body) - 1] = "。"
    return "".join(chars)
