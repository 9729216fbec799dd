"""Separate a Qwen3 model's ``<think>…</think>`` reasoning from its answer.

Tags may arrive split across pieces (``<thi`` + ``nk>``), so text that could be
the start of a tag is held back until it is decided. Reasoning is never
emitted as answer text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

Channel = Literal["answer", "thinking"]

OPEN, CLOSE = "<think>", "</think>"


def _partial_suffix(text: str, tag: str) -> int:
    """Length of the longest suffix of ``text`` that is a proper prefix of ``tag``."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:n]):
            return n
    return 0


class ThinkSplitter:
    """``enabled=False`` (a model without a thinking template, e.g. Qwen2.5) passes
    everything through as answer: there, ``<think>`` is text the model wrote."""

    def __init__(self, *, thinking: bool = False, enabled: bool = True) -> None:
        self._buf = ""
        self._channel: Channel = "thinking" if thinking else "answer"
        self._enabled = enabled

    @property
    def channel(self) -> Channel:
        return self._channel

    def feed(self, text: str) -> Iterator[tuple[Channel, str]]:
        if not self._enabled:
            if text:
                yield "answer", text
            return
        self._buf += text
        while self._buf:
            tag = CLOSE if self._channel == "thinking" else OPEN
            at = self._buf.find(tag)
            if at >= 0:
                if at:
                    yield self._channel, self._buf[:at]
                self._buf = self._buf[at + len(tag) :]
                self._channel = "answer" if self._channel == "thinking" else "thinking"
                continue
            keep = _partial_suffix(self._buf, tag)
            ready = self._buf[: len(self._buf) - keep]
            self._buf = self._buf[len(self._buf) - keep :]
            if ready:
                yield self._channel, ready
            return

    def flush(self) -> Iterator[tuple[Channel, str]]:
        if self._buf:
            yield self._channel, self._buf
            self._buf = ""
