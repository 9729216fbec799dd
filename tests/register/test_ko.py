"""The Korean analyzer: speech levels from sentence-final endings read on jamo."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from chatbot import locales
from chatbot.detect.register import analyze
from chatbot.detect.register import ko as ko_analyzer
from chatbot.detect.register.evaluate import evaluate
from chatbot.detect.register.ko_jamo import compose, decompose, split_syllable
from chatbot.errors import ConfigError
from chatbot.locales.schema import LocaleSpec

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "register" / "dev.jsonl"


def test_jamo_arithmetic() -> None:
    assert split_syllable("갑") == "ㄱㅏㅂ"
    assert split_syllable("없") == "ㅇㅓㅄ"  # a compound final stays one letter
    assert split_syllable("A") == "A"
    assert compose("ㄱ", "ㅏ", "ㅂ") == "갑"
    jamo, owner = decompose("갑니다")
    assert jamo == "ㄱㅏㅂㄴㅣㄷㅏ"
    assert owner == [0, 0, 0, 1, 1, 2, 2]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 하십시오체: ㅂ니다 fused into the stem's last syllable is still found.
        ("지금 바로 갑니다.", "hasipsioche"),
        ("주문이 정상적으로 접수되었습니다. 잠시만 기다려 주십시오.", "hasipsioche"),
        ("회의 일정을 변경할 수 있습니까?", "hasipsioche"),
        ("감사합니당 ㅎㅎ", "hasipsioche"),
        # 해요체
        ("오늘 날씨가 정말 좋네요.", "haeyoche"),
        ("커피 좋아하세요?", "haeyoche"),
        ("그렇죠, 저도 그렇게 생각해요", "haeyoche"),
        ("저는 떡볶이요", "haeyoche"),
        ("좋아욬ㅋㅋ", "haeyoche"),  # ㅋ fused into 요 by fast typing
        ("안녕하세용 반가워여", "haeyoche"),
        # 하오체, the old ordinary honorific (historical drama, elders), is formal
        ("그대가 정말 그 일을 했소?", "haeyoche"),
        ("허허, 참 좋구려.", "haeyoche"),
        ("나는 이 나라의 왕이오.", "haeyoche"),
        # 해체 (반말), with and without punctuation, with chat laughter
        ("나 어제 그 영화 봤어 ㅋㅋ", "haeche"),
        ("너 지금 뭐 해?", "haeche"),
        ("배고파 ㅠㅠ 뭐 먹을까", "haeche"),
        ("응 알겠어", "haeche"),
        ("그거 진짜 재밌잖아", "haeche"),
        ("내일 같이 가자", "haeche"),
        ("야, 빨리 와!", "haeche"),
        ("오늘 너무 피곤하다", "haeche"),
        ("그냥 집에 있었음", "haeche"),
        ("주소 좀 알려줘. 연구소에 갈게.", "haeche"),  # nouns in -소 are not 하오체
        ("자네 왔는가? 이리 오게.", "haeche"),  # 하게체 lowers the listener
    ],
)
def test_levels(text: str, level: str) -> None:
    reading = analyze(text, "ko")
    assert reading.level == level, reading.evidence
    assert reading.formality == ("informal" if level == "haeche" else "formal")
    for e in reading.evidence:
        assert text[e.start : e.end] == e.surface


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 하오체 beyond -소/-오: the promise -(으)리다, emphatic -소이다, colloquial -수
        ("어서 들어오시오, 차 한 잔 대접하리다.", "haeyoche"),
        ("그렇소이다.", "haeyoche"),
        ("밥은 먹었수?", "haeyoche"),
        ("어찌하오리까?", "haeyoche"),
        # 하소서체 (court speech) is the most deferential level
        ("전하, 통촉하여 주시옵소서.", "hasipsioche"),
        # Gyeongsang / Chungcheong polite endings
        ("날이 억수로 덥심더.", "hasipsioche"),
        ("아이고, 밥 잡샀능교?", "haeyoche"),
        ("시장 가서 고등어 좀 사 오이소.", "haeyoche"),
        ("이거 얼마라예?", "haeyoche"),
        ("그래유, 지는 몰라유.", "haeyoche"),
        # ... and their 반말
        ("날이 억수로 덥데이.", "haeche"),
        ("맞다 아이가", "haeche"),
        ("니 지금 뭐하노?", "haeche"),
        ("할매가 해 준 김치 맛있제?", "haeche"),
        # 하게체 is below 존댓말, even with -시- toward an equal
        ("안녕하신가.", "haeche"),
        ("어서 오시게.", "haeche"),
        ("이 책은 내 것일세.", "haeche"),
        ("좋네그려.", "haeche"),
        # the archaic 해라체 of kings
        ("짐이 그리 명하였노라.", "haeche"),
        ("짐의 뜻은 변함이 없느니라.", "haeche"),
        ("당장 물러가라!", "haeche"),
        # nouns and plain verbs that only look like these endings
        ("너무 졸리다.", "haeche"),
        ("이번 달 월세 냈어요.", "haeyoche"),
        ("우리 아이가 아파요.", "haeyoche"),
        ("아예 안 왔어요.", "haeyoche"),
    ],
)
def test_archaic_and_dialect_levels(text: str, level: str) -> None:
    """Speech levels of the SmileStyle registers: 하오체 and 하소서체 and the
    dialects' polite endings read formal, 하게체 and 해라체 informal."""
    reading = analyze(text, "ko")
    assert reading.level == level, reading.evidence


