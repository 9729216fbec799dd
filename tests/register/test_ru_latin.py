"""Russian typed in Latin letters (translit), as on a keyboard without Cyrillic.

ru.yaml lists its words (``detect.romanized``: privet, pozhaluysta, mozhesh),
which langdetect cannot tell from Slovak or Slovene, and reads ты and вы
typed so (ru.latin.*). Its near neighbours, Czech, Slovak and the languages
of former Yugoslavia typed without their marks, stay theirs.
"""

from __future__ import annotations

import pytest

from chatbot.detect.language import detect
from chatbot.detect.register import analyze

TRANSLIT = [
    ("Privet! Ty segodnya svoboden vecherom?", "informal", "Ty"),
    ("Slushay, mozhesh skinut mne nomer Leny?", "informal", "mozhesh"),
    ("Zdravstvuyte, podskazhite pozhaluysta, kogda otkroetsya magazin?", "formal", "podskazhite"),
    ("Dobryy den! Vy mozhete perenesti vstrechu na zavtra?", "formal", "Vy"),
    ("Spasibo, ochen pomog! Pozvoni mne potom.", "informal", "Pozvoni"),
    ("Uvazhaemyy Igor Petrovich, otchet gotov, prishlite zamechaniya.", "formal", "Uvazhaemyy"),
    # й typed j, ь left out or typed '.
    ("Dobryj vecher! Sdelajte pozhalujsta skidku, esli mozhno.", "formal", "Sdelajte"),
    ("Slushaj, davaj zavtra vstretimsya, esli tebe udobno.", "informal", "Slushaj"),
]


@pytest.mark.parametrize(("text", "level", "surface"), TRANSLIT)
def test_translit_is_russian_and_its_register_is_read(text: str, level: str, surface: str) -> None:
    found = detect(text)
    assert (found.locale, found.method) == ("ru", "romanized")
    reading = analyze(text, "ru")
    assert reading.level == level, [(e.surface, e.rule) for e in reading.evidence]
    assert surface in [e.surface for e in reading.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "Ahoj, ty jsi dnes doma? Potom pridem.",  # Czech
        "Dobry vecer, mate volny stol pre styroch?",  # Slovak without its marks
        "Zdravo, kako si? Izvini, nisam mogao doci.",  # Croatian / Serbian
        "Dobry den, mozete mi pomoct s objednavkou?",  # Slovak
        "The privet hedge needs trimming before the weekend.",  # English privet
    ],
)
def test_neighbouring_languages_are_not_taken_for_translit(text: str) -> None:
    assert detect(text).locale != "ru"


def test_cyrillic_and_translit_read_alike() -> None:
    pairs = [
        ("Привет, ты можешь мне помочь?", "Privet, ty mozhesh mne pomoch?"),
        ("Здравствуйте, вы можете мне помочь?", "Zdravstvuyte, vy mozhete mne pomoch?"),
    ]
    for cyrillic, latin in pairs:
        assert analyze(cyrillic, "ru").level == analyze(latin, "ru").level
