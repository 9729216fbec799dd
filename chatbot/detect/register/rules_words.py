"""Find the ``words`` of many rules in one linear pass.

A regex alternation of a few hundred words tries every word at every position
of the text, which costs O(text x words). Instead the text is split into word
tokens once and each token is looked up in a dict keyed by the first token of
every entry; phrases then compare the following tokens. Entries for scripts
written without spaces (``match: substring``) are found from a dict keyed by
their first character, at the positions a one-class regex finds.

An entry may begin or end with punctuation (``t'``, ``ud.``, ``¿sabe``) and
join its words with punctuation (``dites-moi``, ``madame, monsieur``): the
text must show the same punctuation there, with any amount of whitespace
before its words or between them. After them the punctuation follows at once
(``t'`` is no ``t '``), except the marks French sets off with a space or a
thin space (``ou pas ?`` matches ou pas ?, ou pas? and ou pas\u202f?).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from chatbot.detect.register.rules_schema import WORD_CHARS

_TOKEN = re.compile(rf"[{WORD_CHARS}]+")
_SPACE = re.compile(r"\s+")
# Closing marks a French text sets off with a space, a no-break or a thin one.
_SPACED_MARKS = frozenset("!?:;»")
_MARK_SPACES = frozenset(" \u00a0\u202f")


def fold(text: str) -> str:
    """Case-folded, with the capital dotted İ (Turkish, Azeri) as i: casefold alone
    makes it i and a combining dot, so SİZ would never match siz."""
    return text.casefold().replace("i\u0307", "i")


@dataclass(frozen=True)
class _Entry:
    rule: int  # index of the rule in the locale's list
    tokens: tuple[str, ...]  # casefolded unless case_sensitive
    gaps: tuple[str, ...]  # punctuation between tokens, whitespace removed
    lead: str
    trail: str
    case_sensitive: bool


def _squeeze(s: str) -> str:
    return _SPACE.sub("", s)


def _split(entry: str) -> tuple[str, list[str], list[str], str]:
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(entry)]
    if not spans:
        return entry.strip(), [], [], ""
    tokens = [entry[s:e] for s, e in spans]
    gaps = [_squeeze(entry[spans[i][1] : spans[i + 1][0]]) for i in range(len(spans) - 1)]
    return _squeeze(entry[: spans[0][0]]), tokens, gaps, _squeeze(entry[spans[-1][1] :])


class WordIndex:
    """All word-mode entries of one locale."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[_Entry]] = defaultdict(list)

    def add(self, rule: int, entry: str, case_sensitive: bool) -> None:
        # The analysed text is NFC (see register.clean); entries must be too,
        # or a decomposed ज़ typed in a locale file would never match.
        lead, tokens, gaps, trail = _split(unicodedata.normalize("NFC", entry))
        if not tokens:
            raise ValueError(f"entry {entry!r} has no word characters")
        keyed = tuple(t if case_sensitive else fold(t) for t in tokens)
        bucket = self._by_first[fold(tokens[0])]
        bucket.append(_Entry(rule, keyed, tuple(gaps), lead, trail, case_sensitive))
        # A case-sensitive phrase in small letters also matches with its first
        # letter a capital, as where it opens a sentence (che palle, Che palle.);
        # a single word does not, since capitalised it is often another word (a
        # name: nana, Nana).
        first = keyed[0]
        if case_sensitive and len(keyed) > 1 and first[:1].islower():
            capital = (first[:1].upper() + first[1:], *keyed[1:])
            bucket.append(_Entry(rule, capital, tuple(gaps), lead, trail, case_sensitive))
        # Longest first, so "pase un buen" is tried before "pase" for one rule.
        bucket.sort(key=lambda x: -len(x.tokens))

    def find(self, text: str) -> Iterator[tuple[int, int, int]]:
        """(rule index, start, end) for every match; a rule's matches do not overlap."""
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        folded = [fold(text[s:e]) for s, e in toks]
        busy_until: dict[int, int] = {}
        for i, key in enumerate(folded):
            for entry in self._by_first.get(key, ()):
                span = self._match(entry, text, toks, folded, i)
                if span is None or busy_until.get(entry.rule, -1) > span[0]:
                    continue
                busy_until[entry.rule] = span[1]
                yield entry.rule, span[0], span[1]

    @staticmethod
    def _match(
        e: _Entry, text: str, toks: list[tuple[int, int]], folded: list[str], i: int
    ) -> tuple[int, int] | None:
        n = len(e.tokens)
        if i + n > len(toks):
            return None
        for k in range(n):
            s, t_end = toks[i + k]
            got = text[s:t_end] if e.case_sensitive else folded[i + k]
            if got != e.tokens[k]:
                return None
            if k and _squeeze(text[toks[i + k - 1][1] : s]) != e.gaps[k - 1]:
                return None
        start, end = toks[i][0], toks[i + n - 1][1]
        if e.lead:
            window = max(0, start - len(e.lead) - 8)  # the lead, then some spaces
            before = text[window:start].rstrip()
            if not before.endswith(e.lead):
                return None
            start = window + len(before) - len(e.lead)
        if e.trail:
            at = end
            if e.trail[0] in _SPACED_MARKS and text[at : at + 1] in _MARK_SPACES:
                at += 1
            if not text.startswith(e.trail, at):
                return None
            end = at + len(e.trail)
        return start, end


class SubstringIndex:
    """Entries matched anywhere (zh, th): keyed by their first character."""

    def __init__(self) -> None:
        self._by_char: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
        self._starts: re.Pattern[str] | None = None

    def add(self, rule: int, entry: str, case_sensitive: bool) -> None:
        entry = unicodedata.normalize("NFC", entry.strip())
        key = entry if case_sensitive else fold(entry)
        bucket = self._by_char[key[0]]
        bucket.append((rule, key, case_sensitive))
        bucket.sort(key=lambda x: -len(x[1]))
        self._starts = None

    def find(self, text: str) -> Iterator[tuple[int, int, int]]:
        if not self._by_char:
            return
        if self._starts is None:
            chars = "".join(re.escape(c) for c in sorted(self._by_char))
            self._starts = re.compile(f"[{chars}]", re.IGNORECASE)
        busy_until: dict[int, int] = {}
        for m in self._starts.finditer(text):
            i = m.start()
            for rule, key, case_sensitive in self._by_char.get(fold(text[i]), ()):
                end = i + len(key)
                got = text[i:end] if case_sensitive else fold(text[i:end])
                if got == key and busy_until.get(rule, -1) <= i:
                    busy_until[rule] = end
                    yield rule, i, end
