"""Which language a message is in: ``detect(text) -> Detection``.

Short chat messages defeat statistical detectors, so scripts that belong to one
language decide first: any kana makes a text Japanese (Chinese never writes
kana, and a Japanese sentence with English words in it is still Japanese),
Hangul makes it Korean, Thai script Thai, Devanagari Hindi, Han without kana
Chinese. Hindi in Latin letters (Roman Hindi: "aap kaise hain?") is told by
its common words, which the locale file lists (``detect.romanized``).
Everything else goes to langdetect, seeded so results repeat.

A few Latin or Cyrillic words defeat langdetect too ("Hola, ¿qué tal?" reads
as Catalan, "Привет" as Bulgarian, "Apa kabar?" as Tagalog). A caller that can
only answer in some languages (a persona's locales) passes them as ``among``:
when langdetect's pick is not one of them, it reads the text again restricted
to them, and takes that answer if the first reading gave it some probability or
the text is a few words at most; a longer text in a language outside
``among`` keeps its own code, so the caller can tell that it cannot answer in it.

On a short text (eight words at most) langdetect is wrong even among our own
languages ("¿Qué quieres tomar?" reads as French, "Sag mal, wo war nochmal der
Bahnhof?" as English): there another of our locales (of ``among``, if given)
wins when the text has its letters and one of its common words, or, where the
pick has none of its own common words, the most of its common words
(``detect.words``). A longer text that langdetect gives a language none of our
locales is, is ours where its common words make three tenths of it (Indonesian
chat with ga, bisa, ada that langdetect takes for Tagalog).
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from chatbot import locales
from chatbot.detect.register import clean, said

# langdetect codes that we name differently.
_ALIASES = {"zh-cn": "zh", "zh-tw": "zh"}


@dataclass(frozen=True)
class Detection:
    locale: str | None  # ISO 639-1, or None when nothing can be read
    confidence: float
    # "script:<name>", "romanized", "langdetect", "langdetect:among", "letters", "words", "none"
    method: str


def script_of(ch: str) -> str | None:
    """The script of a character: kana, hangul, thai, devanagari, han, or for
    another letter latin, cyrillic, greek, arabic, hebrew or other; None for
    what is no letter of any of these."""
    code = ord(ch)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if 0x0900 <= code <= 0x097F:
        return "devanagari"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return next(
        (
            s.lower()
            for s in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW")
            if name.startswith(s)
        ),
        "other",
    )


_SCRIPT_LOCALE = {"kana": "ja", "hangul": "ko", "thai": "th", "devanagari": "hi"}
# Our codes as langdetect names them, for restricting it to a set of locales.
_LANGDETECT_NAMES = {"zh": ("zh-cn", "zh-tw")}
SHORT_WORDS = 3  # up to this many words, langdetect's first pick is little better than chance
# Up to this many words, a locale's own letters or common words overrule langdetect
# (see _told_by_words).
SHORT_TEXT_WORDS = 8
# Up to this many words, a locale's own letters overrule langdetect where its
# common words also make a share of the text (see _told_by_words).
LETTER_TEXT_WORDS = 16
# A Latin-script text is in a language its speakers also write in Latin letters
# (Roman Hindi) when this many distinct words of its ``detect.romanized`` and
# ``romanized_core`` lists make at least this share of its words: "kya haal
# hai" (two of three), "Mera order abhi tak nahi aaya" (three of six), not
# English that says "hai" once (see romanized() for the rest).
ROMANIZED_WORDS, ROMANIZED_SHARE = 2, 0.15
_LATIN_WORD = re.compile(r"[^\W\d_]+")  # whole words: thiếu is one, not thi + u
# Where langdetect names a language the caller cannot answer in, a locale it
# can is the language when this many distinct common words (``detect.words``)
# make this share of the text's words (see _speaks).
COMMON_WORDS, COMMON_SHARE = 2, 0.2
# Where the text has some of the common words of the language langdetect
# names, another locale's tell it only with this many distinct words, and this
# many times as many (see _spoken_instead).
OUTSPOKEN = 3
# A longer text that langdetect gives a language none of our locales is, is one
# of ours where this share of its words are that locale's common words, at least
# OUTSPOKEN distinct ones (see _mostly_spoken).
MOSTLY_SHARE = 0.3
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]')
# Role-play speech, or a reply's own words, with at least this many letters tell
# the language; shorter ("Hi!"), the narration or the quoted message is read too.
SPEECH_LETTERS = 12


def _letter_cues() -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each locale's own letters (its ``detect`` block), less those another declares too.

    On a short text outside langdetect's reach they name the language ("Hola,
    ¿qué tal?" is not French), unless the text also has a letter of a language
    we lack (Ukrainian і, ї, є).
    """
    specs = [s for s in map(locales.get, locales.available()) if s is not None]
    declared = [(s.code, frozenset(s.detect.letters.lower())) for s in specs]
    shared = {ch for i, (_, a) in enumerate(declared) for _, b in declared[i + 1 :] for ch in a & b}
    return [
        (s.code, letters - shared, frozenset(s.detect.foreign.lower()))
        for s, (_, letters) in zip(specs, declared, strict=True)
        if letters - shared
    ]


