"""More Korean honorific misuses, each with look-alikes that are correct Korean.

사물 존대 with quality adjectives and with change or event verbs (배송이 늦어지셨습니다),
-시- on the speaker with a number (서른 살이세요), 계시다 with a thing one has
(말씀이 계시겠습니다), and humble verbs used for an honoured person's act toward the
speaker (선생님이 저에게 드렸어요). Every sentence is written for these tests; the
look-alikes are experiencer and possession constructions (시간이 있으세요?), indirect
honorification (선생님은 말씀이 많으세요) and the humble verbs used the right way round.
"""

from __future__ import annotations

import re

import pytest

from chatbot.detect.register import analyze

_SUBJECT = "ko.misuse.object_honorific_subject"
_EVENT = "ko.misuse.object_honorific_event"
_SELF = "ko.misuse.self_honorific"
_GYESIDA = "ko.misuse.gyesida_thing"
_HUMBLE = "ko.misuse.humble_to_self"


def _misuses(text: str) -> list[tuple[str, str]]:
    return [(m.rule, m.surface) for m in analyze(text, "ko").misuses if m.rule != "ko.mixed_levels"]


@pytest.mark.parametrize(
    ("text", "rule", "surface"),
    [
        # A thing's quality, stated with -시-.
        ("창가 자리가 훨씬 조용하세요.", _SUBJECT, "자리가 훨씬 조용하세요"),
        ("이 샐러드는 아주 신선하세요.", _SUBJECT, "샐러드는 아주 신선하세요"),
        ("저희 가게는 이 파스타가 제일 맛있으세요.", _SUBJECT, "파스타가 제일 맛있으세요"),
        ("이 테이블이 더 넓으십니다.", _SUBJECT, "테이블이 더 넓으십니다"),
        ("녹차가 조금 뜨거우시니까 천천히 드세요.", _SUBJECT, "녹차가 조금 뜨거우시니까"),
        # A bare thing subject after a -신 clause.
        ("말씀하신 케이크 포장되셨습니다.", _SUBJECT, "케이크 포장되셨습니다"),
        ("요청하신 서류 도착하셨습니다.", _SUBJECT, "서류 도착하셨습니다"),
        # A thing that changes, starts, ends or moves.
        ("배송이 조금 늦어지셨습니다.", _EVENT, "배송이 조금 늦어지셨습니다"),
        ("주문하신 라면이 벌써 식으셨네요.", _EVENT, "라면이 벌써 식으셨네요"),
        ("세일은 어제 끝나셨어요.", _EVENT, "세일은 어제 끝나셨어요"),
        ("이벤트는 내일부터 시작하십니다.", _EVENT, "이벤트는 내일부터 시작하십니다"),
        ("아이스크림이 다 녹으셨어요.", _EVENT, "아이스크림이 다 녹으셨어요"),
        ("가격이 지난주에 오르셨습니다.", _EVENT, "가격이 지난주에 오르셨습니다"),
        ("배송이 늦어지셔서 죄송합니다.", _EVENT, "배송이 늦어지셔서"),
        ("재고가 방금 들어오셨어요.", _EVENT, "재고가 방금 들어오셨어요"),
        ("우유가 벌써 상하셨어요.", _EVENT, "우유가 벌써 상하셨어요"),
        # The speaker with -시- on a copula after a number or a time word.
        ("저는 올해 스물다섯 살이세요.", _SELF, "저는 올해 스물다섯 살이세요"),
        ("저는 작년에 3학년이셨어요.", _SELF, "저는 작년에 3학년이셨어요"),
        ("저는 원래 간호사세요.", _SELF, "저는 원래 간호사세요"),
        ("저는 이번 달로 마흔 살이십니다.", _SELF, "저는 이번 달로 마흔 살이십니다"),
        # 계시다 with something one has.
        ("질문이 계시면 손을 들어 주세요.", _GYESIDA, "질문이 계시면"),
        ("오늘은 다른 약속이 계셔서 먼저 가십니다.", _GYESIDA, "약속이 계셔서"),
        ("궁금하신 점이 계시면 연락 주세요.", _GYESIDA, "궁금하신 점이 계시면"),
        ("이어서 회장님 말씀이 계시겠습니다.", _GYESIDA, "말씀이 계시겠습니다"),
        ("변경 사항이 계시면 알려 주세요.", _GYESIDA, "변경 사항이 계시면"),
        # A humble verb for an honoured person's act toward the speaker.
        ("사장님께서 저에게 선물을 드렸어요.", _HUMBLE, "사장님께서 저에게 선물을 드렸어요"),
        ("선생님이 저한테 전화를 드리셨어요.", _HUMBLE, "선생님이 저한테 전화를 드리셨어요"),
        (
            "부장님께서 제게 자세히 설명해 드렸습니다.",
            _HUMBLE,
            "부장님께서 제게 자세히 설명해 드렸습니다",
        ),
        (
            "교수님은 저에게 제 의견을 여쭤보셨습니다.",
            _HUMBLE,
            "교수님은 저에게 제 의견을 여쭤보셨습니다",
        ),
        ("이사님께서 저를 내일 뵙자고 하셨어요.", _HUMBLE, "이사님께서 저를 내일 뵙자고"),
        ("부장님은 저를 모시고 회의에 가셨어요.", _HUMBLE, "부장님은 저를 모시고"),
        ("사장님께서 저희를 모시고 식당에 가셨어요.", _HUMBLE, "사장님께서 저희를 모시고"),
        ("이사님께서 저를 뵙고 싶다고 하셨어요.", _HUMBLE, "이사님께서 저를 뵙고"),
    ],
)
def test_korean_misuse_more(text: str, rule: str, surface: str) -> None:
    reading = analyze(text, "ko")
    found = [m for m in reading.misuses if m.rule == rule]
    assert found, (text, reading.misuses)
    assert found[0].surface == surface
    assert text[found[0].start : found[0].end] == surface
    assert found[0].message and re.search("[가-힣]", found[0].native)


