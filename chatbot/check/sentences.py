"""Where the first sentence of a streaming reply ends."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from chatbot import locales
from chatbot.detect.register.quotes import Quotations
from chatbot.detect.register.roleplay import speech_of

# Sentence enders across our scripts: Latin/Cyrillic . ! ? … ; CJK 。！？; Devanagari ।;
# Thai has no full stop: a line break ends a sentence there (or MAX_CHARS), and
# so does a space after a word its locale file names as closing one
# (``sentence_final``: ครับ, ค่ะ).
_END = re.compile(r"(?:[.!?…]+(?=\s|$)|[。．！？!?।]+|\n)")
# A full stop that ends no sentence: after a title or an initial before a name
# or number (Dr. Patel, dr. Sari, Nr. 5, J. Smith, z. B.), before a lower-case
# word (ca. zehn), after Thai letters (8.00 น. ครับ: Thai has no full stop), or
# after a list item's number (1. 卵を割る).
# fmt: off
_TITLES = frozenset({
    "Dr", "Dra", "Dres", "Mr", "Mrs", "Ms", "Mme", "Mlle", "Prof", "Sr", "Sra", "Srta",
    "St", "Hr", "Fr", "Hrn", "Sig", "Dott", "Ing", "Av", "Tel",
})
_NUMBERED = frozenset({"No", "Nr"})  # before a number only ("Creo que no. Usted")
# fmt: on
_WORD_BEFORE = re.compile(r"(\w+)$")
_THAI = re.compile(r"[\u0e00-\u0e7f]$")
MIN_CHARS = 4  # "OK." or "Hi!" alone says little about register
MAX_CHARS = 240  # no sentence end in this much prose: judge what there is
MAX_HELD = 2000  # nor in this much text, layout (code, tables) included
# Lines that are layout, not prose: a heading, a table row, a rule, a code fence,
# or a line that is one bold span (**返品について**), the title chat models open
# with (not "**Klar!** Hier ist **deine Lösung**:"). Matched against whole lines.
_MARKUP = re.compile(
    r"[ \t]*(?:#{1,6}\s|\||[-*_]{3,}[ \t]*$|```|~~~|(\*\*|__)(?:(?!\1)[^\n])+\1[ \t]*(?:[:：][ \t]*)?$)"
)
_FENCE = re.compile(r"```|~~~")


@functools.cache
def _single_quotes(locale: str | None) -> bool:
    spec = locales.get(locale) if locale else None
    return spec is not None and spec.single_quotes


@functools.cache
def _enders(locale: str | None) -> re.Pattern[str]:
    """Sentence ends: :data:`_END`, and the locale's closing words before a space."""
    spec = locales.get(locale) if locale else None
    if spec is None or spec.sentence_final is None:
        return _END
    return re.compile(f"{_END.pattern}|(?:{spec.sentence_final})(?=\\s)")


def _ends(text: str, locale: str | None, *, final: bool = True) -> Iterator[re.Match[str]]:
    """The sentence ends of ``text``, abbreviations and ends inside a quotation passed
    over (»Hast du Zeit?« ends no sentence of the text that quotes it). A role-play
    character's speech in quotes is the text's own (``speech_of``): its ends count.

    Still streaming (not ``final``), an end is not yet one where what follows could
    still undo it: a full stop with nothing after it yet (Dr., z., 3., config.), or
    any end after a quotation that has not closed yet.
    """
    quotes = Quotations(speech_of(text), single_quotes=_single_quotes(locale))
    for match in _enders(locale).finditer(text):
        if match.start() in quotes:
            continue
        if not final:
            if quotes.open_from is not None and quotes.open_from < match.start():
                return
            if "." in match.group() and not text[match.end() :].strip(" \t\u00a0"):
                return  # a line break after it would have ended the sentence
        if match.group() == "." and _abbreviation(text, match.start(), match.end()):
            continue
        yield match


def _abbreviation(text: str, at: int, end: int) -> bool:
    line_start = text.rfind("\n", max(0, at - 8), at) + 1 if at else 0
    if 0 < at - line_start <= 4 and text[line_start:at].strip().isdigit():
        return True  # "2. Den Teig rühren": the number of a list item
    before, after = text[max(0, at - 12) : at], text[end : end + 3].lstrip(" ")
    if _THAI.search(before):
        return True
    if after[:1].islower():
        return True
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    name = word.group(1).capitalize()
    if name in _NUMBERED:
        return after[:1].isdigit()  # Nr. 5, No. 3
    if name == "Tel":
        return True  # Tel. (11) 5555-0000
    if not (after[:1].isupper() or after[:1].isdigit()):
        return False
    # A title (dr. Sari, Dr. Patel) or an initial (J. Smith, z. B. Sie).
    return name in _TITLES or (len(name) == 1 and name.isalpha())


