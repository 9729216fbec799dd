"""Reasoning (``<think>…</think>``) never reaches the answer, however it is split."""

from __future__ import annotations

import random

from chatbot.stream.think import ThinkSplitter

TEXT = "<think>\nThe user greets me.\n</think>\n\nHello! <b>bold</b> and <thin ok"


def _run(pieces: list[str], thinking: bool = False) -> tuple[str, str]:
    splitter = ThinkSplitter(thinking=thinking)
    answer, thought = [], []
    for piece in pieces:
        for channel, text in splitter.feed(piece):
            (thought if channel == "thinking" else answer).append(text)
    for channel, text in splitter.flush():
        (thought if channel == "thinking" else answer).append(text)
    return "".join(answer), "".join(thought)


def test_tags_split_anywhere_are_recognised() -> None:
    rng = random.Random(5)
    for _ in range(300):
        pieces, i = [], 0
        while i < len(TEXT):
            step = rng.randint(1, 5)
            pieces.append(TEXT[i : i + step])
            i += step
        answer, thought = _run(pieces)
        assert thought == "\nThe user greets me.\n"
        assert answer == "\n\nHello! <b>bold</b> and <thin ok"


def test_text_without_tags_is_all_answer() -> None:
    assert _run(["plain ", "<", "text"]) == ("plain <text", "")


def test_unclosed_reasoning_stays_reasoning() -> None:
    answer, thought = _run(["<think>still going"])
    assert (answer, thought) == ("", "still going")


def test_a_disabled_splitter_passes_everything_as_answer() -> None:
    splitter = ThinkSplitter(enabled=False)
    parts = [*splitter.feed("<think>a"), *splitter.feed("</think>b"), *splitter.flush()]
    assert parts == [("answer", "<think>a"), ("answer", "</think>b")]
