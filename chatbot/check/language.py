"""Whether a reply is plainly in another language than the one it should be in.

Models slip into English or Chinese; a reply the user cannot read is off
target whatever its register. But a detector also confuses close languages
(Spanish and Portuguese, Dutch and Afrikaans, Russian and Bulgarian), and a
correct reply may quote code, product names or a foreign word. So a reply is
called another language only when that is plain:

* fewer than 15% of its letters are in the scripts its language writes, and
  most are in one other script than Latin (Cyrillic or kana in a German
  reply, Hangul in a Japanese one); the scripts a locale writes are read from
  its own examples, so a locale added as data needs no code;
* Han with no kana in a Japanese reply, with characters Japanese never
  writes (们, 这, 吗, 您): Chinese;
* English sentences, in a reply that should be in another language: at least
  three English function words (the, you, with, that...), a fifth of its
  Latin words. Latin letters alone say nothing (iPhone, Kubernetes Ingress
  Controller in a Korean reply; "Untuk skincare routine pagi");
* another Latin-script locale, in a reply that should be in a Latin-script
  one (Spanish from a German persona): langdetect's reading, once the prose
  holds 40 Latin letters (LATIN_LETTERS; shorter, it errs: "Ehi Turker,
  conosce Steven Spielberg?" reads as German), and only a locale we have
  (not Afrikaans for Dutch, not Tagalog for Indonesian chat) that the
  locale files do not declare a close language (``detect.confused_with``:
  Spanish and Portuguese are never told apart), in a reply that does not use
  more of its own language's common words (``detect.words``) than of the
  other's: a German menu of Italian dishes still says "Unser" and "und".

Code blocks (an unclosed one too), inline code, addresses and quotations (a
translation, a title) are left out before reading.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from chatbot import locales
from chatbot.detect.language import probabilities, script_of
from chatbot.detect.register.quotes import Quotations
from chatbot.detect.register.roleplay import speech_of
from chatbot.locales.schema import LocaleSpec

__all__ = ["language_name", "letters_to_judge", "mostly_foreign", "other_language"]

# Code (a fence still open runs to the end of what there is), inline code, addresses.
_CODE = re.compile(
    r"```.*?(?:```|$)|~~~.*?(?:~~~|$)|`[^`\n]*`|https?://\S+|\S+@\S+\.\S+", re.DOTALL
)
MIN_LETTERS = 8  # fewer letters than this say nothing about a language
SCRIPT_LETTERS = 20  # letters of whole sentences that show a script or English
LATIN_LETTERS = 40  # Latin letters before one Latin-script language is told from another
SURE = 0.99  # langdetect's probability for its reading to count
MAX_READ, MAX_PROSE = 12_000, 2_000
OWN_SHARE = 0.15  # a reply with fewer of its own letters is in another script
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


def _letters(text: str) -> Counter[str]:
    return Counter(s for c in text if c.isalpha() and (s := script_of(c)) is not None)


@functools.lru_cache(maxsize=64)
def own_scripts(code: str, variety: str | None = None) -> frozenset[str]:
    """The scripts locale ``code`` writes (latin, han, kana, cyrillic…); none if unknown."""
    spec = locales.get(code)
    if spec is None:
        return frozenset()
    return _scripts_of(spec, variety)


def _scripts_of(spec: LocaleSpec, variety: str | None = None) -> frozenset[str]:
    """The scripts a locale writes, in ``variety`` where one is named (Roman Hindi
    writes Latin letters): each with a tenth of the letters of its examples."""
    levels = [spec.written(level.id, variety) for level in spec.levels]
    text = " ".join(f"{ex.user} {ex.assistant}" for level in levels for ex in level.examples) + (
        " ".join(level.instruction for level in levels)
    )
    counts = _letters(text)
    total = sum(counts.values()) or 1
    return frozenset(s for s, n in counts.items() if n / total >= 0.1 and s != "other")


def _unquoted(text: str) -> str:
    """``text`` with its quotations blanked: a translation or a quoted title in
    another language is the reply's content, not its language."""
    spans = Quotations(speech_of(text)).spans()
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" ")
        last = end
    parts.append(text[last:])
    return "".join(parts)