@pytest.mark.parametrize(
    "text",
    [
        # What the listener has, needs or likes: experiencer and possession.
        "혹시 내일 시간이 있으세요?",
        "다른 질문이 있으세요?",
        "물이 더 필요하세요?",
        "디저트가 마음에 드세요?",
        "이 디자인이 좋으세요?",
        "신발 사이즈가 맞으세요?",
        "사이즈가 크세요?",
        "자리가 좁으세요?",
        "자리가 좁으시면 말씀해 주세요.",
        "음식이 짜시면 말씀해 주세요.",
        "음식이 입에 맞으세요?",
        "포인트가 많으시네요.",
        "옷이 정말 예쁘시네요.",
        "가방이 무거우시죠? 들어 드릴게요.",
        "적립 카드는 있으세요?",
        # Requests and questions about the listener's own acts.
        "샐러드는 저쪽에서 가져가세요.",
        "계산은 현금으로 하시겠어요?",
        "주문하신 음료는 받으셨어요?",
        "주문은 다 끝나셨어요?",
        "주문하신 피자 맛있으셨어요?",
        "커피가 빨리 오셨으면 좋겠어요.",
        "공연은 즐거우셨어요?",
        "케이크는 손님이 제일 좋아하세요.",
        "결제가 끝나셨으면 영수증 드릴게요.",
        "화장실은 2층으로 올라가셔서 왼쪽이에요.",
        "출구는 이쪽으로 나가셔서 오른쪽입니다.",
        # Indirect honorification of a person's words, worries, body, family.
        "할아버지는 말씀이 느리세요.",
        "교수님은 요즘 고민이 많으세요.",
        "아드님이 참 똑똑하시네요.",
        "어머니께서 무릎이 아프셔서 못 오세요.",
        "할머니는 지금 댁에 안 계세요.",
        "사장님께서 회의실에 계십니다.",
        # Duration with a person staying; 있다 with 말씀; the speaker plain.
        "두 시간 계셨어요.",
        "3일은 계실 거예요.",
        "다음은 이사장님의 말씀이 있겠습니다.",
        "질문 있으신 분은 손을 들어 주세요.",
        "저는 올해 서른 살이에요.",
        "저는 처음 뵙는데, 혹시 원장님이세요?",
        "저는 김지훈인데 누구세요?",
        "제가 아는 분이세요.",
        "제가 말씀드린 분이세요.",
        # Humble verbs the right way round, and commands or plans of the speaker's.
        "제가 사장님께 선물을 드렸어요.",
        "제가 교수님께 일정을 여쭤봤어요.",
        "다음 주에 이사님을 뵙기로 했어요.",
        "사장님께서 저에게 선물을 주셨어요.",
        "선생님께서 저에게 부모님께 전화 드리라고 하셨어요.",
        "팀장님이 저한테 고객에게 연락 드리라고 하셨어요.",
        "사장님께서 저에게 할머니를 모시고 오라고 하셨어요.",
        "선생님이 저한테 여쭤볼 게 있으면 언제든 오라고 하셨어요.",
        "선생님께서 저를 부르셔서 인사드렸어요.",
        "선생님께서 저에게 찾아뵈어도 된다고 하셨어요.",
        "교수님께서 저에게 언제든 여쭤봐도 된다고 하셨어요.",
        "부장님이 저한테 사장님께 드릴 보고서를 주셨어요.",
        "선생님께서 저에게 전화하셔서 제가 찾아뵈었어요.",
        "어머니께서 저에게 할머니께 드릴 선물을 주셨어요.",
        "제가 모실게요.",
        "물 마실게요.",
        # The corrected forms.
        "배송이 조금 늦어졌습니다.",
        "세일은 어제 끝났어요.",
        "창가 자리가 훨씬 조용해요.",
        "사장님께서 저에게 선물을 주셨어요.",
    ],
)
def test_korean_look_alike_is_not_a_misuse_more(text: str) -> None:
    assert _misuses(text) == [], text


@pytest.mark.parametrize(
    "text", ["저는 좀 더 주세요.", "저는 나중에 주세요.", "저도 한 잔 주세요."]
)
def test_korean_topic_speaker_with_a_request_is_not_a_misuse(text: str) -> None:
    assert _misuses(text) == [], text
