"""Korean chat register: the chat spellings the analyzer reads.

The handwritten pairs in ``data/ko_chat_pairs.jsonl`` (measured by
test_handwritten_sets.py) are the same chat turn written in
반말 and in 존댓말 (mostly 해요체), the way chat users type them: no final
punctuation, ㅋㅋ/ㅠㅠ and emoji, stretched vowels, 요 respelt 용/여/염,
noun-only turns (진짜?/진짜요?) and answers (응/네) opening a sentence.
"""

from __future__ import annotations

import pytest

from chatbot.detect.register import analyze


@pytest.mark.parametrize(
    ("text", "level", "rule"),
    [
        # 요 respelt after a contracted vowel stem: matched on the vowel.
        ("배고파여", "haeyoche", "ko.yo_chat"),
        ("예뻐용 ㅎㅎ", "haeyoche", "ko.yo_chat"),
        ("졸려여ㅠ", "haeyoche", "ko.yo_chat"),
        ("좋아영", "haeyoche", "ko.yo_chat"),
        ("그렇네욤", "haeyoche", "ko.yo_chat"),
        ("알겠어욥", "haeyoche", "ko.yo_chat"),
        ("맛있잖아여", "haeyoche", "ko.yo_chat"),  # was read as 반말 잖아
        ("그렇쥬", "haeyoche", "ko.jyo"),
        # 습니다 misspelt or clipped
        ("감사함니다", "hasipsioche", "ko.hamnida"),
        ("알겠슴다!", "hasipsioche", "ko.hamnida"),
        # cute ㅇ added to a 반말 ending
        ("뭐 먹었엉?", "haeche", "ko.banmal_chat"),
        ("고마웡 ㅎㅎ", "haeche", "ko.banmal_chat"),
        ("나 오늘 머리 잘랐당", "haeche", "ko.banmal_chat"),
        ("맛있겠당", "haeche", "ko.banmal_chat"),
        ("이미 두 개 붙였지롱", "haeche", "ko.banmal_chat"),
        ("내가 할겡", "haeche", "ko.banmal_chat"),
        # hearsay after a vowel or ㅂ stem, -다며, and 고 respelt 구
        ("내일 비 온대", "haeche", "ko.hearsay"),
        ("밖에 엄청 춥대", "haeche", "ko.hearsay"),
        ("이사했다며?", "haeche", "ko.hearsay"),
        ("생각보다 재밌더라구", "haeche", "ko.hearsay"),
        # 반말 of feelings with the ㅡ dropped, bare 마 "don't", -렴
        ("아 배고파ㅠㅠ", "haeche", "ko.eo_a"),
        ("누나 오늘 바빠?", "haeche", "ko.eo_a"),
        ("너무 걱정 마~", "haeche", "ko.dont"),
        ("천천히 하렴", "haeche", "ko.exclaim"),
        ("오 좋아 엽떡 시키자", "haeche", "ko.let_us"),
        ("헐 그럼 액션 ㄱㄱ", "haeche", "ko.yes_banmal"),
    ],
)
def test_chat_endings(text: str, level: str, rule: str) -> None:
    reading = analyze(text, "ko")
    assert reading.level == level, reading.evidence
    assert any(e.rule == rule for e in reading.evidence), reading.evidence
    for e in reading.evidence:
        assert text[e.start : e.end] == e.surface


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A stretched vowel continues the ending before it.
        ("졸려요오오", "haeyoche"),
        ("졸려어어", "haeche"),
        ("좋아요오옼ㅋㅋ", "haeyoche"),
        ("네에~", "haeyoche"),
        # 네네 is a doubled polite yes, not the 반말 exclamative -네.
        ("네네", "haeyoche"),
        # An answer opening a sentence counts without a comma after it.
        ("응 이번 주만 ㅠ", "haeche"),
        ("네 이번 주만", "haeyoche"),
    ],
)
def test_stretched_and_leading_words(text: str, level: str) -> None:
    reading = analyze(text, "ko")
    assert reading.level == level, reading.evidence
    for e in reading.evidence:
        assert text[e.start : e.end] == e.surface


@pytest.mark.parametrize(
    "text",
    [
        "무슨 내용?",
        "카드 사용?",
        "괜찮은 식당",
        "특징이 뭐야",
        "그건 반대",
        "나 다음 달에 군대",
        "오빠 뭐해",
    ],
)
def test_nouns_like_chat_endings_stay_banmal(text: str) -> None:
    # 내용/사용 look like 해용, 식당 like 했당, 반대/군대 like 온대, 오빠 like 바빠.
    reading = analyze(text, "ko")
    assert reading.formality == "informal", reading.evidence
    assert not any(
        e.rule in ("ko.yo_chat", "ko.banmal_chat", "ko.hearsay") for e in reading.evidence
    ), reading.evidence
