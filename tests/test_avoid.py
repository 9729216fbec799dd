"""Phrases a persona must avoid: found in replies, retried on the real engine, shown."""

from __future__ import annotations

from typing import Any

from chatbot.ui.handlers import badge
from llama_cpp import LlamaGrammar

from chatbot.check import GuardSettings, RegisterGuard, Verdict
from chatbot.check.avoid import Avoided, find_avoided
from chatbot.check.guard import correction
from chatbot.config import Sampling
from chatbot.detect.register import analyze
from chatbot.generate.chat import ChatSession
from chatbot.generate.engine import Engine
from chatbot.persona.registry import PersonaRegistry
from chatbot.persona.render import avoid_phrases
from chatbot.plan import Plan
from chatbot.stream.events import Notice, TextDelta


def test_whole_words_case_insensitively_and_anywhere_in_unspaced_scripts() -> None:
    phrases = ["Hey", "Sorry", "¡Vale!", "móvil", "マジ", "Da kann ich nichts machen"]
    text = "hey, Heyday! SORRY. Vale. ¡Vale! El automóvil. マジで？ Da kann ich nichts machen."
    found = find_avoided(text, phrases)
    assert [(a.phrase, a.text) for a in found] == [
        ("Hey", "hey"),
        ("Sorry", "SORRY"),
        ("¡Vale!", "¡Vale!"),
        ("マジ", "マジ"),
        ("Da kann ich nichts machen", "Da kann ich nichts machen"),
    ]  # "automóvil" holds móvil only inside a word
    assert all(text[a.start : a.end] == a.text for a in found)
    assert find_avoided("nothing here", phrases) == []
    assert find_avoided("Hey hey", ["Hey", "hey", " "]) == [Avoided("Hey", "Hey", 0, 3)]


def test_the_shipped_personas_lists_reach_the_guard() -> None:
    persona = PersonaRegistry().get("de-support-agent").persona
    assert "Sorry" in avoid_phrases(persona, "de")


def test_the_correction_names_the_phrases_and_only_a_real_register_miss() -> None:
    plan = Plan("de", "formal", "test")
    on_target = analyze("Können Sie das bitte wiederholen?", "de")
    note = correction(plan, on_target, ["Sorry", "Sorry"])
    assert '"Sorry"' in note and note.count("Sorry") == 1 and "Register correction" not in note
    off = analyze("Kannst du das wiederholen?", "de")
    assert "Register correction" in correction(plan, off)
    later = correction(plan, off, [], earlier=["Sorry"])
    assert "previous reply used" not in later and 'Earlier replies used "Sorry"' in later


class _Recording(ChatSession):
    """The real session, keeping the corrective note each attempt was sent."""

    notes: list[str | None]

    def send(self, message: str, **kwargs: Any) -> Any:
        self.notes.append(kwargs.get("instruction"))
        return super().send(message, **kwargs)


def test_each_note_names_what_the_attempt_before_it_did(engine: Engine) -> None:
    session = _Recording(engine, None, sampling=Sampling(max_tokens=80))
    session.notes = []
    replies = [SORRY, "Kannst du es bitte wiederholen? Das weiß ich nicht.", CLEAN]
    guard = RegisterGuard(session, GuardSettings(max_retries=2))
    items = list(
        guard.send(
            "Hallo?",
            Plan("de", "formal", "test"),
            avoid=["Sorry"],
            grammar=lambda a: _grammar(replies[a]),
        )
    )
    (verdict,) = [e for e in items if isinstance(e, Verdict)]
    assert verdict.retries == 2 and verdict.status == "on_target"
    first, second, third = session.notes
    assert first is None
    assert second is not None and 'The previous reply used "Sorry"' in second
    assert third is not None and "Register correction" in third
    assert "previous reply used" not in third and 'Earlier replies used "Sorry"' in third
    reasons = [e.args["reason"] for e in items if isinstance(e, Notice)]
    assert reasons == ["avoided", "register"]


SORRY = "Sorry, das weiß ich nicht. Können Sie es bitte wiederholen?"
CLEAN = "Entschuldigung, das weiß ich nicht. Können Sie es bitte wiederholen?"


def _grammar(text: str) -> LlamaGrammar:
    return LlamaGrammar.from_string(f'root ::= "{text}"', verbose=False)


def _run(guard: RegisterGuard, grammar: object) -> tuple[str, Verdict]:
    items = list(
        guard.send("Hallo?", Plan("de", "formal", "test"), avoid=["Sorry"], grammar=grammar)
    )
    text = "".join(e.text for e in items if isinstance(e, TextDelta))
    (verdict,) = [e for e in items if isinstance(e, Verdict)]
    notices = [e.message for e in items if isinstance(e, Notice)]
    assert len(notices) == verdict.retries
    assert all("avoids; retrying" in n for n in notices)
    return text, verdict


def test_a_first_sentence_with_an_avoided_phrase_is_retried(engine: Engine) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    text, verdict = _run(RegisterGuard(session), lambda a: _grammar(SORRY if a == 0 else CLEAN))
    assert text == CLEAN  # the attempt with "Sorry" was never shown
    assert verdict.retries == 1 and verdict.avoided == ()
    assert verdict.status == "on_target"


def test_a_reply_that_keeps_the_phrase_is_delivered_and_says_so(engine: Engine) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    guard = RegisterGuard(session, GuardSettings(max_retries=1))
    text, verdict = _run(guard, lambda _a: _grammar(SORRY))
    assert text == SORRY and verdict.retries == 1
    assert [a.text for a in verdict.avoided] == ["Sorry"]
    assert verdict.to_json()["avoided"] == [{"phrase": "Sorry", "text": "Sorry", "span": [0, 5]}]
    shown = badge(verdict)
    assert "Sorry" in shown["metadata"]["title"] and "never says" in shown["content"]