def test_fused_ending_evidence_span() -> None:
    # 갑 holds the ㅂ of ㅂ니다, so the span starts at 갑.
    reading = analyze("곧 갑니다.", "ko")
    assert [(e.surface, e.start, e.end) for e in reading.evidence] == [("갑니다", 2, 5)]
    text = "내일 다시 연락드리겠습니다."
    reading = analyze(text, "ko")
    hamnida = [e for e in reading.evidence if e.rule == "ko.hamnida"]
    assert [e.surface for e in hamnida] == ["습니다"]
    assert any(e.rule == "ko.humble_verb" and e.surface == "드리" for e in reading.evidence)


def test_nouns_that_look_like_endings_do_not_vote() -> None:
    # 필요 ends in 요, 한국어 in 어, 노래 in 래: none is a speech-level ending.
    reading = analyze("그건 필요 없어. 한국어 노래", "ko")
    assert reading.level == "haeche"
    assert {e.rule for e in reading.evidence} >= {"ko.eo_a"}
    assert not any(e.rule in ("ko.yo", "ko.hearsay") for e in reading.evidence)
    # The connective -어야 (must) is not the copula 야.
    reading = analyze("정신을 바짝 차려야 해요.", "ko")
    assert reading.level == "haeyoche"
    assert not any(e.rule == "ko.ya" for e in reading.evidence)


def test_a_drill_is_no_humble_verb() -> None:
    # 드릴 is the tool in 전동드릴 and 드릴로, the humble 드리다 in 도와 드릴게요.
    reading = analyze("나사 개많음;; 전동드릴 없으면 손목 나감", "ko")
    assert reading.level == "haeche"
    assert not any(e.rule == "ko.humble_verb" for e in reading.evidence)
    reading = analyze("제가 도와 드릴게요.", "ko")
    assert any(e.rule == "ko.humble_verb" for e in reading.evidence)


def test_nae_after_a_noun_is_within_not_my() -> None:
    # 강의실 내 (內, within the lecture room) in a notice; 내 opening a sentence is "my".
    notice = analyze("강의실 내 음식물 섭취를 금지합니다.", "ko")
    assert notice.level == "hasipsioche"
    assert "ko.self_plain_nae" not in {e.rule for e in notice.evidence}
    mine = analyze("내 이름은 민수야.", "ko")
    assert "ko.self_plain_nae" in {e.rule for e in mine.evidence}