def romanized(text: str) -> Detection | None:
    """The locale whose romanized words (``detect.romanized``) a Latin-script
    text is written in, or None: langdetect knows Hindi only in Devanagari and
    reads "aap kaise hain?" as Tagalog.

    One of its words must be one no other language writes (``romanized_core``:
    nahi, kya; not hai, Italian "you have", nor mat or aap, Dutch words), and a
    text that uses as many common words of a Latin-script locale (``words``:
    the, and, you) is in that one: "Thanks bhai, see you at the ghar tonight"
    is English with two Hindi words. Where two such locales qualify (Roman
    Hindi, Russian in Latin letters), the one with more words wins."""
    words = _LATIN_WORD.findall(text.lower())
    specs = [s for s in map(locales.get, locales.available()) if s is not None]
    best: tuple[int, str] | None = None
    for spec in specs:
        if not spec.detect.romanized_core:
            continue
        known, core = _romanized_words(spec.code)
        hits = [w for w in words if w in known]
        if not core.intersection(hits):
            continue
        if len(set(hits)) < ROMANIZED_WORDS or len(hits) < ROMANIZED_SHARE * len(words):
            continue
        others = (s.code for s in specs if s.code != spec.code and s.detect.words)
        if any(sum(w in _common_words(code) for w in words) >= len(hits) for code in others):
            continue
        if best is None or len(hits) > best[0]:
            best = (len(hits), spec.code)
    if best is None:
        return None
    return Detection(best[1], min(0.95, 0.5 + best[0] / len(words)), "romanized")


@functools.lru_cache(maxsize=64)
def _romanized_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """Locale ``code``'s romanized words, all of them and the core ones."""
    spec = locales.get(code)
    if spec is None:
        return frozenset(), frozenset()
    core = frozenset(spec.detect.romanized_core)
    return frozenset(spec.detect.romanized) | core, core


@functools.lru_cache(maxsize=64)
def _common_words(code: str) -> frozenset[str]:
    """Locale ``code``'s declared common words (``detect.words``), in small letters."""
    spec = locales.get(code)
    return frozenset(w.lower() for w in spec.detect.words) if spec is not None else frozenset()


def _speaks(text: str, code: str, other: str) -> bool:
    """Whether ``text`` is in locale ``code`` by its common words, though
    langdetect named ``other``: Dutch chat that it takes for Afrikaans ("Klik
    op de link die we je hebben gestuurd"), Indonesian it takes for Tagalog.
    The words (``detect.words``) must make a share of the text, and more of it
    than ``other``'s own, where it is a locale of ours: German that says die
    and in is still German."""
    words = _LATIN_WORD.findall(text.lower())
    mine = [w for w in words if w in _common_words(code)]
    if len(set(mine)) < COMMON_WORDS or len(mine) < COMMON_SHARE * len(words):
        return False
    return len(mine) > sum(w in _common_words(other) for w in words)


def _told_by_words(
    text: str, picked: str, among: Collection[str] | None, *, longer: bool = False
) -> str | None:
    """Another of our locales (of ``among``, if given) that a short text is in by
    its letters or common words, though langdetect picked ``picked``: "¿Qué
    quieres tomar?" (not French), "Hast du noch Munition?" (not French either).
    None where the text says nothing against the pick. ``longer``: a text past
    SHORT_TEXT_WORDS, which its letters decide only with a share of common words
    ("¿Usted vio el partido anoche? Qué golazo el del final." is not Italian)."""
    lower = set(text.lower())
    candidates = [c for c in (among if among is not None else locales.available()) if c != picked]
    if _own_letters(text, picked):
        return None  # the pick's own letters (ß for German) back it
    cues = {code: (mine, other) for code, mine, other in _letter_cues()}
    words = _LATIN_WORD.findall(text.lower())
    for code in candidates:
        letters, foreign = cues.get(code, (frozenset(), frozenset()))
        # Its letters, and a word of its own to bear them out (not jalapeño in English).
        if (
            lower & letters
            and not lower & foreign
            and any(w in _common_words(code) for w in words)
            and (not longer or _speaks(text, code, picked))
        ):
            return code
    if longer:
        return None
    return _spoken_instead(text, picked, candidates)


