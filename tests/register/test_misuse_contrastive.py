"""Honorific misuses read from grammar, each with look-alikes that are correct keigo.

Japanese: 尊敬語 for the speaker's own side (内と外), a humble verb asked of an
honoured person, a humble verb inside a respectful frame, ご〜していただく, and
バイト敬語. Korean: -시- on a thing subject (사물 존대) or on the speaker, and
저께서. Every sentence here is written for these tests; the look-alikes are the
forms a rule could most easily confuse with its misuse.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chatbot import locales
from chatbot.detect.register import analyze
from chatbot.detect.register import ko as ko_analyzer
from chatbot.errors import ConfigError
from chatbot.locales.schema import LocaleSpec

_OWN = "ja.misuse.respect_for_own_side"
_HUMBLE = "ja.misuse.humble_for_listener"
_REQUEST = "ja.misuse.humble_request"
_BAITO = "ja.misuse.baito_keigo"


def _flagged(text: str, lang: str, rule: str, surface: str) -> None:
    reading = analyze(text, lang)
    found = [m for m in reading.misuses if m.rule == rule]
    assert found, (text, reading.misuses)
    assert found[0].surface == surface
    assert text[found[0].start : found[0].end] == surface
    assert found[0].message and found[0].native
    assert found[0].say(lang, lang) == found[0].native
    assert found[0].say("en", lang) == found[0].message


@pytest.mark.parametrize(
    ("text", "rule", "surface"),
    [
        # 尊敬語 whose subject is the speaker or the speaker's own people.
        ("私が明日そちらにいらっしゃいます。", _OWN, "いらっしゃい"),
        ("わたくしも昨日その展示をご覧になりました。", _OWN, "ご覧になり"),
        ("僕が駅までお送りになります。", _OWN, "お送りになり"),
        ("兄がその本をお読みになりました。", _OWN, "お読みになり"),
        ("父が先生によろしくとおっしゃっていました。", _OWN, "おっしゃっ"),
        ("母は今日は家にいらっしゃいません。", _OWN, "いらっしゃい"),
        ("父は小さな会社を経営なさっています。", _OWN, "なさっ"),
        ("弊社の部長がそのようにおっしゃっていました。", _OWN, "おっしゃっ"),
        ("当店の店長がすぐにいらっしゃいます。", _OWN, "いらっしゃい"),
        ("私どもの担当者がご説明なさいます。", _OWN, "ご説明なさい"),
        ("わが社の会長が召し上がりました。", _OWN, "召し上がり"),
        ("弊社の社長は本日、出張されております。", _OWN, "出張され"),
        ("当社の山田は午後に戻られます。", _OWN, "戻られ"),
        (
            "お電話ありがとうございます。田中課長はただいま会議に出ていらっしゃいます。",
            _OWN,
            "いらっしゃい",
        ),
        # A humble verb in a question about an honoured person's own act.
        ("先生はもうその手紙を拝読しましたか。", _HUMBLE, "拝読し"),
        ("社長は明日の式典に参りますか。", _HUMBLE, "参り"),
        ("課長、この書類はもう拝見しましたか。", _HUMBLE, "拝見し"),
        ("先輩はもうお弁当をいただきましたか。", _HUMBLE, "いただき"),
        ("お客様、お飲み物は何にいたしますか。", _HUMBLE, "いたし"),
        ("お客様、袋はいかがいたしますか。", _HUMBLE, "いたし"),
        # A humble verb inside a respectful frame; ご〜していただく.
        ("詳しくは窓口でお伺いください。", _REQUEST, "お伺いください"),
        ("受付でお伺いになってください。", _REQUEST, "お伺いになっ"),
        ("当店をご利用していただき、ありがとうございます。", _REQUEST, "ご利用していただき"),
        ("アンケートにご協力していただき、感謝申し上げます。", _REQUEST, "ご協力していただき"),
        ("ご来店してくださったお客様に粗品を差し上げます。", _REQUEST, "ご来店してくださっ"),
        ("お待ちしていただけますか。", _REQUEST, "お待ちしていただけ"),
        # バイト敬語.
        ("こちらアイスティーになります。", _BAITO, "こちらアイスティーになります"),
        ("はい、こちらがご注文のケーキになります。", _BAITO, "こちらがご注文のケーキになります"),
        ("お会計は2500円になります。", _BAITO, "お会計は2500円になります"),
        ("5000円からお預かりいたします。", _BAITO, "5000円からお預かりいたします"),
        ("お席はこちらでよろしかったでしょうか。", _BAITO, "よろしかったでしょうか"),
        ("お飲み物のほうはいかがですか。", _BAITO, "お飲み物のほうは"),
        ("ご予約のほうはお済みですか。", _BAITO, "ご予約のほうは"),
        # From a second blind set: ご〜できる for the listener's act, and a firm's own
        # staff named title first (課長の山田) raised with 尊敬語.
        ("会員の方はどなたでもご入場できます。", "ja.misuse.humble_potential", "ご入場でき"),
        ("このカードは全国の店舗でご使用できます。", "ja.misuse.humble_potential", "ご使用でき"),
        ("あいにく部長の佐藤はお休みになっております。", _OWN, "お休みになっ"),
    ],
)
def test_japanese_misuse(text: str, rule: str, surface: str) -> None:
    _flagged(text, "ja", rule, surface)
    # Explained in Japanese too, for a reader of Japanese.
    found = next(m for m in analyze(text, "ja").misuses if m.rule == rule)
    assert not re.search("[A-Za-z]", found.native)


def test_baito_keigo_says_it_is_common_and_what_to_say() -> None:
    m = next(m for m in analyze("3000円からお預かりします。", "ja").misuses if m.rule == _BAITO)
    assert "common in shops" in m.message and "style guides" in m.message
    assert "3000円お預かりします" in m.message and "3000円お預かりします" in m.native
    m = next(m for m in analyze("以上でよろしかったですか。", "ja").misuses if m.rule == _BAITO)
    assert "よろしいでしょうか" in m.native


@pytest.mark.parametrize(
    "text",
    [
        # The speaker's or own side's humble acts, and others' acts raised.
        "私が参ります。",
        "母がよろしくと申しておりました。",
        "父は今、外出しております。",
        "弊社の社長が参ります。",
        "まもなく電車が参ります。",
        "先生がご覧になりました。",
        "友人のお母さんがいらっしゃいました。",
        "母の友人がいらっしゃいました。",
        "父の会社の社長がいらっしゃいました。",
        "弊社のお客様がいらっしゃいました。",
        "私たちの先生がいらっしゃいました。",
        "お母様はお元気でいらっしゃいますか。",
        # The own-side topic is not the subject of the 尊敬語.
        "私は先生がいらっしゃるのを待っていました。",
        "先生は、私は行かなくてもいいとおっしゃいました。",
        "私が拝見したところ、先生はお元気でいらっしゃいました。",
        "私も先生がおっしゃるとおりだと思います。",
        "私は、先日ご来店くださったお客様にお礼状を書きました。",
        "私はお客様にご覧になっていただきたいと思っています。",
        "私にもおっしゃってください。",
        "私はご覧のとおり元気です。",
        # 〜れる that is passive or potential.
        "私は先日、先生に褒められました。",
        "弊社の社長は業界で高く評価されております。",
        "私は明日来られます。",
        "部長は明日、大阪に出張されます。",
        # In a call answered for the firm, a caller's question about someone.
        "お電話ありがとうございます。山田様はいらっしゃいますか。",
        "お世話になっております。山田部長はいらっしゃいますか。",
        # The speaker's own act offered or asked about.
        "部長、私が参りましょうか。",
        "部長、明日の会議には私も参ります。",
        "部長、資料を拝見しました。",
        "先生、明日は何時に伺いますか。",
        "何時に伺えばよろしいですか。",
        "課長、昨日の件はもう申し上げましたか。",
        "お客様、ご注文は承りましたか。",
        "袋にお入れしますか。",
        "お客様、お包みいたしますか。",
        "お客様、こちらで処分いたしますか。",
        "専務、こちらにお目通しいただけますか。",
        "先生、拝見してもよろしいですか。",
        "お客様、お受け取りは店頭になさいますか。",
        # Respectful frames with a word of its own; ご〜いただく; a favour passed on.
        "お参りください。",
        "お申し付けください。",
        "ご購入いただき、ありがとうございます。",
        "ご利用くださり、誠にありがとうございます。",
        "山田様にお伝えしていただけますか。",
        "お客様をご案内していただけますか。",
        # になります of a change, a direction, a comparison, a past confirmation.
        "こちらは来月から有料になります。",
        "こちらは来月有料になります。",
        "まもなく午後3時になります。",
        "右のほうをご覧ください。",
        "こちらのほうが安いです。",
        "先ほどお伺いしたご住所でよろしかったでしょうか。",
        "よろしかったらお使いください。",
        "1000円お預かりします。",
        # The staff's own acts made potential; a firm's staff humbled; others' staff
        # raised; double honorifics the 敬語の指針 calls established.
        "会場までご案内できます。",
        "明日までにご用意できます。",
        "お客様のご要望にお応えできます。",
        "部長の佐藤は席を外しております。",
        "担当の山田がご説明いたします。",
        "山田部長がいらっしゃいました。",
        "友人の山田さんがお見えになりました。",
        "こちらでお召し上がりになりますか。",
    ],
)
def test_japanese_look_alike_is_not_a_misuse(text: str) -> None:
    assert analyze(text, "ja").misuses == (), text


@pytest.mark.parametrize(
    ("text", "rule", "surface"),
    [
        (
            "주문하신 택배는 오늘 오후에 도착하실 예정입니다.",
            "ko.misuse.object_honorific_subject",
            "택배는 오늘 오후에 도착하실",
        ),
        (
            "그 색상은 현재 매진되셨어요.",
            "ko.misuse.object_honorific_subject",
            "색상은 현재 매진되셨어요",
        ),
        ("이 쿠폰은 할인이 안 되세요.", "ko.misuse.object_honorific_subject", "할인이 안 되세요"),
        (
            "엘리베이터는 오른쪽에 있으십니다.",
            "ko.misuse.object_honorific_subject",
            "엘리베이터는 오른쪽에 있으십니다",
        ),
        (
            "주차장은 지하 2층에 계세요.",
            "ko.misuse.object_honorific_subject",
            "주차장은 지하 2층에 계세요",
        ),
        (
            "라떼가 조금 뜨거우실 거예요.",
            "ko.misuse.object_honorific_subject",
            "라떼가 조금 뜨거우실",
        ),
        ("이 제품은 가격이 비싸세요.", "ko.misuse.object_honorific_subject", "가격이 비싸세요"),
        (
            "환불은 내일 가능하십니다.",
            "ko.misuse.object_honorific_subject",
            "환불은 내일 가능하십니다",
        ),
        (
            "결제하신 금액은 이만 원 되시겠습니다.",
            "ko.misuse.object_honorific_amount",
            "만 원 되시겠습니다",
        ),
        ("그 모델은 품절되셨어요.", "ko.misuse.object_honorific_amount", "품절되셨어요"),
        (
            "저는 다음 주에 휴가를 가십니다.",
            "ko.misuse.self_honorific",
            "저는 다음 주에 휴가를 가십니다",
        ),
        ("제가 바로 확인하시겠습니다.", "ko.misuse.self_honorific", "제가 바로 확인하시겠습니다"),
        ("저도 그 영화를 보셨어요.", "ko.misuse.self_honorific", "저도 그 영화를 보셨어요"),
        ("제가 아까 전화로 말씀하셨죠.", "ko.misuse.self_honorific", "제가 아까 전화로 말씀하셨죠"),
        ("저께서 안내해 드릴게요.", "ko.misuse.self_kkeseo", "저께서"),
    ],
)
def test_korean_misuse(text: str, rule: str, surface: str) -> None:
    _flagged(text, "ko", rule, surface)
    found = next(m for m in analyze(text, "ko").misuses if m.rule == rule)
    assert re.search("[가-힣]", found.native)


def test_korean_one_error_is_reported_once() -> None:
    found = [m for m in analyze("해당 상품은 품절되셨습니다.", "ko").misuses]
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "커피 나왔습니다.",
        "부장님께서 그렇게 말씀하셨어요.",
        "제가 다시 말씀드릴게요.",
        "제 말씀을 들어 보세요.",
        "할아버지께서 진지를 드시고 계세요.",
        "교수님께서 방금 오셨어요.",
        "선생님은 내일 부산에 가십니다.",
        # Indirect honorification: a person's body, family or belongings.
        "할아버지는 귀가 밝으시다.",
        "어머니가 허리가 아프시다.",
        "따님이 예쁘시네요.",
        # What the listener has or needs, and requests to the listener.
        "포인트 카드 있으세요?",
        "쿠폰은 있으세요?",
        "영수증 필요하세요?",
        "커피는 저쪽에서 받으세요.",
        "주문은 여기서 하세요.",
        "결제는 카드로 하시겠어요?",
        "주문 준비되셨나요?",
        "손님, 회원이 되시면 할인을 받으실 수 있어요.",
        "손님은 할인 대상이 되십니다.",
        # The thing topic belongs to another clause or another subject.
        "커피는 제가 가져다 드릴 테니 앉아 계세요.",
        "서류는 부장님이 가지고 계십니다.",
        "회의실은 3층에 계신 부장님께 여쭤 보세요.",
        # The speaker, humble; 마시다 / 모시다; -시- on the listener in another clause.
        "제가 모시겠습니다.",
        "제가 손님을 모셔다 드리겠습니다.",
        "저는 커피를 마셨습니다.",
        "저희가 준비해 드리겠습니다.",
        "제가 보기에 정말 잘 어울리세요.",
        "제가 도와 드릴 테니 먼저 가세요.",
        "저는 괜찮으니 먼저 드세요.",
        "제가 드린 자료 보셨어요?",
        "제가 알려 드릴게요. 이쪽으로 오세요.",
        "그저께서부터 아팠어요.",
        # The corrected forms.
        "물건은 내일 도착할 예정입니다.",
        "결제 금액은 이만 원입니다.",
        "엘리베이터는 오른쪽에 있습니다.",
        "저는 내일 부산에 갑니다.",
    ],
)
def test_korean_look_alike_is_not_a_misuse(text: str) -> None:
    found = [m for m in analyze(text, "ko").misuses if m.rule != "ko.mixed_levels"]
    assert found == [], text


def test_korean_misuse_word_lists_are_checked_at_load() -> None:
    spec = locales.get("ko")
    assert spec is not None

    def with_misuse(pattern: str, words: dict[str, list[str]]) -> LocaleSpec:
        misuse = {"id": "ko.misuse.x", "pattern": pattern, "message": "m", "why": "w"}
        markers = {**spec.markers, "misuses": [misuse], "misuse_words": words}
        return spec.model_copy(update={"markers": markers})

    with pytest.raises(ConfigError, match=r"unknown misuse_words: \['nouns'\]"):
        ko_analyzer.analyze("가요", with_misuse("{nouns}이세요", {}))
    with pytest.raises(ConfigError, match="pattern nests"):
        ko_analyzer.analyze("가요", with_misuse("{nouns}이세요", {"nouns": ["(a+)+"]}))
    reading = ko_analyzer.analyze("연필이세요.", with_misuse("{nouns}이세요", {"nouns": ["연필"]}))
    assert [m.surface for m in reading.misuses if m.rule == "ko.misuse.x"] == ["연필이세요"]


@pytest.mark.parametrize(
    ("stem", "most_missed"),
    [
        # 123 sentences a linguist wrote before reading the rules (58 misuses, 65
        # correct look-alikes): 24 misuses were flagged on arrival, no correct one.
        # Left: させていただく overuse (guides dispute it) and お伺いさせていただく.
        ("misuse_blind", 3),
        # A second set, written after the rules it prompted, precision first (148
        # correct sentences, 44 misuses): ja 20 of 26 and ko 8 of 18 on arrival, one
        # correct sentence wrongly (お召し上がりになりますか, established by custom).
        # Left: 先生が…拝見して, 部長、何時に会社へ参りますか, ご相談できます.
        ("misuse_blind2", 3),
    ],
)
def test_a_blind_set_of_misuses_and_their_look_alikes(stem: str, most_missed: int) -> None:
    path = Path(__file__).parent / "data" / "misuse" / f"{stem}.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    flagged = {r["id"]: bool(analyze(r["text"], r["lang"]).misuses) for r in rows}
    wrong = [r["id"] for r in rows if not r["misuse"] and flagged[r["id"]]]
    assert wrong == []
    missed = sorted(r["id"] for r in rows if r["misuse"] and not flagged[r["id"]])
    assert len(missed) <= most_missed, missed
