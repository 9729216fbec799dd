"""Role-play replies: narration in asterisks is nobody's speech; the quoted speech is.

roleplay_replies_blind (data/open/, session 18): character replies with
*narration*, name labels and quoted speech in 15 locales, written blind.
On arrival 151/180: the narration's written style read as the speaker's
(Korean 숙인다 unknown, Thai without ครับ casual, Spanish "el libro de
cuentas" a tu verb), and the quoted speech was set aside as someone else's.
"""

from __future__ import annotations

import pytest

from chatbot.detect.register import analyze
from chatbot.detect.register.roleplay import speech_of


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ('*bows* "Welcome back, my lady." *smiles*', "Welcome back, my lady."),
        ('Aiko: *sets down the tea* "Your tea, sir."', "Your tea, sir."),
        ("_nods slowly_ Come in, the door's open.", "Come in, the door's open."),
        ("*bows and pours the tea", ""),  # still streaming: narration until it closes
        ('점원: *웃으며 다가온다* "어서 오세요!"', "어서 오세요!"),
    ],
)
def test_narration_and_labels_are_blanked(text: str, speech: str) -> None:
    out = speech_of(text)
    assert len(out) == len(text)  # evidence spans still index the text
    assert " ".join(out.split()) == speech


@pytest.mark.parametrize(
    "text",
    [
        "Click *Save* and then **Done**.",  # emphasis and bold inside a sentence
        "*Bitte beachten Sie:* Das Angebot gilt bis Freitag.",  # an emphasised label
        "Use snake_case names, or _private ones.",
        "**Schritt 1:** Öffnen Sie die App.",
        "No asterisks at all.",
    ],
)
def test_markdown_emphasis_is_not_narration(text: str) -> None:
    assert speech_of(text) == text


def test_quotation_marks_stay_where_the_speaker_has_words_of_their_own() -> None:
    text = '*smiles* Just say "tu es chez toi" and she will relax.'
    out = speech_of(text)
    assert out.strip().startswith("Just say") and '"tu es chez toi"' in out


@pytest.mark.parametrize(
    ("text", "locale", "level"),
    [
        (
            '*집사가 찻잔을 내려놓으며 고개를 숙인다.* "다녀오셨습니까, 아가씨. 차를 준비해 두었습니다."',
            "ko",
            "hasipsioche",
        ),
        (
            '*소꿉친구가 소파에 드러누운 채 손을 흔든다.* "왔냐? 차 끓여놨으니까 마셔."',
            "ko",
            "haeche",
        ),
        ('*พ่อบ้านวางถ้วยชาลงแล้วโค้งคำนับ* "ยินดีต้อนรับกลับบ้านครับ"', "th", "polite"),
        (
            '*La posadera cierra el libro de cuentas.* "Sea usted bienvenido, su habitación está arriba."',
            "es",
            "formal",
        ),
        (
            'Sari: *menyodorkan baju sambil tertawa* "Eh, ini cocok banget buat kamu! Cobain dong!"',
            "id",
            "casual",
        ),
    ],
)
def test_a_characters_speech_gives_the_level(text: str, locale: str, level: str) -> None:
    reading = analyze(text, locale)
    assert reading.level == level, [(e.surface, e.rule) for e in reading.evidence]
    for e in reading.evidence:
        assert text[e.start : e.end] == e.surface