def other_language(text: str, code: str, variety: str | None = None) -> str | None:
    """The language ``text`` is plainly written in, when it is not ``code``'s (as
    ``variety`` writes it: Roman Hindi in Latin letters); else None."""
    prose, counts, own, share = _read(text, code, variety)
    if share is None:
        return None
    if share < OWN_SHARE:
        script, _ = max(((s, n) for s, n in counts.items() if s not in own), key=lambda x: x[1])
        if script == "han" and "kana" in own:
            return None  # kanji alone (了解。) is Japanese too
        if script != "latin":
            found = _SCRIPT_LANGUAGE.get(script)
            # Hindi in Devanagari where Roman Hindi was planned is still Hindi.
            return None if found == code else found
    if "kana" in own and not counts.get("kana") and _chinese(prose):
        return "zh"
    # Latin letters turn up in a reply of any script (iPhone, Kubernetes
    # Ingress Controller): only English sentences are a slip into English,
    # and a reply mostly in its own other script is in its language whatever
    # it quotes (英語では Thank you for your help と言います。).
    if own != {"latin"} and _weighted_share(counts, own) >= 0.5:
        return None
    if code != "en" and _english(prose):
        return "en"
    if own == {"latin"} and counts.get("latin", 0) >= LATIN_LETTERS:
        return _latin_language(prose, code)
    return None


def mostly_foreign(text: str, code: str, variety: str | None = None) -> bool:
    """Whether most letters of ``text``'s prose are in scripts ``code`` does not write.

    Such a reply that names no one language (a model's noise mixes kana, Hangul,
    Han and Latin; a synthetic model's always does) is no slip into another
    language, but nothing in it can stand for the plan's level either."""
    _, counts, _, share = _read(text, code, variety)
    if share is None:
        return False
    own = own_scripts(code) | own_scripts(code, variety)  # Roman Hindi, or Devanagari
    return sum(n for s, n in counts.items() if s in own) / sum(counts.values()) < 0.5


def _read(
    text: str, code: str, variety: str | None = None
) -> tuple[str, Counter[str], frozenset[str], float | None]:
    """``text``'s prose (code, addresses and quotations left out), its letters by
    script, ``code``'s scripts, and the share of its letters in them (None when there
    are too few letters to tell, or the locale is unknown)."""
    # Its first few thousand characters tell a reply's language as well as all.
    prose = _unquoted(_CODE.sub(" ", text[:MAX_READ]))[:MAX_PROSE]
    counts = _letters(prose)
    total = sum(counts.values())
    own = own_scripts(code, variety)
    if total < MIN_LETTERS or not own:
        return prose, counts, own, None
    return prose, counts, own, sum(n for s, n in counts.items() if s in own) / total


def letters_to_judge(code: str, variety: str | None = None) -> int:
    """Letters of whole sentences a reply in ``code`` needs before its language
    is judged: a Latin-script locale's slip into another waits for LATIN_LETTERS."""
    return LATIN_LETTERS if own_scripts(code, variety) == {"latin"} else SCRIPT_LETTERS


def _latin_language(prose: str, code: str) -> str | None:
    """Another Latin-script locale, when langdetect is sure of it and it is no
    close language of ``code``'s."""
    readings = probabilities(prose)
    if not readings:
        return None
    found, p = readings[0]
    if found in (code, "en") or p < SURE or own_scripts(found) != {"latin"}:
        return None  # English is read by its sentences above; an unknown code is no slip
    if found in _close(code) or _uses_own_words(prose, code, found):
        return None
    return found


def _uses_own_words(prose: str, code: str, found: str) -> bool:
    """Whether ``prose`` uses more of ``code``'s common words (und, unser, avec)
    than of ``found``'s: "Unser Tagesmenü: Insalata Caprese, Risotto ai funghi
    porcini" is German naming Italian dishes, while a Spanish slip that says
    "cada mes" (French "mes") still has more Spanish words than French ones."""
    words = _common_words()
    own, theirs = words.get(code, frozenset()), words.get(found, frozenset())
    seen = [m.group().lower() for m in _WORDS.finditer(prose)]
    mine = sum(1 for w in seen if w in own)
    return mine > 0 and mine > sum(1 for w in seen if w in theirs)


