"""A user's name split into the parts a form of address needs.

``names_from("Jan van der Berg")`` gives ``name`` (all of it), ``surname``
(van der Berg) and ``given`` (Jan), so a locale can say "meneer {surname}",
"{surname}様" or "anh/chị {given}". How a name is split depends on how its
language writes names: family name first in CJK scripts (田中 太郎) and in a
locale whose ``name_order`` says so (Vietnamese: Nguyễn Văn Hùng is anh Hùng;
pinyin Wang Fang is 王 Fang), and a name written without a space in a
locale that lists its two-character family names (``compound_surnames``)
split after its family name (王芳: 王先生; 김민수: 민수); a Dutch surname without
the given name before it takes a capital (meneer De Vries); Spanish addresses
people by the first of their two surnames (María García López: señora García);
a Russian patronymic stays with the given name (Анна Сергеевна), since that
pair is the polite form of address. What a name field tends to hold besides a
name is set aside: titles (Dr., Frau; Dona and Don, before a given name), a
parenthesis (she/her), "Last, First".
"""

from __future__ import annotations

import re

from chatbot.locales.schema import LocaleSpec

__all__ = ["MAX_NAME_CHARS", "names_from"]

MAX_NAME_CHARS = 80
# Scripts whose names are written family name first (田中 太郎, 김 민수, 王 小明).
_FAMILY_FIRST = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
# Words that belong to the surname after them (Jan van der Berg, Maria da Silva,
# محمد عبد الله).
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
        "بن",
        "ابن",
        "عبد",
        "أبو",
        "آل",
        "בן",
    ]
)
# Titles a user may type before a name, and suffixes after it; never a name.
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
        "meneer",
        "mevrouw",
        "mevr",
        "dhr",
        "monsieur",
        "madame",
        "signor",
        "signore",
        "signora",
        "señor",
        "señora",
        "senhor",
        "senhora",
    ]
)
# Titles that go before a given name, not a surname: Dona Maria, Seu João (Brazil),
# Dom Pedro, Don Julián, Doña Carmen. The one word after them is the given name.
_GIVEN_TITLES = frozenset(["dona", "seu", "dom", "don", "doña", "dña", "dª"])
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv", "phd", "md", "msc", "mba", "esq"])
# Patronymics. A male one (-ович, -ич) also ends some surnames (Шостакович):
# read as a patronymic, such a name is addressed in full, which stays polite.
_PATRONYMIC_F = re.compile(r"(?:овна|евна|ична|инична)$", re.IGNORECASE)
_PATRONYMIC_M = re.compile(r"(?:ович|евич|ич)$", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def _bare(word: str) -> str:
    return word.lower().strip(".,")


def _words(text: str) -> tuple[list[str], bool | str]:
    """The name's words, and whether a title stood before them: True for one
    that goes before a surname (Frau Schmidt), "given" for one that goes
    before a given name (Dona Maria)."""
    words = [
        w.strip(",")
        for w in text.split(" ")
        if any(ch.isalpha() for ch in w) and "/" not in w  # she/her, they/them
    ]
    titled: bool | str = False
    while words and (_bare(words[0]) in _TITLES or _bare(words[0]) in _GIVEN_TITLES):
        titled = "given" if _bare(words[0]) in _GIVEN_TITLES else True
        words = words[1:]
    while words and (_bare(words[-1]) in _SUFFIXES or _bare(words[-1]) in _TITLES):
        words = words[:-1]
    return words, titled


def _split(words: list[str], titled: bool | str, cjk: bool, family_first: bool) -> dict[str, str]:
    if len(words) == 1:
        # One word: a surname after a title (Frau Schmidt) or in a CJK script
        # (田中), else the name someone goes by (Anna, สมชาย, Dona Maria).
        return {"surname" if (titled is True or cjk) else "given": words[0]}
    patronymic = next(
        (
            k
            for k in range(1, len(words))
            if _PATRONYMIC_F.search(words[k]) or _PATRONYMIC_M.search(words[k])
        ),
        None,
    )
    if patronymic is not None and not cjk:
        names = {"given": " ".join(words[patronymic - 1 : patronymic + 1])}  # Анна Сергеевна
        others = words[: patronymic - 1] + words[patronymic + 1 :]
        if others:
            names["surname"] = " ".join(others)
        return names
    if cjk or family_first:
        return {"surname": words[0], "given": words[-1]}
    k = len(words) - 1
    # After a title the particle may open the name: Frau de Vries, Sr. da Silva.
    while k > (0 if titled else 1) and words[k - 1].lower() in _PARTICLES:
        k -= 1
    if k == 0:
        return {"surname": " ".join(words)}
    return {"surname": " ".join(words[k:]), "given": words[0]}


def _first_surname(
    words: list[str], titled: bool | str, parts: dict[str, str], compound_given: list[str]
) -> dict[str, str]:
    """The first of two surnames, by which Spanish addresses people: María García
    López is señora García, José Luis Pérez Gil señor Pérez. Only where the name
    holds no particle (María de la Cruz), which the general split reads.

    Two words are a given name and a surname (Sr. Juan Pérez), unless the
    first has the patronymic ending -ez of a surname, which no given name has
    (Sra. Fernández López, Pérez Gil); after a title, three or more are read
    as without one (Sra. María García López)."""
    if any(w.lower() in _PARTICLES for w in words):
        return parts
    if len(words) == 2 and words[0].lower().endswith("ez") and titled != "given":
        return {"surname": words[0]}
    if titled and len(words) == 2:
        return parts
    two = " ".join(words[:2]).lower() in {g.lower() for g in compound_given}
    given = 2 if two else 1
    if len(words) - given not in (1, 2):
        return parts  # a name too long to tell
    # María José García has one surname; María García López two, addressed by García.
    return {"surname": words[given], "given": " ".join(words[:given])}


def names_from(full: str | None, locale: LocaleSpec | None = None) -> dict[str, str]:
    """``name``, and ``surname`` and ``given`` where the name shows them.

    A form that needs a part the name does not show ("Herr {surname}" for
    "Anna") falls back to the form for an unknown name.
    """
    text = " ".join(_PARENTHESIS.sub(" ", (full or "")[: MAX_NAME_CHARS * 2]).split())
    text = " ".join(w for w in text[:MAX_NAME_CHARS].split(" ") if any(c.isalpha() for c in w))
    text = text.strip(" ,")
    if not text:
        return {}
    names = {"name": text}
    family_first = locale is not None and locale.name_order == "family_first"
    family, comma, rest = text.partition(",")
    if comma:
        last, _ = _words(family)
        first, _ = _words(rest)
        if last and first:  # Müller, Anna; van der Berg, Jan; Толстой, Лев Николаевич
            after_comma = len(first) == 2 and (
                _PATRONYMIC_F.search(first[1]) or _PATRONYMIC_M.search(first[1])
            )
            given = " ".join(first) if after_comma else first[0]
            return {**names, "surname": " ".join(last), "given": given}
    words, titled = _words(text.replace(",", " "))
    if not words:
        return names
    cjk = bool(_FAMILY_FIRST.search(words[0]))
    if cjk and len(words) == 1 and locale is not None and locale.compound_surnames:
        words = _unspaced(words[0], locale.compound_surnames)
    parts = _split(words, titled, cjk, family_first)
    if locale is not None and locale.double_surname and not cjk:
        parts = _first_surname(words, titled, parts, locale.compound_given_names)
    if locale is not None and locale.surname_capital and "surname" in parts:
        parts["surname"] = parts["surname"][:1].upper() + parts["surname"][1:]  # De Vries
    return {**names, **parts}


def _unspaced(name: str, compound: list[str]) -> list[str]:
    """王芳 as [王, 芳], 欧阳娜娜 as [欧阳, 娜娜], 남궁민수 as [남궁, 민수]: the family
    name (one of ``compound``, else the first character), then the given name.
    A name of one character, or of more than four, stays whole."""
    if not 2 <= len(name) <= 4 or not all(_FAMILY_FIRST.match(ch) for ch in name):
        return [name]
    family = next((c for c in compound if name.startswith(c) and len(name) > len(c)), name[0])
    return [family, name[len(family) :]]
