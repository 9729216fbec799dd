"""A turn on the real engine: its retries keep the model, stop strings cut it as it streams."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from llama_cpp import LlamaGrammar

from chatbot.check import GuardSettings, RegisterGuard, Verdict
from chatbot.config import Sampling
from chatbot.generate.chat import ChatSession
from chatbot.generate.engine import Engine
from chatbot.plan import Plan
from chatbot.stream.events import Done, Event, Notice, TextDelta, ThinkingDelta
from tests.conftest import make_engine

CASUAL = "うん、わかった。部屋は三階だよ。"
POLITE = "はい、わかりました。部屋は三階です。"


def _grammar(text: str) -> LlamaGrammar:
    return LlamaGrammar.from_string(f'root ::= "{text}"', verbose=False)


def test_a_retry_keeps_the_model_from_a_request_that_came_later(engine: Engine) -> None:
    # The retry is the same turn: a user who arrives while it is being checked
    # waits for the whole turn, not only for its first attempt.
    first = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    guard = RegisterGuard(first, GuardSettings(max_retries=1))
    turn = guard.send(
        "部屋は？",
        Plan("ja", "polite", "t"),
        grammar=lambda attempt: _grammar(CASUAL if attempt == 0 else POLITE),
    )
    retry = next(turn)  # attempt 0 read casual and was abandoned
    assert isinstance(retry, Notice) and retry.kind == "retry"

    later: list[tuple[float, Event]] = []
    other = ChatSession(engine, None, sampling=Sampling(max_tokens=8))
    waiter = threading.Thread(
        target=lambda: later.extend((time.perf_counter(), e) for e in other.send("Hi"))
    )
    waiter.start()
    deadline = time.monotonic() + 5
    while not any(isinstance(e, Notice) and e.kind == "queued" for _, e in later):
        assert time.monotonic() < deadline, "the later request never queued"
        time.sleep(0.01)
    rest = list(turn)
    finished = time.perf_counter()
    waiter.join(timeout=30)
    (verdict,) = [e for e in rest if isinstance(e, Verdict)]
    assert verdict.retries == 1 and verdict.status == "on_target"
    assert "".join(e.text for e in rest if isinstance(e, TextDelta)) == POLITE
    generated = [at for at, e in later if isinstance(e, Done)]
    assert generated and generated[0] >= finished  # served after the turn, retry included
    assert not engine.lock.busy()  # and the model is free again


def test_a_stop_string_cuts_the_reply_before_the_guard_reads_it(engine: Engine) -> None:
    # Greedy, so the run without the stop below takes the same tokens up to it (a
    # grammar allows a text's bytes in more than one tokenization).
    greedy = Sampling(max_tokens=80, temperature=0)
    session = ChatSession(engine, None, sampling=greedy)
    text = "はい、わかりました。部屋は三階です。じゃあね、またね！"
    events = list(
        RegisterGuard(session).send(
            "お願いします。",
            Plan("ja", "polite", "t"),
            grammar=_grammar(text),
            stops=["じゃあね"],
        )
    )
    shown = "".join(e.text for e in events if isinstance(e, TextDelta))
    (verdict,) = [e for e in events if isinstance(e, Verdict)]
    (done,) = [e for e in events if isinstance(e, Done)]
    assert shown == "はい、わかりました。部屋は三階です。"
    assert verdict.status == "on_target" and verdict.retries == 0
    assert all(e.end <= len(shown) for e in verdict.reading.evidence)
    assert done.finish_reason == "stop"
    assert session.history()[-1]["content"] == shown  # the history keeps what was shown
    # Generation stopped at the stop string: fewer tokens than the whole text takes.
    whole = ChatSession(engine, None, sampling=greedy)
    (all_of_it,) = [
        e
        for e in RegisterGuard(whole).send(
            "お願いします。", Plan("ja", "polite", "t"), grammar=_grammar(text)
        )
        if isinstance(e, Done)
    ]
    assert done.completion_tokens < all_of_it.completion_tokens


def test_without_a_stop_the_same_text_reads_its_casual_close(engine: Engine) -> None:
    # The control for the test above: the text past the stop is casual.
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    text = "はい、わかりました。部屋は三階です。じゃあね、またね！"
    events = list(
        RegisterGuard(session).send(
            "お願いします。", Plan("ja", "polite", "t"), grammar=_grammar(text)
        )
    )
    (verdict,) = [e for e in events if isinstance(e, Verdict)]
    assert any(
        e.end > len("はい、わかりました。部屋は三階です。") for e in verdict.reading.evidence
    )


def test_a_turn_left_at_its_verdict_frees_the_model(engine: Engine) -> None:
    # A caller may stop reading once it has the verdict (the adherence eval
    # does); the model must not stay held for a retry that never comes.
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    guard = RegisterGuard(session, GuardSettings(max_retries=2))
    events = guard.send(
        "部屋は？",
        Plan("ja", "polite", "t"),
        grammar=lambda attempt: _grammar(CASUAL if attempt == 0 else POLITE),
    )
    verdict = next(e for e in events if isinstance(e, Verdict))
    assert verdict.retries == 1
    events.close()
    assert not engine.lock.busy()
    other = ChatSession(engine, None, sampling=Sampling(max_tokens=4))
    assert any(isinstance(e, Done) for e in other.send("Hi"))


def test_the_tokens_an_abandoned_attempt_spent_are_counted(engine: Engine) -> None:
    from chatbot.api.app import Reply, _usage

    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    events = list(
        RegisterGuard(session).send(
            "部屋は？",
            Plan("ja", "polite", "t"),
            grammar=lambda attempt: _grammar(CASUAL if attempt == 0 else POLITE),
        )
    )
    (verdict,) = [e for e in events if isinstance(e, Verdict)]
    (done,) = [e for e in events if isinstance(e, Done)]
    prompt, completion = verdict.retry_tokens
    # Attempt 0 read its prompt and generated up to its first sentence, no further.
    assert prompt > 0 and 0 < completion <= len(engine.tokenize(CASUAL))
    usage = _usage(Reply(verdict=verdict, done=done))
    assert usage == {
        "prompt_tokens": done.prompt_tokens + prompt,
        "completion_tokens": done.completion_tokens + completion,
        "total_tokens": done.prompt_tokens + prompt + done.completion_tokens + completion,
    }
    again = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    plain = list(
        RegisterGuard(again).send("部屋は？", Plan("ja", "polite", "t"), grammar=_grammar(POLITE))
    )
    assert next(e for e in plain if isinstance(e, Verdict)).retry_tokens == (0, 0)


def test_a_stop_pressed_while_the_first_sentence_is_checked_ends_the_turn(engine: Engine) -> None:
    # The token that ends the (casual) first sentence comes with the Stop: the
    # guard must not start a retry the user no longer wants.
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    pieces: list[bytes] = []

    def on_token(token: int) -> None:
        pieces.append(engine.piece(token))
        if "。".encode() in b"".join(pieces):
            session.stop()  # the Stop button, pressed now

    def grammar(attempt: int) -> LlamaGrammar:
        return _grammar(CASUAL if attempt == 0 else POLITE)

    events = list(
        RegisterGuard(session, GuardSettings(max_retries=2)).send(
            "部屋は？", Plan("ja", "polite", "t"), grammar=grammar, on_token=on_token
        )
    )
    assert not [e for e in events if isinstance(e, Notice) and e.kind == "retry"]
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == ""
    (done,) = [e for e in events if isinstance(e, Done)]
    assert done.finish_reason == "cancelled" and done.completion_tokens == 0
    (verdict,) = [e for e in events if isinstance(e, Verdict)]
    assert verdict.retries == 0  # the failed attempt was never retried
    # The turn stays, empty, like a reply stopped before its first token.
    assert session.history() == [
        {"role": "user", "content": "部屋は？"},
        {"role": "assistant", "content": ""},
    ]
    assert not engine.lock.busy()


def test_stops_apply_to_the_answer_after_thinking(tiny_qwen3_model: Path) -> None:
    import json

    engine = make_engine(tiny_qwen3_model)

    def reply(text: str, stops: list[str]) -> tuple[str, str, Done]:
        session = ChatSession(engine, None, sampling=Sampling(max_tokens=120), thinking=True)
        grammar = LlamaGrammar.from_string(f"root ::= {json.dumps(text)}", verbose=False)
        events = list(session.send("hi", grammar=grammar, stops=stops))
        answer = "".join(e.text for e in events if isinstance(e, TextDelta))
        thought = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
        return answer, thought, next(e for e in events if isinstance(e, Done))

    # A stop inside the reasoning is not the answer's.
    answer, thought, done = reply("<think>\nsay END\n</think>\n\nHello END world", ["END"])
    assert (answer, thought.strip(), done.finish_reason) == ("Hello ", "say END", "stop")
    # Text held back as a possible stop start is still the answer's first line.
    answer, _, done = reply("<think>\nplan\n</think>\n\nU\nfoo bar", ["User:"])
    assert answer == "U\nfoo bar"
    answer, _, done = reply("<think>\nplan\n</think>\n\nUser: hi", ["User:"])
    assert answer == "" and done.finish_reason == "stop"