@functools.cache
def _common_words() -> dict[str, frozenset[str]]:
    """Each Latin-script locale's declared common words, less any that another
    locale declares too or that another Latin-script locale's own texts (its
    examples and instructions) use: "i" is English and an Italian article,
    "mes" French and Spanish, "ciao" Italian and German chat."""
    specs = [s for s in map(locales.get, locales.available()) if s is not None]
    declared = {
        s.code: frozenset(
            w.lower() for w in (*s.detect.words, *s.detect.romanized, *s.detect.romanized_core)
        )
        for s in specs
    }
    seen: Counter[str] = Counter(w for words in declared.values() for w in words)
    used = {s.code: _words_in(s) for s in specs if _scripts_of(s) == {"latin"}}
    return {
        code: frozenset(
            w
            for w in words
            if seen[w] == 1 and not any(w in u for other, u in used.items() if other != code)
        )
        for code, words in declared.items()
    }


def _words_in(spec: LocaleSpec) -> frozenset[str]:
    """The words of a locale's own texts: its examples and instructions."""
    text = " ".join(
        f"{ex.user} {ex.assistant} {level.instruction}"
        for level in spec.levels
        for ex in level.examples
    )
    return frozenset(m.group().lower() for m in _WORDS.finditer(text))


@functools.lru_cache(maxsize=64)
def _close(code: str) -> frozenset[str]:
    """The languages declared close to ``code``, by its locale file or theirs."""
    close = set()
    for other in map(locales.get, locales.available()):
        if other is None:
            continue
        if other.code == code:
            close.update(other.detect.confused_with)
        elif code in other.detect.confused_with:
            close.add(other.code)
    return frozenset(close)


# A Han, kana or Hangul character holds about what three Latin letters do.
_SYLLABIC = {"han": 3, "kana": 3, "hangul": 3}


def _weighted_share(counts: Counter[str], own: frozenset[str]) -> float:
    weights = {s: n * _SYLLABIC.get(s, 1) for s, n in counts.items()}
    return sum(w for s, w in weights.items() if s in own) / (sum(weights.values()) or 1)


# Words of English sentences that no other language here writes as words:
# "Sure, I can help you with that" has five, a list of product names or
# "Untuk skincare routine pagi" none. Not a, i, in, is, me, we, so, do, on,
# was, will: Romance, Dutch or German words too.
_ENGLISH = frozenset(
    {
        "about",
        "and",
        "any",
        "are",
        "be",
        "been",
        "can",
        "can't",
        "could",
        "course",
        "don't",
        "for",
        "from",
        "get",
        "got",
        "has",
        "have",
        "help",
        "here",
        "how",
        "i'll",
        "i'm",
        "i've",
        "it",
        "it's",
        "just",
        "know",
        "let's",
        "make",
        "more",
        "my",
        "need",
        "not",
        "of",
        "only",
        "our",
        "please",
        "really",
        "should",
        "some",
        "sorry",
        "sure",
        "thank",
        "thanks",
        "that",
        "that's",
        "the",
        "there",
        "there's",
        "they",
        "think",
        "this",
        "to",
        "very",
        "want",
        "we'll",
        "we're",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "with",
        "would",
        "yes",
        "you",
        "you'll",
        "you're",
        "your",
    }
)
MIN_ENGLISH = 3  # of those words
ENGLISH_SHARE = 0.2  # of all the words in Latin letters


def _english(prose: str) -> bool:
    """English sentences: its function words, not counting a title's (The Lord of
    the Rings, capitalised inside a sentence)."""
    words, hits = 0, 0
    for m in _WORDS.finditer(prose):
        word = m.group()
        if script_of(word[0]) != "latin":
            continue
        words += 1
        in_title = word[0].isupper() and not _opens_sentence(prose, m.start())
        hits += word.lower() in _ENGLISH and not in_title
    return hits >= MIN_ENGLISH and hits >= ENGLISH_SHARE * words


def _opens_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\"'“„«(":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n"


_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# Characters of Chinese prose that Japanese does not write.
_CHINESE_ONLY: frozenset[str] = frozenset("们这吗么说还吧呢该您")  # not 的, 没: 基本的, 日没


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
