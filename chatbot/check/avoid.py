"""Phrases a persona must never use, found in a reply.

A phrase that starts or ends with a letter or digit matches only as whole
words there (``Hey`` is not found in ``Heyday``), case-insensitively; in
scripts written without spaces (日本語, ไทย) it matches anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Scripts written without spaces between words: no word boundary applies.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Avoided:
    phrase: str  # as the persona lists it
    text: str  # as the reply wrote it
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        return {"phrase": self.phrase, "text": self.text, "span": [self.start, self.end]}


@lru_cache(maxsize=512)
def _pattern(phrase: str) -> re.Pattern[str]:
    body = re.escape(phrase)
    first, last = phrase[:1], phrase[-1:]
    if (first.isalnum() or first == "_") and not _UNSPACED.match(first):
        body = r"(?<!\w)" + body
    if (last.isalnum() or last == "_") and not _UNSPACED.match(last):
        body += r"(?!\w)"
    return re.compile(body, re.IGNORECASE)


def find_avoided(text: str, phrases: Sequence[str]) -> list[Avoided]:
    """Each listed phrase the text uses, at its first occurrence, in text order."""
    unique: dict[str, str] = {}  # one entry per phrase, whatever its case
    for listed in phrases:
        if listed.strip():
            unique.setdefault(listed.strip().casefold(), listed.strip())
    found = []
    for phrase in unique.values():
        match = _pattern(phrase).search(text)
        if match is not None:
            found.append(Avoided(phrase, match.group(), match.start(), match.end()))
    return sorted(found, key=lambda a: a.start)