def test_a_call_is_no_fragment_of_an_answer() -> None:
    # A bare noun closing a clause leans to 반말 (해요체 says 피자집이요), but
    # the person called at a sentence's start, or a title called alone, is no
    # answer: it votes for no level.
    for text in ["선생님, 이거 좀 봐 주세요.", "할머니, 식사하셨어요?", "민수 씨, 잠깐만요."]:
        reading = analyze(text, "ko")
        assert reading.level == "haeyoche"
        assert not any(e.rule == "ko.fragment" for e in reading.evidence), text
    assert analyze("선생님!", "ko").level is None
    assert analyze("피자집.", "ko").evidence[0].rule == "ko.fragment"


def test_quoted_banmal_inside_a_polite_sentence() -> None:
    text = "친구가 나도 몰라, 너 알아서 해, 라고 했어요."
    reading = analyze(text, "ko")
    assert reading.level == "haeyoche"
    text = "그래서 “가자”라고 말했어요."
    assert analyze(text, "ko").level == "haeyoche"
    text = "뭐라고? 하고 물었어요."
    assert analyze(text, "ko").level == "haeyoche"


def test_quoted_polite_speech_inside_a_banmal_turn() -> None:
    # A quotation or a quoted name is someone else's level, not the speaker's.
    for text in (
        '선생님이 "여러분 수고했어요" 그러시고 바로 나가셨어',
        "노래방 가서 “사랑합니다” 불렀는데 다들 웃었어ㅋㅋ",
        "어제 '고마워요 카페' 갔는데 분위기 좋더라",
    ):
        reading = analyze(text, "ko")
        assert reading.level == "haeche", (text, reading.evidence)
        assert all(e.rule != "ko.yo" and e.rule != "ko.hamnida" for e in reading.evidence)
    # A text that is all quotation is read from the quotation.
    assert analyze('"감사합니다"', "ko").level == "hasipsioche"


def test_trailing_nde_does_not_outvote_a_polite_ending() -> None:
    # An afterthought clause in -는데 after a polite sentence (no punctuation, as
    # chat types it) leaves the turn polite; on its own it is 반말.
    assert analyze("그래도 가야죠 예약 다 해놨는데", "ko").level == "haeyoche"
    assert analyze("그래도 가야지 예약 다 해놨는데", "ko").level == "haeche"


def test_pairs_order_formal_above_informal() -> None:
    pairs = [
        ("당신 차 뒷좌석에 앉아도 돼요.", "네 차 뒷좌석에 앉아도 돼."),
        ("네, 그런 것 같아요.", "응, 그런 것 같아."),
        ("저희가 확인해 드리겠습니다.", "내가 확인해 줄게."),
        ("ㅋㅋㅋ 그러게요", "ㅋㅋㅋ 그러게"),
        ("왜요?", "왜?"),
    ]
    spec = locales.get("ko")
    assert spec is not None
    for formal, informal in pairs:
        f, i = analyze(formal, "ko"), analyze(informal, "ko")
        assert f.level is not None and i.level is not None
        f_key = (spec.level(f.level).rank, f.score)
        i_key = (spec.level(i.level).rank, i.score)
        assert f_key > i_key, (formal, informal)


@pytest.mark.parametrize(
    ("text", "rule", "surface"),
    [
        ("이쪽으로 앉으실게요.", "ko.misuse.silgeyo", "으실게요"),
        ("주문하신 커피 나오셨습니다.", "ko.misuse.object_honorific", "나오셨습니다"),
        ("총 만 원이세요.", "ko.misuse.object_honorific", "만 원이세요"),
        ("저희 나라 음식은 맵습니다.", "ko.misuse.jeohui_nara", "저희 나라"),
        ("좋아요. 근데 그건 아니야. 그렇죠?", "ko.mixed_levels", "야"),
    ],
)
def test_misuses(text: str, rule: str, surface: str) -> None:
    reading = analyze(text, "ko")
    found = [m for m in reading.misuses if m.rule == rule]
    assert found, reading.misuses
    assert found[0].surface == surface
    assert text[found[0].start : found[0].end] == surface
    assert found[0].say("ko", "ko") == found[0].native and "니다" in found[0].native


