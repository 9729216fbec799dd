"""Control tokens written as text: broken, so that text cannot close a turn or open one.

A prompt is tokenized with special tokens parsed (the chat template writes
``<|im_start|>`` as text), so ``<|im_end|>`` typed in a message, a user's name,
a persona or an API caller's history would end that turn and let the text write
a new one, a system turn included. A zero-width space after the first character
keeps the text as written to the eye and makes it plain tokens.
"""

from __future__ import annotations

import re

BREAK = "\u200b"
# What a remote engine's Qwen vocabulary holds as control tokens: <|im_end|>,
# <|endoftext|>, <|vision_start|>, <|fim_prefix|>…; in-process, the loaded
# vocabulary's own list is used instead.
QWEN = re.compile(r"<\|[a-z_]{2,30}\|>")


def quoted(text: str, controls: re.Pattern[str] | None) -> str:
    """``text`` with each match of ``controls`` broken after its first character."""
    if controls is None:
        return text
    return controls.sub(lambda m: f"{m.group()[0]}{BREAK}{m.group()[1:]}", text)
