"""Morphological dictionaries for the ``rules`` analyzer's ``morphology`` rules.

Some register cues form an open class that no word list covers. Every verb has
a familiar and a polite imperative (Russian дыши/дышите, German atme/atmen Sie,
French coupe/coupez, Spanish corta/corte), and a chat about tablets, prams or
recipes uses verbs that a list of the common ones never named. A dictionary
knows them all, so a locale may name one in its ``markers`` (see
:mod:`.rules` for the schema) and vote on what it says about a word:

* ``grammemes``: the tags of the word's most likely reading (pymorphy3:
  ``[VERB, impr, sing]``), so мой (my, rarely "wash!") does not count;
* ``forms``: the word ends in ``ending`` and is a form of a verb whose
  infinitive ends in one of ``infinitive`` (es ``a`` of an ``-ar`` verb: corta
  of cortar). Either the dictionary's lemma says so, or the stem plus that
  infinitive ending is a word it knows (mezcla: mezclar is known), since a
  lemmatizer picks one reading and often the noun.

A word in ``forms`` may be restricted to the start of a sentence or clause,
where a verb without a subject is an imperative, and to sentences that do not
ask a question. Results are cached per word.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

__all__ = ["TAGGERS", "Tagger", "TaggerError", "Token", "load", "tokens"]

# Letters only: digits, placeholders and punctuation have nothing to read.
_WORD = re.compile(r"[^\W\d_]+")
# A full stop after these is an abbreviation's (n. 48213, Sr. García), not a sentence's.
_ABBREVIATIONS = frozenset(
    {"n", "nr", "núm", "num", "art", "tel", "ca", "bzw", "usw", "etc", "vs", "z", "b", "sr"}
    | {"sra", "srta", "dr", "dra", "dott", "sig", "prof", "st", "p", "pag", "pág", "ref", "cf"}
)
_CACHE_WORDS = 1 << 16
# What ends a sentence or clause: the next word starts one.
_BOUNDARY = frozenset('.!?;:…,()[]{}"«»„“”¿¡–—\n')


def _boundary(gap: str, nxt: str = "") -> bool:
    """Whether the text between two words ends a sentence or clause: punctuation, or
    an emoji or other pictograph before a word in small letters, as chat puts one
    where a full stop would go (super séance 💪 fais les exos). Before a capital it
    is a bullet (✅ Hidrata la piel, 📍 Entrée par la cour): a list's items are
    statements, not orders."""
    if any(c in _BOUNDARY for c in gap):
        return True
    return nxt.islower() and any(ord(c) >= 0x2190 and unicodedata.category(c) == "So" for c in gap)


_SENTENCE_END = re.compile(r"[!?…\n]|\.(?!\d)")


def _joined(text: str, word: tuple[int, int, str], after: tuple[int, int, str]) -> bool:
    """Whether ``after`` follows ``word`` in the same sentence: no full stop, ?, !,
    colon or semicolon stands between them. A comma may (Warte, jetzt nicht)."""
    gap = text[word[1] : after[0]]
    return not (_SENTENCE_END.search(gap) or ":" in gap or ";" in gap)


def tag_question(tags: Iterable[str]) -> re.Pattern[str] | None:
    """What closes a sentence that asks only through one of ``tags`` after a
    comma (Gieß sie nicht zu viel, ok?; Ruf mich an, ja?): no question before
    the tag, whose verbs are read as in a statement. None for no tags."""
    alternatives = "|".join(
        re.escape(t).replace(r"\ ", r"\s+").replace("'", "['’]")
        for t in sorted(tags, key=len, reverse=True)
    )
    if not alternatives:
        return None
    return re.compile(rf",\s*¿?(?:{alternatives})\s*\?+\s*$", re.IGNORECASE)


_TAG_SPAN = 24  # a tag's longest reach before its ?: ", ¿va bene  ?"
# German writes ordinals with a full stop: after an article, a possessive or
# a preposition that takes a date (am 12. Mai, unsere 4. Klasse, seit dem 1.
# Januar) the number's full stop ends no sentence. After other words it may
# (Ich komme um 12. Bring eine Decke mit).
_ORDINAL = re.compile(r"\s+\d{1,4}\.\s+")
_BEFORE_ORDINAL = frozenset(
    {"am", "im", "zum", "vom", "beim", "dem", "der", "die", "das", "den", "des", "ab"}
    | {"unsere", "unser", "unserer", "unseren", "ihre", "ihrer", "ihren", "seine", "seiner"}
    | {"meine", "meiner", "meinen", "eure", "eurer", "jede", "jeder", "jedes", "jeden"}
)


class TaggerError(Exception):
    """A tagger that cannot be loaded; the message says what to install."""


class Tagger:
    """One dictionary: grammemes, lemma and "is this a word" for a lower-case word."""

    def __init__(
        self,
        *,
        tag: Callable[[str], frozenset[str]],
        lemma: Callable[[str], str],
        known: Callable[[str], bool],
        grammemes: frozenset[str],
        readings: Callable[[str], tuple[frozenset[str], ...]] = lambda _word: (),
    ) -> None:
        cache = functools.lru_cache(maxsize=_CACHE_WORDS)
        self.tag = cache(tag)
        self.readings = cache(readings)  # every reading's grammemes, likeliest first
        self.lemma = cache(lemma)
        self.known = cache(known)
        self.grammemes = grammemes  # the names it tags with; empty if it has none

    def verb_form(
        self,
        word: str,
        ending: str,
        infinitives: Sequence[str],
        verbs: tuple[str, ...],
        gerunds: Mapping[str, str],
        stem_changes: Mapping[str, Sequence[str]] | None = None,
    ) -> bool:
        """Whether ``word`` (lower case) is a form in ``ending`` of a verb in ``infinitives``.

        ``verbs`` are all the infinitive endings the locale names: when the
        lemma is a verb by them, it alone decides (torni is tornare's, not
        tornire's). ``gerunds`` maps an infinitive ending to its gerund's: a
        word counts as an infinitive only if its gerund is a word too, since
        nouns end like infinitives (cenere, carcere, mare: no cenendo).
        """
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            return False
        lemma = self.lemma(word)
        if lemma != word and lemma.endswith(verbs):
            inf = next(
                (i for i in sorted(infinitives, key=len, reverse=True) if lemma.endswith(i)), None
            )
            if inf is None or not self._is_verb(lemma, gerunds):
                return False
            stem = word[: len(word) - len(ending)]
            return stem_changes is None or _same_stem(
                stem, lemma[: len(lemma) - len(inf)], stem_changes
            )
        # The lemmatizer picked another reading (mezcla: the noun): is the stem
        # plus the infinitive ending a verb it knows, and its own lemma?
        stem = word[: len(word) - len(ending)]
        return any(
            self.known(stem + inf)
            and self.lemma(stem + inf) == stem + inf
            and self._is_verb(stem + inf, gerunds)
            for inf in infinitives
        )

    def _is_verb(self, infinitive: str, gerunds: Mapping[str, str]) -> bool:
        for inf, gerund in gerunds.items():
            if infinitive.endswith(inf):
                return self.known(infinitive[: len(infinitive) - len(inf)] + gerund)
        return True


def _same_stem(
    stem: str, lemma_stem: str, changes: Mapping[str, Sequence[str]], depth: int = 2
) -> bool:
    """Equal, or equal after up to two of ``changes``, each at one place: a vowel
    (calient/calent) and a spelling (empiec/empez, busqu/busc, sig/segu)."""
    if stem == lemma_stem:
        return True
    if depth == 0:
        return False
    for old, news in changes.items():
        start = stem.find(old)
        while start >= 0:
            for new in news:
                changed = stem[:start] + new + stem[start + len(old) :]
                if _same_stem(changed, lemma_stem, changes, depth - 1):
                    return True
            start = stem.find(old, start + 1)
    return False


def _pymorphy3(lang: str) -> Tagger:
    try:
        import pymorphy3
    except ImportError as exc:  # a declared dependency; a broken install says so
        raise TaggerError("pymorphy3 is not installed: pip install pymorphy3") from exc
    try:
        analyzer = pymorphy3.MorphAnalyzer(lang=lang)
    except Exception as exc:
        # Dictionaries exist for Russian (installed with it) and Ukrainian only.
        fix = (
            "pip install pymorphy3-dicts-uk"
            if lang == "uk"
            else "it reads Russian and Ukrainian only; for other languages use tagger: simplemma"
        )
        raise TaggerError(f"pymorphy3 has no dictionary for {lang!r} ({exc}): {fix}") from exc

    def tag(word: str) -> frozenset[str]:
        # tag() lists the readings most likely first.
        found = analyzer.tag(word)
        return frozenset(found[0].grammemes) if found else frozenset()

    def lemma(word: str) -> str:
        found = analyzer.parse(word)
        return str(found[0].normal_form) if found else word

    def readings(word: str) -> tuple[frozenset[str], ...]:
        return tuple(frozenset(t.grammemes) for t in analyzer.tag(word))

    return Tagger(
        tag=tag,
        lemma=lemma,
        known=analyzer.word_is_known,
        grammemes=frozenset(analyzer.TagClass.KNOWN_GRAMMEMES),
        readings=readings,
    )


def _simplemma(lang: str) -> Tagger:
    try:
        import simplemma
    except ImportError as exc:
        raise TaggerError("simplemma is not installed: pip install simplemma") from exc
    try:
        simplemma.is_known(
            "a", lang=lang, low_memory=True
        )  # loads the dictionary now, not mid-chat
    except Exception as exc:
        raise TaggerError(f"simplemma has no dictionary for {lang!r} ({exc})") from exc
    return Tagger(
        tag=lambda _word: frozenset(),
        lemma=lambda word: str(simplemma.lemmatize(word, lang=lang, low_memory=True)),
        known=lambda word: bool(simplemma.is_known(word, lang=lang, low_memory=True)),
        grammemes=frozenset(),
    )


TAGGERS: dict[str, Callable[[str], Tagger]] = {"pymorphy3": _pymorphy3, "simplemma": _simplemma}

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


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str  # lower case
    clause_start: bool  # first word of the text, a sentence or a clause
    question: bool  # its sentence ends with ?
    next: str  # the following word, lower case ("" at the end or across a full stop)
    label: bool  # a colon follows it (Note : …, Tipp: …): a heading, not a verb
    then: str = ""  # the word after the next, lower case ("" where next has none)
    linked: bool = False  # a clause start only for the link word before it (y, und)
    sentence: bool = False  # the first word of the text or of a sentence
    # After a short insertion between commas within a sentence (El ruido, sin
    # embargo, dificulta …): the clause before the insertion may go on.
    aside: bool = False


# A closing quotation mark and a comma before a verb: the verb reports the quote
# (« C'est fini », confie un habitant), an inverted clause, not a new one.
_REPORTED = re.compile(r"[»”\"]\s*,\s*$")


def tokens(
    text: str, links: frozenset[str] = frozenset(), tags: re.Pattern[str] | None = None
) -> Iterator[Token]:
    """The words of ``text`` with where they stand.

    A word after one of ``links`` (und, then, y, et) also starts a clause, so
    in "atme ein und halte die Luft an" halte does. A question that ``tags``
    (see tag_question) closes asks nothing of the words before its tag.
    """
    found = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    ends = [(m.start(), m.group()) for m in _SENTENCE_END.finditer(text)]
    stops = [pos for pos, _ in ends]
    # Where a question's closing tag (…, ok?) starts, for each ? that closes one.
    tag_starts = [
        tag.start()
        if mark == "?"
        and tags is not None
        and (tag := tags.search(text, max(0, pos - _TAG_SPAN), pos + 1))
        else None
        for pos, mark in ends
    ]
    prev_end, prev_word = 0, ""
    opened, comma_at = 0, -1  # where the sentence, and the last comma's clause, began
    for k, (start, end, word) in enumerate(found):
        gap = text[prev_end:start]
        if prev_word in _ABBREVIATIONS and gap.lstrip().startswith("."):
            gap = gap.lstrip()[1:]
        elif _ORDINAL.fullmatch(gap) and prev_word in _BEFORE_ORDINAL:
            gap = gap.replace(".", "")
        opens = (k == 0 and not any(c.isalpha() for c in gap)) or _boundary(gap, text[start])
        linked = not opens and prev_word in links
        sentence = k == 0 or _SENTENCE_END.search(gap) is not None
        aside = False
        if sentence:
            opened, comma_at = k, -1
        elif "," in gap:
            aside = opened < comma_at and k - comma_at <= 3
            comma_at = k
        clause = (opens or linked) and not _REPORTED.search(gap)
        j = bisect.bisect_left(stops, end)
        tag_at = tag_starts[j] if j < len(ends) else None
        question = j < len(ends) and ends[j][1] == "?" and (tag_at is None or tag_at < end)
        # What follows the word in its sentence: none across a full stop
        # (… et patiente. Les instruments … is no imperative before les).
        nxt = (
            found[k + 1][2] if k + 1 < len(found) and _joined(text, found[k], found[k + 1]) else ""
        )
        then = (
            found[k + 2][2]
            if nxt and k + 2 < len(found) and _joined(text, found[k + 1], found[k + 2])
            else ""
        )
        label = text[end : end + 2].lstrip(" \u00a0\u202f").startswith(":")
        yield Token(
            start, end, word, bool(clause), question, nxt, label, then, linked, sentence, aside
        )
        prev_end, prev_word = end, word