def test_correct_service_speech_has_no_misuse() -> None:
    text = "주문하신 커피 나왔습니다. 이쪽으로 앉으세요. 우리나라 음식은 맵습니다."
    assert analyze(text, "ko").misuses == ()


@pytest.mark.parametrize(
    "text", ["", "<b>", "\x00", "   ", "😀😀", "hello there", "ㅋㅋㅋㅋ", "12345"]
)
def test_odd_input_reads_unknown(text: str) -> None:
    reading = analyze(text, "ko")
    assert reading.level is None
    assert reading.formality == "unknown"
    assert reading.reason


def test_markup_and_control_characters_keep_spans() -> None:
    text = "<b>안녕하세요</b>\x00 반갑습니다"
    reading = analyze(text, "ko")
    assert reading.formality == "formal"
    for e in reading.evidence:
        assert text[e.start : e.end] == e.surface


def test_long_text_in_bounded_time() -> None:
    spec = locales.get("ko")
    assert spec is not None
    text = "오늘 날씨가 좋아요. 내일 같이 가자! " * 40_000  # ~1 MB
    start = time.perf_counter()
    analyze(text, "ko")  # truncated by analyze()
    ko_analyzer.analyze(text[:200_000], spec)  # the analyzer itself, untruncated
    assert time.perf_counter() - start < 5.0


def _spec_with(markers_patch: dict[str, object]) -> LocaleSpec:
    spec = locales.get("ko")
    assert spec is not None
    return spec.model_copy(update={"markers": {**spec.markers, **markers_patch}})


def test_marker_errors_name_file_and_field() -> None:
    spec = locales.get("ko")
    assert spec is not None
    bad_level = [dict(spec.markers["endings"][0], level="honorific")]
    first = spec.markers["endings"][0]["id"]
    with pytest.raises(ConfigError, match=rf"ko\.yaml.*markers\.endings\.{first}\.level"):
        ko_analyzer.analyze("가요", _spec_with({"endings": bad_level}))
    with pytest.raises(ConfigError, match=r"ko\.yaml[\s\S]*markers\.ending_typo"):
        ko_analyzer.analyze("가요", _spec_with({"ending_typo": []}))
    bad_regex = [{"id": "ko.misuse.x", "pattern": "(a+)+", "message": "m", "why": "w"}]
    with pytest.raises(ConfigError, match=r"markers\.misuses\.ko\.misuse\.x: pattern nests"):
        ko_analyzer.analyze("가요", _spec_with({"misuses": bad_regex}))


def test_dev_set_targets() -> None:
    if not DEV.exists():
        pytest.skip(f"no dev data at {DEV}")
    with DEV.open(encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["lang"] == "ko"]
    report = evaluate(rows)
    assert report.cells, "no Korean rows in the dev set"
    for (source, _lang), cell in report.cells.items():
        assert cell.accuracy >= 0.97, (source, cell)
        if cell.pairs:
            assert cell.pair_accuracy is not None and cell.pair_accuracy >= 0.99, (source, cell)
    # A guard against a pathological slowdown (a regex that backtracks), not a
    # benchmark: on the 2-core CI machines the median moves from 0.6 to 1.6 ms
    # with load, so a tight bound fails by chance (`register eval` prints it).
    assert report.ms_per_100_chars_median <= 3.0


def test_locale_examples_and_instructions_read_as_their_own_level() -> None:
    # Each Korean instruction is itself written in the level it asks for.
    spec = locales.get("ko")
    assert spec is not None
    for level in spec.levels:
        assert analyze(level.instruction, "ko").level == level.id
        for ex in level.examples:
            assert analyze(ex.assistant, "ko").level == level.id, ex.assistant
            assert analyze(ex.assistant, "ko").misuses == ()