def _told_by_tells(text: str, among: Collection[str] | None) -> str | None:
    """The locale (of ``among``, if given) whose ``detect.tells`` letters ``text``
    has, and none of its ``foreign`` ones, where langdetect named a language we
    lack: Russian chat with ё or ы ("магаз огонь, залип там на два часа, ушёл
    без денег лол") is not Ukrainian, whatever its slang says."""
    lower = set(text.lower())
    for code in among if among is not None else locales.available():
        spec = locales.get(code)
        if (
            spec is not None
            and lower & set(spec.detect.tells.lower())
            and not lower & set(spec.detect.foreign.lower())
        ):
            return code
    return None


def _own_letters(text: str, code: str) -> bool:
    """Whether ``text`` has a letter that only ``code`` of our locales declares
    (¿ for Spanish, ß for German)."""
    lower = set(text.lower())
    return any(c == code and lower & mine for c, mine, _ in _letter_cues())


def _spoken_instead(text: str, picked: str, candidates: Collection[str]) -> str | None:
    """The one of ``candidates`` that ``text`` speaks by its common words, where
    it has none of ``picked``'s own (with some, it may well be in ``picked``), or
    where at least OUTSPOKEN distinct words that only it lists outnumber those
    that only ``picked`` lists OUTSPOKEN times: "A tua guitarra já tá
    arranjada, pá, podes vir buscá-la." is Portuguese (tua, já, tá, podes),
    whatever Spanish's la says."""
    text = _QUOTED.sub(" ", text)  # a quote is someone else's words
    words = _LATIN_WORD.findall(text.lower())
    mine = _common_words(picked)
    best = _most_spoken(text, picked, candidates)
    if best is None or not any(w in mine for w in words):
        return best
    # Words both lists hold (tu, la, que) tell neither.
    theirs = [w for w in words if w in _common_words(best) and w not in mine]
    own = sum(w in mine and w not in _common_words(best) for w in words)
    return best if len(set(theirs)) >= OUTSPOKEN and len(theirs) >= OUTSPOKEN * own else None


def _most_spoken(text: str, picked: str, candidates: Collection[str]) -> str | None:
    """The one of ``candidates`` that ``text`` speaks by its common words (see
    _speaks), though langdetect picked ``picked``; of several, the one with the
    most of its words: Dutch je and de are French words too."""
    words = _LATIN_WORD.findall(text.lower())
    speaking = [c for c in candidates if _speaks(text, c, picked)]
    return max(speaking, key=lambda c: sum(w in _common_words(c) for w in words), default=None)


def _mostly_spoken(text: str, among: Collection[str] | None) -> str | None:
    """The one of our locales (of ``among``, if given) whose common words make
    MOSTLY_SHARE of a text's words, OUTSPOKEN distinct ones at least; of several,
    the one with the most: Indonesian chat that langdetect takes for Tagalog
    ("guys aku lagi sakit nih, ga bisa ikut nanti malem … ada yg tau duitnya
    bisa balik ga?")."""
    words = _LATIN_WORD.findall(_QUOTED.sub(" ", text).lower())
    mine = {
        code: [w for w in words if w in _common_words(code)]
        for code in (among if among is not None else locales.available())
    }
    speaking = [
        code
        for code, found in mine.items()
        if len(set(found)) >= OUTSPOKEN and len(found) >= MOSTLY_SHARE * len(words)
    ]
    return max(speaking, key=lambda code: len(mine[code]), default=None)


_lock = threading.Lock()


@functools.cache
def _factory_loaded() -> bool:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()
    return True


def _langdetect(text: str, among: Collection[str] | None = None) -> list[tuple[str, float]]:
    """langdetect's (code, probability) list, best first; ``among`` restricts it."""
    from langdetect import detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    _factory_loaded()
    with _lock:  # the factory is module-global state
        try:
            detector = detector_factory._factory.create()
            detector.append(text)
            if among is not None:
                known = set(detector_factory._factory.get_lang_list())
                names = [n for c in among for n in _LANGDETECT_NAMES.get(c, (c,)) if n in known]
                if not names:
                    return []
                detector.set_prior_map({n: 1.0 for n in names})
            found = detector.get_probabilities()
        except LangDetectException:
            return []
    return [(_ALIASES.get(p.lang, p.lang), float(p.prob)) for p in found]


def knows(code: str) -> bool:
    """Whether langdetect has a profile for the language of locale ``code``."""
    from langdetect import detector_factory

    _factory_loaded()
    known = set(detector_factory._factory.get_lang_list())
    return any(n in known for n in _LANGDETECT_NAMES.get(code, (code,)))


def probabilities(text: str) -> list[tuple[str, float]]:
    """langdetect's (code, probability) readings of ``text``, best first."""
    return _langdetect(unicodedata.normalize("NFC", clean(text[:4000])))


