"""A text pasted into a user's message: what they ask about, not what they say.

"Könnten Sie mir das übersetzen?" followed by a friend's "hey, hast du morgen
zeit?" speaks Sie, in German; the du, and the friend's language, are the
material's. A request to translate, summarize, proofread or answer a text
brings one whose language and register are someone else's, and a message
read whole is read as the longer of the two: the pasted text.

:func:`split` finds such a message by its shape. Its paragraphs are parted by
blank lines or a separator line (---, a code fence); the first or the last
paragraph is the request when it is short and uses a word of a request about a
text (``detect.pasted`` in each locale file: übersetz, summarize, 要約, 번역);
the other paragraphs are the material. A colon alone says nothing ("Here's my
situation:" introduces the user's own words). That split is *firm*. Where the text follows the request on its next line, or
after its colon on the same line (tradúceme esto porfa: Estimado cliente, …),
only a request word sets it apart: firm after a colon, and otherwise not, since
a user also writes "Devo tradurre questa frase.\\nHo scritto: …" about their own
words; a request that is not firm counts only where it shows a register itself. A message of one
line, or whose short paragraphs ask for nothing about a text (a letter's "Sehr
geehrte Damen und Herren," and "Mit freundlichen Grüßen", a list after "Já
tentei:"), has none. Where both ends of a two-paragraph message use a request
word (a pasted letter asks for a reply too), the request is the one of half
the other's length or less.

:func:`own_words` blanks the material out, keeping every offset, so a reading
of what is left points into the message as it was written (a colon that
introduced the text is read as the full stop that ends the request).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chatbot import locales
from chatbot.detect.blanks import blanked
from chatbot.detect.language import script_of

__all__ = ["Own", "Split", "own_words", "split"]

MAX_REQUEST = 300  # characters of a paragraph that asks; a longer one is the user's text
MIN_MATERIAL = 20  # characters of pasted text worth setting apart (CJK ones count twice)
MAX_GREETING = 40  # characters of an opening greeting paragraph (Buongiorno,)
_DENSE = frozenset({"kana", "hangul", "thai", "han"})  # scripts whose characters count twice
# A blank line, or a separator line (---, a code fence).
_BREAK = re.compile(
    r"\n[ \t]*(?:(?:-{3,}|\*{3,}|={3,}|_{3,}|~{3,}|`{3,}\w*)[ \t]*)?\n(?:[ \t]*\n)*"
)

_SENTENCE_END = re.compile(r"[.?!。？！»”]")
Span = tuple[int, int]


@dataclass(frozen=True)
class Split:
    """``own``: (start, end) of the parts the user writes; ``material``: of the rest;
    ``firm``: found by the paragraphs' shape, not by a request line alone."""

    own: tuple[Span, ...]
    material: tuple[Span, ...]
    firm: bool


@dataclass(frozen=True)
class Own:
    """The message with its material blanked out, and whether the split is firm."""

    text: str
    firm: bool


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


def _cue(text: str) -> re.Match[str] | None:
    cues = _cues()
    return cues.search(text) if cues is not None else None


def _paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _asks(text: str) -> bool:
    """Whether a paragraph is a request about a pasted text: short, with a request
    word, and not itself quoted (a "> " block is pasted). A colon alone says
    nothing: "Here's my situation:" and "Dear Sir:" introduce the user's own words."""
    body = text.strip()
    return (
        bool(body)
        and len(body) <= MAX_REQUEST
        and not body.startswith(">")
        and _cue(body) is not None
    )


def _greeting(text: str) -> bool:
    """A short opening paragraph of its own (Hello, / Buongiorno,): the request
    may follow it."""
    body = text.strip()
    return len(body) <= MAX_GREETING and "\n" not in body and body.endswith((",", "!", "，", "！"))


def _size(text: str) -> int:
    """Characters, a CJK, kana, Hangul or Thai one counted twice: 14 of them
    carry what 28 Latin letters do."""
    return sum(2 if script_of(ch) in _DENSE else 1 for ch in text.strip())


def _by_paragraphs(text: str, paragraphs: list[Span]) -> Split | None:
    greeting: tuple[Span, ...] = ()
    if len(paragraphs) > 2 and _greeting(text[slice(*paragraphs[0])]):
        greeting, paragraphs = (paragraphs[0],), paragraphs[1:]
    first, last = paragraphs[0], paragraphs[-1]
    opens, closes = _asks(text[slice(*first)]), _asks(text[slice(*last)])
    if opens and closes and len(paragraphs) == 2:
        # Both use a request word (a pasted letter asks for a reply too): the
        # request is the one of half the other's length or less, else neither.
        short, long_ = sorted((first, last), key=lambda p: len(text[slice(*p)].strip()))
        if 2 * len(text[slice(*short)].strip()) > len(text[slice(*long_)].strip()):
            return None
        opens, closes = short == first, short == last
    own = [p for p, asks in ((first, opens), (last, closes)) if asks]
    if not own or len(own) == len(paragraphs):
        return None
    material = tuple(p for p in paragraphs if p not in own)
    return Split((*greeting, *own), material, firm=True)


def _by_lines(text: str, paragraphs: list[Span]) -> Split | None:
    """A request that shares its paragraph with the text: the first line of the
    first paragraph, the words up to a colon in it, or the last line of the last,
    where it uses a request word."""
    start, end = paragraphs[0]
    newline = text.find("\n", start, end)
    head = text[start : newline if newline >= 0 else end]
    found = _cue(head)
    colon = max(head.find(": "), head.find("："))
    if (
        found is not None
        and found.start() < colon < MAX_REQUEST
        # One request ("lo siguiente?:" too), not a story's "… ? Et ils ont répondu :"
        and not _SENTENCE_END.search(head, 0, max(0, colon - 2))
    ):
        cut = start + colon + 1  # the colon ends the request; the text follows it
        return Split(((start, cut),), ((cut, end), *paragraphs[1:]), firm=True)
    if newline >= 0 and _asks(head):
        # A request word and a colon that introduces the next line: as firm as a
        # paragraph of its own; without the colon, the next line may be the user's.
        firm = head.rstrip().endswith((":", "："))
        return Split(((start, newline),), ((newline + 1, end), *paragraphs[1:]), firm=firm)
    start, end = paragraphs[-1]
    newline = text.rfind("\n", start, end)
    if newline >= 0 and _asks(text[newline + 1 : end]):
        return Split(((newline + 1, end),), (*paragraphs[:-1], (start, newline)), firm=False)
    return None


def split(text: str) -> Split | None:
    """The message's own parts and its pasted ones, or None when it pastes nothing."""
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return None
    found = _by_paragraphs(text, paragraphs) if len(paragraphs) > 1 else None
    found = found or _by_lines(text, paragraphs)
    if found is None or sum(_size(text[a:b]) for a, b in found.material) < MIN_MATERIAL:
        return None
    return found


def own_words(text: str) -> Own | None:
    """``text`` with its pasted material blanked out (same length, line breaks kept),
    or None when it pastes nothing."""
    found = split(text)
    if found is None:
        return None
    chars = list(blanked(text, found.material))
    for start, end in found.own:
        # The colon that introduced the text ends the request: read it as the full
        # stop it now is (a sentence left open reads as chat to some analyzers).
        body = text[start:end].rstrip()
        if body.endswith(":"):
            chars[start + len(body) - 1] = "."
        elif body.endswith("："):
            chars[start + len(body) - 1] = "。"
    return Own("".join(chars), found.firm)
