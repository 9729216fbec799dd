"""What a chat turn streams to its reader (CLI, UI, API)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FinishReason = Literal["stop", "length", "cancelled", "context"]


@dataclass(frozen=True)
class TextDelta:
    """New answer text: always whole characters."""

    text: str


@dataclass(frozen=True)
class ThinkingDelta:
    """New reasoning text from a thinking model; show folded, never as the answer."""

    text: str


@dataclass(frozen=True)
class Notice:
    """Something the user should know, e.g. that old turns were trimmed.

    ``message`` is English; ``kind`` and ``args`` let a reader say it in its own
    language (queued: ahead; trimmed: turns, tokens, n_ctx; retry: attempt, reason
    "register", "language" or "avoided").
    """

    kind: Literal["trimmed", "queued", "retry"]
    message: str
    args: dict[str, int | str] = field(default_factory=dict)


@dataclass(frozen=True)
class Done:
    finish_reason: FinishReason
    completion_tokens: int
    prompt_tokens: int  # the whole prompt of this turn
    evaluated_prompt_tokens: int  # the part llama.cpp had to evaluate (rest reused from KV)
    seconds_to_first_token: float
    decode_tokens_per_s: float
    context_used: int
    context_size: int


Event = TextDelta | ThinkingDelta | Notice | Done
