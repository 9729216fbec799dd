"""Whether a reply is plainly in another language than the one it should be in.

Models slip into English or Chinese; a reply the user cannot read is off
target whatever its register. But a detector also confuses close languages
(Spanish and Portuguese, Dutch and Afrikaans, Russian and Bulgarian), and a
correct reply may quote code, product names or a foreign word. So a reply is
called another language only when that is plain:

* its letters are in a script its language does not write: mostly so for a
  language written in Latin letters (kana or Cyrillic in a German reply), and
  all but one or two for another (Latin in a Russian reply; a Korean reply
  with English terms keeps its Hangul); the scripts a locale writes are read
  from its own examples, so a locale added as data needs no code; Han with no
  kana in a Japanese reply counts as Chinese only with words Japanese never
  writes (的, 们, 吗);
* or, for a language written in Latin letters, it reads as English with near
  certainty even when the detector may only choose between the two, over more
  than a few words: the usual slip. Another Latin-script language is never
  called out, since that is where detectors err.

Code blocks, inline code, addresses and quotations (a translation, a title)
are left out before reading.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from chatbot import locales
from chatbot.detect.language import SHORT_WORDS, detect, probabilities
from chatbot.detect.register.quotes import Quotations
from chatbot.locales.schema import LocaleSpec

__all__ = ["language_name", "other_language", "script_of"]

_CODE = re.compile(r"```.*?```|`[^`\n]*`|https?://\S+|\S+@\S+\.\S+", re.DOTALL)
MIN_LETTERS = 8  # fewer letters than this say nothing about a language
MAX_READ, MAX_PROSE = 12_000, 2_000
OWN_SHARE = 0.15  # a Latin-script reply with fewer of its letters is in another script
MIN_OWN = 2  # a reply in another script with fewer of its own letters is in another
ENGLISH_CERTAINTY = 0.99
# The language a script names when a reply is written in it.
_SCRIPT_LANGUAGE = {
    "kana": "ja",
    "hangul": "ko",
    "thai": "th",
    "devanagari": "hi",
    "han": "zh",
    "cyrillic": "ru",
    "arabic": "ar",
    "hebrew": "he",
    "greek": "el",
}


def script_of(ch: str) -> str:
    """The script class of a letter: latin, cyrillic, kana, han, hangul, thai, …"""
    code = ord(ch)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if 0x0900 <= code <= 0x097F:
        return "devanagari"
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW"):
        if name.startswith(script):
            return script.lower()
    return "other"


def _letters(text: str) -> Counter[str]:
    return Counter(script_of(c) for c in text if c.isalpha())


@functools.lru_cache(maxsize=64)
def _own_scripts(code: str) -> frozenset[str]:
    spec = locales.get(code)
    if spec is None:
        return frozenset()
    return _scripts_of(spec)


def _scripts_of(spec: LocaleSpec) -> frozenset[str]:
    """The scripts a locale writes: each with a tenth of the letters of its examples."""
    text = " ".join(
        f"{ex.user} {ex.assistant}" for level in spec.levels for ex in level.examples
    ) + " ".join(level.instruction for level in spec.levels)
    counts = _letters(text)
    total = sum(counts.values()) or 1
    return frozenset(s for s, n in counts.items() if n / total >= 0.1 and s != "other")


def _unquoted(text: str) -> str:
    """``text`` with its quotations blanked: a translation or a quoted title in
    another language is the reply's content, not its language."""
    spans = Quotations(text).spans()
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" ")
        last = end
    parts.append(text[last:])
    return "".join(parts)


def other_language(text: str, code: str) -> str | None:
    """The language ``text`` is plainly written in, when it is not ``code``'s; else None."""
    # Its first few thousand characters tell a reply's language as well as all.
    prose = _unquoted(_CODE.sub(" ", text[:MAX_READ]))[:MAX_PROSE]
    counts = _letters(prose)
    total = sum(counts.values())
    own = _own_scripts(code)
    if total < MIN_LETTERS or not own:
        return None
    mine = sum(n for s, n in counts.items() if s in own)
    # Latin letters turn up in any reply (iPhone, NGINX): a Latin-script reply
    # must be mostly Latin. A reply in any other script needs only a few of
    # its own letters among the English terms (Ingress Controller는 …).
    foreign = mine / total < OWN_SHARE if own == {"latin"} else mine < MIN_OWN
    if foreign:
        script, _ = max(((s, n) for s, n in counts.items() if s not in own), key=lambda x: x[1])
        if script == "latin":
            found = detect(prose)
            known = found.locale is not None and locales.get(found.locale) is not None
            return found.locale if known and found.confidence >= 0.9 else "en"
        if script == "han" and "kana" in own:
            return None  # kanji alone (了解。) is Japanese too
        return _SCRIPT_LANGUAGE.get(script)
    if "kana" in own and not counts.get("kana") and _chinese(prose):
        return "zh"
    if code == "en" or own != {"latin"}:
        return None
    words = _common_words(prose)
    english = (
        len(words) > SHORT_WORDS
        and probabilities(" ".join(words), (code, "en")).get("en", 0.0) >= ENGLISH_CERTAINTY
    )
    return "en" if english else None


_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _opens_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\"'“„«(":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n"


def _common_words(text: str) -> list[str]:
    """The words of ``text`` without names: a capitalised word inside a sentence
    (Google Drive, Microsoft OneDrive) says nothing of the language around it."""
    kept = []
    for m in _WORDS.finditer(text):
        word = m.group()
        inner_caps = any(c.isupper() for c in word[1:])
        if inner_caps or (word[0].isupper() and not _opens_sentence(text, m.start())):
            continue
        kept.append(word)
    return kept


# Characters of Chinese prose that Japanese does not write (の, not 的).
_CHINESE_ONLY = frozenset("的们这吗么没说还吧呢该")


def _chinese(prose: str) -> bool:
    """Han with no kana, and words only Chinese uses: 我觉得你应该先学习Python。"""
    han = sum(1 for c in prose if script_of(c) == "han")
    return han >= 8 and any(c in _CHINESE_ONLY for c in prose)


# Names of languages a reply may be flagged in that are no locale here.
_NAMES = {"ar": "العربية", "he": "עברית", "el": "Ελληνικά"}


def language_name(code: str) -> str:
    """A language's own name (Deutsch, 日本語), else the code."""
    spec = locales.get(code)
    return spec.native if spec else _NAMES.get(code, code)
