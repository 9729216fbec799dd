"""A user's name split into the parts a form of address needs.

``names_from("Jan van der Berg")`` gives ``name`` (all of it), ``surname``
(van der Berg) and ``given`` (Jan), so a locale can say "meneer {surname}",
"{surname}様" or "anh/chị {given}". How a name is split depends on how its
language writes names: family name first in CJK scripts (田中 太郎) and in a
locale whose ``name_order`` says so (Vietnamese: Nguyễn Văn Hùng is anh Hùng);
a Russian patronymic stays with the given name (Анна Сергеевна), since that
pair is the polite form of address. What a name field tends to hold besides a
name is set aside: titles (Dr., Frau), a parenthesis (she/her), "Last, First".
"""

from __future__ import annotations

import re

from chatbot.locales.schema import LocaleSpec

__all__ = ["MAX_NAME_CHARS", "names_from"]

MAX_NAME_CHARS = 80
# Scripts whose names are written family name first (田中 太郎, 김 민수, 王 小明).
_FAMILY_FIRST = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
# Words that belong to the surname after them (Jan van der Berg, Maria da Silva).
_PARTICLES = frozenset(
    [
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "von",
        "und",
        "zu",
        "ten",
        "ter",
        "le",
        "la",
        "'t",
        "bin",
        "al",
    ]
)
# Titles a user may type before a name; never a given name.
_TITLES = frozenset(
    [
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "herr",
        "frau",
        "sr",
        "sra",
        "srta",
        "mme",
        "mlle",
        "dott",
        "sig",
        "ing",
    ]
)
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def _words(text: str) -> list[str]:
    words = [w for w in text.split(" ") if any(ch.isalpha() for ch in w)]
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    return words


def names_from(full: str | None, locale: LocaleSpec | None = None) -> dict[str, str]:
    """``name``, and ``surname`` and ``given`` where the name shows them.

    One word is taken as the surname in a CJK script (田中 -> 田中様) and as the
    given name elsewhere (Anna, สมชาย), so a form that needs a surname ("Herr
    {surname}") falls back to the form for an unknown name.
    """
    text = " ".join(_PARENTHESIS.sub(" ", (full or "")[: MAX_NAME_CHARS * 2]).split())
    text = " ".join(w for w in text[:MAX_NAME_CHARS].split(" ") if any(c.isalpha() for c in w))
    text = text.strip(" ,")
    if not text:
        return {}
    names = {"name": text}
    if "," in text:  # Müller, Anna: the family name first, as in a list
        family, _, rest = text.partition(",")
        family_words, given_words = _words(family), _words(rest)
        if family_words and given_words:
            return {**names, "surname": " ".join(family_words), "given": given_words[0]}
    words = _words(text)
    if not words:
        return names
    cjk = bool(_FAMILY_FIRST.search(words[0]))
    if len(words) == 1:
        names["surname" if cjk else "given"] = words[0]
        return names
    patronymic = next((k for k in range(1, len(words)) if _PATRONYMIC.search(words[k])), None)
    if patronymic is not None and not cjk:
        names["given"] = " ".join(words[patronymic - 1 : patronymic + 1])  # Анна Сергеевна
        others = words[: patronymic - 1] + words[patronymic + 1 :]
        if others:
            names["surname"] = " ".join(others)
        return names
    if cjk or (locale is not None and locale.name_order == "family_first"):
        names.update(surname=words[0], given=words[-1])
        return names
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in _PARTICLES:
        k -= 1
    names.update(surname=" ".join(words[k:]), given=words[0])
    return names
