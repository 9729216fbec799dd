"""Varieties of a locale's language that read some of its markers otherwise.

Portuguese is the case: in Portugal você is the distant or polite "you", the
opposite of tu; in Brazil it is the everyday one, to friends as to strangers.
The ``pt`` locale reads European Portuguese, as its instructions write it, but
a text that shows it is Brazilian (ônibus, celular, estou fazendo, a sentence
opened by a clitic: Me liga amanhã) is read without the rules that take você
and its verb forms as polite. The locale file says so as data::

    markers:
      varieties:
        - id: pt.brazil
          name: Brazilian Portuguese
          why: "você, seu and sua are the everyday forms there, not polite ones"
          mutes: [pt.voce, pt.seu]       # rule ids of this locale
          cues:                          # like rules: words or one pattern
            - id: pt.brazil.words
              why: "words only Brazil uses"
              words: [ônibus, celular, geladeira]

The variety with the most cues outside quotation marks is the one read (the
first in the file among equals); the reading's ``variety`` names it and its
``reason`` the cue. No cue, no change:
a variety never adds a vote, it only takes away the ones its rules would have
wrongly cast. ``markers.variety: pt.brazil`` reads every text as that
variety, cue or not: ``analyze(text, "pt", variety="pt.brazil")`` sets it for
a reply planned in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from chatbot.detect.register.quotes import Quotations
from chatbot.detect.register.rules_schema import Variety, expand
from chatbot.detect.register.rules_words import SubstringIndex, WordIndex

__all__ = ["Found", "Varieties", "VarietyError"]


@dataclass(frozen=True)
class Found:
    """The variety a text was read as: its rules to skip, and why."""

    id: str  # the variety's id, e.g. pt.brazil (Reading.variety)
    muted: frozenset[int]  # indices of the rules it mutes
    note: str  # for Reading.reason


class Varieties:
    """A locale's varieties compiled: ``find(text)`` names the one a text shows."""

    def __init__(self, varieties: Sequence[Variety], rule_index: Mapping[str, int]) -> None:
        """``rule_index`` maps the locale's rule ids to their indices.

        Raises VarietyError, whose ``path`` under ``markers.varieties`` names
        the field (``(k, "mutes")``, ``(k, "cues", j, "words")``).
        """
        self._varieties = tuple(varieties)
        self._muted: list[frozenset[int]] = []
        for k, v in enumerate(self._varieties):
            unknown = [r for r in v.mutes if r not in rule_index]
            if unknown:
                raise VarietyError(
                    (k, "mutes"), f"{', '.join(unknown)}: no rule of this locale has that id"
                )
            self._muted.append(frozenset(rule_index[r] for r in v.mutes))
        # Every cue under one number: (variety, cue) -> its position in _owner.
        self._owner: list[tuple[int, int]] = []
        self._words, self._substrings = WordIndex(), SubstringIndex()
        self._patterns: list[tuple[int, re.Pattern[str]]] = []
        for k, v in enumerate(self._varieties):
            for j, cue in enumerate(v.cues):
                n = len(self._owner)
                self._owner.append((k, j))
                if cue.pattern is not None:
                    flags = 0 if cue.case_sensitive else re.IGNORECASE
                    self._patterns.append((n, re.compile(expand(cue.pattern), flags)))
                    continue
                index = self._substrings if cue.match == "substring" else self._words
                for entry in cue.words or []:
                    try:
                        index.add(n, entry, cue.case_sensitive)
                    except ValueError as exc:
                        raise VarietyError((k, "cues", j, "words"), str(exc)) from exc

    def __bool__(self) -> bool:
        return bool(self._varieties)

    def find(self, text: str, quoted: Quotations | None = None) -> Found | None:
        """The variety with the most cues in ``text`` outside the ``quoted`` offsets
        (a Brazilian phrase a European text quotes), the first in file order among
        equals; None if none has one. One Brazilian word in a text with two of
        Portugal's (O roteador está a piscar e o telemóvel...) is Portugal's."""
        if not self._varieties:
            return None
        hits: dict[int, tuple[int, int]] = {}  # variety -> span of its first cue
        counts: dict[int, int] = {}
        for n, start, end in self._cues(text, quoted):
            k = self._owner[n][0]
            counts[k] = counts.get(k, 0) + 1
            if k not in hits or start < hits[k][0]:
                hits[k] = (start, end)
        if not hits:
            return None
        k = min(hits, key=lambda v: (-counts[v], v))
        v = self._varieties[k]
        start, end = hits[k]
        return Found(v.id, self._muted[k], f"read as {v.name} ({text[start:end]}): {v.why}")

    def named(self, variety_id: str) -> Found | None:
        """The variety ``variety_id``, for a text read as it whatever its cues (a reply
        planned in it, or a locale that reads every text so); None if there is none."""
        for k, v in enumerate(self._varieties):
            if v.id == variety_id:
                return Found(v.id, self._muted[k], f"read as {v.name}: {v.why}")
        return None

    def ids(self) -> list[str]:
        return [v.id for v in self._varieties]

    def _cues(self, text: str, quoted: Quotations | None) -> Iterator[tuple[int, int, int]]:
        """Each cue's matches outside quotations (for a pattern, its first such match)."""
        outside = (lambda start: start not in quoted) if quoted else (lambda _start: True)
        for n, start, end in (*self._words.find(text), *self._substrings.find(text)):
            if outside(start):
                yield n, start, end
        for n, regex in self._patterns:
            for m in regex.finditer(text):
                if m.end() > m.start() and outside(m.start()):
                    yield n, m.start(), m.end()
                    break


class VarietyError(ValueError):
    """A bad variety entry, with the path of the field under ``markers.varieties``."""

    def __init__(self, path: tuple[int | str, ...], message: str) -> None:
        super().__init__(message)
        self.path = path