class _Layout:
    """Which spans of a text are layout (headings, tables, code), found once."""

    def __init__(self, text: str, *, final: bool = True) -> None:
        self.text = text
        self.final = final
        self.fences = [m.start() for m in _FENCE.finditer(text)]
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self._markup: dict[int, bool] = {}  # line start -> whether the line is layout

    def prose_chars(self) -> int:
        """Characters on lines of the text that are not layout (blank ones included)."""
        count, line_start = 0, 0
        for end in [*self.newlines, len(self.text)]:
            if self.prose(line_start, end) or not self.text[line_start:end].strip():
                count += end - line_start
            line_start = end + 1
        return count

    def held_long_enough(self) -> bool:
        """Whether this much text may be held no longer without a sentence end."""
        return len(self.text) >= MAX_HELD or (
            len(self.text) >= MAX_CHARS and self.prose_chars() >= MAX_CHARS
        )

    def prose(self, start: int, end: int) -> bool:
        if bisect.bisect_left(self.fences, end) % 2 == 1:
            return False  # inside a code block
        k = bisect.bisect_right(self.newlines, start)
        line_start = self.newlines[k - 1] + 1 if k else 0
        markup = self._markup.get(line_start)
        if markup is None:  # each line is matched once, however many sentences it holds
            last = k == len(self.newlines)
            line = self.text[line_start : len(self.text) if last else self.newlines[k]]
            if last and not self.final and line.lstrip(" \t").startswith(("**", "__")):
                # Still streaming, it may yet close as a title or go on as prose:
                # held until its line ends, so the guard reads it as the end check will.
                markup = True
            else:
                markup = _MARKUP.match(line) is not None
            self._markup[line_start] = markup
        return not markup and bool(self.text[start:end].strip())


def first_sentence(text: str, *, final: bool = False, locale: str | None = None) -> str | None:
    """The first sentence of prose, once complete (or the text, when ``final``).

    Headings, table rows and code before it are passed over, not returned:
    "## วิธีติดตั้ง" or a price table is no sentence to read a register from.
    """
    layout, start, prose_start = _Layout(text, final=final), 0, None
    for match in _ends(text, locale, final=final):
        if layout.prose(start, match.start()):
            if prose_start is None:
                prose_start = start
            if len(text[prose_start : match.end()].strip()) >= MIN_CHARS:
                return text[prose_start : match.end()].strip("\n")
        start = match.end()
    if layout.held_long_enough():
        return text  # even blank: what there is is judged, and held no longer
    if final:
        return text if text.strip() else None
    return None


def lead(text: str, minimum: int, *, final: bool = False, locale: str | None = None) -> str | None:
    """The text up to the end of a prose sentence by which its prose holds
    ``minimum`` letters; the text at MAX_CHARS (or ``final``); else None."""
    layout, count, start = _Layout(text, final=final), 0, 0
    for match in _ends(text, locale, final=final):
        if layout.prose(start, match.start()):
            count += sum(c.isalpha() for c in text[start : match.end()])
            if count >= minimum:
                return text[: match.end()]
        start = match.end()
    if final or layout.held_long_enough():
        return text
    return None


def sentences(
    text: str, *, complete: bool = True, locale: str | None = None
) -> Iterator[tuple[int, str]]:
    """Each prose sentence of a text (at least MIN_CHARS), with its offset.

    Layout (headings, tables, code) is passed over as in :func:`first_sentence`.
    Text after the last sentence end is a sentence of its own when the text is
    ``complete``; in a reply cut off (Stop, max_tokens) it is a sentence broken
    off, and left out.
    """
    layout, start = _Layout(text), 0
    ends = [(m.start(), m.end()) for m in _ends(text, locale)]
    tail = [(len(text), len(text))] if complete else []
    for at, end in [*ends, *tail]:
        if start < at and layout.prose(start, at):
            piece = text[start:end]
            lead_blank = len(piece) - len(piece.lstrip())
            if len(piece.strip()) >= MIN_CHARS:
                yield start + lead_blank, piece.strip()
        start = end
