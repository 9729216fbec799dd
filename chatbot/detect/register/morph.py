"""Morphological tags for the ``rules`` analyzer's ``morphology`` rules.

Some register cues form an open class that no word list covers. Every Russian
verb has a ты imperative (дыши, наноси, оформи) and a вы one (дышите), and a
chat about tablets, prams or essays uses verbs that a list of the common ones
never named. A morphological dictionary knows them all, so a locale may name
one in its ``markers`` and vote on grammemes instead of words::

    morphology:
      tagger: pymorphy3   # one of TAGGERS
      lang: ru            # the tagger's dictionary
      rules:
        - id: ru.morph_imperative_2sg
          level: informal
          weight: 1.0
          why: "the ты imperative of any verb"
          grammemes: [VERB, impr, sing, excl]

A word matches a rule when its most likely reading carries every grammeme, so
мой (my, rarely "wash!") and чай (tea, rarely "hope!") do not. Tags are cached
per word.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator

__all__ = ["TAGGERS", "Tagger", "TaggerError", "load", "words"]

# Letters only: digits, placeholders and punctuation have no grammemes worth reading.
_WORD = re.compile(r"[^\W\d_]{2,}")
_CACHE_WORDS = 1 << 16


class TaggerError(Exception):
    """A tagger that cannot be loaded; the message says what to install."""


class Tagger:
    """The grammemes of a word's most likely reading, and the grammemes there are."""

    def __init__(self, tag: Callable[[str], frozenset[str]], known: frozenset[str]) -> None:
        self.tag = functools.lru_cache(maxsize=_CACHE_WORDS)(tag)
        self.known = known


def _pymorphy3(lang: str) -> Tagger:
    try:
        import pymorphy3
    except ImportError as exc:  # a declared dependency; a broken install says so
        raise TaggerError("pymorphy3 is not installed: pip install pymorphy3") from exc
    try:
        analyzer = pymorphy3.MorphAnalyzer(lang=lang)
    except Exception as exc:
        raise TaggerError(
            f"pymorphy3 has no dictionary for {lang!r} ({exc}): pip install pymorphy3-dicts-{lang}"
        ) from exc

    def tag(word: str) -> frozenset[str]:
        # tag() lists the readings most likely first.
        found = analyzer.tag(word)
        return frozenset(found[0].grammemes) if found else frozenset()

    return Tagger(tag, frozenset(analyzer.TagClass.KNOWN_GRAMMEMES))


TAGGERS: dict[str, Callable[[str], Tagger]] = {"pymorphy3": _pymorphy3}

_LOADED: dict[tuple[str, str], Tagger] = {}
_LOCK = threading.Lock()


def load(name: str, lang: str) -> Tagger:
    """The tagger ``name`` for ``lang``, loaded once; TaggerError says what is wrong."""
    if name not in TAGGERS:
        raise TaggerError(f"unknown tagger {name!r}; known: {', '.join(sorted(TAGGERS))}")
    with _LOCK:
        if (name, lang) not in _LOADED:
            _LOADED[name, lang] = TAGGERS[name](lang)
        return _LOADED[name, lang]


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each run of two or more letters."""
    for m in _WORD.finditer(text):
        yield m.start(), m.end(), m.group()
