"""Hangul syllable arithmetic: split syllables into jamo so endings match when fused.

Korean writes a verb ending inside the last syllable of the stem: 갑니다 is
가 + ㅂ니다 and 했어 is 하 + 였 + 어. Written as syllables, the ending ㅂ니다 has
no substring to find; written as jamo (ㄱㅏㅂㄴㅣㄷㅏ) it is a plain suffix. Every
precomposed syllable U+AC00..U+D7A3 is ``0xAC00 + (initial * 21 + medial) * 28
+ final``, so the split is arithmetic, not a table lookup of 11,172 syllables.

Jamo are written as Hangul Compatibility Jamo (the ㄱ, ㅏ people type), the
same letters a marker file uses for a fused ending such as ``ㅂ니다``; a
compound final such as ㅄ in 없 stays one letter, as it is one sound slot.
"""

from __future__ import annotations

SYLLABLE_FIRST = 0xAC00
SYLLABLE_LAST = 0xD7A3

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")


def is_syllable(ch: str) -> bool:
    return SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST


def is_compat_jamo(ch: str) -> bool:
    """ㄱ..ㅣ typed alone: laughter ㅋㅋ, crying ㅠㅠ, chat shorthand ㅇㅇ."""
    return 0x3131 <= ord(ch) <= 0x318E


def _split(code: int) -> str:
    initial, rest = divmod(code, 21 * 28)
    medial, final = divmod(rest, 28)
    return INITIALS[initial] + MEDIALS[medial] + FINALS[final]


# All 11,172 splits, computed once (a few hundred kB): the analyzer splits the
# tail of every word, and a list index is several times cheaper than divmod.
_SPLITS = tuple(_split(code) for code in range(SYLLABLE_LAST - SYLLABLE_FIRST + 1))


def split_syllable(ch: str) -> str:
    """The jamo of one character: 갑 -> ㄱㅏㅂ; anything else comes back as it is."""
    code = ord(ch) - SYLLABLE_FIRST
    if 0 <= code <= SYLLABLE_LAST - SYLLABLE_FIRST:
        return _SPLITS[code]
    return ch


def decompose(word: str) -> tuple[str, list[int]]:
    """The jamo string of ``word`` and, for each jamo, the index of its character.

    The index list maps a suffix match in jamo back to character offsets, so
    evidence spans still index the original text.
    """
    jamo: list[str] = []
    owner: list[int] = []
    for i, ch in enumerate(word):
        parts = split_syllable(ch)
        jamo.append(parts)
        owner.extend([i] * len(parts))
    return "".join(jamo), owner


def compose(initial: str, medial: str, final: str = "") -> str:
    """The syllable of three jamo: compose("ㄱ", "ㅏ", "ㅂ") == "갑"."""
    code = (INITIALS.index(initial) * 21 + MEDIALS.index(medial)) * 28 + FINALS.index(final)
    return chr(SYLLABLE_FIRST + code)
