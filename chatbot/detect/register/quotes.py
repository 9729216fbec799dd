"""Quotations inside a text: words someone else said, not the speaker's register.

A user who writes "the waiter asked «Vous désirez autre chose ?» and I said
no, t'imagines ?" speaks tu; the vous is the waiter's. The analyzers read the
speaker's own words and fall back to the quotations only when nothing outside
them says anything (a text that is all quotation).

A quotation opens with one of the marks below and closes with its partner on
the same line, within ``MAX_QUOTE`` characters; a longer run is the text
itself. German also writes »…«, so a guillemet quotation holds no other
guillemet, and » opens one only when a word follows it at once (»Text«, not
the French « … » left over from a line before). A ’ between two Latin letters
is an apostrophe (don’t), not the end of a ‘…’ quotation; ‘…’라고 closes.
Straight single quotes pair up only where the language has no apostrophe (a
locale's ``single_quotes``: Korean, Russian, Hindi), since in French or
Italian '…' is more often two elisions (l'ordine … c'è) than a quotation. A
straight " right after a digit or a Latin letter (a 27" monitor) opens
nothing, nor does a ' right after a Latin or Cyrillic letter (O'Brien, Жанна
д'Арк); Chinese and Japanese
write quotes right after a character (不要说"你"). Japanese reads its own brackets
and parentheses (``ja_morph.quoted_spans``).

One pass per kind of mark, each position visited a bounded number of times,
so a text that opens many quotations and closes none costs linear time.
"""

from __future__ import annotations

import bisect

__all__ = ["MAX_QUOTE", "Quotations"]

MAX_QUOTE = 400
# Opening mark, the marks that close it, and marks that may not occur inside.
_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("«", "»", "«"),
    ("»", "«", "»"),
    ("„", "“”", ""),
    ("“", "”", ""),
    ('"', '"', ""),
    ("‘", "’", ""),
    ("「", "」", ""),
    ("『", "』", ""),
)
_SINGLE = ("'", "'", "")


def _latin(ch: str) -> bool:
    return ch.isalpha() and ch < "\u0250"


def _apostrophe_script(ch: str) -> bool:
    """A Latin or Cyrillic letter, after which a straight ' is an apostrophe (O'Brien,
    д'Арк); after Hangul or Devanagari it may open a quotation (그는'안녕'이라고)."""
    return ch.isalpha() and (ch < "\u0250" or "\u0400" <= ch <= "\u04ff")


def _apostrophe(text: str, j: int) -> bool:
    """don’t, l’ordine: ’ between two Latin letters; ‘수고했어요’라고 closes a quotation."""
    return text[j] == "’" and 0 < j < len(text) - 1 and _latin(text[j - 1]) and _latin(text[j + 1])


class _Closer:
    """The first stop (a closer, a barred mark, a line end) at or after a position.

    Asked for positions that only grow, it remembers the last answer: no stop
    lies between the last position asked and that answer, so each character
    is looked at once.
    """

    def __init__(self, text: str, closers: str, barred: str) -> None:
        self.text, self.closers = text, closers
        self.stops = set(closers) | set(barred) | {"\n"}
        self.start, self.stop = 0, -1

    def after(self, p: int) -> int:
        if self.start <= p <= self.stop:
            return self.stop
        text, n = self.text, len(self.text)
        j = max(p, self.stop + 1)
        while j < n and (text[j] not in self.stops or _apostrophe(text, j)):
            j += 1
        self.start, self.stop = p, j
        return j


class Quotations:
    """The quoted spans of a text; ``pos in quotations`` tests one offset."""

    def __init__(self, text: str, *, single_quotes: bool = False) -> None:
        pairs = [p for p in ((*_PAIRS, _SINGLE) if single_quotes else _PAIRS) if p[0] in text]
        closers = {o: _Closer(text, c, b) for o, c, b in pairs}
        openers = sorted(i for i, ch in enumerate(text) if ch in closers)
        spans: list[tuple[int, int]] = []
        # The first mark still waiting for its partner when the text ends (on its line,
        # within MAX_QUOTE): a streaming text whose quotation has not closed yet.
        self.open_from: int | None = None
        cursor = 0  # left to right, as a reader pairs them: a closing mark opens nothing
        for i in openers:
            if i < cursor or (text[i] == "»" and (i + 1 == len(text) or text[i + 1].isspace())):
                continue  # a French closing » (… ») opens nothing; German »Text« does
            if i > 0 and text[i] == '"' and (text[i - 1].isdigit() or _latin(text[i - 1])):
                continue  # 27" is inches: a straight quote right after a Latin word opens nothing
            if (
                i > 0
                and text[i] == "'"
                and (text[i - 1].isdigit() or _apostrophe_script(text[i - 1]))
            ):
                continue  # O'Brien, Жанна д'Арк: after such a letter, ' is an apostrophe
            finder = closers[text[i]]
            j = finder.after(i + 1)
            if j == len(text) and self.open_from is None and j <= i + 1 + MAX_QUOTE:
                self.open_from = i
            if j < len(text) and text[j] in finder.closers and j <= i + 1 + MAX_QUOTE:
                if j > i + 1:
                    spans.append((i, j + 1))
                cursor = j + 1  # its closing mark opens nothing, even of an empty pair
        self._spans = spans
        self._starts = [a for a, _ in spans]

    def __bool__(self) -> bool:
        return bool(self._spans)

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of each quotation, marks included, left to right."""
        return list(self._spans)

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._spans[k][1]
