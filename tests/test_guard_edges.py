"""The reply guard at the edges of a first sentence, on the real engine.

Found by a review that drove the guard with GBNF-held replies: a full stop
still streaming that turns out to be an abbreviation's, a reply that opens with
a long code block, a short reply whose level shows after a greeting, a sentence
end inside a quotation, a phrase the reply quotes, an abandoned attempt's
reasoning, and a reply left while its text was held.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from llama_cpp import LlamaGrammar

from chatbot.api.app import Reply, _apply
from chatbot.check import RegisterGuard, Verdict
from chatbot.check.guard import GuardSettings
from chatbot.check.sentences import first_sentence, lead
from chatbot.config import Sampling
from chatbot.generate.chat import ChatSession
from chatbot.generate.engine import Engine
from chatbot.plan import Plan
from chatbot.stream.events import Done, Notice, TextDelta, ThinkingDelta
from tests.conftest import make_engine


def _grammar(text: str) -> LlamaGrammar:
    literal = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return LlamaGrammar.from_string(f'root ::= "{literal}"', verbose=False)


POLITE_DE = "Sie können morgen vorbeikommen."


def _say(engine: Engine, plan: Plan, first: str, then: str = POLITE_DE) -> tuple[str, Verdict]:
    """The reply the guard delivers when the model says ``first``, then ``then``."""
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=400))
    events = list(
        RegisterGuard(session).send(
            "Hallo?", plan, grammar=lambda attempt: _grammar(first if attempt == 0 else then)
        )
    )
    (verdict,) = [e for e in events if isinstance(e, Verdict)]
    return "".join(e.text for e in events if isinstance(e, TextDelta)), verdict


def test_a_full_stop_still_streaming_ends_no_sentence_yet() -> None:
    # Dr. Weber, z. B., 3.5, config.yaml: what follows the stop decides.
    for prefix in ("Ihr Termin bei Dr.", "Das geht z.", "Die Version 3.", "Öffnen Sie config."):
        assert first_sentence(prefix) is None, prefix
        assert first_sentence(prefix + " ") is None, prefix
    assert first_sentence("Ihr Termin bei Dr. Weber ist um 9.") is None
    assert first_sentence("Ihr Termin ist um 9.\n") == "Ihr Termin ist um 9."  # a line ended
    assert first_sentence("Ihr Termin ist um 9. Mehr") == "Ihr Termin ist um 9."
    assert first_sentence("Ihr Termin ist um 9.", final=True) == "Ihr Termin ist um 9."
    assert first_sentence("Wirklich? Ja") == "Wirklich?"  # ? and ! are ends at once


@pytest.mark.parametrize(
    "opening", ["bei Frau Weber", "bei Dr. Weber", "mit Version 3.5 bei Frau Weber"]
)
def test_a_slip_after_an_abbreviation_is_retried(engine: Engine, opening: str) -> None:
    slip = f"Sie können {opening} vorbeikommen, aber ruf vorher an und bring deine Karte mit."
    text, verdict = _say(engine, Plan("de", "formal", "t"), slip)
    assert verdict.retries == 1 and text == POLITE_DE


def test_a_long_code_block_before_the_first_sentence_does_not_let_it_through(
    engine: Engine,
) -> None:
    code = (
        "```python\n" + "".join(f"wert_{i} = rechne({i}, {i + 1})\n" for i in range(14)) + "```\n"
    )
    assert len(code) > 240
    slip = code + "Du kannst das einfach so in deine Datei kopieren."
    assert first_sentence(slip + " Mehr") == "Du kannst das einfach so in deine Datei kopieren."
    text, verdict = _say(engine, Plan("de", "formal", "t"), slip)
    assert verdict.retries == 1 and text == POLITE_DE
    # Still held no longer than MAX_HELD: a reply that is all code is let go.
    assert first_sentence("```\n" + "x = 1\n" * 400) is not None
    assert lead("```\n" + "x = 1\n" * 400, 40) is not None


@pytest.mark.parametrize(
    ("plan", "slip", "fixed"),
    [
        (Plan("de", "formal", "t"), "Gerne! Schick mir kurz deine Nummer.", POLITE_DE),
        (
            Plan("fr", "formal", "t"),
            "Salut ! Tu veux quoi ?",
            "Bonjour ! Que puis-je faire pour vous ?",
        ),
        (Plan("es", "formal", "t"), "¡Hola! ¿Qué necesitas?", "¡Hola! ¿En qué puedo ayudarle?"),
    ],
)
def test_a_short_reply_whose_level_shows_after_a_greeting_is_retried(
    engine: Engine, plan: Plan, slip: str, fixed: str
) -> None:
    # It ends before enough letters to tell its language came: read at its end.
    text, verdict = _say(engine, plan, slip, fixed)
    assert verdict.retries == 1 and verdict.status == "on_target" and text == fixed


def test_a_sentence_end_inside_a_quotation_ends_no_sentence() -> None:
    quoted = "Schreiben Sie einfach „Hast du morgen Zeit?“ in die Nachricht."
    assert first_sentence(quoted + " Mehr") == quoted
    assert first_sentence("Schreiben Sie einfach „Hast du morgen Zeit?") is None  # still open
    korean = "친구에게는 '고마워. 내일 봐'라고 보내면 자연스러워요."
    assert first_sentence(korean + " 다음", locale="ko") == korean
    # A mark that never closes on its line holds nothing past the line's end.
    assert first_sentence("Er sagte „nein. Dann\nging er.\n") == "Er sagte „nein."


@pytest.mark.parametrize(
    ("plan", "reply"),
    [
        (
            Plan("de", "formal", "t"),
            "Schreiben Sie einfach „Hast du morgen Zeit?“ in die Nachricht.",
        ),
        (Plan("ko", "haeyoche", "t"), "친구에게는 '고마워. 내일 봐'라고 보내면 자연스러워요."),
        # Nothing outside the quotation addresses anyone: no slip either.
        (
            Plan("de", "formal", "t"),
            "Unter Freunden sagt man einfach: „Hast du morgen Zeit?“ Das klingt locker.",
        ),
        (Plan("en", "formal", "t"), 'The informal version would be "Hey dude, wanna grab lunch?"'),
    ],
)
def test_a_phrase_the_reply_quotes_is_no_slip(engine: Engine, plan: Plan, reply: str) -> None:
    text, verdict = _say(engine, plan, reply, "never said")
    assert verdict.retries == 0 and text == reply
    assert verdict.status in ("on_target", "unread") and not verdict.flagged


def test_an_abandoned_attempts_reasoning_is_not_the_replys(tiny_qwen3_model: Path) -> None:
    engine = make_engine(tiny_qwen3_model, n_ctx=2048)
    first = "<think>\nThe user is rude, I answer casually.\n</think>\n\nお前、何してんの？"
    second = "<think>\nAnswer politely.\n</think>\n\nはい、部屋は二階にあります。"
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=200), thinking=True)
    events = list(
        RegisterGuard(session).send(
            "部屋は？",
            Plan("ja", "polite", "t"),
            grammar=lambda attempt: _grammar(first if attempt == 0 else second),
        )
    )
    streamed = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    assert "rude" in streamed  # streamed as it came, then announced as abandoned
    reply = Reply()
    for event in events:
        _apply(event, reply)
    assert "rude" not in reply.reasoning and "Answer politely." in reply.reasoning
    assert [n.kind for n in events if isinstance(n, Notice)] == ["retry"]
    assert "rude" not in (session.conversation.turns[-1].thinking or "")


# Within the first attempt's first sentence however the grammar's text is cut
# into tokens (from 1 to 3 bytes each): at 30 a first attempt had sometimes
# ended, and its retry's correction outgrew the test engine's context.
@pytest.mark.parametrize("after_tokens", [4, 8])
def test_a_reply_left_while_its_text_is_held_leaves_no_turn(
    engine: Engine, after_tokens: int
) -> None:
    # Ctrl-C in the terminal chat arrives as KeyboardInterrupt mid-generation.
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=200))
    count = 0

    def on_token(_token: int) -> None:
        nonlocal count
        count += 1
        if count == after_tokens:
            raise KeyboardInterrupt

    events = RegisterGuard(session).send(
        "部屋は？",
        Plan("ja", "polite", "t"),
        grammar=_grammar("お前、何してんの？早く言えよ。"),
        on_token=on_token,
    )
    shown = ""
    with pytest.raises(KeyboardInterrupt):
        for event in events:
            if isinstance(event, TextDelta):
                shown += event.text
    assert shown == "" and session.history() == []
    # The conversation goes on from there.
    later = list(
        RegisterGuard(session).send(
            "部屋は？", Plan("ja", "polite", "t"), grammar=_grammar("二階です。")
        )
    )
    assert isinstance(later[-1], Done)
    assert [m["content"] for m in session.history()] == ["部屋は？", "二階です。"]


@pytest.mark.parametrize("enforce", [True, False])
def test_a_reply_left_before_any_of_its_text_leaves_no_turn(engine: Engine, enforce: bool) -> None:
    # Ctrl-C at the first token, before it makes a character (and, unenforced,
    # where nothing is held): the user saw nothing, so the history keeps nothing.
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=50))

    def on_token(_token: int) -> None:
        raise KeyboardInterrupt

    guard = RegisterGuard(session, GuardSettings(enforce=enforce))
    events = guard.send(
        "部屋は？", Plan("ja", "polite", "t"), grammar=_grammar("二階です。"), on_token=on_token
    )
    with pytest.raises(KeyboardInterrupt):
        shown = [e for e in events if isinstance(e, TextDelta)]
        assert shown == []
    assert session.history() == []


@pytest.mark.parametrize(
    ("plan", "reply"),
    [
        # Narration first: its plain written style (숙인다, no ครับ) is nobody's speech.
        (
            Plan("ko", "hasipsioche", "t"),
            '*집사가 조용히 찻잔을 내려놓으며 고개를 숙인다.* "다녀오셨습니까, 아가씨. 차를 준비해 두었습니다."',
        ),
        (
            Plan("th", "polite", "t"),
            '*พ่อบ้านวางถ้วยชาลงแล้วโค้งคำนับ* "ยินดีต้อนรับกลับบ้านครับ คุณหนู"',
        ),
    ],
)
def test_role_play_narration_is_not_the_characters_register(
    engine: Engine, plan: Plan, reply: str
) -> None:
    text, verdict = _say(engine, plan, reply)
    assert verdict.retries == 0 and text == reply
    assert verdict.reading is not None and verdict.reading.level == plan.level


def test_a_role_play_slip_in_the_speech_is_retried(engine: Engine) -> None:
    slip = '*Der Butler verbeugt sich.* "Willkommen zurück! Du siehst müde aus, setz dich."'
    text, verdict = _say(engine, Plan("de", "formal", "t"), slip)
    assert verdict.retries == 1 and text == POLITE_DE
