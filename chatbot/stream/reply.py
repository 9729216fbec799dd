"""A reply's text as it arrives, turned into answer and thinking events.

Model text goes in piece by piece; out come ``TextDelta`` events for the
answer and ``ThinkingDelta`` events for Qwen3's reasoning, with ``<think>``
tags split off and the answer cut at the first stop string. The in-process
engine feeds it decoded tokens; a remote engine feeds it the deltas it
streams (and its separate reasoning, when the server splits that off itself).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from chatbot.stream.events import Event, TextDelta, ThinkingDelta
from chatbot.stream.stops import StopFilter
from chatbot.stream.think import Channel, ThinkSplitter


class ReplyText:
    def __init__(self, *, thinking_template: bool, stops: Sequence[str] = ()) -> None:
        """``thinking_template``: the model's template has Qwen3's thinking switch, so
        ``<think>`` in its text is reasoning (elsewhere it is text the model wrote)."""
        self._splitter = ThinkSplitter(enabled=thinking_template)
        self._stop = StopFilter(list(stops))
        self._answer: list[str] = []
        self._thinking: list[str] = []

    @property
    def stopped(self) -> bool:
        """A stop string was seen: nothing more is shown, so nothing more need be generated."""
        return self._stop.stopped

    @property
    def answer(self) -> str:
        """The answer shown so far."""
        return "".join(self._answer)

    @property
    def thinking(self) -> str:
        return "".join(self._thinking)

    def feed(self, text: str) -> Iterator[Event]:
        """Model text, reasoning and answer as the model writes them."""
        for channel, part in self._splitter.feed(text):
            yield from self._route(channel, part)

    def thought(self, text: str) -> Iterator[Event]:
        """Reasoning a server has already split from the answer."""
        yield from self._route("thinking", text)

    def flush(self) -> Iterator[Event]:
        """The end of the reply: what was held back in case a tag or a stop began."""
        if self._stop.stopped:
            return
        for channel, part in self._splitter.flush():
            yield from self._route(channel, part)
        rest = self._stop.flush()
        if rest:
            self._answer.append(rest)
            yield TextDelta(rest)

    def _route(self, channel: Channel, part: str) -> Iterator[Event]:
        if not part:
            return
        if channel == "thinking":
            self._thinking.append(part)
            yield ThinkingDelta(part)
            return
        if not (self._answer or self._stop.buffer):  # after </think> come blank lines
            part = part.lstrip("\n") if self._thinking else part
        part = self._stop.feed(part)
        if part:
            self._answer.append(part)
            yield TextDelta(part)