def detect(text: str, among: Collection[str] | None = None) -> Detection:
    """The language of ``text``; ``among``: the locales the caller can answer in."""
    text = unicodedata.normalize("NFC", clean(text[:4000]))
    # The language of what the text says: role-play speech, not the narration
    # around it (*She sits down.* « Bonjour, un café s'il vous plaît. »); a reply,
    # not the message it quotes; not the traceback under "Ich bekomme diesen Fehler:".
    spoken = said(text)
    if spoken != text and sum(ch.isalpha() for ch in spoken) >= SPEECH_LETTERS:
        text = spoken
    counts: dict[str, int] = {}
    for ch in text:
        script = script_of(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    letters = sum(counts.values())
    if not letters:
        return Detection(None, 0.0, "none")
    cjk = counts.get("kana", 0) + counts.get("han", 0)
    if counts.get("kana", 0) >= 1 and counts["kana"] >= 0.05 * cjk:
        return Detection("ja", min(1.0, 0.8 + cjk / letters / 5), "script:kana")
    for script in ("hangul", "thai", "devanagari"):
        if counts.get(script, 0) >= 0.3 * letters:
            return Detection(
                _SCRIPT_LOCALE[script],
                min(1.0, 0.8 + counts[script] / letters / 5),
                f"script:{script}",
            )
    if counts.get("han", 0) >= 0.3 * letters:
        return Detection("zh", min(1.0, 0.7 + counts["han"] / letters / 5), "script:han")
    if counts.get("latin", 0) >= 0.7 * letters and (roman := romanized(text)) is not None:
        return roman
    found = _langdetect(text)
    if not found:
        return Detection(None, 0.0, "none")
    locale, prob = found[0]
    # A few words carry little evidence: temper the detector's certainty.
    words = len(text.split())
    damp = min(1.0, 0.5 + words / 10)
    if locale not in locales.available() and (told := _told_by_tells(text, among)):
        return Detection(told, 0.5 * damp, "letters")
    if among is None or locale in among:
        if words <= SHORT_TEXT_WORDS and (told := _told_by_words(text, locale, among)):
            return Detection(told, 0.5 * damp, "words")
        if SHORT_TEXT_WORDS < words <= LETTER_TEXT_WORDS:
            if told := _told_by_words(text, locale, among, longer=True):
                return Detection(told, 0.5 * damp, "letters")
            # Where the text has none of the common words of the language
            # langdetect names (one none of our locales speaks has none), theirs
            # tell a longer text too ("Sorry, ik bel je morgen pas na vijven
            # terug." is Dutch, not Slovenian; "Franchement, va voir ce film, il
            # est trop beau." is French, not Dutch).
            # Not where the pick's own letters back it: "Che, ¿cuánto te sale la
            # cera donde vas vos?" is Spanish, whatever French's vas and vos say.
            others = [c for c in (among or locales.available()) if c != locale]
            if not _own_letters(text, locale) and (told := _spoken_instead(text, locale, others)):
                return Detection(told, 0.5 * damp, "words")
        # A longer text that langdetect gives a language none of our locales
        # is, where one of ours has its letters and a share of its common words
        # in it: "Che, ¿vos sabés qué papeles hay que llevar a la VTV? Es la
        # primera vez que la hago." is Spanish, not Catalan.
        if words > LETTER_TEXT_WORDS and locale not in locales.available():
            if told := _told_by_words(text, locale, among, longer=True):
                return Detection(told, 0.5 * damp, "letters")
            if told := _mostly_spoken(text, among):
                return Detection(told, 0.5 * damp, "words")
        return Detection(locale, prob * damp, "langdetect")
    # A short text that our locales' words or letters tell (see above) is in that
    # one though langdetect picked a language the caller cannot answer in, unless
    # langdetect gave another of the caller's some chance: "Cuéntame sobre tu
    # mejor amiga" is Catalan or Spanish to it, not French for its de and la.
    ours = [code for code, _ in found if code in among]
    told = _told_by_words(text, locale, among) if words <= SHORT_TEXT_WORDS else None
    if told is not None and (not ours or told in ours):
        return Detection(told, 0.5 * damp, "words")
    lower = set(text.lower())
    cue_table = _letter_cues()
    foreign = {code: bool(lower & other) for code, _, other in cue_table}
    for code, cues, _ in cue_table:
        if code not in among or not lower & cues or foreign[code]:
            continue
        if words <= SHORT_WORDS or code in dict(found):
            return Detection(code, 0.5 * damp, "letters")
    earlier = dict(found)
    narrowed = _langdetect(text, among)
    if narrowed and not foreign.get(narrowed[0][0], False):
        code, p = narrowed[0]
        if code in earlier or words <= SHORT_WORDS or _speaks(text, code, locale):
            # The unrestricted reading's share for it, or half when it gave none.
            return Detection(code, max(earlier.get(code, 0.0), 0.5 * p) * damp, "langdetect:among")
    return Detection(locale, prob * damp, "langdetect")
